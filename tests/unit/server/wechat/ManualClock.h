// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <mutex>
#include <vector>

#include "server/wechat/Clock.h"

namespace nextevent::server::wechat::testsupport
{

/// A clock that moves only when the test says so, so tests about expiry, open periods and backoff
/// never sleep and never depend on how fast the machine is. sleepFor() does not block: it records the
/// wait and moves the time on by it. Thread-safe.
class ManualClock final : public Clock
{
public:
    /// Starts at the real time, so wall times stay plausible (e.g. JS-SDK timestamps).
    ManualClock()
        : m_steady(std::chrono::steady_clock::now())
        , m_wall(nextevent::now())
    {
    }

    SteadyTime steadyNow() const override
    {
        std::lock_guard lock(m_mutex);
        return m_steady;
    }

    TimePoint wallNow() const override
    {
        std::lock_guard lock(m_mutex);
        return m_wall;
    }

    void sleepFor(std::chrono::milliseconds duration) const override
    {
        std::lock_guard lock(m_mutex);
        m_sleeps.push_back(duration);
        m_steady += duration;
        m_wall += duration;
    }

    /// Moves both clocks on by `duration`.
    void advance(std::chrono::milliseconds duration)
    {
        std::lock_guard lock(m_mutex);
        m_steady += duration;
        m_wall += duration;
    }

    /// Every wait asked of sleepFor(), in order.
    std::vector<std::chrono::milliseconds> sleeps() const
    {
        std::lock_guard lock(m_mutex);
        return m_sleeps;
    }

private:
    mutable std::mutex m_mutex;
    mutable SteadyTime m_steady;
    mutable TimePoint m_wall;
    mutable std::vector<std::chrono::milliseconds> m_sleeps;
};

} // namespace nextevent::server::wechat::testsupport
