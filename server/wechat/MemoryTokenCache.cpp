// SPDX-License-Identifier: MIT
#include "server/wechat/MemoryTokenCache.h"

#include <utility>

namespace nextevent::server::wechat
{

MemoryTokenCache::MemoryTokenCache(std::shared_ptr<const Clock> clock)
    : m_clock(clock ? std::move(clock) : Clock::system())
{
}

std::optional<CachedToken> MemoryTokenCache::get(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    if (it->second.expiresAt <= m_clock->wallNow())
    {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->second;
}

void MemoryTokenCache::set(const std::string &key, const CachedToken &token)
{
    std::lock_guard lock(m_mutex);
    m_entries[key] = token;
}

bool MemoryTokenCache::eraseIfValue(const std::string &key, const std::string &value)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->second.value != value)
        return false;
    m_entries.erase(it);
    return true;
}

} // namespace nextevent::server::wechat
