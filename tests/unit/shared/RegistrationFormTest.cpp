// SPDX-License-Identifier: MIT
#include "nextevent/RegistrationForm.h"

#include <gtest/gtest.h>

#include "nextevent/Json.h"
#include "nextevent/Validation.h"

using namespace nextevent;
using nlohmann::json;

namespace
{
std::map<std::string, std::string> codes(const std::vector<FieldError> &errors)
{
    std::map<std::string, std::string> out;
    for (const auto &e : errors)
        out[e.field] = e.code ? std::string(fieldCodeName(*e.code)) : "";
    return out;
}

std::vector<FormField> form()
{
    return {{"company", FormFieldType::Text, "Company", true, {}},
            {"age", FormFieldType::Number, "Age", false, {}},
            {"email", FormFieldType::Email, "E-mail", false, {}},
            {"mobile", FormFieldType::Phone, "Mobile", false, {}},
            {"born", FormFieldType::Date, "Born", false, {}},
            {"meal", FormFieldType::Choice, "Meal", true, {"Vegetarian", "Standard"}},
            {"topics", FormFieldType::MultiChoice, "Topics", false, {"AI", "Cloud"}},
            {"consent", FormFieldType::Bool, "I agree", true, {}}};
}
} // namespace

TEST(RegistrationForm, TypesRoundTrip)
{
    for (const char *name : {"text", "number", "email", "phone", "date", "choice", "multi_choice", "bool"})
        EXPECT_EQ(toString(*formFieldTypeFromString(name)), name);
    EXPECT_FALSE(formFieldTypeFromString("colour"));
}

TEST(RegistrationForm, FormRules)
{
    EXPECT_TRUE(validateForm(form()).empty());
    std::vector<FormField> many(21, FormField{"x", FormFieldType::Text, "X", false, {}});
    EXPECT_EQ(codes(validateForm(many))["registrationForm"], "too_many");
    const auto c = codes(validateForm({{"", FormFieldType::Choice, " ", false, {}},
                                       {"a b", FormFieldType::Text, "A", false, {"x"}},
                                       {"d", FormFieldType::MultiChoice, "D", false, {"x", "x", ""}},
                                       {"d", FormFieldType::Text, std::string(201, 'l'), false, {}}}));
    EXPECT_EQ(c.at("registrationForm[0].id"), "required");
    EXPECT_EQ(c.at("registrationForm[0].label"), "required");
    EXPECT_EQ(c.at("registrationForm[0].options"), "required");
    EXPECT_EQ(c.at("registrationForm[1].id"), "invalid_format");
    EXPECT_EQ(c.at("registrationForm[1].options"), "not_allowed");
    EXPECT_EQ(c.at("registrationForm[2].options[1]"), "not_unique");
    EXPECT_EQ(c.at("registrationForm[2].options[2]"), "required");
    EXPECT_EQ(c.at("registrationForm[3].id"), "not_unique");
    EXPECT_EQ(c.at("registrationForm[3].label"), "too_long");
}

