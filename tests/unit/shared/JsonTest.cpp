// SPDX-License-Identifier: MIT
#include "nextevent/Json.h"

#include <gtest/gtest.h>

#include "nextevent/Error.h"

using namespace nextevent;
using nlohmann::json;

namespace
{
std::vector<FieldError> errorsOf(const std::function<void()> &call)
{
    try
    {
        call();
    }
    catch (const Error &e)
    {
        EXPECT_EQ(e.code(), ErrorCode::Validation);
        return e.details();
    }
    ADD_FAILURE() << "expected a validation error";
    return {};
}

/// True when `errors` holds a problem with `field` of exactly `code`.
bool has(const std::vector<FieldError> &errors, const std::string &field, FieldCode code)
{
    return std::any_of(errors.begin(),
                       errors.end(),
                       [&](const FieldError &e) { return e.field == field && e.code == code; });
}
} // namespace

TEST(Json, EventUsesTheWireFormat)
{
    Event e;
    e.id = "e1";
    e.title = "年会";
    e.startDate = parseIso8601("2026-12-01T09:00:00Z");
    e.endDate = parseIso8601("2026-12-01T17:00:00Z");
    e.capacity = 100;
    e.status = EventStatus::Published;
    e.wechatConfig.interactionCode = "annual-2026";
    e.counts.registered = 3;
    const json j = e;
    EXPECT_EQ(j["title"], "年会");
    EXPECT_EQ(j["startDate"], "2026-12-01T09:00:00.000Z");
    EXPECT_EQ(j["status"], "published");
    EXPECT_EQ(j["wechatConfig"]["interactionCode"], "annual-2026");
    EXPECT_FALSE(j["wechatConfig"].contains("userTagId")) << "unset optional fields are omitted";
    EXPECT_EQ(j["counts"]["registered"], 3);
    EXPECT_EQ(j["capacity"], 100);
    EXPECT_EQ(eventFromJson(j), e) << "round trip";
}

TEST(Json, EventRejectsWrongTypesAndUnknownStatusListingEachField)
{
    const auto errors = errorsOf(
        []
        {
            eventFromJson(json{{"title", 5},
                               {"capacity", "ten"},
                               {"startDate", "tomorrow"},
                               {"status", "open"},
                               {"wechatConfig", {{"userTagId", "x"}}}});
        });
    EXPECT_TRUE(has(errors, "title", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "capacity", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "startDate", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "status", FieldCode::InvalidChoice));
    EXPECT_TRUE(has(errors, "wechatConfig.userTagId", FieldCode::InvalidFormat));
}

TEST(Json, NonObjectDocumentsAreRejected)
{
    EXPECT_TRUE(has(errorsOf([] { eventFromJson(json::array()); }), "body", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errorsOf([] { surveyFromJson(json("text")); }), "body", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errorsOf([] { userFromJson(json(nullptr)); }), "body", FieldCode::InvalidFormat));
}

TEST(Json, NullMeansAbsent)
{
    const Event e = eventFromJson(json{{"title", "x"}, {"capacity", nullptr}});
    EXPECT_FALSE(e.capacity.has_value());
}

TEST(Json, IntegerFieldsRejectFloatsAndBooleans)
{
    EXPECT_TRUE(has(errorsOf(
                        [] {
                            eventFromJson(json{{"capacity", 1.5}});
                        }),
                    "capacity",
                    FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errorsOf(
                        [] {
                            eventFromJson(json{{"capacity", true}});
                        }),
                    "capacity",
                    FieldCode::InvalidFormat));
}

TEST(Json, SurveyWithQuestionsRoundTrips)
{
    Survey s;
    s.id = "s1";
    s.title = "Feedback";
    s.isLive = true;
    Question q;
    q.id = "q1";
    q.type = QuestionType::MultipleChoice;
    q.text = "Which talks?";
    q.options = {{"a", "Keynote"}, {"b", "Panel"}};
    q.maxSelections = 2;
    s.questions.push_back(q);
    Question r;
    r.id = "q2";
    r.type = QuestionType::Rating;
    r.text = "Overall";
    r.scale = 10;
    s.questions.push_back(r);
    const json j = s;
    EXPECT_EQ(j["questions"][0]["type"], "multiple_choice");
    EXPECT_EQ(j["questions"][1]["scale"], 10);
    EXPECT_TRUE(j["eventId"].is_null());
    EXPECT_EQ(j["audience"], "anyone");
    EXPECT_EQ(surveyFromJson(j), s);
    s.eventId = "e1";
    s.audience = SurveyAudience::CheckedIn;
    EXPECT_EQ(json(s)["audience"], "checked_in");
    EXPECT_EQ(surveyFromJson(json(s)), s);
    EXPECT_THROW(surveyFromJson(json{{"audience", "vip"}}), Error);
}

