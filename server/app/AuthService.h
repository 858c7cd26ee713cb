// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>

#include "nextevent/User.h"

#include "server/app/PasswordHasher.h"
#include "server/app/Principal.h"
#include "server/app/RateLimiter.h"
#include "server/app/Store.h"
#include "server/app/TokenService.h"

namespace nextevent::server::app
{

/// Sign-in, token rotation and sign-out.
class AuthService
{
public:
    AuthService(Store &store,
                const PasswordHasher &hasher,
                TokenService &tokens,
                RateLimiter &limiter,
                int refreshTtlSeconds,
                int loginAttemptsPerMinute,
                int maxConcurrentHashes);

    struct Session
    {
        std::string accessToken;
        std::string refreshToken;
        int expiresIn = 0;
        User user;
    };

    /// Throws UNAUTHENTICATED with the same message whether the user is unknown, inactive or the password
    /// wrong; RATE_LIMITED (with retry seconds in details) after too many attempts (right or wrong) from one
    /// client address or on one account, or while maxConcurrentHashes password checks are already running.
    Session login(const std::string &username, const std::string &password, const std::string &clientAddress);

    /// Rotates a refresh token. Reusing an already rotated token revokes its whole family.
    Session refresh(const std::string &refreshToken);

    /// Revokes the refresh token's family (when given) and the current access token.
    void logout(const Principal &principal, const std::string &refreshToken);

    User me(const Principal &principal);

    /// Resolves a bearer token to a principal. Revocations made by other instances are learned from the
    /// database at most `kRevocationSyncInterval` later.
    Principal authenticate(const std::string &accessToken);

    /// Refuses every access token @p userId holds now, on every instance: recorded in @p unit (the caller
    /// commits), and applied in this process at once. Used on deactivation, role changes, password resets
    /// and refresh-token reuse.
    void cutOffAccess(UnitOfWork &unit, const std::string &userId);

    /// False once @p principal's token was revoked (by id or by a cut-off of its user), here or on another
    /// instance (learned within kRevocationSyncInterval). For long-lived connections such as /ws.
    bool stillValid(const Principal &principal);

    /// Learns revocations made by other instances when kRevocationSyncInterval has passed since last time.
    void syncRevocations();

    static constexpr std::chrono::milliseconds kRevocationSyncInterval{400};

    /// Door-device tokens (CheckinService): bearer tokens starting with @p prefix are resolved by @p resolve
    /// instead of being verified as access tokens, and @p stillValid re-checks them for long-lived
    /// connections.
    void setDoorTokens(std::string prefix,
                       std::function<Principal(const std::string &)> resolve,
                       std::function<bool(const Principal &)> stillValid);

    /// Event teams (TeamService): the roles a user holds as a member of the event an object belongs to
    /// ("event", "survey", "draw", "qa" or "wall" and its id), and whether they belong to any team.
    using MemberRoles = std::function<std::vector<Role>(
        const std::string &userId, const std::string &objectType, const std::string &objectId)>;
    void setTeams(MemberRoles memberRoles, std::function<bool(const std::string &userId)> hasMemberships);

    /// @p principal's roles as a member of the object's event (none without teams or a membership).
    std::vector<Role>
    memberRoles(const Principal &principal, const std::string &objectType, const std::string &objectId) const;
    bool hasMemberships(const Principal &principal) const;

private:
    Session issue(UnitOfWork &unit, const User &user, const std::string &familyId);

    Store &m_store;
    const PasswordHasher &m_hasher;
    TokenService &m_tokens;
    RateLimiter &m_limiter;
    int m_refreshTtl;
    int m_loginAttemptsPerMinute;
    int m_maxConcurrentHashes;
    std::atomic<int> m_hashesRunning{0};
    std::mutex m_syncMutex;
    std::atomic<std::int64_t> m_lastSync{0};
    std::string m_doorPrefix;
    std::function<Principal(const std::string &)> m_resolveDoorToken;
    std::function<bool(const Principal &)> m_doorTokenValid;
    MemberRoles m_memberRoles;
    std::function<bool(const std::string &)> m_hasMemberships;
};

} // namespace nextevent::server::app
