// SPDX-License-Identifier: MIT
#include "nextevent/SurveyTally.h"

#include <gtest/gtest.h>

using namespace nextevent;

namespace
{
Survey sampleSurvey()
{
    Survey s;
    s.id = "s1";
    Question single{
        "q1", QuestionType::SingleChoice, "Colour?", true, {{"r", "Red"}, {"g", "Green"}}, {}, {}, {}};
    Question multi{
        "q2", QuestionType::MultipleChoice, "Fruit?", false, {{"a", "Apple"}, {"b", "Pear"}}, {}, {}, {}};
    Question rating{"q3", QuestionType::Rating, "Rate", false, {}, {}, 5, {}};
    Question text{"q4", QuestionType::Text, "Why?", false, {}, {}, {}, {}};
    s.questions = {single, multi, rating, text};
    return s;
}

SurveyResponse response(std::vector<Answer> answers)
{
    SurveyResponse r;
    r.answers = std::move(answers);
    return r;
}
} // namespace

TEST(SurveyTally, EmptySurveyHasZeroCountsAndNoMean)
{
    SurveyTally tally(sampleSurvey());
    const auto j = tally.toJson(false);
    EXPECT_EQ(j["surveyId"], "s1");
    EXPECT_EQ(j["totalResponses"], 0);
    EXPECT_EQ(j["questions"][0]["options"][0]["count"], 0);
    EXPECT_EQ(j["questions"][0]["options"][0]["percent"], 0.0);
    EXPECT_TRUE(j["questions"][2]["mean"].is_null());
    EXPECT_FALSE(j["questions"][0].contains("chart"));
}

TEST(SurveyTally, CountsPercentagesMeanAndDistribution)
{
    SurveyTally tally(sampleSurvey());
    tally.add(response(
        {{"q1", {"r"}, {}, {}}, {"q2", {"a", "b"}, {}, {}}, {"q3", {}, 5, {}}, {"q4", {}, {}, "x"}}));
    tally.add(response({{"q1", {"r"}, {}, {}}, {"q2", {"a"}, {}, {}}, {"q3", {}, 2, {}}}));
    tally.add(response({{"q1", {"g"}, {}, {}}, {"q3", {}, 2, {}}}));
    const auto j = tally.toJson(true);
    EXPECT_EQ(j["totalResponses"], 3);
    const auto &q1 = j["questions"][0];
    EXPECT_EQ(q1["answered"], 3);
    EXPECT_EQ(q1["options"][0]["count"], 2);
    EXPECT_DOUBLE_EQ(q1["options"][0]["percent"].get<double>(), 66.7);
    EXPECT_DOUBLE_EQ(q1["options"][1]["percent"].get<double>(), 33.3);
    EXPECT_EQ(q1["chart"]["labels"], nlohmann::json({"Red", "Green"}));
    EXPECT_EQ(q1["chart"]["values"], nlohmann::json({2, 1}));
    const auto &q2 = j["questions"][1];
    EXPECT_EQ(q2["answered"], 2);
    EXPECT_DOUBLE_EQ(q2["options"][0]["percent"].get<double>(), 100.0) << "of those who answered";
    const auto &q3 = j["questions"][2];
    EXPECT_DOUBLE_EQ(q3["mean"].get<double>(), 3.0);
    EXPECT_EQ(q3["distribution"], nlohmann::json({0, 2, 0, 0, 1}));
    EXPECT_EQ(q3["chart"]["labels"], nlohmann::json({"1", "2", "3", "4", "5"}));
    EXPECT_EQ(j["questions"][3]["answered"], 1);
}

TEST(SurveyTally, RemoveUndoesAdd)
{
    SurveyTally tally(sampleSurvey());
    const auto first = response({{"q1", {"r"}, {}, {}}, {"q3", {}, 4, {}}});
    tally.add(first);
    const auto before = tally.toJson(true);
    const auto second = response({{"q1", {"g"}, {}, {}}, {"q3", {}, 1, {}}});
    tally.add(second);
    tally.remove(second);
    EXPECT_EQ(tally.toJson(true), before);
}

TEST(SurveyTally, IgnoresUnknownIds)
{
    SurveyTally tally(sampleSurvey());
    tally.add(response({{"nope", {"r"}, {}, {}}, {"q1", {"zzz"}, {}, {}}, {"q3", {}, 99, {}}}));
    const auto j = tally.toJson(false);
    EXPECT_EQ(j["totalResponses"], 1);
    EXPECT_EQ(j["questions"][0]["options"][0]["count"], 0);
    EXPECT_EQ(j["questions"][2]["distribution"], nlohmann::json({0, 0, 0, 0, 0}));
}

TEST(SurveyTally, CountersRebuildTheSameTally)
{
    const Survey survey = sampleSurvey();
    SurveyTally live(survey);
    SurveyTally::Counters stored;
    const std::vector<SurveyResponse> responses{
        response({{"q1", {"r"}, {}, {}}, {"q2", {"a", "b"}, {}, {}}, {"q3", {}, 5, {}}, {"q4", {}, {}, "x"}}),
        response({{"q1", {"g"}, {}, {}}, {"q3", {}, 3, {}}}),
        response({{"q2", {"b"}, {}, {}}})};
    for (const auto &r : responses)
    {
        live.add(r);
        for (const auto &[key, n] : SurveyTally::contributions(survey, r))
            stored[key] += n;
    }
    EXPECT_EQ(stored.at({"", "total"}), 3);
    EXPECT_EQ(stored.at({"q3", "sum"}), 8);
    EXPECT_EQ(stored.at({"q2", "o:b"}), 2);
    EXPECT_FALSE(stored.contains({"q1", "o:x"}));
    EXPECT_EQ(SurveyTally::fromCounters(survey, stored).toJson(true), live.toJson(true));
    stored[{"q9", "answered"}] = 4;
    stored[{"q3", "r:99"}] = 1;
    EXPECT_EQ(SurveyTally::fromCounters(survey, stored).toJson(true), live.toJson(true))
        << "unknown keys ignored";
}
