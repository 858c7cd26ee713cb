// SPDX-License-Identifier: MIT
// The pure rules of live interaction: word normalisation, quiz scoring, the word filter, word-cloud tallies,
// validation of the new question types and the Q&A order.
#include "nextevent/LiveInteraction.h"

#include <gtest/gtest.h>

#include "nextevent/Json.h"
#include "nextevent/SurveyTally.h"
#include "nextevent/Validation.h"

using namespace nextevent;

namespace
{
bool has(const std::vector<FieldError> &errors, const std::string &field, FieldCode code)
{
    for (const auto &e : errors)
        if (e.field == field && e.code == code)
            return true;
    return false;
}

Question wordCloud(std::int64_t maxEntries = 3, std::int64_t maxLength = 25)
{
    Question q;
    q.id = "w";
    q.type = QuestionType::WordCloud;
    q.text = "One word?";
    q.maxEntries = maxEntries;
    q.maxLength = maxLength;
    return q;
}

Question quiz()
{
    Question q;
    q.id = "z";
    q.type = QuestionType::Quiz;
    q.text = "Capital of France?";
    q.options = {{"a", "Paris"}, {"b", "Lyon"}};
    q.correctOptionIds = {"a"};
    return q;
}
} // namespace

TEST(Normalise, TrimsCollapsesFoldsAndLowerCases)
{
    EXPECT_EQ(normaliseWord("  Hello   World \t"), "hello world");
    EXPECT_EQ(normaliseWord("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3"), "abc"); // ＡＢＣ
    EXPECT_EQ(normaliseWord("Qt\xE3\x80\x80"
                            "6"),
              "qt 6");                                                                // ideographic space
    EXPECT_EQ(normaliseWord("\xEF\xBC\x91\xEF\xBC\x92"), "12");                       // full-width digits
    EXPECT_EQ(normaliseWord("\xC3\x89t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");               // Été → été
    EXPECT_EQ(normaliseWord("\xE4\xBD\xA0\xE5\xA5\xBD"), "\xE4\xBD\xA0\xE5\xA5\xBD"); // 你好 unchanged
    EXPECT_EQ(normaliseWord("a\x01\x02"
                            "b"),
              "a b")
        << "control characters count as space";
    EXPECT_EQ(normaliseWord("   "), "");
    EXPECT_EQ(normaliseWord("\xFF\xFE"), "") << "invalid UTF-8";
}

TEST(Normalise, DropsEmptyAndRepeatedWordsOfOneAnswer)
{
    EXPECT_EQ(normaliseWords({"C++", " c++ ", "", "   ", "Qt", "QT", "\xEF\xBC\xA3++"}),
              (std::vector<std::string>{"c++", "qt"}));
}

TEST(QuizScore, FollowsTheFormula)
{
    EXPECT_EQ(quizScore(1000, 20, 0.0), 1000);
    EXPECT_EQ(quizScore(1000, 20, 10.0), 750);
    EXPECT_EQ(quizScore(1000, 20, 20.0), 500);
    EXPECT_EQ(quizScore(1000, 20, 5.0), 875);
    EXPECT_EQ(quizScore(1000, 30, 1.0), 983); // 1000 × (1 − 1/60) = 983.33
    EXPECT_EQ(quizScore(999, 20, 2.0), 949);  // 999 × 0.95 = 949.05
    EXPECT_EQ(quizScore(1000, 20, -3.0), 1000) << "clamped at the opening";
    EXPECT_EQ(quizScore(1000, 20, 99.0), 500) << "clamped at the limit";
}

TEST(WordFilter, MatchesLatinWholeWordsAndChineseAnywhere)
{
    const WordFilter filter("# comment\nbadword\n\n\xE5\x82\xBB\xE9\x80\xBC\n"); // 傻逼
    EXPECT_EQ(filter.size(), 2u);
    EXPECT_TRUE(filter.matches("what a BADWORD!"));
    EXPECT_TRUE(filter.matches("\xEF\xBD\x82\xEF\xBD\x81\xEF\xBD\x84word")) << "full-width folded";
    EXPECT_FALSE(filter.matches("badwords are fine as part of a longer word"));
    EXPECT_TRUE(filter.matches("\xE4\xBD\xA0\xE6\x98\xAF\xE5\x82\xBB\xE9\x80\xBC")); // 你是傻逼
    EXPECT_TRUE(filter.matches("\xE5\x82\xBB \xE9\x80\xBC")) << "spaces inside zh entries do not hide them";
    EXPECT_FALSE(filter.matches("a perfectly nice question"));
}

TEST(LiveValidation, WordCloudAndQuizQuestions)
{
    EXPECT_TRUE(validate(wordCloud()).empty());
    EXPECT_TRUE(has(validate(wordCloud(6)), "maxEntries", FieldCode::OutOfRange));
    EXPECT_TRUE(has(validate(wordCloud(0)), "maxEntries", FieldCode::OutOfRange));
    EXPECT_TRUE(has(validate(wordCloud(3, 41)), "maxLength", FieldCode::OutOfRange));
    EXPECT_TRUE(validate(quiz()).empty());
    auto q = quiz();
    q.timeLimitSeconds = 4;
    EXPECT_TRUE(has(validate(q), "timeLimitSeconds", FieldCode::OutOfRange));
    q.timeLimitSeconds = 301;
    EXPECT_TRUE(has(validate(q), "timeLimitSeconds", FieldCode::OutOfRange));
    q = quiz();
    q.correctOptionIds = {"nope"};
    EXPECT_TRUE(has(validate(q), "correctOptionIds", FieldCode::InvalidChoice));
    q.correctOptionIds.clear();
    EXPECT_TRUE(has(validate(q), "correctOptionIds", FieldCode::Required));
    auto single = quiz();
    single.type = QuestionType::SingleChoice;
    EXPECT_TRUE(has(validate(single), "correctOptionIds", FieldCode::NotAllowed));
}

TEST(LiveValidation, WordCloudAnswers)
{
    Survey s;
    s.questions = {wordCloud(2, 5)};
    const auto answer = [&](std::vector<std::string> words)
    {
        SurveyResponse r;
        Answer a;
        a.questionId = "w";
        a.words = std::move(words);
        r.answers = {a};
        return validateResponse(s, r);
    };
    EXPECT_TRUE(answer({"ok", "  OK  "}).empty());
    EXPECT_TRUE(has(answer({"a", "b", "c"}), "answers[0].words", FieldCode::TooMany));
    EXPECT_TRUE(has(answer({"toolong"}), "answers[0].words", FieldCode::TooLong));
    EXPECT_TRUE(answer({"  a   b "}).empty()) << "length counts after normalisation";
    EXPECT_TRUE(has(answer({"  ", ""}), "answers[0].words", FieldCode::Required));
    EXPECT_TRUE(has(answer({"\xFF"}), "answers[0].words", FieldCode::InvalidFormat));
}

TEST(LiveTally, WordCloudCountsByCountThenText)
{
    Survey s;
    s.id = "s";
    s.questions = {wordCloud()};
    SurveyTally tally(s);
    const auto add = [&](std::vector<std::string> words, std::vector<std::string> filtered = {})
    {
        SurveyResponse r;
        Answer a;
        a.questionId = "w";
        a.words = std::move(words);
        a.filteredWords = std::move(filtered);
        r.answers = {a};
        tally.add(r);
        return r;
    };
    add({"qt", "c++"});
    add({"qt", "rust"}, {"bad"});
    const auto third = add({"c++"});
    auto j = tally.toJson(false)["questions"][0];
    EXPECT_EQ(j["type"], "word_cloud");
    EXPECT_EQ(j["answered"], 3);
    EXPECT_EQ(j["filtered"], 1);
    ASSERT_EQ(j["words"].size(), 3u);
    EXPECT_EQ(j["words"][0], (nlohmann::json{{"text", "c++"}, {"count", 2}}));
    EXPECT_EQ(j["words"][1], (nlohmann::json{{"text", "qt"}, {"count", 2}}));
    EXPECT_EQ(j["words"][2], (nlohmann::json{{"text", "rust"}, {"count", 1}}));
    // Counters round-trip through the store's shape.
    SurveyTally::Counters counters;
    SurveyResponse r1;
    r1.answers = {Answer{"w", {}, {}, {}, {"qt"}, {"bad"}, {}, {}}};
    for (const auto &[k, n] : SurveyTally::contributions(s, r1))
        counters[k] += n;
    const auto rebuilt = SurveyTally::fromCounters(s, counters).toJson(false)["questions"][0];
    EXPECT_EQ(rebuilt["words"][0]["text"], "qt");
    EXPECT_EQ(rebuilt["filtered"], 1);
    tally.remove(third);
    EXPECT_EQ(tally.toJson(false)["questions"][0]["words"][0]["text"], "qt");
}

TEST(LiveTally, AtMostOneHundredWords)
{
    Survey s;
    s.id = "s";
    s.questions = {wordCloud()};
    SurveyTally tally(s);
    for (int i = 0; i < 150; ++i)
    {
        SurveyResponse r;
        r.answers = {Answer{"w", {}, {}, {}, {"w" + std::to_string(1000 + i)}, {}, {}, {}}};
        tally.add(r);
    }
    EXPECT_EQ(tally.toJson(false)["questions"][0]["words"].size(), 100u);
}

TEST(LiveJson, QuizFieldsAndStoredAnswers)
{
    const auto q = questionFromJson({{"type", "quiz"},
                                     {"text", "x"},
                                     {"options", {"a", "b"}},
                                     {"correctOptionIds", {"o1"}},
                                     {"points", 500}});
    EXPECT_EQ(q.type, QuestionType::Quiz);
    EXPECT_EQ(q.correctOptionIds, std::vector<std::string>{"o1"});
    EXPECT_EQ(q.points, 500);
    // A respondent may not send server-set fields; the store may.
    const nlohmann::json forged{{"answers", {{{"questionId", "z"}, {"optionIds", {"a"}}, {"score", 1000}}}}};
    EXPECT_THROW(responseFromJson(forged), Error);
    EXPECT_EQ(storedResponseFromJson(forged).answers[0].score, 1000);
    const auto survey = surveyFromJson({{"title", "t"}, {"mode", "presenter_paced"}});
    EXPECT_EQ(survey.mode, SurveyMode::PresenterPaced);
    EXPECT_THROW(surveyFromJson({{"title", "t"}, {"mode", "fast"}}), Error);
}

TEST(LiveRecords, QaOrderAndStaffFields)
{
    QaItem a{"a",
             "e",
             "anon:x",
             "q",
             "",
             QaState::Approved,
             3,
             false,
             false,
             TimePoint{std::chrono::seconds(5)},
             {}};
    QaItem b = a;
    b.id = "b";
    b.votes = 1;
    b.pinned = true;
    QaItem c = a;
    c.id = "c";
    c.createdAt = TimePoint{std::chrono::seconds(1)};
    std::vector<QaItem> items{a, b, c};
    std::sort(items.begin(), items.end(), qaPublicOrder);
    EXPECT_EQ(items[0].id, "b") << "pinned first";
    EXPECT_EQ(items[1].id, "c") << "then votes, then oldest";
    EXPECT_EQ(items[2].id, "a");
    EXPECT_FALSE(qaItemJson(a, false).contains("respondentId"));
    EXPECT_EQ(qaItemJson(a, true)["respondentId"], "anon:x");
    std::vector<FieldError> errors;
    const auto interaction = interactionFromJson({{"qaModeration", "post"}}, EventInteraction{}, errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(interaction.qaModeration, Moderation::Post);
    EXPECT_EQ(interaction.wallModeration, Moderation::Pre);
    (void)interactionFromJson({{"qaModeration", "later"}, {"x", 1}}, EventInteraction{}, errors);
    EXPECT_EQ(errors.size(), 2u);
}
