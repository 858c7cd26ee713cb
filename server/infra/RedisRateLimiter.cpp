// SPDX-License-Identifier: MIT
#include "server/infra/RedisRateLimiter.h"

#include <algorithm>

namespace nextevent::server::infra
{
namespace
{
const std::string kPrefix = "nextevent:limit:";

/// Counts one hit in KEYS[1]; the first hit of a window starts its expiry (ARGV[1] ms).
/// Returns {count, milliseconds left in the window}.
const char *kHit = R"(local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end
return {count, left})";
} // namespace

RedisRateLimiter::RedisRateLimiter(const std::string &url, std::chrono::milliseconds timeout)
    : m_connection(RedisUrl::parse(url), timeout)
{
}

app::RateLimiter::Decision
RedisRateLimiter::hit(const std::string &key, int limit, std::chrono::seconds window)
{
    const auto windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    const auto reply = m_connection.command(
        {"EVAL", kHit, "1", kPrefix + key, std::to_string(std::max<long long>(1, windowMs))});
    if (!reply || reply->type != RedisReply::Type::Array || reply->elements.size() != 2 ||
        reply->elements[0].type != RedisReply::Type::Integer ||
        reply->elements[1].type != RedisReply::Type::Integer)
        return m_fallback.hit(key, limit, window);
    const long long count = reply->elements[0].integer;
    if (count <= limit)
        return {true, {}};
    const auto leftSeconds = (reply->elements[1].integer + 999) / 1000;
    return {false, std::chrono::seconds(std::max<long long>(1, leftSeconds))};
}

void RedisRateLimiter::reset(const std::string &key)
{
    m_fallback.reset(key);
    m_connection.command({"DEL", kPrefix + key});
}

} // namespace nextevent::server::infra
