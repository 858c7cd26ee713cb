// SPDX-License-Identifier: MIT
// The route × role table: who may call what. Denied calls get 403 before anything runs; allowed ones reach
// the handler (which may still answer 400/404 for the deliberately unknown ids used here).
#include "ApiTest.h"

using namespace nextevent::test;

namespace
{
struct RouteCase
{
    const char *method;
    std::string path;
    std::set<std::string> allowed;
};

const std::string kUnknown = "00000000-0000-4000-8000-000000000000";
const std::set<std::string> kAll{"admin", "organizer", "presenter", "checkin", "viewer"};
} // namespace

class RouteRoles : public ApiTest
{
};

TEST_P(RouteRoles, EveryRouteChecksRoles)
{
    const auto event = openEvent();
    const std::string e = "/v2/events/" + event["id"].get<std::string>();
    const std::string u = "/v2/events/" + kUnknown;
    const std::vector<RouteCase> table{
        {"GET", "/v2/auth/me", kAll},
        {"GET", "/v2/users", {"admin"}},
        {"POST", "/v2/users", {"admin"}},
        {"GET", "/v2/users/" + kUnknown, {"admin"}},
        {"PUT", "/v2/users/" + kUnknown, {"admin"}},
        {"POST", "/v2/users/" + kUnknown + "/password", {"admin"}},
        {"GET", "/v2/events", kAll},
        {"POST", "/v2/events", {"admin", "organizer"}},
        {"GET", u, kAll},
        {"PUT", u, {"admin", "organizer"}},
        {"PATCH", u, {"admin", "organizer"}},
        {"DELETE", u, {"admin", "organizer"}},
        {"POST", u + "/transition", {"admin", "organizer"}},
        {"GET", e + "/attendees?search=zzz", {"admin", "organizer", "viewer", "checkin"}},
        {"POST", u + "/attendees", {"admin", "organizer"}},
        {"GET", e + "/attendees.csv", {"admin", "organizer"}},
        {"GET", u + "/attendees/" + kUnknown, {"admin", "organizer", "viewer"}},
        {"POST", u + "/attendees/" + kUnknown + "/cancel", {"admin", "organizer"}},
        {"POST", u + "/attendees/" + kUnknown + "/approve", {"admin", "organizer"}},
        {"POST", u + "/attendees/" + kUnknown + "/reject", {"admin", "organizer"}},
        {"GET", e + "/members", kAll},
        {"POST", u + "/members", {"admin", "organizer"}},
        {"DELETE", u + "/members/" + kUnknown, {"admin", "organizer"}},
        {"GET", "/v2/webhooks", {"admin"}},
        {"POST", "/v2/webhooks", {"admin"}},
        {"DELETE", "/v2/webhooks/" + kUnknown, {"admin"}},
        {"GET", "/v2/webhooks/" + kUnknown + "/deliveries", {"admin"}},
        {"POST", "/v2/webhooks/" + kUnknown + "/deliveries/" + kUnknown + "/redeliver", {"admin"}},
        {"POST", u + "/checkins", {"admin", "organizer", "checkin"}},
        {"POST", u + "/draws", {"admin", "organizer"}},
        {"GET", u + "/draws", {"admin", "organizer", "presenter"}},
        {"POST", "/v2/draws/" + kUnknown + "/run", {"admin", "organizer"}},
        {"POST", "/v2/draws/" + kUnknown + "/redraw", {"admin", "organizer"}},
        {"GET", u + "/analytics", {"admin", "organizer", "presenter", "viewer"}},
        {"GET", "/v2/dashboard", {"admin", "organizer", "presenter", "viewer"}},
        {"POST", "/v2/media", {"admin", "organizer"}},
        {"GET", "/v2/media/" + kUnknown, {"admin", "organizer", "presenter", "viewer"}},
        {"GET", "/v2/articles", {"admin", "organizer", "presenter", "viewer"}},
        {"POST", "/v2/articles", {"admin", "organizer"}},
        {"GET", "/v2/articles/" + kUnknown, {"admin", "organizer", "presenter", "viewer"}},
        {"PUT", "/v2/articles/" + kUnknown, {"admin", "organizer"}},
        {"DELETE", "/v2/articles/" + kUnknown, {"admin", "organizer"}},
        {"POST", "/v2/articles/" + kUnknown + "/publish", {"admin", "organizer"}},
        {"POST", "/v2/articles/" + kUnknown + "/unpublish", {"admin", "organizer"}},
        {"GET", "/v2/surveys", {"admin", "organizer", "presenter", "viewer"}},
        {"POST", "/v2/surveys", {"admin", "organizer"}},
        {"PUT", "/v2/surveys/" + kUnknown, {"admin", "organizer"}},
        {"DELETE", "/v2/surveys/" + kUnknown, {"admin", "organizer"}},
        {"POST", "/v2/surveys/" + kUnknown + "/state", {"admin", "organizer", "presenter"}},
        {"POST", "/v2/surveys/" + kUnknown + "/questions", {"admin", "organizer"}},
        {"PUT", "/v2/surveys/" + kUnknown + "/questions/q1", {"admin", "organizer"}},
        {"DELETE", "/v2/surveys/" + kUnknown + "/questions/q1", {"admin", "organizer"}},
        {"POST", "/v2/surveys/" + kUnknown + "/questions/order", {"admin", "organizer"}},
        {"GET", "/v2/surveys/" + kUnknown + "/responses.csv", {"admin", "organizer", "presenter"}},
        {"GET", "/v2/surveys/" + kUnknown + "/results.csv", {"admin", "organizer", "presenter"}},
    };
    std::map<std::string, std::string> tokens;
    for (const auto &role : kAll)
        tokens[role] = server().login(role);
    for (const auto &c : table)
    {
        for (const auto &role : kAll)
        {
            const auto r = http().request(c.method, c.path, "{}", tokens[role]);
            const bool allowed = c.allowed.contains(role);
            if (allowed)
                EXPECT_TRUE(r.status != 403 && r.status != 401)
                    << c.method << " " << c.path << " as " << role << " got " << r.status << " " << r.body;
            else
                EXPECT_EQ(r.status, 403) << c.method << " " << c.path << " as " << role;
        }
        const auto anonymous = http().request(c.method, c.path, "{}");
        EXPECT_EQ(anonymous.status, 401) << c.method << " " << c.path << " without a token";
    }
}

