// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace nextevent::server::app
{

/// A group commit without a thread of its own: callers queue their item, and whichever caller finds no batch
/// being written writes everything queued (up to maxBatch) for all of them, on its own thread, while later
/// callers queue behind it for the next batch. Unlike GroupCommitQueue it adds no thread to the process
/// (issue 22 holds the server to 16), and a caller waits no longer: for the batch in progress, then its own.
template <typename Item> class CallerGroupCommit
{
public:
    /// Stores a batch in one transaction and settles every item; must not throw.
    using WriteBatch = std::function<void(std::vector<Item> &)>;

    CallerGroupCommit(std::size_t maxBatch, WriteBatch writeBatch)
        : m_maxBatch(maxBatch)
        , m_writeBatch(std::move(writeBatch))
    {
    }

    CallerGroupCommit(const CallerGroupCommit &) = delete;
    CallerGroupCommit &operator=(const CallerGroupCommit &) = delete;

    /// Queues `item` and returns once a batch holding it has been written, by this caller or another.
    void submit(Item item)
    {
        std::unique_lock lock(m_mutex);
        // Items are numbered in queue order and batches taken from the front, so "written up to n" says
        // whether this one is done.
        const std::uint64_t ticket = ++m_queued;
        m_queue.push_back(std::move(item));
        while (m_written < ticket)
        {
            if (m_writing)
            {
                m_done.wait(lock);
                continue;
            }
            m_writing = true;
            std::vector<Item> batch;
            while (!m_queue.empty() && batch.size() < m_maxBatch)
            {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            const std::uint64_t last = m_written + batch.size();
            lock.unlock();
            m_writeBatch(batch);
            lock.lock();
            m_written = last;
            m_writing = false;
            m_done.notify_all();
        }
    }

    /// Items queued and not yet taken into a batch (tests, metrics).
    std::size_t waiting() const
    {
        std::lock_guard lock(m_mutex);
        return m_queue.size();
    }

private:
    const std::size_t m_maxBatch;
    const WriteBatch m_writeBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<Item> m_queue;
    std::uint64_t m_queued = 0;  ///< items ever queued
    std::uint64_t m_written = 0; ///< items ever taken into a batch that has been written
    bool m_writing = false;
};

} // namespace nextevent::server::app
