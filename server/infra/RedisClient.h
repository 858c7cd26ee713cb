// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct redisContext;

namespace nextevent::server::infra
{

/// Where Redis is: parsed from `redis://[[user]:password@]host[:port][/db]`.
struct RedisUrl
{
    std::string host = "127.0.0.1";
    int port = 6379;
    int db = 0;
    std::string user;
    std::string password;

    /// Throws std::invalid_argument with a message that never contains the password.
    static RedisUrl parse(const std::string &url);

    /// The URL for logs, the password replaced by "***".
    std::string redacted() const;
};

/// One reply, copied out of hiredis so no hiredis type escapes this file.
struct RedisReply
{
    enum class Type
    {
        Nil,
        Integer,
        String,
        Status,
        Error,
        Array
    };
    Type type = Type::Nil;
    std::string str;
    long long integer = 0;
    std::vector<RedisReply> elements;
};

/// Opens a connection (connect timeout, AUTH and SELECT as the URL says); nullptr and `error` set on
/// failure. The caller owns the context (redisFree).
redisContext *redisOpen(const RedisUrl &url, std::chrono::milliseconds timeout, std::string &error);

/// Converts a hiredis reply (not freed).
RedisReply copyRedisReply(const void *reply);

/// A request/response connection shared by threads: one command at a time under a mutex, connected
/// lazily, with short connect and read timeouts so a caller never waits long. After a failure it
/// does not try to reconnect before a backoff (doubling up to 2 s) has passed, so while Redis is down
/// each call fails at once. Never throws.
class RedisConnection
{
public:
    RedisConnection(RedisUrl url, std::chrono::milliseconds timeout);
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    /// Runs one command; nullopt when Redis could not be reached or the connection broke (the reason
    /// is logged once per outage). A Redis error reply is returned as a reply of type Error.
    std::optional<RedisReply> command(const std::vector<std::string> &args);

    const RedisUrl &url() const
    {
        return m_url;
    }

private:
    bool ensureConnected();
    void dropConnection(const std::string &reason);

    RedisUrl m_url;
    std::chrono::milliseconds m_timeout;
    std::mutex m_mutex;
    redisContext *m_context = nullptr;
    std::chrono::steady_clock::time_point m_nextAttempt{};
    std::chrono::milliseconds m_backoff{0};
    bool m_reportedOutage = false;
};

} // namespace nextevent::server::infra
