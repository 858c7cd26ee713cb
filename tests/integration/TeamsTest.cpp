// SPDX-License-Identifier: MIT
// Teams per event: a member's role acts on that event only (routes under the event, its surveys, draws,
// Q&A and wall, and its topics), next to the user's global roles; adding, changing and removing members.
#include "ApiTest.h"
#include "WsTestClient.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
const std::string kUnknown = "00000000-0000-4000-8000-000000000000";

std::string codeOf(const HttpResult &r)
{
    const auto details = r.json()["error"]["details"];
    return details.empty() ? std::string() : details[0].value("code", std::string());
}
} // namespace

class Teams : public ApiTest
{
protected:
    /// A new user with only @p globalRole, signed in; returns {id, token}.
    std::pair<std::string, std::string> user(const std::string &name, const std::string &globalRole)
    {
        const auto r =
            http().post("/v2/users",
                        {{"username", name}, {"password", name + "-password-1"}, {"roles", {globalRole}}},
                        admin);
        EXPECT_EQ(r.status, 201) << r.body;
        return {r.json()["data"]["id"], server().login(name)};
    }

    HttpResult addMember(const std::string &eventId, const json &body, const std::string &token)
    {
        return http().post("/v2/events/" + eventId + "/members", body, token);
    }
};

TEST_P(Teams, AMembersRoleActsOnItsEventOnly)
{
    const std::string a = openEvent({{"title", "Ours"}})["id"];
    const std::string b = openEvent({{"title", "Theirs"}})["id"];
    const auto [wangId, wang] = user("wangfang", "viewer");

    // A global viewer changes nothing anywhere.
    EXPECT_EQ(http().request("PATCH", "/v2/events/" + a, json{{"location", "Hall 2"}}.dump(), wang).status,
              403);

    const auto added = addMember(a, {{"userId", wangId}, {"role", "organizer"}}, organizer);
    ASSERT_EQ(added.status, 201) << added.body;
    const auto member = added.json()["data"];
    EXPECT_EQ(member["userId"], wangId);
    EXPECT_EQ(member["username"], "wangfang");
    EXPECT_EQ(member["role"], "organizer");
    EXPECT_EQ(member["eventId"], a);

    // Organiser of event A now ...
    const auto edited = http().request("PATCH", "/v2/events/" + a, json{{"location", "Hall 2"}}.dump(), wang);
    EXPECT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(edited.json()["data"]["location"], "Hall 2");
    EXPECT_EQ(
        http()
            .post("/v2/events/" + a + "/attendees", {{"name", "Li Lei"}, {"phone", "13800000001"}}, wang)
            .status,
        201);
    EXPECT_EQ(http().get("/v2/events/" + a + "/attendees.csv", wang).status, 200);
    // ... and still only a viewer of event B and of everything global.
    EXPECT_EQ(http().request("PATCH", "/v2/events/" + b, json{{"location", "Hall 9"}}.dump(), wang).status,
              403);
    EXPECT_EQ(http().get("/v2/events/" + b + "/attendees.csv", wang).status, 403);
    EXPECT_EQ(
        http().post("/v2/events/" + b + "/attendees", {{"name", "X"}, {"phone", "13800000002"}}, wang).status,
        403);
    EXPECT_EQ(http().post("/v2/events", {{"title", "New"}}, wang).status, 403);
    EXPECT_EQ(http().get("/v2/users", wang).status, 403);
    EXPECT_EQ(http().request("PATCH", "/v2/events/" + kUnknown, json{{"location", "x"}}.dump(), wang).status,
              403);

    // The team lists its members; removing one takes the role away at once.
    const auto team = http().get("/v2/events/" + a + "/members", organizer).json()["data"];
    ASSERT_EQ(team["total"], 1);
    EXPECT_EQ(team["items"][0]["userId"], wangId);
    EXPECT_EQ(http().get("/v2/events/" + b + "/members", organizer).json()["data"]["total"], 0);
    EXPECT_EQ(http().del("/v2/events/" + a + "/members/" + wangId, organizer).status, 200);
    EXPECT_EQ(http().request("PATCH", "/v2/events/" + a, json{{"location", "Hall 3"}}.dump(), wang).status,
              403);
    EXPECT_EQ(http().del("/v2/events/" + a + "/members/" + wangId, organizer).status, 404) << "already gone";
}

