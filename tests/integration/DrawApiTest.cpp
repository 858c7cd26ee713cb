// SPDX-License-Identifier: MIT
// Draws (抽奖) over HTTP on both backends: pools, commitment and reveal, winners recomputed from seed and
// pool, no duplicates (within and across draws), redraws that continue the sequence, audit, the draw topic,
// and the survey audience gate.
#include <algorithm>
#include <set>
#include <thread>

#include "nextevent/Draw.h"

#include "ApiTest.h"
#include "WsTestClient.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
const std::string kUnknown = "00000000-0000-4000-8000-000000000000";

const nextevent::DrawHasher &hasher()
{
    return nextevent::server::app::DrawService::hasher();
}

std::vector<std::string> ids(const json &winners)
{
    std::vector<std::string> out;
    for (const auto &w : winners)
        out.push_back(w["attendeeId"]);
    return out;
}

/// What a third party does: every pick k = 0 .. picks-1 from the published pool and the revealed seed.
std::vector<std::string> recompute(const json &pool, const json &draw)
{
    std::vector<std::string> remaining = pool["items"];
    const auto seed = nextevent::fromHex(draw["seed"].get<std::string>());
    EXPECT_TRUE(seed);
    return nextevent::drawPicks(hasher(),
                                *seed,
                                draw["poolHash"].get<std::string>(),
                                remaining,
                                0,
                                draw["picks"].get<std::int64_t>());
}

/// Winners and replaced entries in round order: the whole pick sequence as the server made it.
std::vector<std::string> bySequence(const json &draw)
{
    std::vector<std::pair<std::int64_t, std::string>> all;
    for (const char *key : {"winners", "replaced"})
        for (const auto &w : draw[key])
            all.emplace_back(w["round"].get<std::int64_t>(), w["attendeeId"].get<std::string>());
    std::sort(all.begin(), all.end());
    std::vector<std::string> out;
    for (auto &[round, id] : all)
        out.push_back(id);
    return out;
}
} // namespace

