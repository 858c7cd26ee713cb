// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "server/app/MessageBus.h"

namespace nextevent::server::infra
{

/// What a bus has done since it was built, for /metrics.
struct BusCounters
{
    std::int64_t published = 0; ///< messages accepted by publish()
    std::int64_t received = 0;  ///< messages handed to this process's handlers
    std::int64_t errors = 0;    ///< failed publishes, lost connections, throwing handlers
    std::int64_t dropped = 0;   ///< messages discarded because the delivery queue was full
};

/// The bus of a server running alone: publish() only queues the message, a delivery thread runs the
/// handlers, so a publisher never runs (or waits for) a handler. The queue is bounded; when handlers
/// fall that far behind, new messages are dropped and counted (they are hints, see MessageBus).
class InProcessBus final : public app::MessageBus
{
public:
    explicit InProcessBus(std::size_t capacity = 10000);
    ~InProcessBus() override;
    InProcessBus(const InProcessBus &) = delete;
    InProcessBus &operator=(const InProcessBus &) = delete;

    void publish(const std::string &channel, const std::string &payload) override;
    void subscribe(const std::string &channel, Handler handler) override;
    void start() override;
    void stop() override;

    bool shared() const override
    {
        return false;
    }

    BusCounters counters() const;

private:
    void run();

    const std::size_t m_capacity;
    /// Copied on write, so delivery runs handlers without holding the lock.
    std::map<std::string, std::shared_ptr<const std::vector<Handler>>> m_handlers;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::string, std::string>> m_queue;
    bool m_started = false;
    bool m_stopping = false;
    std::thread m_thread;
    std::atomic<std::int64_t> m_published{0};
    std::atomic<std::int64_t> m_received{0};
    std::atomic<std::int64_t> m_errors{0};
    std::atomic<std::int64_t> m_dropped{0};
};

} // namespace nextevent::server::infra