TEST(RegistrationForm, AnswersFollowTheirFieldTypes)
{
    const json good{{"company", "ACME"},
                    {"age", 41.5},
                    {"email", "li@example.com"},
                    {"mobile", "+86 138 0000 0000"},
                    {"born", "2000-02-29"},
                    {"meal", "Standard"},
                    {"topics", {"AI"}},
                    {"consent", true}};
    EXPECT_TRUE(validateAnswers(form(), good).empty());
    const auto c = codes(validateAnswers(form(),
                                         {{"company", "  "},
                                          {"age", "41"},
                                          {"email", "li@@example.com"},
                                          {"mobile", "12"},
                                          {"born", "2001-02-29"},
                                          {"meal", "Fish"},
                                          {"topics", {"AI", "AI"}},
                                          {"consent", false},
                                          {"extra", 1}}));
    EXPECT_EQ(c.at("answers.company"), "required");
    EXPECT_EQ(c.at("answers.age"), "invalid_format");
    EXPECT_EQ(c.at("answers.email"), "invalid_format");
    EXPECT_EQ(c.at("answers.mobile"), "invalid_format");
    EXPECT_EQ(c.at("answers.born"), "invalid_format");
    EXPECT_EQ(c.at("answers.meal"), "invalid_choice");
    EXPECT_EQ(c.at("answers.topics"), "not_unique");
    EXPECT_EQ(c.at("answers.consent"), "required");
    EXPECT_EQ(c.at("answers.extra"), "not_allowed");
    EXPECT_EQ(codes(validateAnswers(form(), json::object())).size(), 3u) << "company, meal, consent";
    EXPECT_EQ(codes(validateAnswers(form(), json::array())).at("answers"), "invalid_format");
    EXPECT_EQ(codes(validateAnswers(form(), {{"company", std::string(1001, 'x')}})).at("answers.company"),
              "too_long");
    EXPECT_EQ(codes(validateAnswers(form(), {{"topics", {"Games"}}})).at("answers.topics"), "invalid_choice");
    EXPECT_EQ(codes(validateAnswers(form(), {{"age", 1e300}})).at("answers.age"), "out_of_range");
}

TEST(RegistrationForm, HtmlFormValuesBecomeTypedAnswers)
{
    const std::multimap<std::string, std::string> posted{{"company", "ACME"},
                                                         {"age", "30"},
                                                         {"topics", "AI"},
                                                         {"topics", "Cloud"},
                                                         {"consent", "true"},
                                                         {"meal", ""},
                                                         {"born", "soon"}};
    const json answers = answersFromForm(form(), posted);
    EXPECT_EQ(answers,
              json({{"company", "ACME"},
                    {"age", 30},
                    {"topics", {"AI", "Cloud"}},
                    {"consent", true},
                    {"born", "soon"}}));
    EXPECT_EQ(answersFromForm(form(), {})["consent"], false) << "an unticked box posts nothing";
    EXPECT_EQ(answersFromForm(form(), {{"age", "old"}})["age"], "old") << "left for validation to refuse";
}

TEST(RegistrationForm, CsvCellsAndJson)
{
    EXPECT_EQ(answerText(json("x")), "x");
    EXPECT_EQ(answerText(json({"AI", "Cloud"})), "AI; Cloud");
    EXPECT_EQ(answerText(json(true)), "true");
    EXPECT_EQ(answerText(json(41)), "41");
    EXPECT_EQ(answerText(json()), "");
    Event event;
    event.registrationForm = form();
    event.maxPartySize = 3;
    const Event back = eventFromJson(json(event));
    EXPECT_EQ(back.registrationForm, event.registrationForm);
    EXPECT_EQ(back.maxPartySize, 3);
    Attendee a;
    a.status = AttendeeStatus::Offered;
    a.partySize = 2;
    a.answers = {{"meal", "Standard"}};
    a.offerExpiresAt = parseIso8601("2030-01-01T00:00:00Z");
    const Attendee b = attendeeFromJson(json(a));
    EXPECT_EQ(b.status, AttendeeStatus::Offered);
    EXPECT_EQ(b.partySize, 2);
    EXPECT_EQ(b.answers, a.answers);
    EXPECT_EQ(b.offerExpiresAt, a.offerExpiresAt);
}

TEST(RegistrationForm, EventLimits)
{
    Event e;
    e.title = "T";
    e.startDate = parseIso8601("2030-01-01T00:00:00Z");
    e.endDate = parseIso8601("2030-01-02T00:00:00Z");
    EXPECT_TRUE(validate(e).empty());
    e.maxPartySize = 0;
    e.offerHoldHours = 721;
    const auto c = codes(validate(e));
    EXPECT_EQ(c.at("maxPartySize"), "out_of_range");
    EXPECT_EQ(c.at("offerHoldHours"), "out_of_range");
}
