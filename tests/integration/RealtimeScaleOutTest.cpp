// SPDX-License-Identifier: MIT
// Two server instances on one database and one Redis: a vote, a registration or a check-in on one reaches
// WebSocket subscribers connected to the other, and they end on the exact final state.
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "ApiTest.h"
#include "RedisTestSupport.h"
#include "WsTestClient.h"
#include "server/infra/RedisBus.h"

using namespace nextevent::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace
{
class RealtimeScaleOut : public ::testing::TestWithParam<std::string>
{
};

void waitSubscribed(TestServer &server)
{
    auto *bus = dynamic_cast<nextevent::server::infra::RedisBus *>(server.context().bus.get());
    ASSERT_NE(bus, nullptr) << "the instance does not use the Redis bus";
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!bus->subscribed() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(10ms);
    ASSERT_TRUE(bus->subscribed());
}
} // namespace

TEST_P(RealtimeScaleOut, ChangesOnOneInstanceReachSubscribersOfTheOther)
{
    const auto redis = testRedisUrl();
    NEXTEVENT_REQUIRE_REDIS(redis);
    TestDatabase db(GetParam());
    NEXTEVENT_REQUIRE_DATABASE(db);
    TestServer a(db, {{"NEXTEVENT_REDIS_URL", redis}});
    TestServer b(db, {{"NEXTEVENT_REDIS_URL", redis}});
    waitSubscribed(a);
    waitSubscribed(b);
    const auto organizer = a.login("organizer");

    // A live survey made on A, followed on B.
    const json question{{"type", "single_choice"},
                        {"text", "Best talk?"},
                        {"options", {{{"id", "a"}, {"text", "Keynote"}}, {{"id", "b"}, {"text", "Panel"}}}}};
    auto r = a.client().post("/v2/surveys",
                             {{"title", "Poll"}, {"isActive", true}, {"questions", json::array({question})}},
                             organizer);
    ASSERT_EQ(r.status, 201) << r.body;
    const auto survey = r.json()["data"];
    const auto id = survey["id"].get<std::string>();
    ASSERT_EQ(
        a.client()
            .post("/v2/surveys/" + id + "/state", {{"isLive", true}, {"resultsVisible", true}}, organizer)
            .status,
        200);
    WsTestClient onB(b.port());
    const auto snapshot = onB.subscribe("survey:" + id);
    ASSERT_EQ(snapshot["type"], "snapshot") << snapshot;

    // Votes on A (and one on B); B's subscriber ends on the exact total.
    constexpr int kVotes = 12;
    for (int i = 0; i < kVotes; ++i)
    {
        auto &server = i == kVotes - 1 ? b : a;
        const auto vote = server.client().post(
            "/v2/surveys/" + id + "/responses",
            {{"answers",
              {{{"questionId", survey["questions"][0]["id"]}, {"optionIds", {i % 3 ? "a" : "b"}}}}}});
        ASSERT_EQ(vote.status, 201) << vote.body;
    }
    const auto final = onB.until(
        [](const json &m) { return m["type"] == "update" && m["data"]["totalResponses"] == kVotes; }, 10s);
    ASSERT_FALSE(final.is_null()) << "B's subscriber never saw the final tally of votes made on A";
    EXPECT_EQ(final["data"]["questions"][0]["options"][0]["count"].get<int>() +
                  final["data"]["questions"][0]["options"][1]["count"].get<int>(),
              kVotes);

    // Registrations and check-ins on A reach B's event:ID subscriber.
    r = a.client().post("/v2/events",
                        {{"title", "Launch"},
                         {"startDate", "2030-05-01T09:00:00Z"},
                         {"endDate", "2030-05-01T17:00:00Z"},
                         {"location", "Shanghai"}},
                        organizer);
    ASSERT_EQ(r.status, 201) << r.body;
    const auto eventId = r.json()["data"]["id"].get<std::string>();
    ASSERT_EQ(
        a.client().post("/v2/events/" + eventId + "/transition", {{"to", "published"}}, organizer).status,
        200);
    WsTestClient staffOnB(b.port(), "?access_token=" + b.login("organizer"));
    ASSERT_EQ(staffOnB.subscribe("event:" + eventId)["type"], "snapshot");
    r = a.client().post(
        "/v2/events/" + eventId + "/attendees", {{"name", "Li Lei"}, {"phone", "13800000000"}}, organizer);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_FALSE(staffOnB
                     .until([](const json &m)
                            { return m["type"] == "update" && m["data"]["counts"]["registered"] == 1; },
                            10s)
                     .is_null())
        << "a registration on A did not reach B";
    r = a.client().post(
        "/v2/events/" + eventId + "/checkins", {{"code", r.json()["data"]["checkInCode"]}}, organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_FALSE(staffOnB
                     .until([](const json &m)
                            { return m["type"] == "update" && m["data"]["counts"]["checkedIn"] == 1; },
                            10s)
                     .is_null())
        << "a check-in on A did not reach B";
}

NEXTEVENT_BACKENDS(RealtimeScaleOut);