TEST_P(Teams, DoorStaffOfOneEventCheckInThereOnly)
{
    const std::string a = openEvent()["id"];
    const std::string b = openEvent()["id"];
    const auto ticketA = registerAttendee(a, "Zhang San")["checkInCode"].get<std::string>();
    const auto ticketB = registerAttendee(b, "Li Si")["checkInCode"].get<std::string>();
    const auto [id, door] = user("door-a", "viewer");
    ASSERT_EQ(addMember(a, {{"username", "door-a"}, {"role", "checkin"}}, admin).status, 201);
    const auto in = http().post("/v2/events/" + a + "/checkins", {{"code", ticketA}}, door);
    EXPECT_EQ(in.status, 200) << in.body;
    EXPECT_EQ(http().post("/v2/events/" + b + "/checkins", {{"code", ticketB}}, door).status, 403);
    // Re-adding with another role changes it (200, not a second membership).
    const auto changed = addMember(a, {{"userId", id}, {"role", "presenter"}}, organizer);
    EXPECT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json()["data"]["role"], "presenter");
    EXPECT_EQ(http().get("/v2/events/" + a + "/members", organizer).json()["data"]["total"], 1);
    EXPECT_EQ(http().post("/v2/events/" + a + "/checkins", {{"code", ticketA}}, door).status, 403)
        << "presenters do not check in";
}

TEST_P(Teams, MembersActOnTheirEventsSurveysAndTopics)
{
    const std::string a = openEvent()["id"];
    const std::string b = openEvent()["id"];
    const auto survey = [&](const std::string &eventId)
    {
        const auto r =
            http().post("/v2/surveys",
                        {{"title", "Poll"},
                         {"eventId", eventId},
                         {"questions",
                          {{{"id", "q1"},
                            {"type", "single_choice"},
                            {"text", "Which?"},
                            {"options", {{{"id", "a"}, {"text", "A"}}, {{"id", "b"}, {"text", "B"}}}}}}}},
                        organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"]["id"].get<std::string>();
    };
    const auto surveyA = survey(a);
    const auto surveyB = survey(b);
    // Door staff globally: no survey rights, no staff topics.
    const auto [id, token] = user("host-a", "checkin");
    EXPECT_EQ(http().post("/v2/surveys/" + surveyA + "/state", {{"isActive", true}}, token).status, 403);
    {
        WsTestClient ws(server().port(), "?access_token=" + token);
        EXPECT_EQ(ws.subscribe("qa-queue:" + a)["type"], "error");
    }
    ASSERT_EQ(addMember(a, {{"userId", id}, {"role", "presenter"}}, organizer).status, 201);
    const auto started = http().post("/v2/surveys/" + surveyA + "/state", {{"isActive", true}}, token);
    EXPECT_EQ(started.status, 200) << started.body;
    EXPECT_EQ(http().post("/v2/surveys/" + surveyB + "/state", {{"isActive", true}}, token).status, 403);
    WsTestClient ws(server().port(), "?access_token=" + token);
    EXPECT_EQ(ws.subscribe("qa-queue:" + a)["type"], "snapshot");
    EXPECT_EQ(ws.subscribe("qa-queue:" + b)["type"], "error");
}

TEST_P(Teams, BadRequestsChangeNothing)
{
    const std::string a = openEvent()["id"];
    const auto [id, token] = user("zhao", "viewer");
    const auto presenter = server().login("presenter");

    auto r = addMember(a, {{"userId", id}, {"role", "admin"}}, organizer);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(codeOf(r), "not_allowed") << "admin is global only";
    r = addMember(a, {{"userId", id}, {"role", "boss"}}, organizer);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(codeOf(r), "invalid_choice");
    r = addMember(a, {{"role", "viewer"}}, organizer);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(codeOf(r), "required");
    EXPECT_EQ(addMember(a, {{"userId", 42}, {"role", "viewer"}}, organizer).status, 400);
    EXPECT_EQ(http().request("POST", "/v2/events/" + a + "/members", "[1,2", organizer).status, 400);
    EXPECT_EQ(addMember(a, {{"userId", kUnknown}, {"role", "viewer"}}, organizer).status, 404);
    EXPECT_EQ(addMember(kUnknown, {{"userId", id}, {"role", "viewer"}}, organizer).status, 404);
    EXPECT_EQ(addMember(a, {{"userId", id}, {"role", "viewer"}}, presenter).status, 403);
    EXPECT_EQ(addMember(a, {{"userId", id}, {"role", "organizer"}}, token).status, 403)
        << "no self-promotion";
    EXPECT_EQ(addMember(a, {{"userId", id}, {"role", "viewer"}}, "").status, 401);
    EXPECT_EQ(http().get("/v2/events/" + a + "/members", organizer).json()["data"]["total"], 0);
    EXPECT_EQ(http().get("/v2/events/" + kUnknown + "/members", organizer).status, 404);
    // The body form of DELETE that DESIGN.md names.
    ASSERT_EQ(addMember(a, {{"userId", id}, {"role", "viewer"}}, organizer).status, 201);
    EXPECT_EQ(http()
                  .request("DELETE", "/v2/events/" + a + "/members", json{{"userId", id}}.dump(), organizer)
                  .status,
              200);
    EXPECT_EQ(http().get("/v2/events/" + a + "/members", organizer).json()["data"]["total"], 0);
}

NEXTEVENT_BACKENDS(Teams);
