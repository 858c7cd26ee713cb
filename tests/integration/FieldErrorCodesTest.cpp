// SPDX-License-Identifier: MIT
// Field errors carry codes (DESIGN.md): every VALIDATION_ERROR detail is {"field","code","message"} with a
// code clients map to their own words; details that are reasons, not field problems, keep their old shape.
#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
/// The code of the detail about `field` ("" when the error has no such detail, "<none>" when it has no code).
std::string codeOf(const HttpResult &r, const std::string &field)
{
    const json j = r.json();
    for (const auto &d : j["error"]["details"])
        if (d["field"] == field)
            return d.contains("code") ? d["code"].get<std::string>() : std::string("<none>");
    return {};
}

/// True when every detail of a VALIDATION_ERROR has a field, a code and a message.
bool everyDetailHasACode(const HttpResult &r)
{
    const json j = r.json();
    if (j["error"]["code"] != "VALIDATION_ERROR" || j["error"]["details"].empty())
        return false;
    for (const auto &d : j["error"]["details"])
        if (!d["field"].is_string() || !d["code"].is_string() || !d["message"].is_string())
            return false;
    return true;
}
} // namespace

class FieldErrorCodes : public ApiTest
{
};

TEST_P(FieldErrorCodes, EventFieldsNameWhatIsWrong)
{
    const auto r = http().post("/v2/events",
                               {{"title", ""},
                                {"startDate", "2030-05-01T10:00:00Z"},
                                {"endDate", "2030-05-01T09:00:00Z"},
                                {"capacity", -5},
                                {"wechatConfig", {{"interactionCode", "has space"}}}},
                               organizer);
    ASSERT_EQ(r.status, 400) << r.body;
    EXPECT_TRUE(everyDetailHasACode(r)) << r.body;
    EXPECT_EQ(codeOf(r, "title"), "required");
    EXPECT_EQ(codeOf(r, "endDate"), "out_of_range");
    EXPECT_EQ(codeOf(r, "capacity"), "out_of_range");
    EXPECT_EQ(codeOf(r, "wechatConfig.interactionCode"), "invalid_format");

    const auto tooLong = http().post("/v2/events",
                                     {{"title", std::string(201, 'x')},
                                      {"startDate", "soon"},
                                      {"endDate", "2030-05-01T09:00:00Z"},
                                      {"location", 7}},
                                     organizer);
    ASSERT_EQ(tooLong.status, 400) << tooLong.body;
    EXPECT_TRUE(everyDetailHasACode(tooLong)) << tooLong.body;
    EXPECT_EQ(codeOf(tooLong, "startDate"), "invalid_format") << "not an ISO 8601 date-time";
    EXPECT_EQ(codeOf(tooLong, "location"), "invalid_format") << "a number where a string belongs";

    const auto longTitle = http().post("/v2/events",
                                       {{"title", std::string(201, 'x')},
                                        {"startDate", "2030-05-01T09:00:00Z"},
                                        {"endDate", "2030-05-01T10:00:00Z"}},
                                       organizer);
    ASSERT_EQ(longTitle.status, 400) << longTitle.body;
    EXPECT_EQ(codeOf(longTitle, "title"), "too_long");

    const auto event = createEvent();
    const auto transition = http().post(
        "/v2/events/" + event["id"].get<std::string>() + "/transition", {{"to", "finished"}}, organizer);
    ASSERT_EQ(transition.status, 400) << transition.body;
    EXPECT_EQ(codeOf(transition, "to"), "invalid_choice");
    const auto skip = http().post(
        "/v2/events/" + event["id"].get<std::string>() + "/transition", {{"to", "completed"}}, organizer);
    ASSERT_EQ(skip.status, 409) << skip.body;
    EXPECT_EQ(codeOf(skip, "to"), "not_allowed") << "a draft cannot jump to completed";

    const auto malformed = http().request("POST", "/v2/events", "{\"title\":", organizer);
    ASSERT_EQ(malformed.status, 400);
    EXPECT_EQ(codeOf(malformed, "body"), "invalid_format");
    const auto page = http().get("/v2/events?pageSize=500", organizer);
    ASSERT_EQ(page.status, 400);
    EXPECT_EQ(codeOf(page, "pageSize"), "out_of_range");
}

