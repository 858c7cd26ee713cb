// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "nextevent/Event.h"

#include "server/app/ChangeFeed.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Recently read events, so the hottest read (one event by id) skips the database. Writes in this process
/// invalidate their event at once; entries expire after a short time so writes made by another instance
/// show up within that time. Every invalidation is a change of the event, so it is also reported to the
/// change feed (live `event:ID` and `dashboard` topics) when one is attached.
class EventCache
{
public:
    explicit EventCache(ChangeFeed *feed = nullptr,
                        std::chrono::milliseconds ttl = std::chrono::milliseconds(1000));

    std::optional<Event> find(const std::string &id);
    void put(const Event &event);
    /// The cached event as its JSON text, written once per cached state by `write` (reads of one event by
    /// many clients then share one serialisation); null when the event is not cached.
    std::shared_ptr<const std::string> findText(const std::string &id,
                                                const std::function<std::string(const Event &)> &write);

    /// Drops the event and every cached list (lists hold counts and order that may have changed).
    void invalidate(const std::string &id);

    /// Cached list pages, keyed by the query's canonical text.
    std::optional<Page<Event>> findList(const std::string &key);
    void putList(const std::string &key, const Page<Event> &page);

private:
    struct Entry
    {
        Event event;
        std::chrono::steady_clock::time_point expires;
        std::shared_ptr<const std::string> text; ///< written on the first findText()
    };

    ChangeFeed *m_feed;
    std::chrono::milliseconds m_ttl;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;

    struct ListEntry
    {
        Page<Event> page;
        std::chrono::steady_clock::time_point expires;
    };

    std::unordered_map<std::string, ListEntry> m_lists;
    static constexpr std::size_t kMaxEntries = 10000;
};

} // namespace nextevent::server::app
