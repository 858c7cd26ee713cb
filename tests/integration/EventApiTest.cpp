// SPDX-License-Identifier: MIT
// Events: validation, listing, optimistic concurrency, lifecycle and soft delete.
#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

class Events : public ApiTest
{
};

TEST_P(Events, CreateReturnsTheWireFormat)
{
    const auto e =
        createEvent({{"title", "年度大会 🎉"},
                     {"capacity", 100},
                     {"wechatConfig", {{"interactionCode", "annual-2030"}, {"scanMessage", "欢迎"}}}});
    EXPECT_EQ(e["title"], "年度大会 🎉") << "4-byte UTF-8 survives both databases";
    EXPECT_EQ(e["status"], "draft");
    EXPECT_EQ(e["capacity"], 100);
    EXPECT_EQ(e["startDate"], "2030-05-01T09:00:00.000Z");
    EXPECT_EQ(e["wechatConfig"]["interactionCode"], "annual-2030");
    EXPECT_EQ(e["counts"],
              json({{"registered", 0}, {"waitlisted", 0}, {"checkedIn", 0}, {"pending", 0}, {"offered", 0}}));
    EXPECT_EQ(e["id"].get<std::string>().size(), 36u);
    const auto fetched = http().get("/v2/events/" + e["id"].get<std::string>(), organizer);
    EXPECT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.json()["data"], e);
}

TEST_P(Events, EachEventHasATimeZoneThePagesShowItsTimesIn)
{
    // None given: the server's display.timezone (Asia/Shanghai by default).
    const auto shanghai =
        openEvent({{"startDate", "2030-12-12T01:30:00Z"}, {"endDate", "2030-12-12T09:00:00Z"}});
    EXPECT_EQ(shanghai["timezone"], "Asia/Shanghai");
    auto page = http().get("/m/events/" + shanghai["id"].get<std::string>());
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("2030-12-12\u00a009:30 (UTC+8)"), std::string::npos)
        << "right without JavaScript";
    EXPECT_NE(page.body.find("data-tz=\"Asia/Shanghai\""), std::string::npos);

    // A named zone is kept, and followed across daylight saving time.
    const auto berlin = openEvent({{"timezone", "Europe/Berlin"},
                                   {"startDate", "2030-07-01T08:00:00Z"},
                                   {"endDate", "2030-07-01T10:00:00Z"}});
    EXPECT_EQ(berlin["timezone"], "Europe/Berlin");
    page = http().get("/m/events/" + berlin["id"].get<std::string>());
    EXPECT_NE(page.body.find("2030-07-01\u00a010:00 (UTC+2)"), std::string::npos);

    // Changed on edit; an unknown zone (or a path) is refused with its code and changes nothing.
    const std::string id = berlin["id"];
    auto r = http().put("/v2/events/" + id, {{"timezone", "America/St_Johns"}}, organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["data"]["timezone"], "America/St_Johns");
    page = http().get("/m/events/" + id);
    EXPECT_NE(page.body.find("(UTC-2:30)"), std::string::npos); // Newfoundland summer time
    for (const char *bad : {"Mars/Olympus_Mons", "../../etc/passwd", "Asia/Shanghai\n"})
    {
        r = http().put("/v2/events/" + id, {{"timezone", bad}}, organizer);
        ASSERT_EQ(r.status, 400) << bad;
        EXPECT_EQ(r.json()["error"]["details"][0]["field"], "timezone");
        EXPECT_EQ(r.json()["error"]["details"][0]["code"], "invalid_choice");
    }
    r = http().post("/v2/events",
                    {{"title", "T"},
                     {"startDate", "2030-05-01T09:00:00Z"},
                     {"endDate", "2030-05-01T10:00:00Z"},
                     {"timezone", 8}},
                    organizer);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(http().get("/v2/events/" + id, organizer).json()["data"]["timezone"], "America/St_Johns");
}

TEST_P(Events, ValidationErrorsListEveryFieldAndStoreNothing)
{
    const auto r = http().post("/v2/events",
                               {{"title", ""},
                                {"startDate", "2030-05-01T10:00:00Z"},
                                {"endDate", "2030-05-01T09:00:00Z"},
                                {"capacity", -5}},
                               organizer);
    ASSERT_EQ(r.status, 400);
    const auto j = r.json();
    EXPECT_EQ(j["error"]["code"], "VALIDATION_ERROR");
    std::set<std::string> fields;
    for (const auto &d : j["error"]["details"])
        fields.insert(d["field"].get<std::string>());
    EXPECT_TRUE(fields.contains("title"));
    EXPECT_TRUE(fields.contains("endDate"));
    EXPECT_TRUE(fields.contains("capacity"));
    EXPECT_EQ(http().post("/v2/events", {{"title", 42}, {"startDate", "soon"}}, organizer).status, 400);
    EXPECT_EQ(http().request("POST", "/v2/events", "{\"title\":", organizer).status, 400);
    EXPECT_EQ(http().post("/v2/events", json::array({1, 2}), organizer).status, 400);
    EXPECT_EQ(http().get("/v2/events", organizer).json()["data"]["total"], 0);
}

