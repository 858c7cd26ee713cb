// SPDX-License-Identifier: MIT
// The job state codec: the names stored in the jobs table and accepted by GET /v2/jobs?state=.
#include <gtest/gtest.h>

#include "server/app/Store.h"

namespace
{
using nextevent::server::app::JobState;
using nextevent::server::app::jobStateFromString;
using nextevent::server::app::toString;

TEST(JobState, EveryStateRoundTripsThroughItsStoredName)
{
    for (auto state : {JobState::Queued, JobState::Running, JobState::Done, JobState::Dead})
        EXPECT_EQ(jobStateFromString(toString(state)), state);
    EXPECT_EQ(toString(JobState::Dead), "dead");
    EXPECT_EQ(toString(JobState::Queued), "queued");
}

TEST(JobState, UnknownNamesAreRefused)
{
    EXPECT_FALSE(jobStateFromString(""));
    EXPECT_FALSE(jobStateFromString("zombie"));
    EXPECT_FALSE(jobStateFromString("Dead"));
    EXPECT_FALSE(jobStateFromString("dead "));
}

} // namespace
