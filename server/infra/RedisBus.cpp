// SPDX-License-Identifier: MIT
#include "server/infra/RedisBus.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <Poco/Logger.h>
#include <hiredis/hiredis.h>

namespace nextevent::server::infra
{

RedisBus::RedisBus(const std::string &url, Options options)
    : m_url(RedisUrl::parse(url))
    , m_options(std::move(options))
    , m_publisher(m_url, m_options.timeout)
{
    m_stopFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_stopFd < 0)
        throw std::runtime_error("eventfd failed");
}

RedisBus::~RedisBus()
{
    stop();
    ::close(m_stopFd);
}

void RedisBus::publish(const std::string &channel, const std::string &payload)
{
    const auto reply = m_publisher.command({"PUBLISH", m_options.prefix + channel, payload});
    if (!reply || reply->type == RedisReply::Type::Error)
    {
        ++m_errors;
        return;
    }
    ++m_published;
}

void RedisBus::subscribe(const std::string &channel, Handler handler)
{
    std::lock_guard lock(m_mutex);
    if (m_started)
    {
        // The subscriber connection has already sent its SUBSCRIBE; a late channel would never hear.
        Poco::Logger::get("bus").error("subscribe to %s after start() ignored", channel);
        return;
    }
    m_handlers[channel].push_back(std::move(handler));
}

void RedisBus::start()
{
    std::lock_guard lock(m_mutex);
    if (m_started || m_stopping)
        return;
    m_started = true;
    if (!m_handlers.empty())
        m_thread = std::thread([this] { run(); });
    Poco::Logger::get("bus").information("message bus on Redis at %s", m_url.redacted());
}

void RedisBus::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_stopFd, &one, sizeof one);
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

BusCounters RedisBus::counters() const
{
    return BusCounters{m_published.load(), m_received.load(), m_errors.load(), 0};
}

bool RedisBus::pause(std::chrono::milliseconds delay)
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, delay, [this] { return m_stopping; });
}

void RedisBus::run()
{
    std::chrono::milliseconds backoff{100};
    for (;;)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        const auto began = std::chrono::steady_clock::now();
        listen();
        // A connection that held for a while resets the backoff; quick failures double it up to 5 s.
        if (std::chrono::steady_clock::now() - began > std::chrono::seconds(10))
            backoff = std::chrono::milliseconds(100);
        if (pause(backoff))
            return;
        backoff = std::min<std::chrono::milliseconds>(backoff * 2, std::chrono::seconds(5));
    }
}

void RedisBus::listen()
{
    std::string error;
    redisContext *c = redisOpen(m_url, m_options.timeout, error);
    if (!c)
    {
        ++m_errors;
        // Once per outage: the retries that follow every backoff would only repeat it.
        if (!m_outageReported)
            Poco::Logger::get("bus").warning(
                "Redis subscriber cannot connect to %s: %s", m_url.redacted(), error);
        m_outageReported = true;
        return;
    }
    std::vector<std::string> args{"SUBSCRIBE"};
    for (const auto &[channel, handlers] : m_handlers)
        args.push_back(m_options.prefix + channel);
    std::vector<const char *> argv;
    std::vector<std::size_t> lengths;
    for (const auto &a : args)
    {
        argv.push_back(a.data());
        lengths.push_back(a.size());
    }
    // Waits for the first acknowledgement; Redis subscribes to every channel of the command at once.
    auto *ack = static_cast<redisReply *>(
        redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lengths.data()));
    if (!ack)
    {
        ++m_errors;
        Poco::Logger::get("bus").warning("Redis SUBSCRIBE failed: %s", std::string(c->errstr));
        redisFree(c);
        return;
    }
    freeReplyObject(ack);
    m_subscribed = true;
    if (m_outageReported)
        Poco::Logger::get("bus").information("Redis subscriber connected again to %s", m_url.redacted());
    m_outageReported = false;
    Poco::Logger::get("bus").debug(
        "subscribed to %d channel(s) on %s", static_cast<int>(m_handlers.size()), m_url.redacted());
    for (;;)
    {
        // Handle every reply already buffered before waiting on the socket again.
        void *raw = nullptr;
        while (redisGetReplyFromReader(c, &raw) == REDIS_OK && raw)
        {
            dispatch(copyRedisReply(raw));
            freeReplyObject(raw);
            raw = nullptr;
        }
        if (c->err)
            break;
        pollfd fds[2] = {{c->fd, POLLIN, 0}, {m_stopFd, POLLIN, 0}};
        const int ready = ::poll(fds, 2, -1);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0 || (fds[1].revents & POLLIN))
            break;
        if (fds[0].revents != 0 && redisBufferRead(c) != REDIS_OK)
            break;
    }
    m_subscribed = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping)
        {
            ++m_errors;
            m_outageReported = true;
            Poco::Logger::get("bus").warning("Redis subscriber connection to %s lost: %s",
                                             m_url.redacted(),
                                             std::string(c->err ? c->errstr : "poll failed"));
        }
    }
    redisFree(c);
}

void RedisBus::dispatch(const RedisReply &reply)
{
    // A published message arrives as ["message", channel, payload]; acknowledgements are ignored.
    if (reply.type != RedisReply::Type::Array || reply.elements.size() != 3 ||
        reply.elements[0].str != "message")
        return;
    const std::string &full = reply.elements[1].str;
    if (full.compare(0, m_options.prefix.size(), m_options.prefix) != 0)
        return;
    const std::string channel = full.substr(m_options.prefix.size());
    const auto found = m_handlers.find(channel);
    if (found == m_handlers.end())
        return;
    ++m_received;
    for (const auto &handler : found->second)
    {
        try
        {
            handler(channel, reply.elements[2].str);
        }
        catch (const std::exception &e)
        {
            ++m_errors;
            Poco::Logger::get("bus").error("handler of %s failed: %s", channel, std::string(e.what()));
        }
    }
}

} // namespace nextevent::server::infra
