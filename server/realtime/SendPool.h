// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/realtime/SendQueue.h"
#include "server/realtime/WsFrame.h"

namespace nextevent::server::realtime
{

class WsConnection;

/// Latencies in a fixed-bucket histogram of atomics, rendered in the Prometheus text format.
class LatencyHistogram
{
public:
    void observe(std::chrono::steady_clock::duration latency);
    std::string render(const std::string &name, const std::string &help) const;

    std::uint64_t count() const
    {
        return m_count.load();
    }

private:
    static constexpr std::array<double, 14> kBuckets{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0};
    std::array<std::atomic<std::uint64_t>, kBuckets.size()> m_buckets{};
    std::atomic<std::uint64_t> m_count{0};
    std::atomic<std::uint64_t> m_sumMicros{0};
};

/// The writer threads of the hub. A connection with frames to send is scheduled on one thread (by id),
/// which writes with non-blocking send(); a connection whose socket buffer is full is retried shortly
/// (never with a WritableNotification: POCO 1.11 spins on those, POCO-NOTES.md).
class SendPool : public FrameObserver
{
public:
    explicit SendPool(int threads);
    ~SendPool() override;
    SendPool(const SendPool &) = delete;
    SendPool &operator=(const SendPool &) = delete;

    void start();
    /// Stops the threads; queued frames are abandoned (connections are closed by then).
    void stop();

    /// Queues a connection whose send queue became non-empty (called by WsConnection only).
    void schedule(const std::shared_ptr<WsConnection> &connection);

    /// A frame finished writing on one connection (called by WsConnection::flush).
    void delivered(const OutFrame &frame, std::chrono::steady_clock::time_point now) override;
    /// A frame will never be written on one connection (it closed, or a newer update replaced it).
    void abandoned(const OutFrame &frame, std::chrono::steady_clock::time_point now) override;
    void replaced(const OutFrame &frame, std::chrono::steady_clock::time_point now) override;

    std::atomic<std::uint64_t> framesOut{0};
    std::atomic<std::uint64_t> bytesOut{0};
    std::atomic<std::uint64_t> slowDropped{0};
    /// Topic updates replaced by a newer one before a slow connection wrote them.
    std::atomic<std::uint64_t> conflated{0};
    /// Per subscriber: from the update's creation to its last byte handed to the kernel.
    LatencyHistogram fanoutLatency;
    /// Per update: from creation until every subscriber's copy is written (the server-side pass).
    LatencyHistogram passLatency;
    std::atomic<double> lastPassSeconds{0};

    /// Smoothed sender CPU cost of one frame, in nanoseconds (sizes the coalescing interval).
    double nanosPerFrame() const
    {
        return m_nanosPerFrame.load();
    }

    /// Smoothed sender cost of one byte, in nanoseconds, from batches of large frames (estimates a topic's
    /// first fan-out before its own cost is measured).
    double nanosPerByte() const
    {
        return m_nanosPerByte.load();
    }

    int threads() const
    {
        return static_cast<int>(m_shards.size());
    }

private:
    struct Shard
    {
        std::mutex mutex;
        std::condition_variable wake;
        std::vector<std::shared_ptr<WsConnection>> ready;
        std::vector<std::pair<std::chrono::steady_clock::time_point, std::shared_ptr<WsConnection>>> retry;
        std::thread thread;
    };

    void loop(Shard &shard);

    std::vector<std::unique_ptr<Shard>> m_shards;
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_nanosPerFrame{10000.0};
    std::atomic<double> m_nanosPerByte{1.0};
};

} // namespace nextevent::server::realtime
