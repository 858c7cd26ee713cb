// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>

#include "nextevent/Time.h"

namespace nextevent::server::wechat
{

/// Where the WeChat client reads the time and waits: the breaker's windows, token expiry and retry
/// backoff. The server uses Clock::system(); tests pass a clock they move by hand instead of sleeping.
class Clock
{
public:
    using SteadyTime = std::chrono::steady_clock::time_point;

    virtual ~Clock() = default;

    /// Monotonic time, for intervals (the circuit breaker's open period).
    virtual SteadyTime steadyNow() const = 0;

    /// Wall-clock time, for credentials: their expiry is shared with other instances through the
    /// token cache, so it must be a time every instance agrees on.
    virtual TimePoint wallNow() const = 0;

    /// Waits `duration` (retry backoff).
    virtual void sleepFor(std::chrono::milliseconds duration) const = 0;

    /// The real clocks and std::this_thread::sleep_for. One shared, stateless instance.
    static std::shared_ptr<const Clock> system();
};

} // namespace nextevent::server::wechat
