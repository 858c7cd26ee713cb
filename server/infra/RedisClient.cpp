// SPDX-License-Identifier: MIT
#include "server/infra/RedisClient.h"

#include <charconv>
#include <stdexcept>

#include <Poco/Logger.h>
#include <hiredis/hiredis.h>

#include "server/app/Blocking.h"

namespace nextevent::server::infra
{
namespace
{

int parseNumber(std::string_view text, const char *what)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0)
        throw std::invalid_argument(std::string("Redis URL: invalid ") + what);
    return value;
}

std::string percentDecode(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (text[i] == '%' && i + 2 < text.size())
        {
            int value = 0;
            const auto [end, ec] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
            if (ec == std::errc() && end == text.data() + i + 3)
            {
                out.push_back(static_cast<char>(value));
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

timeval toTimeval(std::chrono::milliseconds ms)
{
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
    return tv;
}

/// Runs one command on a fresh connection during setup; false with `error` set when it failed.
bool setupCommand(redisContext *c, const std::vector<std::string> &args, std::string &error)
{
    std::vector<const char *> argv;
    std::vector<std::size_t> lengths;
    for (const auto &a : args)
    {
        argv.push_back(a.data());
        lengths.push_back(a.size());
    }
    auto *reply = static_cast<redisReply *>(
        redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lengths.data()));
    if (!reply)
    {
        error = c->errstr[0] ? c->errstr : "connection lost";
        return false;
    }
    const bool ok = reply->type != REDIS_REPLY_ERROR;
    if (!ok)
    // The first word of a Redis error is its code (WRONGPASS, NOAUTH, ...); the rest never echoes
    // the password, but keep only the code to be safe.
    {
        const std::string message(reply->str, reply->len);
        error = message.substr(0, message.find(' '));
    }
    freeReplyObject(reply);
    return ok;
}

} // namespace

RedisUrl RedisUrl::parse(const std::string &url)
{
    constexpr std::string_view scheme = "redis://";
    std::string_view rest(url);
    if (rest.substr(0, scheme.size()) != scheme)
        throw std::invalid_argument("Redis URL must start with redis://");
    rest.remove_prefix(scheme.size());
    RedisUrl out;
    if (const auto at = rest.rfind('@'); at != std::string_view::npos)
    {
        const auto credentials = rest.substr(0, at);
        rest.remove_prefix(at + 1);
        if (const auto colon = credentials.find(':'); colon != std::string_view::npos)
        {
            out.user = percentDecode(credentials.substr(0, colon));
            out.password = percentDecode(credentials.substr(colon + 1));
        }
        else
            out.password = percentDecode(credentials);
    }
    std::string_view hostPort = rest;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos)
    {
        hostPort = rest.substr(0, slash);
        const auto db = rest.substr(slash + 1);
        if (!db.empty())
            out.db = parseNumber(db, "database number");
    }
    if (const auto colon = hostPort.rfind(':'); colon != std::string_view::npos)
    {
        out.port = parseNumber(hostPort.substr(colon + 1), "port");
        if (out.port == 0 || out.port > 65535)
            throw std::invalid_argument("Redis URL: invalid port");
        hostPort = hostPort.substr(0, colon);
    }
    if (!hostPort.empty())
        out.host = std::string(hostPort);
    return out;
}

std::string RedisUrl::redacted() const
{
    std::string out = "redis://";
    if (!password.empty())
        out += (user.empty() ? std::string() : user + ":") + "***@";
    return out + host + ":" + std::to_string(port) + "/" + std::to_string(db);
}

redisContext *redisOpen(const RedisUrl &url, std::chrono::milliseconds timeout, std::string &error)
{
    redisContext *c = redisConnectWithTimeout(url.host.c_str(), url.port, toTimeval(timeout));
    if (!c)
    {
        error = "out of memory";
        return nullptr;
    }
    if (c->err)
    {
        error = c->errstr;
        redisFree(c);
        return nullptr;
    }
    redisSetTimeout(c, toTimeval(timeout));
    redisEnableKeepAlive(c);
    bool ok = true;
    if (!url.password.empty())
        ok = url.user.empty() ? setupCommand(c, {"AUTH", url.password}, error)
                              : setupCommand(c, {"AUTH", url.user, url.password}, error);
    if (ok && url.db != 0)
        ok = setupCommand(c, {"SELECT", std::to_string(url.db)}, error);
    if (!ok)
    {
        redisFree(c);
        return nullptr;
    }
    return c;
}

RedisReply copyRedisReply(const void *raw)
{
    const auto *reply = static_cast<const redisReply *>(raw);
    RedisReply out;
    switch (reply->type)
    {
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.str.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.str.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.str.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        for (std::size_t i = 0; i < reply->elements; ++i)
            out.elements.push_back(copyRedisReply(reply->element[i]));
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    return out;
}

RedisConnection::RedisConnection(RedisUrl url, std::chrono::milliseconds timeout)
    : m_url(std::move(url))
    , m_timeout(timeout)
{
}

RedisConnection::~RedisConnection()
{
    if (m_context)
        redisFree(m_context);
}

bool RedisConnection::ensureConnected()
{
    if (m_context)
        return true;
    const auto now = std::chrono::steady_clock::now();
    if (now < m_nextAttempt)
        return false;
    std::string error;
    m_context = redisOpen(m_url, m_timeout, error);
    if (m_context)
    {
        if (m_reportedOutage)
            Poco::Logger::get("redis").information("connected again to %s", m_url.redacted());
        m_backoff = std::chrono::milliseconds(0);
        m_reportedOutage = false;
        return true;
    }
    dropConnection(error);
    return false;
}

void RedisConnection::dropConnection(const std::string &reason)
{
    if (m_context)
    {
        redisFree(m_context);
        m_context = nullptr;
    }
    m_backoff = std::min<std::chrono::milliseconds>(
        std::chrono::milliseconds(2000),
        std::max<std::chrono::milliseconds>(m_backoff * 2, std::chrono::milliseconds(50)));
    m_nextAttempt = std::chrono::steady_clock::now() + m_backoff;
    if (!m_reportedOutage)
    {
        Poco::Logger::get("redis").warning("Redis at %s unavailable: %s", m_url.redacted(), reason);
        m_reportedOutage = true;
    }
}

std::optional<RedisReply> RedisConnection::command(const std::vector<std::string> &args)
{
    app::mayWaitHere();
    try
    {
        std::unique_lock lock(m_mutex);
        if (!ensureConnected())
            return std::nullopt;
        std::vector<const char *> argv;
        std::vector<std::size_t> lengths;
        argv.reserve(args.size());
        lengths.reserve(args.size());
        for (const auto &a : args)
        {
            argv.push_back(a.data());
            lengths.push_back(a.size());
        }
        auto *reply = static_cast<redisReply *>(
            redisCommandArgv(m_context, static_cast<int>(argv.size()), argv.data(), lengths.data()));
        if (!reply)
        {
            dropConnection(m_context->errstr[0] ? m_context->errstr : "connection lost");
            return std::nullopt;
        }
        RedisReply out = copyRedisReply(reply);
        freeReplyObject(reply);
        return out;
    }
    catch (const std::exception &)
    {
        // Only allocation can throw here; a caller of a best-effort command must not see it.
        return std::nullopt;
    }
}

} // namespace nextevent::server::infra
