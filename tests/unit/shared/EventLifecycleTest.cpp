// SPDX-License-Identifier: MIT
#include "nextevent/EventLifecycle.h"

#include <gtest/gtest.h>

#include "nextevent/Error.h"

using namespace nextevent;

TEST(EventLifecycle, FollowsTheDesignedPath)
{
    EXPECT_TRUE(canTransition(EventStatus::Draft, EventStatus::Published));
    EXPECT_TRUE(canTransition(EventStatus::Published, EventStatus::Active));
    EXPECT_TRUE(canTransition(EventStatus::Active, EventStatus::Completed));
    for (auto s : {EventStatus::Draft, EventStatus::Published, EventStatus::Active})
        EXPECT_TRUE(canTransition(s, EventStatus::Cancelled));
}

TEST(EventLifecycle, ForbidsSkippingGoingBackAndLeavingFinalStates)
{
    EXPECT_FALSE(canTransition(EventStatus::Draft, EventStatus::Active));
    EXPECT_FALSE(canTransition(EventStatus::Draft, EventStatus::Completed));
    EXPECT_FALSE(canTransition(EventStatus::Active, EventStatus::Published));
    EXPECT_FALSE(canTransition(EventStatus::Draft, EventStatus::Draft));
    EXPECT_TRUE(allowedTransitions(EventStatus::Completed).empty());
    EXPECT_TRUE(allowedTransitions(EventStatus::Cancelled).empty());
    EXPECT_EQ(allowedTransitions(EventStatus::Draft),
              (std::vector{EventStatus::Published, EventStatus::Cancelled}));
}

TEST(EventLifecycle, ForbiddenTransitionIsAConflictNamingTheStates)
{
    try
    {
        checkTransition(EventStatus::Completed, EventStatus::Active);
        FAIL() << "expected an error";
    }
    catch (const Error &e)
    {
        EXPECT_EQ(e.code(), ErrorCode::Conflict);
        EXPECT_NE(std::string(e.what()).find("completed"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("active"), std::string::npos);
    }
    EXPECT_NO_THROW(checkTransition(EventStatus::Draft, EventStatus::Published));
}

TEST(EventLifecycle, RegistrationAndCheckInOnlyWhenOpen)
{
    EXPECT_FALSE(acceptsRegistrations(EventStatus::Draft));
    EXPECT_TRUE(acceptsRegistrations(EventStatus::Published));
    EXPECT_TRUE(acceptsCheckIns(EventStatus::Active));
    EXPECT_FALSE(acceptsCheckIns(EventStatus::Cancelled));
    EXPECT_FALSE(acceptsRegistrations(EventStatus::Completed));
}
