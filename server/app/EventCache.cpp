// SPDX-License-Identifier: MIT
#include "server/app/EventCache.h"

#include "server/app/RecentReads.h"

namespace nextevent::server::app
{

EventCache::EventCache(ChangeFeed *feed, std::chrono::milliseconds ttl)
    : m_feed(feed)
    , m_ttl(ttl)
{
}

std::optional<Event> EventCache::find(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    if (it->second.expires <= std::chrono::steady_clock::now())
    {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->second.event;
}

std::shared_ptr<const std::string>
EventCache::findText(const std::string &id, const std::function<std::string(const Event &)> &write)
{
    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.expires <= std::chrono::steady_clock::now())
        return nullptr;
    if (it->second.text)
        return it->second.text;
    const Event event = it->second.event;
    const auto expires = it->second.expires;
    lock.unlock();
    auto text = std::make_shared<const std::string>(write(event));
    lock.lock();
    // Kept only if the entry is still the one it was written from (not replaced or invalidated meanwhile).
    it = m_entries.find(id);
    if (it != m_entries.end() && it->second.expires == expires && !it->second.text)
        it->second.text = text;
    return text;
}

void EventCache::put(const Event &event)
{
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    m_entries[event.id] = {event, std::chrono::steady_clock::now() + m_ttl, nullptr};
}

void EventCache::invalidate(const std::string &id)
{
    {
        std::lock_guard lock(m_mutex);
        m_entries.erase(id);
        m_lists.clear();
    }
    noteLocalWrite();
    if (m_feed)
        m_feed->eventChanged(id);
}

std::optional<Page<Event>> EventCache::findList(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    auto it = m_lists.find(key);
    if (it == m_lists.end())
        return std::nullopt;
    if (it->second.expires <= std::chrono::steady_clock::now())
    {
        m_lists.erase(it);
        return std::nullopt;
    }
    return it->second.page;
}

void EventCache::putList(const std::string &key, const Page<Event> &page)
{
    std::lock_guard lock(m_mutex);
    if (m_lists.size() >= 1000)
        m_lists.clear();
    m_lists[key] = {page, std::chrono::steady_clock::now() + m_ttl};
}

} // namespace nextevent::server::app
