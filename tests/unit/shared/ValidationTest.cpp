// SPDX-License-Identifier: MIT
#include "nextevent/Validation.h"

#include <gtest/gtest.h>

using namespace nextevent;

namespace
{
bool hasField(const std::vector<FieldError> &errors, const std::string &field)
{
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) { return e.field == field; });
}

Event validEvent()
{
    Event e;
    e.title = "Launch";
    e.startDate = parseIso8601("2026-12-01T09:00:00Z");
    e.endDate = parseIso8601("2026-12-01T10:00:00Z");
    return e;
}

Question choice(QuestionType type, std::size_t options)
{
    Question q;
    q.id = "q";
    q.type = type;
    q.text = "Pick";
    for (std::size_t i = 0; i < options; ++i)
        q.options.push_back({"o" + std::to_string(i), "Option " + std::to_string(i)});
    return q;
}
} // namespace

TEST(Validation, ValidEventHasNoErrors)
{
    EXPECT_TRUE(validate(validEvent()).empty());
}

TEST(Validation, EventRequiresTitleAndDates)
{
    Event e;
    e.title = "   ";
    const auto errors = validate(e);
    EXPECT_TRUE(hasField(errors, "title"));
    EXPECT_TRUE(hasField(errors, "startDate"));
    EXPECT_TRUE(hasField(errors, "endDate"));
}

TEST(Validation, EventEndMustFollowStart)
{
    Event e = validEvent();
    e.endDate = e.startDate;
    EXPECT_TRUE(hasField(validate(e), "endDate"));
}

TEST(Validation, EventLimits)
{
    Event e = validEvent();
    e.title = std::string(limits::kTitleMax + 1, 'x');
    e.capacity = -1;
    e.wechatConfig.interactionCode = "has space";
    auto errors = validate(e);
    EXPECT_TRUE(hasField(errors, "title"));
    EXPECT_TRUE(hasField(errors, "capacity"));
    EXPECT_TRUE(hasField(errors, "wechatConfig.interactionCode"));
    e = validEvent();
    e.capacity = 0;
    e.title = std::string(limits::kTitleMax, 'x');
    EXPECT_TRUE(validate(e).empty()) << "capacity 0 and a title at the limit are fine";
}

TEST(Validation, LengthsCountCharactersNotBytes)
{
    Event e = validEvent();
    std::string chinese;
    for (std::size_t i = 0; i < limits::kTitleMax; ++i)
        chinese += "会";
    e.title = chinese;
    EXPECT_TRUE(validate(e).empty());
    EXPECT_EQ(utf8Length("会议"), 2);
    EXPECT_EQ(utf8Length("\xff\xfe"), -1);
    e.title = "bad \xc3";
    EXPECT_TRUE(hasField(validate(e), "title"));
}

TEST(Validation, RegistrationNeedsANameUnlessWeChat)
{
    Attendee a;
    EXPECT_TRUE(hasField(validateRegistration(a), "name"));
    a.openid = "oABC";
    EXPECT_TRUE(validateRegistration(a).empty());
    a.name = "Li";
    a.phone = "+86 138-0000-0000";
    EXPECT_TRUE(validateRegistration(a).empty());
    a.phone = "call me";
    EXPECT_TRUE(hasField(validateRegistration(a), "phone"));
}

TEST(Validation, ChoiceQuestionsNeedTwoToTwentyOptions)
{
    EXPECT_TRUE(hasField(validate(choice(QuestionType::SingleChoice, 1)), "options"));
    EXPECT_TRUE(validate(choice(QuestionType::SingleChoice, 2)).empty());
    EXPECT_TRUE(validate(choice(QuestionType::MultipleChoice, 20)).empty());
    EXPECT_TRUE(hasField(validate(choice(QuestionType::MultipleChoice, 21)), "options"));
    auto q = choice(QuestionType::SingleChoice, 2);
    q.options[1].text = "";
    EXPECT_TRUE(hasField(validate(q), "options[1].text"));
    q = choice(QuestionType::SingleChoice, 2);
    q.options[1].id = q.options[0].id;
    EXPECT_TRUE(hasField(validate(q), "options[1].id"));
}

TEST(Validation, TypeSpecificSettings)
{
    auto q = choice(QuestionType::MultipleChoice, 3);
    q.maxSelections = 4;
    EXPECT_TRUE(hasField(validate(q), "maxSelections"));
    q.maxSelections = 2;
    EXPECT_TRUE(validate(q).empty());
    q = choice(QuestionType::SingleChoice, 3);
    q.maxSelections = 1;
    EXPECT_TRUE(hasField(validate(q), "maxSelections"));

    Question rating;
    rating.type = QuestionType::Rating;
    rating.text = "How was it?";
    EXPECT_TRUE(hasField(validate(rating), "scale"));
    rating.scale = 7;
    EXPECT_TRUE(hasField(validate(rating), "scale"));
    rating.scale = 10;
    EXPECT_TRUE(validate(rating).empty());

    Question text;
    text.type = QuestionType::Text;
    text.text = "Comments";
    text.maxLength = 0;
    EXPECT_TRUE(hasField(validate(text), "maxLength"));
    text.maxLength = 500;
    EXPECT_TRUE(validate(text).empty());
    text.options = {{"a", "x"}};
    EXPECT_TRUE(hasField(validate(text), "options"));
}

