// SPDX-License-Identifier: MIT
#include "nextevent/UntrustedJson.h"

#include <gtest/gtest.h>

using namespace nextevent;

TEST(UntrustedJson, AcceptsOrdinaryDocuments)
{
    const auto parsed = parseUntrustedJson(R"({"a":[1,{"b":"[[[["}],"c":"\"}}}"})");
    ASSERT_EQ(parsed.problem, JsonProblem::None);
    EXPECT_EQ(parsed.value["a"][1]["b"], "[[[[");
}

TEST(UntrustedJson, RefusesNestingBeyondTheLimitBeforeParsing)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto parsed = parseUntrustedJson(deep);
    EXPECT_EQ(parsed.problem, JsonProblem::TooDeep);
    EXPECT_TRUE(parsed.value.is_discarded());
    // Exactly at the limit is fine; one more is not.
    EXPECT_EQ(parseUntrustedJson(std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']')).problem,
              JsonProblem::None);
    EXPECT_EQ(
        parseUntrustedJson(std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']')).problem,
        JsonProblem::TooDeep);
}

TEST(UntrustedJson, BracketsInsideStringsDoNotCount)
{
    const std::string text = "[\"" + std::string(500, '[') + "\\\"" + std::string(500, '{') + "\"]";
    EXPECT_FALSE(jsonNestsDeeperThan(text, 2));
    EXPECT_EQ(parseUntrustedJson(text).problem, JsonProblem::None);
}

TEST(UntrustedJson, MalformedIsReportedNotThrown)
{
    EXPECT_EQ(parseUntrustedJson("{\"a\":").problem, JsonProblem::Malformed);
    EXPECT_EQ(parseUntrustedJson("").problem, JsonProblem::Malformed);
    EXPECT_EQ(parseUntrustedJson("\xff\xfe").problem, JsonProblem::Malformed);
}