TEST(Json, QuestionErrorsNameTheirPosition)
{
    const auto errors = errorsOf(
        [] {
            surveyFromJson(json{{"questions", json::array({json{{"type", "essay"}}, 7})}});
        });
    EXPECT_TRUE(has(errors, "questions[0].type", FieldCode::InvalidChoice));
    EXPECT_TRUE(has(errors, "questions[1]", FieldCode::InvalidFormat));
}

TEST(Json, OptionsMayBeGivenAsPlainStrings)
{
    const Question q =
        questionFromJson(json{{"type", "single_choice"}, {"text", "?"}, {"options", {"Yes", "No"}}});
    ASSERT_EQ(q.options.size(), 2u);
    EXPECT_EQ(q.options[1].text, "No");
    EXPECT_TRUE(q.options[1].id.empty());
}

TEST(Json, ResponseAnswersAreStrict)
{
    const SurveyResponse ok = responseFromJson(json{{"answers",
                                                     {{{"questionId", "q1"}, {"optionIds", {"a"}}},
                                                      {{"questionId", "q2"}, {"rating", 4}},
                                                      {{"questionId", "q3"}, {"text", "great"}}}}});
    ASSERT_EQ(ok.answers.size(), 3u);
    EXPECT_EQ(ok.answers[1].rating, 4);
    EXPECT_EQ(ok.answers[2].text, "great");

    EXPECT_TRUE(has(errorsOf([] { responseFromJson(json::object()); }), "answers", FieldCode::Required));
    auto errors = errorsOf(
        []
        {
            responseFromJson(json{{"answers",
                                   {{{"optionIds", {"a"}}},
                                    {{"questionId", "q2"}, {"rating", "4"}},
                                    {{"questionId", "q3"}, {"optionIds", {1}}},
                                    {{"questionId", "q4"}, {"score", 3}}}}});
        });
    EXPECT_TRUE(has(errors, "answers[0].questionId", FieldCode::Required));
    EXPECT_TRUE(has(errors, "answers[1].rating", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "answers[2].optionIds", FieldCode::InvalidFormat));
    EXPECT_TRUE(has(errors, "answers[3].score", FieldCode::NotAllowed));
}

TEST(Json, UserRolesAreNamesAndUnknownRolesAreRejected)
{
    User u;
    u.id = "u1";
    u.username = "alice";
    u.roles = {Role::Admin, Role::Checkin};
    const json j = u;
    EXPECT_EQ(j["roles"], json({"admin", "checkin"}));
    EXPECT_FALSE(j.contains("password"));
    EXPECT_FALSE(j.contains("passwordHash"));
    EXPECT_EQ(userFromJson(j), u);
    EXPECT_TRUE(has(errorsOf(
                        [] {
                            userFromJson(json{{"roles", {"root"}}});
                        }),
                    "roles",
                    FieldCode::InvalidChoice));
    EXPECT_TRUE(has(errorsOf(
                        [] {
                            userFromJson(json{{"roles", "admin"}});
                        }),
                    "roles",
                    FieldCode::InvalidFormat));
}

TEST(Json, AttendeeArticleMediaInteractionRoundTrip)
{
    Attendee a;
    a.id = "a1";
    a.eventId = "e1";
    a.name = "张三";
    a.status = AttendeeStatus::Waitlisted;
    a.waitlistPosition = 2;
    a.checkInCode = "ABCD";
    EXPECT_EQ(attendeeFromJson(json(a)), a);
    EXPECT_FALSE(json(a).contains("checkedInAt"));

    Article ar;
    ar.id = "r1";
    ar.title = "News";
    ar.published = true;
    ar.publishedAt = now();
    ar.imageIds = {"m1"};
    EXPECT_EQ(articleFromJson(json(ar)), ar);

    Media m{"m1", "/media/m1", "image/png", 10, "abc", now()};
    EXPECT_EQ(mediaFromJson(json(m)), m);

    Interaction i;
    i.id = "i1";
    i.openid = "o1";
    i.kind = InteractionKind::Scan;
    i.eventKey = "annual";
    EXPECT_EQ(json(i)["kind"], "scan");
    EXPECT_EQ(interactionFromJson(json(i)), i);
    EXPECT_TRUE(has(errorsOf(
                        [] {
                            interactionFromJson(json{{"kind", "poke"}});
                        }),
                    "kind",
                    FieldCode::InvalidChoice));

    WeChatUser w;
    w.openid = "o1";
    w.nickname = "小明";
    w.subscribed = true;
    EXPECT_EQ(wechatUserFromJson(json(w)), w);
}