class Draws : public ApiTest
{
protected:
    std::string eventId;

    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped())
            return;
        eventId = openEvent()["id"];
    }

    json attendee(const std::string &name, const std::string &phone, const std::string &openid = {})
    {
        json body{{"name", name}, {"phone", phone}};
        if (!openid.empty())
            body["openid"] = openid;
        const auto r = http().post("/v2/events/" + eventId + "/attendees", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    void checkIn(const json &a)
    {
        const auto r =
            http().post("/v2/events/" + eventId + "/checkins", {{"attendeeId", a["id"]}}, organizer);
        EXPECT_EQ(r.status, 200) << r.body;
    }

    HttpResult create(const json &body, const std::string &token = {})
    {
        return http().post("/v2/events/" + eventId + "/draws", body, token.empty() ? organizer : token);
    }

    json createOk(const json &body)
    {
        const auto r = create(body);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    HttpResult run(const std::string &drawId, const std::string &token = {})
    {
        return http().post("/v2/draws/" + drawId + "/run", json::object(), token.empty() ? organizer : token);
    }

    HttpResult redraw(const std::string &drawId, const std::string &attendeeId)
    {
        return http().post("/v2/draws/" + drawId + "/redraw", {{"attendeeId", attendeeId}}, organizer);
    }

    json pool(const std::string &drawId, const std::string &token = {})
    {
        const auto r = http().get("/v2/draws/" + drawId + "/pool", token);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"];
    }

    /// The first detail's message of a failure: the reason code of CONFLICT and FORBIDDEN answers.
    static std::string reason(const HttpResult &r)
    {
        const auto details = r.json()["error"]["details"];
        return details.is_array() && !details.empty() ? details[0]["message"].get<std::string>() : "";
    }

    std::string session(const std::string &openid)
    {
        return "ne_wx=" + server().context().wechatAccount->issueSession(openid);
    }

    json survey(const std::string &audience, bool withEvent = true)
    {
        json body{{"title", "Feedback"},
                  {"isActive", true},
                  {"audience", audience},
                  {"questions",
                   json::array({{{"id", "q1"}, {"type", "rating"}, {"text", "Rate"}, {"required", true}}})}};
        if (withEvent)
            body["eventId"] = eventId;
        const auto r = http().post("/v2/surveys", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    HttpResult answer(const json &s, const std::string &cookie = {})
    {
        const json body{{"answers", {{{"questionId", "q1"}, {"rating", 4}}}}};
        std::map<std::string, std::string> headers;
        if (!cookie.empty())
            headers["Cookie"] = cookie;
        return http().request(
            "POST", "/v2/surveys/" + s["id"].get<std::string>() + "/responses", body.dump(), {}, headers);
    }
};

TEST_P(Draws, CommitThenRunRevealsASeedThatRecomputesTheWinners)
{
    const auto zhang = attendee("张三", "13800000001");
    const auto ouyang = attendee("欧阳娜娜", "13800000002");
    const auto john = attendee("John Smith", "13800000003");
    const auto absent = attendee("Absent", "13800000004");
    const auto cancelled = attendee("Cancelled", "13800000005");
    ASSERT_EQ(
        http()
            .post("/v2/events/" + eventId + "/attendees/" + cancelled["id"].get<std::string>() + "/cancel",
                  json::object(),
                  organizer)
            .status,
        200);
    for (const auto &a : {zhang, ouyang, john})
        checkIn(a);

    const auto draw = createOk({{"title", "一等奖"}, {"pool", "checked_in"}, {"winners", 2}});
    const std::string id = draw["id"];
    EXPECT_EQ(draw["state"], "ready");
    EXPECT_EQ(draw["poolSize"], 3);
    EXPECT_EQ(draw["winnerCount"], 2);
    EXPECT_EQ(draw["excludePreviousWinners"], true) << "the default";
    EXPECT_EQ(draw["commitment"].get<std::string>().size(), 64u);
    EXPECT_FALSE(draw.contains("seed")) << "the seed is secret until the run";
    EXPECT_TRUE(draw["winners"].empty());

    // The pool is the checked-in attendees' ids, sorted, and its hash is over them joined by newlines.
    const auto before = pool(id, organizer);
    std::vector<std::string> expected{zhang["id"], ouyang["id"], john["id"]};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(before["items"].get<std::vector<std::string>>(), expected);
    EXPECT_EQ(before["poolHash"], draw["poolHash"]);
    EXPECT_EQ(nextevent::poolHash(hasher(), expected), draw["poolHash"]);

    // Before the run: staff see it without the seed; the public not at all.
    auto got = http().get("/v2/draws/" + id, organizer);
    ASSERT_EQ(got.status, 200);
    EXPECT_FALSE(got.json()["data"].contains("seed"));
    EXPECT_EQ(http().get("/v2/draws/" + id).status, 404);
    EXPECT_EQ(http().get("/v2/draws/" + id + "/pool").status, 404);
    const auto listed = http().get("/v2/events/" + eventId + "/draws", server().login("presenter"));
    ASSERT_EQ(listed.status, 200) << listed.body;
    ASSERT_EQ(listed.json()["data"]["items"].size(), 1u);
    EXPECT_FALSE(listed.json()["data"]["items"][0].contains("seed"));

    const auto ran = run(id);
    ASSERT_EQ(ran.status, 200) << ran.body;
    const auto done = ran.json()["data"];
    EXPECT_EQ(done["state"], "done");
    EXPECT_EQ(done["picks"], 2);
    ASSERT_EQ(done["winners"].size(), 2u);
    // The revealed seed is the one committed to, and it gives these winners from this pool.
    const auto seed = nextevent::fromHex(done["seed"].get<std::string>());
    ASSERT_TRUE(seed);
    EXPECT_EQ(seed->size(), 32u);
    EXPECT_EQ(nextevent::toHex(hasher().sha256(*seed)), draw["commitment"]);
    const auto publicPool = pool(id); // anyone, once the draw ran
    EXPECT_EQ(recompute(publicPool, done), ids(done["winners"]));
    EXPECT_EQ(done["winners"][0]["round"], 1);
    EXPECT_EQ(done["winners"][1]["round"], 2);
    for (const auto &w : done["winners"])
    {
        EXPECT_NE(w["attendeeId"], absent["id"]);
        const std::string name = w["displayName"];
        EXPECT_TRUE(name == "张*" || name == "欧***" || name == "J*** S****") << name;
        EXPECT_EQ(w["maskedPhone"].get<std::string>().substr(0, 7), "138****");
    }
    const auto anonymous = http().get("/v2/draws/" + id);
    ASSERT_EQ(anonymous.status, 200);
    EXPECT_EQ(anonymous.json()["data"]["seed"], done["seed"]);

    // Once only.
    const auto again = run(id);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(reason(again), "already_run");

    // The registered pool: everyone holding a place, checked in or not; not the cancelled one. Earlier
    // winners are left out unless asked otherwise.
    EXPECT_EQ(createOk({{"title", "All"},
                        {"pool", "registered"},
                        {"winners", 1},
                        {"excludePreviousWinners", false}})["poolSize"],
              4);
}

TEST_P(Draws, NoOneWinsTwiceAndRedrawsContinueTheSequence)
{
    std::vector<json> people;
    for (int i = 0; i < 5; ++i)
    {
        people.push_back(attendee("Person " + std::to_string(i), "1380000001" + std::to_string(i)));
        checkIn(people.back());
    }
    const auto first = createOk({{"title", "Third prize"}, {"pool", "checked_in"}, {"winners", 2}});
    const std::string firstId = first["id"];

    // A draw that excludes earlier winners waits for the earlier draw to run.
    const auto pending = create({{"title", "Second prize"}, {"pool", "checked_in"}, {"winners", 1}});
    EXPECT_EQ(pending.status, 409) << pending.body;
    EXPECT_EQ(reason(pending), "draw_pending");

    // Redraws only after the run, only for current winners.
    EXPECT_EQ(reason(redraw(firstId, people[0]["id"])), "not_run");
    auto done = run(firstId).json()["data"];
    const auto winners = ids(done["winners"]);
    std::string loser;
    for (const auto &p : people)
        if (std::find(winners.begin(), winners.end(), p["id"]) == winners.end())
            loser = p["id"];
    const auto notAWinner = redraw(firstId, loser);
    EXPECT_EQ(notAWinner.status, 400) << notAWinner.body;
    EXPECT_EQ(notAWinner.json()["error"]["details"][0]["field"], "attendeeId");
    EXPECT_EQ(redraw(firstId, "").status, 400);
    EXPECT_EQ(http().post("/v2/draws/" + kUnknown + "/redraw", {{"attendeeId", loser}}, organizer).status,
              404);

    // The absent winner moves to replaced; pick k = 2 joins the winners.
    const auto redrawn = redraw(firstId, winners[0]);
    ASSERT_EQ(redrawn.status, 200) << redrawn.body;
    done = redrawn.json()["data"];
    EXPECT_EQ(done["picks"], 3);
    ASSERT_EQ(done["winners"].size(), 2u);
    ASSERT_EQ(done["replaced"].size(), 1u);
    EXPECT_EQ(done["replaced"][0]["attendeeId"], winners[0]);
    EXPECT_TRUE(done["replaced"][0].contains("replacedAt"));
    EXPECT_EQ(done["winners"][0]["attendeeId"], winners[1]);
    EXPECT_EQ(done["winners"][1]["round"], 3);
    EXPECT_EQ(recompute(pool(firstId), done), bySequence(done));
    const auto replacedAgain = redraw(firstId, winners[0]);
    EXPECT_EQ(replacedAgain.status, 400) << "a replaced winner is not a winner any more";
    EXPECT_EQ(replacedAgain.json()["error"]["details"][0]["code"], "invalid_choice");

    // The next draw leaves out the current winners (not the replaced one) and never picks them.
    const auto second = createOk({{"title", "Second prize"}, {"pool", "checked_in"}, {"winners", 10}});
    EXPECT_EQ(second["poolSize"], 3);
    const auto secondPool = pool(second["id"], organizer)["items"].get<std::vector<std::string>>();
    for (const auto &w : ids(done["winners"]))
        EXPECT_EQ(std::count(secondPool.begin(), secondPool.end(), w), 0) << w;
    const auto secondDone = run(second["id"]).json()["data"];
    EXPECT_EQ(secondDone["winners"].size(), 3u) << "more winners wanted than people: everyone once";
    std::set<std::string> everyone;
    for (const auto &w : ids(done["winners"]))
        EXPECT_TRUE(everyone.insert(w).second) << "duplicate " << w;
    for (const auto &w : ids(secondDone["winners"]))
        EXPECT_TRUE(everyone.insert(w).second) << "duplicate " << w;

    // The earlier draw cannot be redrawn now: its new winner could be one of the later draw's.
    const auto late = redraw(firstId, done["winners"][0]["attendeeId"]);
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(reason(late), "later_draw");
    // And a pool drawn to the last person has nobody left to redraw.
    const auto exhausted = redraw(second["id"], secondDone["winners"][0]["attendeeId"]);
    EXPECT_EQ(exhausted.status, 409);
    EXPECT_EQ(reason(exhausted), "exhausted");

    // Everything is in the audit log with the acting user.
    auto unit = server().context().store->read();
    const auto entries = unit->audit().forEntity("draw", firstId);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].action, "create");
    EXPECT_EQ(entries[0].details["commitment"], first["commitment"]);
    EXPECT_EQ(entries[1].action, "run");
    EXPECT_EQ(entries[1].details["seed"], done["seed"]);
    EXPECT_EQ(entries[2].action, "redraw");
    EXPECT_EQ(entries[2].details["replaced"], winners[0]);
    EXPECT_EQ(entries[2].details["k"], 2);
    for (const auto &e : entries)
        EXPECT_EQ(e.actor, "organizer");
}

TEST_P(Draws, ConcurrentRunsLetExactlyOneWin)
{
    for (int i = 0; i < 4; ++i)
        checkIn(attendee("P" + std::to_string(i), "1390000000" + std::to_string(i)));
    const std::string id = createOk({{"title", "Race"}, {"pool", "checked_in"}, {"winners", 2}})["id"];
    std::vector<int> statuses(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < statuses.size(); ++i)
        threads.emplace_back([&, i] { statuses[i] = run(id).status; });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 200), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), 3);
    auto unit = server().context().store->read();
    const auto entries = unit->audit().forEntity("draw", id);
    EXPECT_EQ(std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.action == "run"; }),
              1);
}

