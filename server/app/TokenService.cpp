// SPDX-License-Identifier: MIT
#include "server/app/TokenService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JWT/JWTException.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>
#include <sodium.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"

namespace nextevent::server::app
{
namespace
{
std::int64_t epochSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Error unauthenticated(const std::string &why)
{
    return Error(ErrorCode::Unauthenticated, why);
}
} // namespace

TokenService::TokenService(std::string secret, int accessTtlSeconds)
    : m_secret(std::move(secret))
    , m_accessTtl(accessTtlSeconds)
{
}

TokenService::Issued TokenService::issueAccess(const User &user) const
{
    Poco::JWT::Token token;
    token.setType("JWT");
    token.setSubject(user.id);
    auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count();
    {
        // A cut-off refuses tokens issued at or before its millisecond; one issued in that same millisecond
        // after it (signing in again right after a password reset) is dated just past it.
        std::lock_guard lock(m_mutex);
        if (const auto cut = m_cutoffs.find(user.id); cut != m_cutoffs.end() && nowMs <= cut->second)
            nowMs = cut->second + 1;
    }
    const auto now = nowMs / 1000;
    const std::string jti = newUuid();
    token.setId(jti);
    token.setIssuedAt(Poco::Timestamp::fromEpochTime(now));
    token.setExpiration(Poco::Timestamp::fromEpochTime(now + m_accessTtl));
    token.payload().set("name", user.username);
    token.payload().set("typ", std::string("access"));
    // Millisecond issue time: a user's tokens can be cut off at an instant (sign-in again right after a
    // password reset must work, though both happen within one second).
    token.payload().set("iatms", static_cast<Poco::Int64>(nowMs));
    Poco::JSON::Array::Ptr roles = new Poco::JSON::Array;
    for (Role role : user.roles)
        roles->add(std::string(toString(role)));
    token.payload().set("roles", roles);
    Poco::JWT::Signer signer(m_secret);
    return {signer.sign(token, Poco::JWT::Signer::ALGO_HS256), jti, now + m_accessTtl};
}

Principal TokenService::verifyAccess(const std::string &text) const
{
    if (text.empty() || text.size() > 4096)
        throw unauthenticated("A valid access token is required");
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_verified.find(text); it != m_verified.end())
        {
            if (it->second.tokenExpires <= epochSeconds())
            {
                m_verified.erase(it);
                throw unauthenticated("The access token has expired");
            }
            if (revokedUnlocked(it->second))
                throw unauthenticated("The access token has been revoked");
            return it->second;
        }
    }
    Poco::JWT::Token token;
    try
    {
        Poco::JWT::Signer signer(m_secret); // allows only HS256, so "none" and RS256 are refused
        if (!signer.tryVerify(text, token))
            throw unauthenticated("The access token's signature is invalid");
    }
    catch (const Error &)
    {
        throw;
    }
    catch (const std::exception &)
    {
        throw unauthenticated("The access token is malformed or uses a refused algorithm");
    }
    Principal p;
    try
    {
        if (token.payload().optValue<std::string>("typ", "") != "access")
            throw unauthenticated("Not an access token");
        const auto exp = token.getExpiration().epochTime();
        if (exp <= epochSeconds())
            throw unauthenticated("The access token has expired");
        p.userId = token.getSubject();
        p.username = token.payload().optValue<std::string>("name", "");
        p.tokenId = token.getId();
        p.tokenExpires = exp;
        p.issuedAtMs = token.payload().optValue<Poco::Int64>("iatms", token.getIssuedAt().epochTime() * 1000);
        if (auto roles = token.payload().getArray("roles"))
            for (std::size_t i = 0; i < roles->size(); ++i)
                if (auto role = roleFromString(roles->getElement<std::string>(static_cast<unsigned>(i))))
                    p.roles.push_back(*role);
    }
    catch (const Error &)
    {
        throw;
    }
    catch (const std::exception &)
    {
        throw unauthenticated("The access token's claims are malformed");
    }
    if (p.userId.empty() || p.tokenId.empty())
        throw unauthenticated("The access token's claims are incomplete");
    std::lock_guard lock(m_mutex);
    if (revokedUnlocked(p))
        throw unauthenticated("The access token has been revoked");
    if (m_verified.size() >= kMaxVerified)
        m_verified.clear();
    m_verified.emplace(text, p);
    return p;
}

bool TokenService::isRevokedLocally(const std::string &jti) const
{
    std::lock_guard lock(m_mutex);
    return m_revoked.contains(jti);
}

bool TokenService::revokedUnlocked(const Principal &principal) const
{
    if (m_revoked.contains(principal.tokenId))
        return true;
    const auto cut = m_cutoffs.find(principal.userId);
    return cut != m_cutoffs.end() && principal.issuedAtMs <= cut->second;
}

bool TokenService::stillValid(const Principal &principal) const
{
    std::lock_guard lock(m_mutex);
    return !revokedUnlocked(principal);
}

void TokenService::cutOffUserLocally(const std::string &userId, std::int64_t notBeforeMs)
{
    std::lock_guard lock(m_mutex);
    auto &cut = m_cutoffs[userId];
    cut = std::max(cut, notBeforeMs);
}

void TokenService::revokeLocally(const std::string &jti, std::int64_t expiresAt)
{
    std::lock_guard lock(m_mutex);
    const auto now = epochSeconds();
    while (!m_revokedByExpiry.empty() && m_revokedByExpiry.begin()->first < now)
    {
        m_revoked.erase(m_revokedByExpiry.begin()->second);
        m_revokedByExpiry.erase(m_revokedByExpiry.begin());
    }
    if (m_revoked.insert(jti).second)
        m_revokedByExpiry.emplace(expiresAt, jti);
}

std::string TokenService::newRefreshToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

std::string TokenService::hashRefreshToken(const std::string &token)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(token.data()), token.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace nextevent::server::app
