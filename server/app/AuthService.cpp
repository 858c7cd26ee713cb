// SPDX-License-Identifier: MIT
#include "server/app/AuthService.h"

#include <algorithm>
#include <cctype>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"

#include "server/app/Blocking.h"

namespace nextevent::server::app
{
namespace
{
const char *kBadCredentials = "The username or password is incorrect";

/// One of a bounded number of concurrent password hashes, released when it goes out of scope.
class HashSlot
{
public:
    HashSlot(std::atomic<int> &running, int max)
        : m_running(running)
        , m_acquired(running.fetch_add(1) < max)
    {
        if (!m_acquired)
            m_running.fetch_sub(1);
    }

    ~HashSlot()
    {
        if (m_acquired)
            m_running.fetch_sub(1);
    }

    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;

    bool acquired() const
    {
        return m_acquired;
    }

private:
    std::atomic<int> &m_running;
    bool m_acquired;
};

Error rateLimited(std::chrono::seconds retryAfter)
{
    return Error(ErrorCode::RateLimited,
                 "Too many sign-in attempts; try again in " + std::to_string(retryAfter.count()) + " seconds",
                 {{"retryAfter", std::nullopt, std::to_string(retryAfter.count())}});
}
} // namespace

AuthService::AuthService(Store &store,
                         const PasswordHasher &hasher,
                         TokenService &tokens,
                         RateLimiter &limiter,
                         int refreshTtlSeconds,
                         int loginAttemptsPerMinute,
                         int maxConcurrentHashes)
    : m_store(store)
    , m_hasher(hasher)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_refreshTtl(refreshTtlSeconds)
    , m_loginAttemptsPerMinute(loginAttemptsPerMinute)
    , m_maxConcurrentHashes(std::max(1, maxConcurrentHashes))
{
}

AuthService::Session
AuthService::login(const std::string &username, const std::string &password, const std::string &clientAddress)
{
    using namespace std::chrono_literals;
    // Every attempt counts, right or wrong, per client address and per account (case-folded, so "Admin"
    // and "admin" share a budget): guessing from many addresses meets the account's limit, guessing many
    // accounts from one address meets the address's.
    std::string account = username.substr(0, 64);
    for (auto &c : account)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (auto d = m_limiter.hit("login-ip:" + clientAddress, m_loginAttemptsPerMinute, 60s); !d.allowed)
        throw rateLimited(d.retryAfter);
    if (auto d = m_limiter.hit("login-user:" + account, m_loginAttemptsPerMinute, 60s); !d.allowed)
        throw rateLimited(d.retryAfter);
    if (username.empty() || password.empty() || username.size() > 64 || password.size() > 256)
        throw Error(ErrorCode::Unauthenticated, kBadCredentials);

    std::optional<StoredUser> stored;
    {
        auto unit = m_store.read();
        stored = unit->users().findByUsername(username);
    }
    bool ok = false;
    {
        // Each hash holds tens of MiB for a noticeable time: a burst of sign-ins waits its turn outside.
        const HashSlot slot(m_hashesRunning, m_maxConcurrentHashes);
        if (!slot.acquired())
            throw Error(ErrorCode::RateLimited,
                        "The server is busy signing other people in; try again in a moment",
                        {{"retryAfter", std::nullopt, "1"}});
        ok = stored ? m_hasher.verify(password, stored->passwordHash) : (m_hasher.burn(password), false);
    }
    if (!ok || !stored->user.active)
        throw Error(ErrorCode::Unauthenticated, kBadCredentials);
    auto unit = m_store.write();
    const auto now = nextevent::now();
    unit->users().recordLogin(stored->user.id, now);
    stored->user.lastLoginAt = now;
    auto session = issue(*unit, stored->user, newUuid());
    unit->audit().append(
        {stored->user.username, "login", "user", stored->user.id, {{"address", clientAddress}}});
    unit->commit();
    return session;
}

AuthService::Session AuthService::issue(UnitOfWork &unit, const User &user, const std::string &familyId)
{
    const auto now = nextevent::now();
    Session session;
    const auto access = m_tokens.issueAccess(user);
    session.accessToken = access.token;
    session.expiresIn = m_tokens.accessTtlSeconds();
    session.refreshToken = TokenService::newRefreshToken();
    session.user = user;
    RefreshTokenRecord record;
    record.id = newUuid();
    record.tokenHash = TokenService::hashRefreshToken(session.refreshToken);
    record.userId = user.id;
    record.familyId = familyId;
    record.expiresAt = now + std::chrono::seconds(m_refreshTtl);
    record.createdAt = now;
    unit.tokens().insertRefresh(record);
    return session;
}

AuthService::Session AuthService::refresh(const std::string &refreshToken)
{
    const Error invalid(ErrorCode::Unauthenticated, "The refresh token is invalid, expired or revoked");
    if (refreshToken.empty() || refreshToken.size() > 256)
        throw invalid;
    auto unit = m_store.write();
    const auto record = unit->tokens().findRefresh(TokenService::hashRefreshToken(refreshToken));
    if (!record || record->revokedAt || record->expiresAt <= nextevent::now())
        throw invalid;
    const auto now = nextevent::now();
    if (record->usedAt || !unit->tokens().markUsed(record->id, now))
    {
        // A rotated token came back: whoever holds the family may be an attacker, so end it.
        unit->tokens().revokeFamily(record->familyId, now);
        // The thief may hold a fresh access token from that family: cut the user's access tokens off too.
        // Their other devices keep their own refresh tokens and simply refresh.
        cutOffAccess(*unit, record->userId);
        unit->audit().append(
            {"system", "refresh-reuse", "user", record->userId, {{"family", record->familyId}}});
        unit->commit();
        throw Error(ErrorCode::Unauthenticated,
                    "The refresh token was already used; the session has been revoked");
    }
    const auto stored = unit->users().findById(record->userId);
    if (!stored || !stored->user.active)
        throw invalid;
    auto session = issue(*unit, stored->user, record->familyId);
    unit->commit();
    return session;
}

void AuthService::logout(const Principal &principal, const std::string &refreshToken)
{
    auto unit = m_store.write();
    const auto now = nextevent::now();
    if (!refreshToken.empty())
    {
        const auto record = unit->tokens().findRefresh(TokenService::hashRefreshToken(refreshToken));
        if (record && record->userId == principal.userId)
            unit->tokens().revokeFamily(record->familyId, now);
    }
    const auto expires = TimePoint{std::chrono::seconds(principal.tokenExpires)};
    unit->tokens().revokeAccess(principal.tokenId, expires);
    unit->audit().append({principal.username, "logout", "user", principal.userId, {}});
    unit->commit();
    m_tokens.revokeLocally(principal.tokenId, principal.tokenExpires);
}

User AuthService::me(const Principal &principal)
{
    auto unit = m_store.read();
    auto stored = unit->users().findById(principal.userId);
    if (!stored)
        throw Error(ErrorCode::Unauthenticated, "The account no longer exists");
    return stored->user;
}

void AuthService::setDoorTokens(std::string prefix,
                                std::function<Principal(const std::string &)> resolve,
                                std::function<bool(const Principal &)> stillValid)
{
    m_doorPrefix = std::move(prefix);
    m_resolveDoorToken = std::move(resolve);
    m_doorTokenValid = std::move(stillValid);
}

void AuthService::setTeams(MemberRoles memberRoles, std::function<bool(const std::string &)> hasMemberships)
{
    m_memberRoles = std::move(memberRoles);
    m_hasMemberships = std::move(hasMemberships);
}

std::vector<Role> AuthService::memberRoles(const Principal &principal,
                                           const std::string &objectType,
                                           const std::string &objectId) const
{
    if (!m_memberRoles || principal.isDoorDevice() || principal.userId.empty())
        return {};
    return m_memberRoles(principal.userId, objectType, objectId);
}

bool AuthService::hasMemberships(const Principal &principal) const
{
    return m_hasMemberships && !principal.isDoorDevice() && !principal.userId.empty() &&
           m_hasMemberships(principal.userId);
}

Principal AuthService::authenticate(const std::string &accessToken)
{
    if (m_resolveDoorToken && !m_doorPrefix.empty() && accessToken.rfind(m_doorPrefix, 0) == 0)
        return m_resolveDoorToken(accessToken);
    syncRevocations();
    return m_tokens.verifyAccess(accessToken);
}

void AuthService::cutOffAccess(UnitOfWork &unit, const std::string &userId)
{
    const auto now = nextevent::now();
    // Kept for a little longer than any token it can refuse lives.
    unit.tokens().cutOffAccess(userId, now, now + std::chrono::seconds(m_tokens.accessTtlSeconds() + 60));
    // Applied before the commit: if the commit fails, this process refuses a little more than it must,
    // which is the safe way round.
    m_tokens.cutOffUserLocally(
        userId, std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
}

bool AuthService::stillValid(const Principal &principal)
{
    if (principal.isDoorDevice())
        return m_doorTokenValid && m_doorTokenValid(principal);
    syncRevocations();
    return m_tokens.stillValid(principal);
}

void AuthService::syncRevocations()
{
    const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    if (nowMs - m_lastSync.load() < kRevocationSyncInterval.count())
        return;
    // One request thread refreshes the list; the others go on with the list they have.
    std::unique_lock lock(m_syncMutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    mayWaitHere(); // on an HTTP I/O thread: the request moves to a worker, which refreshes the list
    m_lastSync = nowMs;
    auto unit = m_store.read();
    for (const auto &[jti, expires] : unit->tokens().revokedAccess())
        m_tokens.revokeLocally(
            jti, std::chrono::duration_cast<std::chrono::seconds>(expires.time_since_epoch()).count());
    for (const auto &[userId, notBefore] : unit->tokens().accessCutoffs())
        m_tokens.cutOffUserLocally(
            userId,
            std::chrono::duration_cast<std::chrono::milliseconds>(notBefore.time_since_epoch()).count());
}

} // namespace nextevent::server::app
