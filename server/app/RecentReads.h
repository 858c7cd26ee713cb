// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace nextevent::server::app
{

/// Moves on with every write this process makes to what its read caches hold (RecentReads::drop and
/// clear, EventCache::invalidate): what is put together from several cached reads (a page shared by first
/// visitors) stays current while it has not moved.
inline std::atomic<std::uint64_t> &localWriteGeneration()
{
    static std::atomic<std::uint64_t> generation{0};
    return generation;
}

inline void noteLocalWrite()
{
    localWriteGeneration().fetch_add(1, std::memory_order_relaxed);
}

/// Values read recently, so the reads a crowd repeats (the article behind a shared link, an author's name)
/// skip the database. This process's writes drop their entry at once; entries expire after `ttl`, so
/// another instance's writes show within it (the same promise as EventCache).
template <typename Value> class RecentReads
{
public:
    explicit RecentReads(std::chrono::milliseconds ttl = std::chrono::milliseconds(1000),
                         std::size_t maxEntries = 10000)
        : m_ttl(ttl)
        , m_maxEntries(maxEntries)
    {
    }

    std::optional<Value> find(const std::string &key)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it == m_entries.end() || it->second.expires <= std::chrono::steady_clock::now())
            return std::nullopt;
        return it->second.value;
    }

    void put(const std::string &key, Value value)
    {
        std::lock_guard lock(m_mutex);
        if (m_entries.size() >= m_maxEntries)
            m_entries.clear(); // a flood of distinct keys: start over rather than grow
        m_entries[key] = {std::move(value), std::chrono::steady_clock::now() + m_ttl};
    }

    void drop(const std::string &key)
    {
        {
            std::lock_guard lock(m_mutex);
            m_entries.erase(key);
        }
        noteLocalWrite();
    }

    void clear()
    {
        {
            std::lock_guard lock(m_mutex);
            m_entries.clear();
        }
        noteLocalWrite();
    }

private:
    struct Entry
    {
        Value value;
        std::chrono::steady_clock::time_point expires;
    };

    const std::chrono::milliseconds m_ttl;
    const std::size_t m_maxEntries;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace nextevent::server::app
