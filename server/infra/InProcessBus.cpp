// SPDX-License-Identifier: MIT
#include "server/infra/InProcessBus.h"

#include <Poco/Logger.h>

namespace nextevent::server::infra
{

InProcessBus::InProcessBus(std::size_t capacity)
    : m_capacity(capacity)
{
}

InProcessBus::~InProcessBus()
{
    stop();
}

void InProcessBus::publish(const std::string &channel, const std::string &payload)
{
    try
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            if (m_queue.size() >= m_capacity)
            {
                ++m_dropped;
                return;
            }
            m_queue.emplace_back(channel, payload);
        }
        ++m_published;
        m_wake.notify_one();
    }
    catch (const std::exception &)
    {
        // Allocation failure: the message is lost, which a hint may be.
        ++m_errors;
    }
}

void InProcessBus::subscribe(const std::string &channel, Handler handler)
{
    std::lock_guard lock(m_mutex);
    auto &slot = m_handlers[channel];
    auto handlers =
        slot ? std::make_shared<std::vector<Handler>>(*slot) : std::make_shared<std::vector<Handler>>();
    handlers->push_back(std::move(handler));
    slot = std::move(handlers);
}

void InProcessBus::start()
{
    std::lock_guard lock(m_mutex);
    if (m_started || m_stopping)
        return;
    m_started = true;
    m_thread = std::thread([this] { run(); });
}

void InProcessBus::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

BusCounters InProcessBus::counters() const
{
    return BusCounters{m_published.load(), m_received.load(), m_errors.load(), m_dropped.load()};
}

void InProcessBus::run()
{
    std::unique_lock lock(m_mutex);
    for (;;)
    {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        auto [channel, payload] = std::move(m_queue.front());
        m_queue.pop_front();
        const auto found = m_handlers.find(channel);
        if (found == m_handlers.end())
            continue;
        const auto handlers = found->second;
        lock.unlock();
        ++m_received;
        for (const auto &handler : *handlers)
        {
            try
            {
                handler(channel, payload);
            }
            catch (const std::exception &e)
            {
                ++m_errors;
                Poco::Logger::get("bus").error("handler of %s failed: %s", channel, std::string(e.what()));
            }
        }
        lock.lock();
    }
}

} // namespace nextevent::server::infra
