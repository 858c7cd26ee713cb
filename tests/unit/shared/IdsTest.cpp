// SPDX-License-Identifier: MIT
#include "nextevent/Ids.h"

#include <set>

#include <gtest/gtest.h>

using namespace nextevent;

TEST(Ids, UuidsAreVersion4AndDistinct)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i)
    {
        const auto id = newUuid();
        ASSERT_TRUE(isUuid(id)) << id;
        EXPECT_EQ(id[14], '4');
        EXPECT_TRUE(seen.insert(id).second);
    }
}

TEST(Ids, TimeOrderedUuidsAreVersion7CarryTheirMillisecondAndSortByIt)
{
    // 2030-05-01T09:00:00.123Z: its 48 bits lead the id, so ids of later milliseconds sort after it.
    const std::int64_t millis = 1903856400123;
    const auto id = newTimeOrderedUuid(millis);
    ASSERT_TRUE(isUuid(id)) << id;
    EXPECT_EQ(id.substr(0, 13), "01bb46af-36fb") << id;
    EXPECT_EQ(id[14], '7');
    EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << "RFC variant: " << id;
    std::set<std::string> seen;
    std::string previous;
    for (std::int64_t m = millis; m < millis + 500; ++m)
    {
        const auto next = newTimeOrderedUuid(m);
        EXPECT_LT(previous, next);
        EXPECT_TRUE(seen.insert(next).second);
        EXPECT_NE(next, newTimeOrderedUuid(m)) << "random within a millisecond";
        previous = next;
    }
}

TEST(Ids, RecognisesOnlyCanonicalUuids)
{
    EXPECT_TRUE(isUuid("123e4567-e89b-42d3-a456-426614174000"));
    EXPECT_FALSE(isUuid(""));
    EXPECT_FALSE(isUuid("123e4567e89b42d3a456426614174000"));
    EXPECT_FALSE(isUuid("123e4567-e89b-42d3-a456-42661417400g"));
    EXPECT_FALSE(isUuid("../../etc/passwd"));
}
