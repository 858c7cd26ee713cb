// SPDX-License-Identifier: MIT
#include "server/app/AuthService.h"

#include "nextevent/Error.h"
#include "nextevent/Ids.h"

namespace nextevent::server::app
{
namespace
{
const char *kBadCredentials = "The username or password is incorrect";

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
                         int loginAttemptsPerMinute)
    : m_store(store)
    , m_hasher(hasher)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_refreshTtl(refreshTtlSeconds)
    , m_loginAttemptsPerMinute(loginAttemptsPerMinute)
{
}

AuthService::Session
AuthService::login(const std::string &username, const std::string &password, const std::string &clientAddress)
{
    using namespace std::chrono_literals;
    if (auto d = m_limiter.hit("login-ip:" + clientAddress, m_loginAttemptsPerMinute, 60s); !d.allowed)
        throw rateLimited(d.retryAfter);
    // Failures per account are throttled too, so spreading guesses over many addresses does not help.
    const std::string accountKey = "login-user:" + username;
    if (username.empty() || password.empty() || username.size() > 64 || password.size() > 256)
        throw Error(ErrorCode::Unauthenticated, kBadCredentials);

    std::optional<StoredUser> stored;
    {
        auto unit = m_store.read();
        stored = unit->users().findByUsername(username);
    }
    const bool ok =
        stored ? m_hasher.verify(password, stored->passwordHash) : (m_hasher.burn(password), false);
    if (!ok || !stored->user.active)
    {
        if (auto d = m_limiter.hit(accountKey, 2 * m_loginAttemptsPerMinute, 60s); !d.allowed)
            throw rateLimited(d.retryAfter);
        throw Error(ErrorCode::Unauthenticated, kBadCredentials);
    }
    m_limiter.reset(accountKey);
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

Principal AuthService::authenticate(const std::string &accessToken)
{
    syncRevocations();
    return m_tokens.verifyAccess(accessToken);
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
    m_lastSync = nowMs;
    auto unit = m_store.read();
    for (const auto &[jti, expires] : unit->tokens().revokedAccess())
        m_tokens.revokeLocally(
            jti, std::chrono::duration_cast<std::chrono::seconds>(expires.time_since_epoch()).count());
}

} // namespace nextevent::server::app
