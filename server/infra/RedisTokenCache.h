// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "server/infra/RedisClient.h"
#include "server/wechat/TokenCache.h"

namespace nextevent::server::infra
{

/// The WeChat credentials of the whole deployment in Redis, so every instance uses one access_token
/// (wechat-protocol.md §4.4). Entries expire with the credential (SET … PX); erasing a failed value is a
/// compare-and-delete in a Lua script, and the refresh lock is SET NX PX with a random token, released
/// only by its holder. When Redis is unreachable the cache behaves as empty and grants the refresh
/// lock: each instance then fetches for itself (single-flight still holds inside the process) rather
/// than every caller stalling.
class RedisTokenCache final : public wechat::TokenCache
{
public:
    /// Throws std::invalid_argument for a malformed URL.
    explicit RedisTokenCache(const std::string &url,
                             std::chrono::milliseconds timeout = std::chrono::milliseconds(500));

    std::optional<wechat::CachedToken> get(const std::string &key) override;
    void set(const std::string &key, const wechat::CachedToken &token) override;
    bool eraseIfValue(const std::string &key, const std::string &value) override;
    std::optional<std::string> tryLockRefresh(const std::string &key, std::chrono::milliseconds ttl) override;
    void unlockRefresh(const std::string &key, const std::string &token) override;

private:
    RedisConnection m_connection;
};

} // namespace nextevent::server::infra
