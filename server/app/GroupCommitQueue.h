// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "nextevent/Error.h"

namespace nextevent::server::app
{

/// The queue and writer thread of a group commit: request threads push an item (carrying the promise
/// they wait on) and one thread hands everything queued, up to maxBatch at a time, to `writeBatch`, which
/// stores it in one transaction and settles every item's promise. Used by ResponseWriter (survey
/// responses) and WebhookWriter (webhook messages). Queued items are still written at shutdown.
template <typename Item> class GroupCommitQueue
{
public:
    using WriteBatch = std::function<void(std::vector<Item> &)>;

    GroupCommitQueue(std::size_t maxBatch, WriteBatch writeBatch)
        : m_maxBatch(maxBatch)
        , m_writeBatch(std::move(writeBatch))
        , m_thread([this] { run(); })
    {
    }

    ~GroupCommitQueue()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    GroupCommitQueue(const GroupCommitQueue &) = delete;
    GroupCommitQueue &operator=(const GroupCommitQueue &) = delete;

    /// Queues an item for the next batch. Throws Error(UNAVAILABLE) once shutting down.
    void push(Item item)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                throw Error(ErrorCode::Unavailable, "The server is shutting down");
            m_queue.push_back(std::move(item));
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        for (;;)
        {
            std::vector<Item> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty() && m_stopping)
                    return;
                while (!m_queue.empty() && batch.size() < m_maxBatch)
                {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            m_writeBatch(batch);
        }
    }

    const std::size_t m_maxBatch;
    const WriteBatch m_writeBatch;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::thread m_thread; ///< last: starts once everything above exists
};

} // namespace nextevent::server::app
