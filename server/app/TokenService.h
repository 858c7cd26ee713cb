// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include "nextevent/User.h"

#include "server/app/Principal.h"

namespace nextevent::server::app
{

/// Issues and verifies access tokens (HS256 JWT) and makes opaque refresh tokens.
class TokenService
{
public:
    TokenService(std::string secret, int accessTtlSeconds);

    struct Issued
    {
        std::string token;
        std::string id;
        std::int64_t expiresAt = 0;
    };

    Issued issueAccess(const User &user) const;

    /// The principal of a valid, unexpired, unrevoked access token; throws Error(UNAUTHENTICATED) otherwise
    /// (bad signature, alg other than HS256 including "none", malformed, expired, revoked).
    Principal verifyAccess(const std::string &token) const;

    /// Marks an access token id as revoked in this process until it expires.
    void revokeLocally(const std::string &jti, std::int64_t expiresAt);

    /// True when the id is in this process's revocation list.
    bool isRevokedLocally(const std::string &jti) const;

    /// Refuses, in this process, every access token of @p userId issued before @p notBeforeMs (milliseconds
    /// since the epoch). Keeps the latest cut-off per user.
    void cutOffUserLocally(const std::string &userId, std::int64_t notBeforeMs);

    /// False once the principal's token was revoked by id or by a cut-off of its user.
    bool stillValid(const Principal &principal) const;

    /// 32 random bytes, base64url.
    static std::string newRefreshToken();

    /// SHA-256 hex of a refresh token, the form stored in the database.
    static std::string hashRefreshToken(const std::string &token);

    int accessTtlSeconds() const
    {
        return m_accessTtl;
    }

private:
    bool revokedUnlocked(const Principal &principal) const;

    std::string m_secret;
    int m_accessTtl;
    mutable std::mutex m_mutex;
    std::set<std::pair<std::int64_t, std::string>> m_revokedByExpiry;
    std::set<std::string> m_revoked;
    std::unordered_map<std::string, std::int64_t> m_cutoffs; ///< user id → not-before, ms since the epoch
    // Verified tokens, so the hot path skips JSON parsing and HMAC for a token seen before. Bounded: cleared
    // when full (tokens are short-lived, so it refills with the live ones).
    mutable std::unordered_map<std::string, Principal> m_verified;
    static constexpr std::size_t kMaxVerified = 20000;
};

} // namespace nextevent::server::app
