// SPDX-License-Identifier: MIT
#include "server/infra/MemoryRateLimiter.h"

namespace nextevent::server::infra
{

app::RateLimiter::Decision
MemoryRateLimiter::hit(const std::string &key, int limit, std::chrono::seconds window)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    // Sweep expired windows now and then so the map cannot grow without bound.
    if (now - m_lastSweep > std::chrono::minutes(1))
    {
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = now - it->second.start > std::chrono::minutes(10) ? m_windows.erase(it) : std::next(it);
        m_lastSweep = now;
    }
    auto &w = m_windows[key];
    if (w.count == 0 || now - w.start >= window)
    {
        w.start = now;
        w.count = 0;
    }
    ++w.count;
    if (w.count <= limit)
        return {true, {}};
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(window - (now - w.start));
    return {false, std::max(std::chrono::seconds(1), left + std::chrono::seconds(1))};
}

void MemoryRateLimiter::reset(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    m_windows.erase(key);
}

} // namespace nextevent::server::infra
