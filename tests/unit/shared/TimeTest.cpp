// SPDX-License-Identifier: MIT
#include "nextevent/Time.h"

#include <gtest/gtest.h>

using namespace nextevent;
using namespace std::chrono;

TEST(Time, FormatsUtcWithMilliseconds)
{
    const TimePoint t =
        TimePoint{sys_days{2026y / November / 24}} + hours{9} + minutes{5} + seconds{7} + milliseconds{42};
    EXPECT_EQ(formatIso8601(t), "2026-11-24T09:05:07.042Z");
}

TEST(Time, RoundTrips)
{
    const TimePoint t = now();
    EXPECT_EQ(parseIso8601(formatIso8601(t)), t);
}

TEST(Time, ParsesOffsetsToUtc)
{
    EXPECT_EQ(formatIso8601(*parseIso8601("2026-05-01T17:00:00+08:00")), "2026-05-01T09:00:00.000Z");
    EXPECT_EQ(formatIso8601(*parseIso8601("2026-05-01T09:00:00Z")), "2026-05-01T09:00:00.000Z");
    EXPECT_EQ(formatIso8601(*parseIso8601("2026-05-01T09:00:00.5Z")), "2026-05-01T09:00:00.500Z");
}

TEST(Time, RejectsMalformedAndOutOfRange)
{
    for (const char *bad : {"",
                            "2026-05-01",
                            "2026-13-01T00:00:00Z",
                            "2026-02-30T00:00:00Z",
                            "2026-05-01T24:00:00Z",
                            "2026-05-01T09:00:00",
                            "2026-05-01T09:00:00Zjunk",
                            "yesterday",
                            "2026-05-01T09:00:00.Z",
                            "2026-05-01T09:00:00+8"})
        EXPECT_FALSE(parseIso8601(bad).has_value()) << bad;
}
