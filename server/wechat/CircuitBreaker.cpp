// SPDX-License-Identifier: MIT
#include "server/wechat/CircuitBreaker.h"

#include <algorithm>
#include <utility>

namespace nextevent::server::wechat
{

CircuitBreaker::CircuitBreaker(int threshold,
                               std::chrono::milliseconds openFor,
                               std::shared_ptr<const Clock> clock)
    : m_threshold(std::max(threshold, 1))
    , m_openFor(openFor)
    , m_clock(clock ? std::move(clock) : Clock::system())
{
}

void CircuitBreaker::updateLocked(Clock::SteadyTime now)
{
    if (m_state == State::Open && now - m_openedAt >= m_openFor)
    {
        m_state = State::HalfOpen;
        m_trialInFlight = false;
    }
}

bool CircuitBreaker::allow()
{
    std::lock_guard lock(m_mutex);
    updateLocked(m_clock->steadyNow());
    switch (m_state)
    {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    std::lock_guard lock(m_mutex);
    m_consecutiveFailures = 0;
    m_trialInFlight = false;
    m_state = State::Closed;
}

void CircuitBreaker::recordFailure()
{
    std::lock_guard lock(m_mutex);
    const Clock::SteadyTime now = m_clock->steadyNow();
    updateLocked(now);
    ++m_consecutiveFailures;
    // A failed trial reopens at once; a closed breaker opens when the threshold is reached. Failures
    // reported while already open (calls admitted before it opened) do not extend the open period.
    if (m_state == State::HalfOpen || (m_state == State::Closed && m_consecutiveFailures >= m_threshold))
    {
        m_state = State::Open;
        m_openedAt = now;
        m_trialInFlight = false;
        ++m_timesOpened;
    }
}

CircuitBreaker::Snapshot CircuitBreaker::snapshot() const
{
    std::lock_guard lock(m_mutex);
    Snapshot result;
    const Clock::SteadyTime now = m_clock->steadyNow();
    result.state = m_state;
    if (m_state == State::Open && now - m_openedAt >= m_openFor)
        result.state = State::HalfOpen;
    result.consecutiveFailures = m_consecutiveFailures;
    if (result.state == State::Open)
        result.retryIn = std::chrono::duration_cast<std::chrono::milliseconds>(m_openedAt + m_openFor - now);
    result.timesOpened = m_timesOpened;
    return result;
}

std::string_view CircuitBreaker::stateName(State state)
{
    switch (state)
    {
    case State::Closed:
        return "closed";
    case State::Open:
        return "open";
    case State::HalfOpen:
        return "half-open";
    }
    return "closed";
}

} // namespace nextevent::server::wechat
