// SPDX-License-Identifier: MIT
#include "nextevent/Validation.h"

#include <gtest/gtest.h>

using namespace nextevent;

namespace
{
/// True when `errors` holds a problem with `field` of exactly `code` (what clients map to their words).
bool has(const std::vector<FieldError> &errors, const std::string &field, FieldCode code)
{
    return std::any_of(errors.begin(),
                       errors.end(),
                       [&](const FieldError &e) { return e.field == field && e.code == code; });
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
    EXPECT_TRUE(has(errors, "title", FieldCode::Required));
    EXPECT_TRUE(has(errors, "startDate", FieldCode::Required));
    EXPECT_TRUE(has(errors, "endDate", FieldCode::Required));
}

TEST(Validation, EventEndMustFollowStart)
{
    Event e = validEvent();
    e.endDate = e.startDate;
    EXPECT_TRUE(has(validate(e), "endDate", FieldCode::OutOfRange));
}

TEST(Validation, EventLimits)
{
    Event e = validEvent();
    e.title = std::string(limits::kTitleMax + 1, 'x');
    e.capacity = -1;
    e.wechatConfig.interactionCode = "has space";
    auto errors = validate(e);
    EXPECT_TRUE(has(errors, "title", FieldCode::TooLong));
    EXPECT_TRUE(has(errors, "capacity", FieldCode::OutOfRange));
    EXPECT_TRUE(has(errors, "wechatConfig.interactionCode", FieldCode::InvalidFormat));
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
    EXPECT_TRUE(has(validate(e), "title", FieldCode::InvalidFormat));
}

TEST(Validation, RegistrationNeedsANameUnlessWeChat)
{
    Attendee a;
    EXPECT_TRUE(has(validateRegistration(a), "name", FieldCode::Required));
    a.openid = "oABC";
    EXPECT_TRUE(validateRegistration(a).empty());
    a.name = "Li";
    a.phone = "+86 138-0000-0000";
    EXPECT_TRUE(validateRegistration(a).empty());
    a.phone = "call me";
    EXPECT_TRUE(has(validateRegistration(a), "phone", FieldCode::InvalidFormat));
    a.phone = "1";
    EXPECT_TRUE(has(validateRegistration(a), "phone", FieldCode::InvalidFormat)) << "too short to be a phone";
}

TEST(Validation, PhoneNumbersAsPeopleWriteThem)
{
    for (const char *ok : {"13800000000",
                           "138 0000 0000",
                           "138-0000-0000",
                           "+86 138 0000 0000",
                           "+1 (415) 555-0100",
                           "021-12345678",
                           "0755 1234 5678",
                           "+44 20 7946 0958"})
        EXPECT_TRUE(isPhoneNumber(ok)) << ok;
    for (const char *bad : {"1",
                            "1380000000",
                            "138000000001",
                            "23800000000",
                            "+123",
                            "+1234567890123456",
                            "12345",
                            "138 0000 000a",
                            "86+13800000000",
                            "++8613800000000",
                            "０１３８"})
        EXPECT_FALSE(isPhoneNumber(bad)) << bad;
}

TEST(Validation, ChoiceQuestionsNeedTwoToTwentyOptions)
{
    EXPECT_TRUE(has(validate(choice(QuestionType::SingleChoice, 1)), "options", FieldCode::TooShort));
    EXPECT_TRUE(validate(choice(QuestionType::SingleChoice, 2)).empty());
    EXPECT_TRUE(validate(choice(QuestionType::MultipleChoice, 20)).empty());
    EXPECT_TRUE(has(validate(choice(QuestionType::MultipleChoice, 21)), "options", FieldCode::TooMany));
    auto q = choice(QuestionType::SingleChoice, 2);
    q.options[1].text = "";
    EXPECT_TRUE(has(validate(q), "options[1].text", FieldCode::Required));
    q = choice(QuestionType::SingleChoice, 2);
    q.options[1].id = q.options[0].id;
    EXPECT_TRUE(has(validate(q), "options[1].id", FieldCode::NotUnique));
}

TEST(Validation, TypeSpecificSettings)
{
    auto q = choice(QuestionType::MultipleChoice, 3);
    q.maxSelections = 4;
    EXPECT_TRUE(has(validate(q), "maxSelections", FieldCode::OutOfRange));
    q.maxSelections = 2;
    EXPECT_TRUE(validate(q).empty());
    q = choice(QuestionType::SingleChoice, 3);
    q.maxSelections = 1;
    EXPECT_TRUE(has(validate(q), "maxSelections", FieldCode::NotAllowed));

    Question rating;
    rating.type = QuestionType::Rating;
    rating.text = "How was it?";
    EXPECT_TRUE(has(validate(rating), "scale", FieldCode::Required));
    rating.scale = 7;
    EXPECT_TRUE(has(validate(rating), "scale", FieldCode::InvalidChoice));
    rating.scale = 10;
    EXPECT_TRUE(validate(rating).empty());

    Question text;
    text.type = QuestionType::Text;
    text.text = "Comments";
    text.maxLength = 0;
    EXPECT_TRUE(has(validate(text), "maxLength", FieldCode::OutOfRange));
    text.maxLength = 500;
    EXPECT_TRUE(validate(text).empty());
    text.options = {{"a", "x"}};
    EXPECT_TRUE(has(validate(text), "options", FieldCode::NotAllowed));
    text.options.clear();
    text.scale = 5;
    EXPECT_TRUE(has(validate(text), "scale", FieldCode::NotAllowed));
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
    EXPECT_TRUE(has(errors, "title", FieldCode::Required));
    EXPECT_TRUE(has(errors, "questions[1].options", FieldCode::TooShort));
    EXPECT_TRUE(has(errors, "endTime", FieldCode::OutOfRange));
    EXPECT_FALSE(has(errors, "questions[0].options", FieldCode::TooShort));
    s.questions[1] = s.questions[0];
    EXPECT_TRUE(has(validate(s), "questions[1].id", FieldCode::NotUnique));
    s.questions.assign(limits::kMaxQuestions + 1, choice(QuestionType::SingleChoice, 2));
    for (std::size_t i = 0; i < s.questions.size(); ++i)
        s.questions[i].id = "q" + std::to_string(i);
    EXPECT_TRUE(has(validate(s), "questions", FieldCode::TooMany));
}

TEST(Validation, SurveyForAttendeesNeedsItsEvent)
{
    Survey s;
    s.title = "Feedback";
    s.audience = SurveyAudience::Registered;
    EXPECT_TRUE(has(validate(s), "audience", FieldCode::NotAllowed));
    s.eventId = "e1";
    EXPECT_FALSE(has(validate(s), "audience", FieldCode::NotAllowed));
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
    EXPECT_TRUE(has(errors, "username", FieldCode::TooShort));
    EXPECT_TRUE(has(errors, "email", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "roles", FieldCode::Required));
    u.username = "bad name!";
    EXPECT_TRUE(has(validate(u), "username", FieldCode::InvalidFormat));
    u.username = std::string(limits::kUsernameMax + 1, 'a');
    EXPECT_TRUE(has(validate(u), "username", FieldCode::TooLong));
    EXPECT_TRUE(has(validatePassword("short"), "password", FieldCode::TooShort));
    EXPECT_TRUE(validatePassword("long enough").empty());
    EXPECT_TRUE(has(validatePassword(std::string(300, 'x')), "password", FieldCode::TooLong));
    EXPECT_TRUE(has(validatePassword("\xff\xfe long enough"), "password", FieldCode::InvalidFormat));
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
    EXPECT_TRUE(has(check({{"single", {"o1"}, {}, {}}, {"nope", {"o1"}, {}, {}}}),
                    "answers[1].questionId",
                    FieldCode::InvalidChoice));
    EXPECT_TRUE(has(check({{"single", {"o9"}, {}, {}}}), "answers[0].optionIds", FieldCode::InvalidChoice));
    EXPECT_TRUE(has(check({{"single", {"o0", "o1"}, {}, {}}}), "answers[0].optionIds", FieldCode::TooMany));
    EXPECT_TRUE(has(check({{"single", {}, {}, {}}}), "answers[0].optionIds", FieldCode::Required));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"multi", {"o0", "o1", "o2"}, {}, {}}}),
                    "answers[1].optionIds",
                    FieldCode::TooMany));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"multi", {"o0", "o0"}, {}, {}}}),
                    "answers[1].optionIds",
                    FieldCode::NotUnique));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"rating", {}, 6, {}}}),
                    "answers[1].rating",
                    FieldCode::OutOfRange));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"rating", {}, 0, {}}}),
                    "answers[1].rating",
                    FieldCode::OutOfRange));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"rating", {}, {}, {}}}),
                    "answers[1].rating",
                    FieldCode::Required));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"text", {}, {}, std::string(11, 'x')}}),
                    "answers[1].text",
                    FieldCode::TooLong));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"text", {}, {}, std::string("\xc3")}}),
                    "answers[1].text",
                    FieldCode::InvalidFormat));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"single", {"o1"}, {}, {}}}),
                    "answers[1].questionId",
                    FieldCode::NotUnique));
    EXPECT_TRUE(has(check({{"single", {}, 3, {}}}), "answers[0].optionIds", FieldCode::NotAllowed));
    EXPECT_TRUE(has(check({{"single", {"o0"}, {}, {}}, {"text", {"o1"}, {}, std::string("hi")}}),
                    "answers[1].text",
                    FieldCode::NotAllowed));
    EXPECT_TRUE(has(check({}), "answers", FieldCode::Required)) << "required question missing";
}
