// SPDX-License-Identifier: MIT
#include "server/infra/RedisTokenCache.h"

#include <nlohmann/json.hpp>

#include "nextevent/Ids.h"

namespace nextevent::server::infra
{
namespace
{
const std::string kPrefix = "nextevent:wechat:";

std::string entryKey(const std::string &key)
{
    return kPrefix + "token:" + key;
}

std::string lockKey(const std::string &key)
{
    return kPrefix + "refresh-lock:" + key;
}

std::int64_t epochMs(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

/// Deletes KEYS[1] when its JSON entry holds the value ARGV[1].
const char *kEraseEntryIfValue = R"(local stored = redis.call('GET', KEYS[1])
if not stored then return 0 end
local ok, entry = pcall(cjson.decode, stored)
if ok and type(entry) == 'table' and entry.value == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0)";

/// Deletes KEYS[1] when it is exactly ARGV[1] (the lock holder's token).
const char *kReleaseLock =
    R"(if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0)";
} // namespace

RedisTokenCache::RedisTokenCache(const std::string &url, std::chrono::milliseconds timeout)
    : m_connection(RedisUrl::parse(url), timeout)
{
}

std::optional<wechat::CachedToken> RedisTokenCache::get(const std::string &key)
{
    const auto reply = m_connection.command({"GET", entryKey(key)});
    if (!reply || reply->type != RedisReply::Type::String)
        return std::nullopt;
    const auto entry = nlohmann::json::parse(reply->str, nullptr, false);
    if (!entry.is_object() || !entry.contains("value") || !entry["value"].is_string() ||
        !entry.contains("fetchedAt") || !entry["fetchedAt"].is_number_integer() ||
        !entry.contains("expiresAt") || !entry["expiresAt"].is_number_integer())
        return std::nullopt;
    wechat::CachedToken token;
    token.value = entry["value"].get<std::string>();
    token.fetchedAt = TimePoint(std::chrono::milliseconds(entry["fetchedAt"].get<std::int64_t>()));
    token.expiresAt = TimePoint(std::chrono::milliseconds(entry["expiresAt"].get<std::int64_t>()));
    if (token.expiresAt <= nextevent::now())
        return std::nullopt;
    return token;
}

void RedisTokenCache::set(const std::string &key, const wechat::CachedToken &token)
{
    const auto ttl = epochMs(token.expiresAt) - epochMs(nextevent::now());
    if (ttl <= 0)
        return;
    const nlohmann::json entry{{"value", token.value},
                               {"fetchedAt", epochMs(token.fetchedAt)},
                               {"expiresAt", epochMs(token.expiresAt)}};
    // Best effort: when Redis is down the next get() finds nothing and the provider fetches again.
    m_connection.command({"SET", entryKey(key), entry.dump(), "PX", std::to_string(ttl)});
}

bool RedisTokenCache::eraseIfValue(const std::string &key, const std::string &value)
{
    const auto reply = m_connection.command({"EVAL", kEraseEntryIfValue, "1", entryKey(key), value});
    return reply && reply->type == RedisReply::Type::Integer && reply->integer == 1;
}

std::optional<std::string> RedisTokenCache::tryLockRefresh(const std::string &key,
                                                           std::chrono::milliseconds ttl)
{
    const std::string token = newUuid();
    const auto reply = m_connection.command(
        {"SET", lockKey(key), token, "NX", "PX", std::to_string(std::max<std::int64_t>(1, ttl.count()))});
    if (!reply || reply->type == RedisReply::Type::Error)
        return std::string(); // Redis unreachable: nobody can be excluded, go ahead.
    if (reply->type == RedisReply::Type::Nil)
        return std::nullopt; // another holder
    return token;
}

void RedisTokenCache::unlockRefresh(const std::string &key, const std::string &token)
{
    if (token.empty())
        return;
    m_connection.command({"EVAL", kReleaseLock, "1", lockKey(key), token});
}

} // namespace nextevent::server::infra
