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

TEST(Ids, RecognisesOnlyCanonicalUuids)
{
    EXPECT_TRUE(isUuid("123e4567-e89b-42d3-a456-426614174000"));
    EXPECT_FALSE(isUuid(""));
    EXPECT_FALSE(isUuid("123e4567e89b42d3a456426614174000"));
    EXPECT_FALSE(isUuid("123e4567-e89b-42d3-a456-42661417400g"));
    EXPECT_FALSE(isUuid("../../etc/passwd"));
}
