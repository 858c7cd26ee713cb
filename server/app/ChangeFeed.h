// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace nextevent::server::app
{

/// The names of live topics ("survey:ID", "event:ID", "dashboard") whose state changed in this process,
/// recorded by the services right after their commit and drained by whoever pushes updates (the realtime
/// hub). Repeated changes of one topic before a drain collapse into one entry, which is the first step of
/// coalescing: a burst of votes costs one recomputation, not one per vote.
class ChangeFeed
{
public:
    /// Records that `topic` changed. Cheap and non-blocking apart from a short lock.
    void changed(const std::string &topic);

    /// The event topic and the dashboard (registrations, check-ins and event edits feed both).
    void eventChanged(const std::string &eventId);

    /// The survey topic and the dashboard (responses feed the dashboard's counters).
    void surveyChanged(const std::string &surveyId);

    /// Takes every recorded topic, waiting up to `timeout` for the first one. Empty on timeout or wake().
    std::vector<std::string> drain(std::chrono::milliseconds timeout);

    /// Makes a waiting drain() return now (shutdown).
    void wake();

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::set<std::string> m_pending;
    bool m_woken = false;
};

} // namespace nextevent::server::app
