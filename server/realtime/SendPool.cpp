// SPDX-License-Identifier: MIT
#include "server/realtime/SendPool.h"

#include <sstream>

#include "server/realtime/WsConnection.h"

namespace nextevent::server::realtime
{

void LatencyHistogram::observe(std::chrono::steady_clock::duration latency)
{
    const double seconds = std::chrono::duration<double>(latency).count();
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
        {
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
            break;
        }
    m_count.fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

std::string LatencyHistogram::render(const std::string &name, const std::string &help) const
{
    std::ostringstream out;
    out << "# HELP " << name << " " << help << "\n# TYPE " << name << " histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
    {
        cumulative += m_buckets[i].load();
        out << name << "_bucket{le=\"" << kBuckets[i] << "\"} " << cumulative << "\n";
    }
    out << name << "_bucket{le=\"+Inf\"} " << m_count.load() << "\n";
    out << name << "_sum " << static_cast<double>(m_sumMicros.load()) / 1e6 << "\n";
    out << name << "_count " << m_count.load() << "\n";
    return out.str();
}

SendPool::SendPool(int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_shards.push_back(std::make_unique<Shard>());
}

SendPool::~SendPool()
{
    stop();
}

void SendPool::start()
{
    m_stop = false;
    for (auto &shard : m_shards)
        if (!shard->thread.joinable())
            shard->thread = std::thread([this, s = shard.get()] { loop(*s); });
}

void SendPool::stop()
{
    m_stop = true;
    for (auto &shard : m_shards)
    {
        {
            std::lock_guard lock(shard->mutex);
        }
        shard->wake.notify_all();
        if (shard->thread.joinable())
            shard->thread.join();
        std::lock_guard lock(shard->mutex);
        shard->ready.clear();
        shard->retry.clear();
    }
}

void SendPool::schedule(const std::shared_ptr<WsConnection> &connection)
{
    auto &shard = *m_shards[connection->id() % m_shards.size()];
    bool wasEmpty = false;
    {
        std::lock_guard lock(shard.mutex);
        wasEmpty = shard.ready.empty();
        shard.ready.push_back(connection);
    }
    if (wasEmpty)
        shard.wake.notify_one();
}

void SendPool::delivered(const OutFrame &frame, std::chrono::steady_clock::time_point now)
{
    framesOut.fetch_add(1, std::memory_order_relaxed);
    if (frame.broadcast)
    {
        fanoutLatency.observe(now - frame.created);
        abandoned(frame, now);
    }
}

void SendPool::abandoned(const OutFrame &frame, std::chrono::steady_clock::time_point now)
{
    if (frame.broadcast && frame.pending.fetch_sub(1, std::memory_order_acq_rel) == 1)
    {
        passLatency.observe(now - frame.created);
        lastPassSeconds.store(std::chrono::duration<double>(now - frame.created).count());
    }
}

void SendPool::replaced(const OutFrame &frame, std::chrono::steady_clock::time_point now)
{
    conflated.fetch_add(1, std::memory_order_relaxed);
    abandoned(frame, now);
}

void SendPool::loop(Shard &shard)
{
    using Clock = std::chrono::steady_clock;
    constexpr auto kRetryDelay = std::chrono::milliseconds(2);
    std::vector<std::shared_ptr<WsConnection>> batch;
    while (!m_stop)
    {
        batch.clear();
        {
            std::unique_lock lock(shard.mutex);
            auto deadline = Clock::now() + std::chrono::milliseconds(200);
            for (const auto &[at, c] : shard.retry)
                deadline = std::min(deadline, at);
            shard.wake.wait_until(lock, deadline, [&] { return m_stop || !shard.ready.empty(); });
            if (m_stop)
                break;
            batch.swap(shard.ready);
            const auto now = Clock::now();
            for (auto it = shard.retry.begin(); it != shard.retry.end();)
                if (it->first <= now)
                {
                    batch.push_back(std::move(it->second));
                    it = shard.retry.erase(it);
                }
                else
                    ++it;
        }
        if (batch.empty())
            continue;
        const auto started = Clock::now();
        std::size_t frames = 0;
        std::size_t bytes = 0;
        std::vector<std::shared_ptr<WsConnection>> blocked;
        for (auto &c : batch)
            if (c->flush(frames, bytes) == WsConnection::Flush::WouldBlock)
                blocked.push_back(std::move(c));
        const double ns = std::chrono::duration<double, std::nano>(Clock::now() - started).count();
        // Counted here: an update's header and seq are made per connection, so only the writer knows its
        // size.
        bytesOut.fetch_add(bytes, std::memory_order_relaxed);
        if (frames >= 64)
        {
            // Smooth the cost per frame; the hub sizes its coalescing interval from it.
            m_nanosPerFrame.store(0.8 * m_nanosPerFrame.load() + 0.2 * ns / static_cast<double>(frames));
        }
        if (bytes >= 256 * 1024)
            m_nanosPerByte.store(0.8 * m_nanosPerByte.load() + 0.2 * ns / static_cast<double>(bytes));
        if (!blocked.empty())
        {
            const auto at = Clock::now() + kRetryDelay;
            std::lock_guard lock(shard.mutex);
            for (auto &c : blocked)
                shard.retry.emplace_back(at, std::move(c));
        }
    }
}

} // namespace nextevent::server::realtime