TEST(Validation, SurveyPrefixesQuestionErrors)
{
    Survey s;
    s.title = "";
    s.questions.push_back(choice(QuestionType::SingleChoice, 2));
    s.questions.push_back(choice(QuestionType::SingleChoice, 1));
    s.questions[1].id = "other";
    s.startTime = parseIso8601("2026-12-01T10:00:00Z");
    s.endTime = parseIso8601("2026-12-01T09:00:00Z");
    const auto errors = validate(s);
    EXPECT_TRUE(hasField(errors, "title"));
    EXPECT_TRUE(hasField(errors, "questions[1].options"));
    EXPECT_TRUE(hasField(errors, "endTime"));
    EXPECT_FALSE(hasField(errors, "questions[0].options"));
}

TEST(Validation, Users)
{
    User u;
    u.username = "alice";
    u.roles = {Role::Organizer};
    EXPECT_TRUE(validate(u).empty());
    u.username = "al";
    u.email = "not-an-email";
    u.roles.clear();
    const auto errors = validate(u);
    EXPECT_TRUE(hasField(errors, "username"));
    EXPECT_TRUE(hasField(errors, "email"));
    EXPECT_TRUE(hasField(errors, "roles"));
    u.username = "bad name!";
    EXPECT_TRUE(hasField(validate(u), "username"));
    EXPECT_TRUE(hasField(validatePassword("short"), "password"));
    EXPECT_TRUE(validatePassword("long enough").empty());
    EXPECT_TRUE(hasField(validatePassword(std::string(300, 'x')), "password"));
}

class ResponseValidation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto single = choice(QuestionType::SingleChoice, 3);
        single.id = "single";
        single.required = true;
        auto multi = choice(QuestionType::MultipleChoice, 4);
        multi.id = "multi";
        multi.maxSelections = 2;
        Question rating;
        rating.id = "rating";
        rating.type = QuestionType::Rating;
        rating.text = "Rate";
        rating.scale = 5;
        Question text;
        text.id = "text";
        text.type = QuestionType::Text;
        text.text = "Say";
        text.maxLength = 10;
        survey.questions = {single, multi, rating, text};
    }

    std::vector<FieldError> check(std::vector<Answer> answers)
    {
        SurveyResponse r;
        r.answers = std::move(answers);
        return validateResponse(survey, r);
    }

    Survey survey;
};

TEST_F(ResponseValidation, AcceptsAValidResponse)
{
    EXPECT_TRUE(check({{"single", {"o1"}, {}, {}},
                       {"multi", {"o0", "o3"}, {}, {}},
                       {"rating", {}, 5, {}},
                       {"text", {}, {}, std::string("好的")}})
                    .empty());
    EXPECT_TRUE(check({{"single", {"o0"}, {}, {}}}).empty()) << "optional questions may be skipped";
}

TEST_F(ResponseValidation, RejectsEachKindOfBadAnswer)
{
    EXPECT_TRUE(
        hasField(check({{"single", {"o1"}, {}, {}}, {"nope", {"o1"}, {}, {}}}), "answers[1].questionId"));
    EXPECT_TRUE(hasField(check({{"single", {"o9"}, {}, {}}}), "answers[0].optionIds"));
    EXPECT_TRUE(hasField(check({{"single", {"o0", "o1"}, {}, {}}}), "answers[0].optionIds"));
    EXPECT_TRUE(hasField(check({{"single", {"o0"}, {}, {}}, {"multi", {"o0", "o1", "o2"}, {}, {}}}),
                         "answers[1].optionIds"));
    EXPECT_TRUE(hasField(check({{"single", {"o0"}, {}, {}}, {"multi", {"o0", "o0"}, {}, {}}}),
                         "answers[1].optionIds"));
    EXPECT_TRUE(hasField(check({{"single", {"o0"}, {}, {}}, {"rating", {}, 6, {}}}), "answers[1].rating"));
    EXPECT_TRUE(hasField(check({{"single", {"o0"}, {}, {}}, {"rating", {}, 0, {}}}), "answers[1].rating"));
    EXPECT_TRUE(hasField(check({{"single", {"o0"}, {}, {}}, {"text", {}, {}, std::string(11, 'x')}}),
                         "answers[1].text"));
    EXPECT_TRUE(
        hasField(check({{"single", {"o0"}, {}, {}}, {"single", {"o1"}, {}, {}}}), "answers[1].questionId"));
    EXPECT_TRUE(hasField(check({{"single", {}, 3, {}}}), "answers[0].optionIds"));
    EXPECT_TRUE(hasField(check({}), "answers")) << "required question missing";
}
