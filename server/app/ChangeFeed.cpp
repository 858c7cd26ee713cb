// SPDX-License-Identifier: MIT
#include "server/app/ChangeFeed.h"

namespace nextevent::server::app
{

void ChangeFeed::changed(const std::string &topic)
{
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        first = m_pending.empty();
        m_pending.insert(topic);
    }
    if (first)
        m_cv.notify_one();
}

void ChangeFeed::eventChanged(const std::string &eventId)
{
    changed("event:" + eventId);
    changed("dashboard");
}

void ChangeFeed::surveyChanged(const std::string &surveyId)
{
    changed("survey:" + surveyId);
    changed("dashboard");
}

std::vector<std::string> ChangeFeed::drain(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return !m_pending.empty() || m_woken; });
    m_woken = false;
    std::vector<std::string> out(m_pending.begin(), m_pending.end());
    m_pending.clear();
    return out;
}

void ChangeFeed::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

} // namespace nextevent::server::app
