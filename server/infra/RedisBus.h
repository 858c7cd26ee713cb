// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/app/MessageBus.h"
#include "server/infra/InProcessBus.h"
#include "server/infra/RedisClient.h"

namespace nextevent::server::infra
{

/// The bus shared by every instance of a deployment, over Redis pub/sub. Channels are prefixed with
/// "nextevent:" so other users of the same Redis do not collide. One background thread holds a
/// subscriber connection (SUBSCRIBE to every registered channel) and runs the handlers; it reconnects
/// with a backoff when Redis goes away. publish() uses a separate connection with short timeouts:
/// while Redis is down it fails at once, counting the error, and never throws. Every instance,
/// this one included, hears a message through Redis.
class RedisBus final : public app::MessageBus
{
public:
    struct Options
    {
        /// Connect and read timeout of both connections; bounds how long publish() can wait.
        std::chrono::milliseconds timeout{250};
        std::string prefix = "nextevent:";
    };

    /// Throws std::invalid_argument for a malformed URL (the message never holds the password).
    explicit RedisBus(const std::string &url, Options options);

    explicit RedisBus(const std::string &url)
        : RedisBus(url, Options())
    {
    }

    ~RedisBus() override;
    RedisBus(const RedisBus &) = delete;
    RedisBus &operator=(const RedisBus &) = delete;

    void publish(const std::string &channel, const std::string &payload) override;
    void subscribe(const std::string &channel, Handler handler) override;
    void start() override;
    void stop() override;

    bool shared() const override
    {
        return true;
    }

    BusCounters counters() const;

    /// True while the subscriber connection is up and subscribed (for tests and the status page).
    bool subscribed() const
    {
        return m_subscribed.load();
    }

private:
    void run();
    /// Holds one subscriber connection until it breaks or stop() is called.
    void listen();
    void dispatch(const RedisReply &reply);
    /// Waits `delay` or until stop(); true when stopping.
    bool pause(std::chrono::milliseconds delay);

    RedisUrl m_url;
    Options m_options;
    RedisConnection m_publisher;
    std::map<std::string, std::vector<Handler>> m_handlers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_started = false;
    bool m_stopping = false;
    int m_stopFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_subscribed{false};
    bool m_outageReported = false; ///< subscriber thread only
    std::atomic<std::int64_t> m_published{0};
    std::atomic<std::int64_t> m_received{0};
    std::atomic<std::int64_t> m_errors{0};
};

} // namespace nextevent::server::infra