TEST_P(Draws, BadInputIsRefusedWithFieldCodes)
{
    auto r = create({{"title", ""}, {"pool", "everyone"}, {"winners", 0}});
    ASSERT_EQ(r.status, 400) << r.body;
    std::map<std::string, std::string> codes;
    const auto failure = r.json(); // kept alive: the loop below walks into it
    for (const auto &d : failure["error"]["details"])
        codes[d["field"].get<std::string>()] = d["code"].get<std::string>();
    EXPECT_EQ(codes["title"], "required");
    EXPECT_EQ(codes["pool"], "invalid_choice");
    EXPECT_EQ(codes["winners"], "out_of_range");
    r = create({{"title", "x"}, {"pool", "respondents"}, {"winners", 1001}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json()["error"]["details"].size(), 2u) << r.body; // winners and surveyId
    r = create({{"title", "x"}, {"pool", "respondents"}, {"surveyId", kUnknown}, {"winners", 1}});
    EXPECT_EQ(r.status, 400) << r.body;
    r = create({{"title", "x"}, {"pool", "registered"}, {"surveyId", kUnknown}, {"winners", 1}});
    EXPECT_EQ(r.json()["error"]["details"][0]["code"], "not_allowed") << r.body;
    EXPECT_EQ(http()
                  .post("/v2/events/" + kUnknown + "/draws",
                        {{"title", "x"}, {"pool", "registered"}, {"winners", 1}},
                        organizer)
                  .status,
              404);
    // Nobody has checked in: a clear refusal, and nothing stored.
    attendee("Not here", "13800000009");
    r = create({{"title", "Empty"}, {"pool", "checked_in"}, {"winners", 1}});
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(reason(r), "empty_pool");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("checked in"), std::string::npos);
    EXPECT_TRUE(http().get("/v2/events/" + eventId + "/draws", organizer).json()["data"]["items"].empty());
    EXPECT_EQ(http().post("/v2/draws/" + kUnknown + "/run", json::object(), organizer).status, 404);
    EXPECT_EQ(http().get("/v2/draws/" + kUnknown, organizer).status, 404);
}