// The same table at event scope: a global viewer who is a member of one event's team with role R may do
// there what R may, and elsewhere only what a viewer may.
TEST_P(RouteRoles, EventTeamRolesActOnTheirEventOnly)
{
    const std::string ours = openEvent()["id"];
    const std::string other = openEvent()["id"];
    const auto table = [](const std::string &id)
    {
        const std::string e = "/v2/events/" + id;
        return std::vector<RouteCase>{
            {"GET", e, kAll},
            {"PUT", e, {"admin", "organizer"}},
            {"POST", e + "/transition", {"admin", "organizer"}},
            {"GET", e + "/attendees?search=zzz", {"admin", "organizer", "viewer", "checkin"}},
            {"POST", e + "/attendees", {"admin", "organizer"}},
            {"GET", e + "/attendees.csv", {"admin", "organizer"}},
            {"POST", e + "/attendees/" + kUnknown + "/cancel", {"admin", "organizer"}},
            {"POST", e + "/attendees/" + kUnknown + "/approve", {"admin", "organizer"}},
            {"POST", e + "/checkins", {"admin", "organizer", "checkin"}},
            {"POST", e + "/draws", {"admin", "organizer"}},
            {"GET", e + "/draws", {"admin", "organizer", "presenter"}},
            {"GET", e + "/analytics", {"admin", "organizer", "presenter", "viewer"}},
            {"GET", e + "/members", kAll},
            {"POST", e + "/members", {"admin", "organizer"}},
        };
    };
    for (const std::string role : {"organizer", "presenter", "checkin"})
    {
        const std::string name = "member-" + role;
        const auto created =
            http().post("/v2/users",
                        {{"username", name}, {"password", name + "-password-1"}, {"roles", {"viewer"}}},
                        admin);
        ASSERT_EQ(created.status, 201) << created.body;
        ASSERT_EQ(http()
                      .post("/v2/events/" + ours + "/members",
                            {{"userId", created.json()["data"]["id"]}, {"role", role}},
                            organizer)
                      .status,
                  201);
        const auto token = server().login(name);
        for (const auto &[eventId, member] : {std::pair{ours, true}, std::pair{other, false}})
            for (const auto &c : table(eventId))
            {
                const auto r = http().request(c.method, c.path, "{}", token);
                const bool allowed = c.allowed.contains("viewer") || (member && c.allowed.contains(role));
                if (allowed)
                    EXPECT_TRUE(r.status != 403 && r.status != 401)
                        << c.method << " " << c.path << " as " << role << " member got " << r.status << " "
                        << r.body;
                else
                    EXPECT_EQ(r.status, 403) << c.method << " " << c.path << " as " << role
                                             << (member ? " member" : " of another event");
            }
    }
}

TEST_P(RouteRoles, PublicRoutesNeedNoToken)
{
    for (const char *path : {"/healthz", "/readyz", "/metrics", "/v2/openapi.json"})
        EXPECT_EQ(http().get(path).status, 200) << path;
    // Public routes that reach their handler: unknown ids answer 404, never 401.
    EXPECT_EQ(http().get("/v2/surveys/" + kUnknown).status, 404);
    EXPECT_EQ(http().get("/v2/surveys/" + kUnknown + "/live-results").status, 404);
    EXPECT_EQ(
        http().post("/v2/surveys/" + kUnknown + "/responses", {{"answers", nlohmann::json::array()}}).status,
        404);
    EXPECT_EQ(http().post("/v2/articles/" + kUnknown + "/views", nlohmann::json::object()).status, 404);
    EXPECT_EQ(http().get("/v2/draws/" + kUnknown).status, 404);
    EXPECT_EQ(http().get("/v2/draws/" + kUnknown + "/pool").status, 404);
    EXPECT_EQ(http().get("/media/" + std::string(64, '0') + ".png").status, 404);
}

NEXTEVENT_BACKENDS(RouteRoles);
