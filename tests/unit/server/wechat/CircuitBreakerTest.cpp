// SPDX-License-Identifier: MIT
#include "server/wechat/CircuitBreaker.h"

#include <chrono>
#include <thread>

#include <gtest/gtest.h>

using namespace nextevent::server::wechat;
using namespace std::chrono_literals;

TEST(CircuitBreaker, OpensAfterThresholdConsecutiveFailures)
{
    CircuitBreaker breaker(3, 10s);
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
    EXPECT_GT(breaker.snapshot().retryIn.count(), 9000);
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
    CircuitBreaker breaker(1, 50ms);
    breaker.recordFailure();
    EXPECT_FALSE(breaker.allow());
    std::this_thread::sleep_for(80ms);
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
    CircuitBreaker breaker(1, 50ms);
    breaker.recordFailure();
    std::this_thread::sleep_for(80ms);
    ASSERT_TRUE(breaker.allow());
    breaker.recordFailure();
    EXPECT_EQ(breaker.snapshot().state, CircuitBreaker::State::Open);
    EXPECT_FALSE(breaker.allow());
    EXPECT_EQ(breaker.snapshot().timesOpened, 2);
}

TEST(CircuitBreaker, StateNames)
{
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Closed), "closed");
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Open), "open");
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::HalfOpen), "half-open");
}