TEST_P(Events, ListSearchFilterSortAndPage)
{
    for (int i = 0; i < 5; ++i)
        createEvent({{"title", "Meetup " + std::to_string(i)},
                     {"startDate", "2030-0" + std::to_string(i + 1) + "-01T09:00:00Z"},
                     {"endDate", "2030-0" + std::to_string(i + 1) + "-01T10:00:00Z"}});
    const auto other = createEvent({{"title", "Gala dinner"}, {"description", "black tie"}});
    http().post(
        "/v2/events/" + other["id"].get<std::string>() + "/transition", {{"to", "published"}}, organizer);

    auto page = http().get("/v2/events?page=2&pageSize=2&sort=startDate&order=asc", organizer).json()["data"];
    EXPECT_EQ(page["total"], 6);
    EXPECT_EQ(page["page"], 2);
    EXPECT_EQ(page["pageSize"], 2);
    ASSERT_EQ(page["items"].size(), 2u);
    EXPECT_EQ(page["items"][0]["title"], "Meetup 2");

    auto search = http().get("/v2/events?search=BLACK", organizer).json()["data"];
    EXPECT_EQ(search["total"], 1) << "search covers description, case-insensitively";
    auto published = http().get("/v2/events?status=published", organizer).json()["data"];
    EXPECT_EQ(published["total"], 1);
    EXPECT_EQ(published["items"][0]["title"], "Gala dinner");
    auto desc = http().get("/v2/events?sort=title&order=desc&pageSize=1", organizer).json()["data"];
    EXPECT_EQ(desc["items"][0]["title"], "Meetup 4");
    EXPECT_EQ(http().get("/v2/events?search=100%25", organizer).json()["data"]["total"], 0) << "% is literal";
}

TEST_P(Events, OutOfRangeListParametersAre400)
{
    for (const char *query :
         {"page=0", "page=-1", "pageSize=0", "pageSize=101", "page=abc", "status=open", "order=sideways"})
    {
        const auto r = http().get(std::string("/v2/events?") + query, organizer);
        EXPECT_EQ(r.status, 400) << query;
        EXPECT_EQ(r.errorCode(), "VALIDATION_ERROR") << query;
    }
    EXPECT_EQ(http().get("/v2/events?pageSize=100", organizer).status, 200);
}

TEST_P(Events, UpdateWithStaleVersionIsAConflict)
{
    const auto e = createEvent();
    const std::string path = "/v2/events/" + e["id"].get<std::string>();
    const auto first = http().put(path, {{"title", "Renamed"}, {"updatedAt", e["updatedAt"]}}, organizer);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json()["data"]["title"], "Renamed");
    EXPECT_NE(first.json()["data"]["updatedAt"], e["updatedAt"]);
    const auto stale = http().put(path, {{"title", "Lost update"}, {"updatedAt", e["updatedAt"]}}, organizer);
    EXPECT_EQ(stale.status, 409);
    EXPECT_EQ(stale.errorCode(), "CONFLICT");
    EXPECT_EQ(http().get(path, organizer).json()["data"]["title"], "Renamed");
    const auto invalid = http().put(path, {{"endDate", "2000-01-01T00:00:00Z"}}, organizer);
    EXPECT_EQ(invalid.status, 400);
    EXPECT_EQ(http().put(path, {{"updatedAt", "yesterday"}}, organizer).status, 400);
}

TEST_P(Events, InteractionCodesAreUnique)
{
    createEvent({{"wechatConfig", {{"interactionCode", "scan-me"}}}});
    const auto r = http().post("/v2/events",
                               {{"title", "Other"},
                                {"startDate", "2030-05-01T09:00:00Z"},
                                {"endDate", "2030-05-01T17:00:00Z"},
                                {"wechatConfig", {{"interactionCode", "scan-me"}}}},
                               organizer);
    EXPECT_EQ(r.status, 409);
}

TEST_P(Events, LifecycleTransitions)
{
    const auto e = createEvent();
    const std::string path = "/v2/events/" + e["id"].get<std::string>() + "/transition";
    const auto skip = http().post(path, {{"to", "completed"}}, organizer);
    EXPECT_EQ(skip.status, 409);
    EXPECT_NE(skip.json()["error"]["message"].get<std::string>().find("draft"), std::string::npos);
    EXPECT_EQ(http().post(path, {{"to", "published"}}, organizer).json()["data"]["status"], "published");
    EXPECT_EQ(http().post(path, {{"to", "active"}}, organizer).json()["data"]["status"], "active");
    EXPECT_EQ(http().post(path, {{"to", "completed"}}, organizer).json()["data"]["status"], "completed");
    EXPECT_EQ(http().post(path, {{"to", "cancelled"}}, organizer).status, 409) << "completed is final";
    EXPECT_EQ(http().post(path, {{"to", "finished"}}, organizer).status, 400);
    EXPECT_EQ(http().post(path, json::object(), organizer).status, 400);
}

TEST_P(Events, SoftDeleteHidesTheEvent)
{
    const auto e = createEvent();
    const std::string path = "/v2/events/" + e["id"].get<std::string>();
    EXPECT_EQ(http().del(path, organizer).status, 200);
    EXPECT_EQ(http().get(path, organizer).status, 404);
    EXPECT_EQ(http().del(path, organizer).status, 404);
    EXPECT_EQ(http().get("/v2/events", organizer).json()["data"]["total"], 0);
}

TEST_P(Events, UnknownIdsAre404)
{
    const std::string unknown = "/v2/events/00000000-0000-4000-8000-000000000000";
    EXPECT_EQ(http().get(unknown, organizer).status, 404);
    EXPECT_EQ(http().put(unknown, {{"title", "x"}}, organizer).status, 404);
    EXPECT_EQ(http().post(unknown + "/transition", {{"to", "published"}}, organizer).status, 404);
    EXPECT_EQ(http().get(unknown + "/attendees", organizer).status, 404);
    EXPECT_EQ(http().get("/v2/events/..%2F..%2Fetc%2Fpasswd", organizer).status, 404);
}

NEXTEVENT_BACKENDS(Events);
