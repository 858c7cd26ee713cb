// SPDX-License-Identifier: MIT
#include "server/wechat/CircuitBreaker.h"

#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include "ManualClock.h"

using namespace nextevent::server::wechat;
using nextevent::server::wechat::testsupport::ManualClock;
using namespace std::chrono_literals;

TEST(CircuitBreaker, OpensAfterThresholdConsecutiveFailures)
{
    auto clock = std::make_shared<ManualClock>();
    CircuitBreaker breaker(3, 10s, clock);
    for (int i = 0; i < 2; ++i)
    {
        ASSERT_TRUE(breaker.allow());
        breaker.recordFailure();
    }
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Closed);
    ASSERT_TRUE(breaker.allow());
    breaker.recordFailure();
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Open);
    EXPECT_FALSE(breaker.allow());
    EXPECT_EQ(breaker.snapshot().retryIn, 10s);
    clock->advance(4s);
    EXPECT_EQ(breaker.snapshot().retryIn, 6s);
    EXPECT_FALSE(breaker.allow());
    EXPECT_EQ(breaker.snapshot().timesOpened, 1);
}

TEST(CircuitBreaker, SuccessResetsTheCount)
{
    CircuitBreaker breaker(2, 10s);
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Closed);
    EXPECT_TRUE(breaker.allow());
}

TEST(CircuitBreaker, HalfOpenAdmitsOneTrialAndClosesOnSuccess)
{
    auto clock = std::make_shared<ManualClock>();
    CircuitBreaker breaker(1, 50ms, clock);
    breaker.recordFailure();
    EXPECT_FALSE(breaker.allow());
    clock->advance(49ms);
    EXPECT_FALSE(breaker.allow()) << "still open 1 ms before the period ends";
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Open);
    clock->advance(1ms);
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::HalfOpen);
    EXPECT_TRUE(breaker.allow());
    EXPECT_FALSE(breaker.allow()) << "only one trial call at a time";
    breaker.recordSuccess();
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Closed);
    EXPECT_TRUE(breaker.allow());
    EXPECT_TRUE(breaker.allow());
}

TEST(CircuitBreaker, FailedTrialReopens)
{
    auto clock = std::make_shared<ManualClock>();
    CircuitBreaker breaker(1, 50ms, clock);
    breaker.recordFailure();
    clock->advance(80ms);
    ASSERT_TRUE(breaker.allow());
    breaker.recordFailure();
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Open);
    EXPECT_EQ(breaker.snapshot().retryIn, 50ms) << "the new open period starts at the failed trial";
    EXPECT_FALSE(breaker.allow());
    EXPECT_EQ(breaker.snapshot().timesOpened, 2);
    clock->advance(50ms);
    EXPECT_TRUE(breaker.allow());
}

TEST(CircuitBreaker, FailuresWhileOpenDoNotExtendTheOpenPeriod)
{
    auto clock = std::make_shared<ManualClock>();
    CircuitBreaker breaker(1, 50ms, clock);
    breaker.recordFailure();
    clock->advance(30ms);
    breaker.recordFailure(); // a call admitted before the breaker opened
    clock->advance(20ms);
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::HalfOpen);
    EXPECT_EQ(breaker.snapshot().timesOpened, 1);
}

TEST(CircuitBreaker, StateNames)
{
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Closed), "closed");
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Open), "open");
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::HalfOpen), "half-open");
}