TEST_P(Draws, RolesAndTheStaffOnlyTopic)
{
    checkIn(attendee("Only", "13800000001"));
    const std::string presenter = server().login("presenter");
    const std::string viewer = server().login("viewer");
    const std::string door = server().login("checkin");
    const json body{{"title", "Prize"}, {"pool", "checked_in"}, {"winners", 1}};
    EXPECT_EQ(create(body, presenter).status, 403);
    EXPECT_EQ(create(body, viewer).status, 403);
    EXPECT_EQ(http().post("/v2/events/" + eventId + "/draws", body).status, 401);
    const std::string id = createOk(body)["id"];
    EXPECT_EQ(run(id, presenter).status, 403);
    EXPECT_EQ(http().post("/v2/draws/" + id + "/run", json::object()).status, 401);
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/draws", door).status, 403);
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/draws", viewer).status, 403);
    EXPECT_EQ(http().get("/v2/draws/" + id, viewer).status, 404) << "not staff for draws: public view";

    const std::string topic = "draw:" + id;
    WsTestClient anonymous(server().port());
    EXPECT_EQ(anonymous.subscribe(topic)["error"]["code"], "UNAUTHENTICATED");
    WsTestClient viewing(server().port(), "?access_token=" + viewer);
    EXPECT_EQ(viewing.subscribe(topic)["error"]["code"], "FORBIDDEN");
    WsTestClient screen(server().port(), "?access_token=" + presenter);
    const auto snapshot = screen.subscribe(topic);
    ASSERT_EQ(snapshot["type"], "snapshot") << snapshot;
    EXPECT_EQ(snapshot["data"]["state"], "ready");
    EXPECT_FALSE(snapshot["data"].contains("seed"));

    ASSERT_EQ(run(id).status, 200);
    const auto update =
        screen.until([](const json &m) { return m["type"] == "update" && m["data"]["state"] == "done"; });
    ASSERT_FALSE(update.is_null()) << "the big screen hears of the run";
    EXPECT_EQ(update["data"]["winners"].size(), 1u);
    EXPECT_EQ(update["data"]["winners"][0]["displayName"], "O***");
    EXPECT_TRUE(update["data"].contains("seed"));
    // Still staff only after the run (the HTTP read is public, the live topic is not).
    WsTestClient late(server().port());
    EXPECT_EQ(late.subscribe(topic)["error"]["code"], "UNAUTHENTICATED");
}

