// SPDX-License-Identifier: MIT
// Who answered a survey, kept for returning visitors' pages: known only while fresh, this process's own
// answers added at once and kept through a reload that began before them, surveys too large not kept.
#include "server/app/RespondentIndex.h"

#include <gtest/gtest.h>

namespace nextevent::server::app
{
namespace
{
RespondentIndex::Clock::time_point g_now{};

RespondentIndex::Clock::time_point testNow()
{
    return g_now;
}

class RespondentIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_now = RespondentIndex::Clock::time_point{} + std::chrono::hours(1);
    }

    static void advance(int millis)
    {
        g_now += std::chrono::milliseconds(millis);
    }

    RespondentIndex index{std::chrono::milliseconds(1000), 3, &testNow};
};

TEST_F(RespondentIndexTest, KnowsOnlyWhatItLoadedAndOnlyForTheTtl)
{
    EXPECT_EQ(index.answered("s1", "alice"), std::nullopt) << "never loaded";
    EXPECT_TRUE(index.worthLoading("s1"));
    index.load("s1", {"alice", "bob"}, index.loadStarts());
    EXPECT_EQ(index.answered("s1", "alice"), std::optional<bool>(true));
    EXPECT_EQ(index.answered("s1", "carol"), std::optional<bool>(false));
    EXPECT_EQ(index.answered("s2", "alice"), std::nullopt) << "another survey";
    advance(999);
    EXPECT_EQ(index.answered("s1", "carol"), std::optional<bool>(false));
    advance(1);
    EXPECT_EQ(index.answered("s1", "carol"), std::nullopt) << "another instance may have stored it since";
    index.drop("s1");
    EXPECT_EQ(index.answered("s1", "alice"), std::nullopt);
}

TEST_F(RespondentIndexTest, OwnAnswersShowAtOnceAndSurviveALoadThatBeganBeforeThem)
{
    index.load("s1", {"alice"}, index.loadStarts());
    index.add("s1", "bob");
    EXPECT_EQ(index.answered("s1", "bob"), std::optional<bool>(true));

    // A reload reads the store, then carol's answer is acknowledged, then the reload lands without her.
    advance(1000);
    const auto started = index.loadStarts();
    advance(5);
    index.add("s1", "carol");
    advance(5);
    index.load("s1", {"alice", "bob"}, started);
    EXPECT_EQ(index.answered("s1", "carol"), std::optional<bool>(true));
    // An answer acknowledged before a read began is in that read: the read decides, not the old addition.
    advance(1000);
    index.load("s1", {"alice"}, index.loadStarts());
    EXPECT_EQ(index.answered("s1", "bob"), std::optional<bool>(false));
}

TEST_F(RespondentIndexTest, ASurveyWithTooManyRespondentsIsAskedPerVisitorForTheTtl)
{
    index.load("big", {"a", "b", "c", "d"}, index.loadStarts());
    EXPECT_EQ(index.answered("big", "a"), std::nullopt);
    EXPECT_FALSE(index.worthLoading("big")) << "no reload per visitor";
    index.add("big", "e");
    EXPECT_EQ(index.answered("big", "e"), std::nullopt);
    advance(1000);
    EXPECT_TRUE(index.worthLoading("big")) << "it may have shrunk below the limit (a survey recreated)";
}

} // namespace
} // namespace nextevent::server::app
