// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>

#include "server/wechat/Clock.h"

namespace nextevent::server::wechat
{

/// Stops calling an upstream that keeps failing: after `threshold` consecutive failures the breaker
/// opens and refuses calls for `openFor`; then it lets exactly one trial call through (half-open).
/// A successful trial closes it, a failed one opens it again. Thread-safe.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen,
    };

    /// What the status page shows.
    struct Snapshot
    {
        State state = State::Closed;
        int consecutiveFailures = 0;
        /// Time until an open breaker admits a trial call (zero unless Open).
        std::chrono::milliseconds retryIn{0};
        std::int64_t timesOpened = 0;
    };

    /// threshold < 1 is treated as 1. `clock` times the open period (the real one unless a test
    /// moves time by hand).
    CircuitBreaker(int threshold,
                   std::chrono::milliseconds openFor,
                   std::shared_ptr<const Clock> clock = Clock::system());

    /// True when a call may go ahead. In the half-open state only one caller at a time gets true
    /// (the trial); it must report its outcome with recordSuccess() or recordFailure().
    bool allow();

    /// The upstream answered properly (business errors count as answers).
    void recordSuccess();

    /// The upstream failed (network, bad response, system busy, quota).
    void recordFailure();

    Snapshot snapshot() const;

    /// "closed", "open" or "half-open".
    static std::string_view stateName(State state);

private:
    /// Moves Open to HalfOpen once openFor has passed; m_mutex must be held.
    void updateLocked(Clock::SteadyTime now);

    const int m_threshold;
    const std::chrono::milliseconds m_openFor;
    const std::shared_ptr<const Clock> m_clock;
    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    int m_consecutiveFailures = 0;
    Clock::SteadyTime m_openedAt{};
    bool m_trialInFlight = false;
    std::int64_t m_timesOpened = 0;
};

} // namespace nextevent::server::wechat