TEST_P(Draws, SurveyAudienceAdmitsOnlyTheEventsAttendees)
{
    const auto registered = attendee("Registered", "13800000001", "o_draw_registered");
    const auto present = attendee("Present", "13800000002", "o_draw_present");
    const auto gone = attendee("Gone", "13800000003", "o_draw_gone");
    checkIn(present);
    ASSERT_EQ(http()
                  .post("/v2/events/" + eventId + "/attendees/" + gone["id"].get<std::string>() + "/cancel",
                        json::object(),
                        organizer)
                  .status,
              200);

    // The audience is part of the survey and needs its event.
    auto noEvent = http().post(
        "/v2/surveys", {{"title", "x"}, {"audience", "registered"}, {"questions", json::array()}}, organizer);
    EXPECT_EQ(noEvent.status, 400) << noEvent.body;
    EXPECT_EQ(noEvent.json()["error"]["details"][0]["field"], "audience");
    EXPECT_EQ(http().post("/v2/surveys", {{"title", "x"}, {"audience", "vip"}}, organizer).status, 400);
    EXPECT_EQ(survey("anyone")["audience"], "anyone");

    const auto forRegistered = survey("registered");
    EXPECT_EQ(forRegistered["audience"], "registered");
    EXPECT_EQ(http()
                  .get("/v2/surveys/" + forRegistered["id"].get<std::string>(), organizer)
                  .json()["data"]["audience"],
              "registered");
    auto r = answer(forRegistered);
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_EQ(reason(r), "wechat_required");
    r = answer(forRegistered, session("o_draw_stranger"));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(reason(r), "not_registered");
    r = answer(forRegistered, session("o_draw_gone"));
    EXPECT_EQ(reason(r), "not_registered") << "a cancelled registration does not count";
    EXPECT_EQ(answer(forRegistered, session("o_draw_registered")).status, 201);
    EXPECT_EQ(answer(forRegistered, session("o_draw_present")).status, 201);

    // The mobile page says why and leads to the event page (registration, ticket).
    const std::string page = "/m/surveys/" + forRegistered["id"].get<std::string>();
    auto refused = http().request("GET", page, {}, {}, {{"Accept-Language", "en"}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_NE(refused.body.find("Open this survey in WeChat"), std::string::npos) << refused.body;
    EXPECT_NE(refused.body.find("href=\"/m/events/" + eventId + "\""), std::string::npos);
    refused = http().request(
        "GET", page, {}, {}, {{"Accept-Language", "zh-CN"}, {"Cookie", session("o_draw_stranger")}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_NE(refused.body.find("本问卷仅限已报名的参与者"), std::string::npos);
    EXPECT_EQ(http().request("GET", page, {}, {}, {{"Cookie", session("o_draw_registered")}}).status, 200)
        << "already answered: the friendly page";

    const auto forPresent = survey("checked_in");
    r = answer(forPresent, session("o_draw_registered"));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(reason(r), "not_checked_in");
    EXPECT_EQ(answer(forPresent, session("o_draw_present")).status, 201);
    EXPECT_EQ(http()
                  .get("/v2/surveys/" + forPresent["id"].get<std::string>() + "/live-results", organizer)
                  .json()["data"]["totalResponses"],
              1);

    // Switching an open survey to attendees only is an edit like any other.
    const auto open = survey("anyone");
    EXPECT_EQ(answer(open).status, 201);
    const auto edited =
        http().put("/v2/surveys/" + open["id"].get<std::string>(), {{"audience", "checked_in"}}, organizer);
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(answer(open).status, 403);

    // Respondents of a survey: the attendees whose WeChat identity answered it (and still hold a place).
    const auto draw = createOk({{"title", "Feedback prize"},
                                {"pool", "respondents"},
                                {"surveyId", forPresent["id"]},
                                {"winners", 1}});
    EXPECT_EQ(draw["surveyId"], forPresent["id"]);
    EXPECT_EQ(pool(draw["id"], organizer)["items"], json::array({present["id"]}));
    ASSERT_EQ(run(draw["id"]).status, 200);
    const auto both = createOk({{"title", "Everyone who answered"},
                                {"pool", "respondents"},
                                {"surveyId", forRegistered["id"]},
                                {"winners", 1},
                                {"excludePreviousWinners", false}});
    std::vector<std::string> expected{registered["id"], present["id"]};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(pool(both["id"], organizer)["items"].get<std::vector<std::string>>(), expected);
}

NEXTEVENT_BACKENDS(Draws);