TEST_P(FieldErrorCodes, UsersDuplicateShortMissingAndUnknownRole)
{
    const auto duplicate =
        http().post("/v2/users",
                    {{"username", "organizer"}, {"password", "long-enough-1"}, {"roles", {"viewer"}}},
                    admin);
    ASSERT_EQ(duplicate.status, 409) << duplicate.body;
    EXPECT_EQ(codeOf(duplicate, "username"), "not_unique");

    const auto bad =
        http().post("/v2/users", {{"username", "x"}, {"password", "short"}, {"roles", json::array()}}, admin);
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_TRUE(everyDetailHasACode(bad)) << bad.body;
    EXPECT_EQ(codeOf(bad, "username"), "too_short");
    EXPECT_EQ(codeOf(bad, "password"), "too_short");
    EXPECT_EQ(codeOf(bad, "roles"), "required");

    const auto missing = http().post("/v2/users", {{"username", "nopass"}, {"roles", {"root"}}}, admin);
    ASSERT_EQ(missing.status, 400) << missing.body;
    EXPECT_EQ(codeOf(missing, "password"), "required");
    EXPECT_EQ(codeOf(missing, "roles"), "invalid_choice");
}

TEST_P(FieldErrorCodes, SurveyAnswersAndRegistrations)
{
    const auto created = http().post(
        "/v2/surveys",
        {{"title", "Feedback"},
         {"isActive", true},
         {"questions",
          {{{"id", "pick"},
            {"type", "multiple_choice"},
            {"text", "Pick"},
            {"maxSelections", 1},
            {"options", {{{"id", "a"}, {"text", "A"}}, {{"id", "b"}, {"text", "B"}}}}},
           {{"id", "stars"}, {"type", "rating"}, {"text", "Rate"}, {"scale", 5}, {"required", true}}}}},
        organizer);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string path = "/v2/surveys/" + created.json()["data"]["id"].get<std::string>() + "/responses";
    const auto r = http().post(
        path,
        {{"answers",
          {{{"questionId", "pick"}, {"optionIds", {"a", "b"}}}, {{"questionId", "nope"}, {"rating", 1}}}}});
    ASSERT_EQ(r.status, 400) << r.body;
    EXPECT_TRUE(everyDetailHasACode(r)) << r.body;
    EXPECT_EQ(codeOf(r, "answers[0].optionIds"), "too_many");
    EXPECT_EQ(codeOf(r, "answers[1].questionId"), "invalid_choice");
    EXPECT_EQ(codeOf(r, "answers"), "required") << "the required rating is missing";
    const auto outOfRange = http().post(path, {{"answers", {{{"questionId", "stars"}, {"rating", 9}}}}});
    ASSERT_EQ(outOfRange.status, 400) << outOfRange.body;
    EXPECT_EQ(codeOf(outOfRange, "answers[0].rating"), "out_of_range");

    const auto event = openEvent();
    const auto registration = http().post("/v2/events/" + event["id"].get<std::string>() + "/attendees",
                                          {{"name", "Li"}, {"phone", "call me"}},
                                          organizer);
    ASSERT_EQ(registration.status, 400) << registration.body;
    EXPECT_EQ(codeOf(registration, "phone"), "invalid_format");
}

TEST_P(FieldErrorCodes, ReasonDetailsOfOtherErrorsKeepTheirShape)
{
    // A check-in's reason is a token in message, not a field problem: no code, as before.
    const auto event = openEvent();
    const auto other = openEvent({{"title", "Other"}});
    const auto elsewhere = registerAttendee(other["id"], "Elsewhere");
    const auto wrongEvent = http().post("/v2/events/" + event["id"].get<std::string>() + "/checkins",
                                        {{"code", elsewhere["checkInCode"]}},
                                        organizer);
    ASSERT_EQ(wrongEvent.status, 409) << wrongEvent.body;
    EXPECT_EQ(codeOf(wrongEvent, "code"), "<none>");
    EXPECT_EQ(wrongEvent.json()["error"]["details"][0]["message"], "wrong_event");
}

NEXTEVENT_BACKENDS(FieldErrorCodes);
