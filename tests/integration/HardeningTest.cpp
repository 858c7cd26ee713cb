// SPDX-License-Identifier: MIT
// Hostile and careless input, as an attacker or a confused client would send it: each test names what the
// client gets, and checks that the server is still there and nothing changed.
#include <chrono>
#include <regex>
#include <thread>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include "ApiTest.h"
#include "WsTestClient.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
std::string nestedArrays(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']');
}

/// Sends raw bytes and reads what comes back within @p timeout (the whole answer when the server closes, or
/// what arrived by then).
std::string rawExchange(int port, const std::string &bytes, std::chrono::milliseconds timeout)
{
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
    socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    socket.setReceiveTimeout(Poco::Timespan(0, 200000));
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[4096];
    while (std::chrono::steady_clock::now() < deadline)
    {
        try
        {
            const int n = socket.receiveBytes(buffer, sizeof buffer);
            if (n <= 0)
                break;
            out.append(buffer, static_cast<std::size_t>(n));
            if (out.find("\r\n\r\n") != std::string::npos)
                break;
        }
        catch (const Poco::TimeoutException &)
        {
        }
    }
    return out;
}
} // namespace

class Hardening : public ApiTest
{
protected:
    void expectAlive()
    {
        const auto r = http().get("/healthz");
        ASSERT_EQ(r.status, 200) << "the server stopped answering";
    }

    std::string userIdOf(const std::string &username)
    {
        const auto list = http().get("/v2/users?pageSize=100", admin).json()["data"]["items"];
        for (const auto &u : list)
            if (u["username"] == username)
                return u["id"];
        ADD_FAILURE() << "no user " << username;
        return {};
    }
};

TEST_P(Hardening, DeeplyNestedJsonGets400OnEveryWriteRoute)
{
    // 3,000 nested arrays under an unknown key used to crash the process through a recursive copy of the
    // body into the audit log on a 256 KiB worker stack.
    const auto event = createEvent();
    const std::string id = event["id"];
    const std::string deep = R"({"title":"x","unknown":)" + nestedArrays(3000) + "}";
    const auto patched = http().request("PATCH", "/v2/events/" + id, deep, organizer);
    EXPECT_EQ(patched.status, 400) << patched.body;
    EXPECT_EQ(patched.errorCode(), "VALIDATION_ERROR");
    expectAlive();
    EXPECT_EQ(http().get("/v2/events/" + id, organizer).json()["data"]["title"], "Launch")
        << "nothing changed";

    // Every route that takes a body, as an admin (who passes every role check), with path ids filled in.
    int tried = 0;
    for (const auto &route : server().context().router.routes())
    {
        if (route.method != "POST" && route.method != "PUT" && route.method != "PATCH")
            continue;
        std::string path = std::regex_replace(route.pattern, std::regex("\\{id\\}"), id);
        path =
            std::regex_replace(path, std::regex("\\{[a-zA-Z]+\\}"), "00000000-0000-4000-8000-000000000000");
        const auto r = http().request(route.method, path, "{\"a\":" + nestedArrays(5000) + "}", admin);
        EXPECT_NE(r.status, 500) << route.method << " " << route.pattern << ": " << r.body;
        EXPECT_NE(r.status, 0) << route.method << " " << route.pattern;
        ++tried;
    }
    EXPECT_GT(tried, 20);
    expectAlive();
    // Depth within the documented limit (64) is still accepted where the route reads such a body.
    const std::string fine = R"({"title":"Still fine","unknown":)" + nestedArrays(60) + "}";
    EXPECT_EQ(http().request("PATCH", "/v2/events/" + id, fine, organizer).status, 200);
}

TEST_P(Hardening, DeeplyNestedArticleHtmlIsSanitisedNotACrash)
{
    // ~8,500 nested tags: gumbo freed its tree recursively and overflowed the worker's stack.
    std::string html;
    for (int i = 0; i < 8500; ++i)
        html += "<div>";
    html += "deep";
    const auto r = http().post("/v2/articles", {{"title", "Deep"}, {"content", html}}, organizer);
    EXPECT_TRUE(r.status == 201 || r.status == 400) << r.status << " " << r.body.substr(0, 300);
    expectAlive();
}

TEST_P(Hardening, DoorStaffFindOnePersonAndNeverSeeTheirKey)
{
    const auto event = openEvent();
    const std::string id = event["id"];
    for (int i = 0; i < 14; ++i)
    {
        const auto r = http().post(
            "/v2/events/" + id + "/attendees",
            {{"name", "Zhang Wei " + std::to_string(i)}, {"phone", "1381234" + std::to_string(1000 + i)}},
            organizer);
        ASSERT_EQ(r.status, 201) << r.body;
    }
    const std::string door = server().login("checkin");
    // Two characters used to list everyone with a 13x phone number.
    const auto tooShort = http().get("/v2/events/" + id + "/attendees?search=13", door);
    EXPECT_EQ(tooShort.status, 403);
    EXPECT_EQ(http().get("/v2/events/" + id + "/attendees", door).status, 403);

    const auto found = http().get("/v2/events/" + id + "/attendees?search=Zhang&pageSize=100", door);
    ASSERT_EQ(found.status, 200) << found.body;
    const auto items = found.json()["data"]["items"];
    EXPECT_EQ(items.size(), 10u) << "at most 10 matches for door staff";
    EXPECT_EQ(found.json()["data"]["total"], 10);
    for (const auto &a : items)
    {
        EXPECT_EQ(a.value("checkInCode", ""), "") << a.dump();
        EXPECT_FALSE(a.contains("openid") && !a["openid"].get<std::string>().empty()) << a.dump();
        EXPECT_NE(a["phone"].get<std::string>().find("****"), std::string::npos) << a.dump();
    }
    // Two Chinese characters are enough to find a person by name.
    ASSERT_EQ(
        http()
            .post("/v2/events/" + id + "/attendees", {{"name", "王芳"}, {"phone", "13900000001"}}, organizer)
            .status,
        201);
    const auto chinese = http().get("/v2/events/" + id + "/attendees?search=%E7%8E%8B%E8%8A%B3", door);
    ASSERT_EQ(chinese.status, 200) << chinese.body;
    ASSERT_EQ(chinese.json()["data"]["items"].size(), 1u);

    // Found by name, checked in by id: recorded as manual, and the answer carries no code either.
    const std::string attendeeId = chinese.json()["data"]["items"][0]["id"];
    const auto checkIn = http().post("/v2/events/" + id + "/checkins", {{"attendeeId", attendeeId}}, door);
    ASSERT_EQ(checkIn.status, 200) << checkIn.body;
    EXPECT_EQ(checkIn.json()["data"]["attendee"]["checkInMethod"], "manual");
    EXPECT_EQ(checkIn.json()["data"]["attendee"].value("checkInCode", ""), "");
    EXPECT_EQ(checkIn.json()["data"]["alreadyCheckedIn"], false);
    // Staff who may browse still see everything.
    const auto full = http().get("/v2/events/" + id + "/attendees/" + attendeeId, organizer).json()["data"];
    EXPECT_EQ(full["checkInCode"].get<std::string>().size(), 12u);
    EXPECT_EQ(full["phone"], "13900000001");
    // Neither or both of code and attendeeId is a validation error; an unknown id is 404.
    EXPECT_EQ(http().post("/v2/events/" + id + "/checkins", json::object(), door).status, 400);
    EXPECT_EQ(http()
                  .post("/v2/events/" + id + "/checkins", {{"code", "X"}, {"attendeeId", attendeeId}}, door)
                  .status,
              400);
    EXPECT_EQ(http().post("/v2/events/" + id + "/checkins", {{"attendeeId", "nope"}}, door).status, 404);
}

TEST_P(Hardening, UnauthenticatedBodiesAreNotRead)
{
    // Headers announce 10 MiB and no token: the 401 comes at once, without the server waiting for the body.
    const std::string head =
        "POST /v2/media HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
        "boundary=x\r\nContent-Length: 10000000\r\n\r\n";
    const auto answer = rawExchange(server().port(), head, std::chrono::seconds(5));
    EXPECT_EQ(answer.rfind("HTTP/1.1 401 Unauthorized\r\n", 0), 0u)
        << "status line with its own reason: " << answer;
    expectAlive();
}

TEST_P(Hardening, UnknownMethodsGet405AndNoNewMetricsSeries)
{
    const auto answer = rawExchange(server().port(),
                                    "FOO\"BAR /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
                                    std::chrono::seconds(5));
    // POCO may refuse a method token with a quote outright (400); either way no series is made for it.
    EXPECT_TRUE(answer.rfind("HTTP/1.1 405", 0) == 0 || answer.rfind("HTTP/1.1 400", 0) == 0) << answer;
    const auto brew = rawExchange(server().port(),
                                  "BREW /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
                                  std::chrono::seconds(5));
    EXPECT_EQ(brew.rfind("HTTP/1.1 405", 0), 0u) << brew;
    const auto metrics = http().get("/metrics").body;
    EXPECT_EQ(metrics.find("BREW"), std::string::npos);
    EXPECT_EQ(metrics.find("FOO"), std::string::npos);
    // Every series line is well formed: name{labels} value.
    const std::regex series(
        R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? [-+0-9.eEInfa]+$)");
    std::istringstream lines(metrics);
    std::string line;
    while (std::getline(lines, line))
        if (!line.empty() && line[0] != '#')
        {
            EXPECT_TRUE(std::regex_match(line, series)) << line;
        }
}

class HardeningLimits : public Hardening
{
protected:
    std::map<std::string, std::string> overrides() const override
    {
        return {{"NEXTEVENT_LOGIN_ATTEMPTS_PER_MINUTE", "6"},
                {"NEXTEVENT_HTTP_TRUSTED_PROXIES", "127.0.0.1"},
                {"NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE", "3"},
                {"NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE", "8"}};
    }
};

TEST_P(HardeningLimits, LoginCountsEveryAttemptPerAccountAndPerClient)
{
    // Every attempt on one account counts, right or wrong, from whichever client it comes: six right
    // answers from six "different" clients behind the trusted proxy spend its budget of six.
    std::vector<int> statuses;
    for (int i = 0; i < 7; ++i)
        statuses.push_back(
            http()
                .request("POST",
                         "/v2/auth/login",
                         json{{"username", "viewer"}, {"password", "viewer-password-1"}}.dump(),
                         {},
                         {{"X-Forwarded-For", "203.0.113." + std::to_string(i)}})
                .status);
    EXPECT_EQ(statuses, (std::vector<int>{200, 200, 200, 200, 200, 200, 429}));
    int status = 0;
    // One client trying many accounts meets its own budget; X-Forwarded-For from an untrusted hop is not
    // believed, so a client cannot rotate it to escape (the proxy, 127.0.0.1, appends the real one).
    for (int i = 0; i < 10 && status != 429; ++i)
        status =
            http()
                .request(
                    "POST",
                    "/v2/auth/login",
                    json{{"username", "nobody" + std::to_string(i)}, {"password", "x-password-1"}}.dump(),
                    {},
                    {{"X-Forwarded-For", "10.9.9." + std::to_string(i) + ", 192.0.2.7"}})
                .status;
    EXPECT_EQ(status, 429);
    // A different real client is not affected.
    EXPECT_EQ(http()
                  .request("POST",
                           "/v2/auth/login",
                           json{{"username", "presenter"}, {"password", "presenter-password-1"}}.dump(),
                           {},
                           {{"X-Forwarded-For", "192.0.2.99"}})
                  .status,
              200);
}

TEST_P(HardeningLimits, PublicWritesAreRateLimitedPerRespondentAndPerClient)
{
    const auto survey = http().post("/v2/surveys",
                                    {{"title", "Quick"},
                                     {"isActive", true},
                                     {"questions", {{{"type", "rating"}, {"text", "Score"}, {"scale", 5}}}}},
                                    organizer);
    ASSERT_EQ(survey.status, 201) << survey.body;
    const std::string sid = survey.json()["data"]["id"];
    const std::string qid = survey.json()["data"]["questions"][0]["id"];
    const std::string body = json{{"answers", {{{"questionId", qid}, {"rating", 4}}}}}.dump();
    // One respondent: the first answer is stored, repeats get 409 until the respondent's budget (3) is spent.
    const auto first = http().request(
        "POST", "/v2/surveys/" + sid + "/responses", body, {}, {{"X-Forwarded-For", "203.0.113.1"}});
    ASSERT_EQ(first.status, 201) << first.body;
    const std::string cookie = first.header("set-cookie").substr(0, first.header("set-cookie").find(';'));
    std::vector<int> statuses;
    for (int i = 0; i < 3; ++i)
        statuses.push_back(http()
                               .request("POST",
                                        "/v2/surveys/" + sid + "/responses",
                                        body,
                                        {},
                                        {{"Cookie", cookie}, {"X-Forwarded-For", "203.0.113.1"}})
                               .status);
    EXPECT_EQ(statuses, (std::vector<int>{409, 409, 429}));
    // One address with fresh cookies each time: its budget (8 in all, 4 used) ends it.
    int created = 0;
    int limited = 0;
    for (int i = 0; i < 6; ++i)
    {
        const auto r = http().request(
            "POST", "/v2/surveys/" + sid + "/responses", body, {}, {{"X-Forwarded-For", "203.0.113.1"}});
        created += r.status == 201;
        limited += r.status == 429;
        if (r.status == 429)
        {
            EXPECT_FALSE(r.header("retry-after").empty());
        }
    }
    EXPECT_EQ(created, 4);
    EXPECT_EQ(limited, 2);
    // Another address still answers.
    EXPECT_EQ(
        http()
            .request(
                "POST", "/v2/surveys/" + sid + "/responses", body, {}, {{"X-Forwarded-For", "203.0.113.2"}})
            .status,
        201);
    EXPECT_EQ(http().get("/v2/surveys/" + sid, organizer).json()["data"]["totalResponses"], 6);
}

TEST_P(Hardening, RevocationReachesAccessTokensAtOnce)
{
    const std::string viewerId = userIdOf("viewer");
    const std::string presenterId = userIdOf("presenter");

    // Deactivation.
    std::string viewer = server().login("viewer");
    ASSERT_EQ(http().get("/v2/events", viewer).status, 200);
    ASSERT_EQ(http().request("PATCH", "/v2/users/" + viewerId, json{{"active", false}}.dump(), admin).status,
              200);
    EXPECT_EQ(http().get("/v2/events", viewer).status, 401);
    ASSERT_EQ(http().request("PATCH", "/v2/users/" + viewerId, json{{"active", true}}.dump(), admin).status,
              200);
    viewer = server().login("viewer");
    EXPECT_EQ(http().get("/v2/events", viewer).status, 200) << "signing in again after reactivation works";

    // A change of roles: the old token carries the old roles.
    const std::string presenter = server().login("presenter");
    ASSERT_EQ(http().get("/v2/events", presenter).status, 200);
    ASSERT_EQ(
        http().request("PATCH", "/v2/users/" + presenterId, json{{"roles", {"viewer"}}}.dump(), admin).status,
        200);
    EXPECT_EQ(http().get("/v2/events", presenter).status, 401);
    // A change of something else leaves sessions alone.
    const std::string again = server().login("presenter");
    ASSERT_EQ(
        http().request("PATCH", "/v2/users/" + presenterId, json{{"displayName", "P"}}.dump(), admin).status,
        200);
    EXPECT_EQ(http().get("/v2/events", again).status, 200);

    // A password reset.
    const std::string beforeReset = server().login("viewer");
    ASSERT_EQ(
        http().post("/v2/users/" + viewerId + "/password", {{"password", "a-new-password-2"}}, admin).status,
        200);
    EXPECT_EQ(http().get("/v2/events", beforeReset).status, 401);
    const auto fresh =
        http().post("/v2/auth/login", {{"username", "viewer"}, {"password", "a-new-password-2"}});
    ASSERT_EQ(fresh.status, 200);
    EXPECT_EQ(http().get("/v2/events", fresh.json()["data"]["accessToken"].get<std::string>()).status, 200);

    // Refresh-token reuse: whoever holds the family's access token loses it too.
    const auto session =
        http().post("/v2/auth/login", {{"username", "organizer"}, {"password", "organizer-password-1"}});
    const std::string refresh1 = session.json()["data"]["refreshToken"];
    const auto rotated = http().post("/v2/auth/refresh", {{"refreshToken", refresh1}});
    ASSERT_EQ(rotated.status, 200);
    const std::string stolenAccess = rotated.json()["data"]["accessToken"];
    ASSERT_EQ(http().get("/v2/events", stolenAccess).status, 200);
    EXPECT_EQ(http().post("/v2/auth/refresh", {{"refreshToken", refresh1}}).status, 401);
    EXPECT_EQ(http().get("/v2/events", stolenAccess).status, 401);
}

TEST_P(Hardening, RevocationClosesOpenWebSockets)
{
    const std::string viewerId = userIdOf("viewer");
    const std::string viewer = server().login("viewer");
    WsTestClient ws(server().port(), "?access_token=" + viewer);
    ws.send({{"type", "subscribe"}, {"topic", "dashboard"}});
    const auto snapshot = ws.until([](const json &m) { return m.value("type", "") == "snapshot"; });
    ASSERT_FALSE(snapshot.is_null());
    ASSERT_EQ(http().request("PATCH", "/v2/users/" + viewerId, json{{"active", false}}.dump(), admin).status,
              200);
    // The hub checks sessions every 250 ms; wait (bounded) for the close frame.
    int closeCode = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (closeCode == 0 && std::chrono::steady_clock::now() < deadline)
    {
        const auto frame = ws.receive(std::chrono::milliseconds(500));
        if (frame && frame->opcode == 0x8)
            closeCode = frame->closeCode();
    }
    EXPECT_EQ(closeCode, 1008);
}

TEST_P(Hardening, DeletedTopicsStopCountingAgainstTheConnectionsCap)
{
    // 32 topics per connection; a topic the hub let go of (its survey deleted) frees its place.
    std::vector<std::string> ids;
    for (int i = 0; i < 33; ++i)
    {
        const auto r = http().post("/v2/surveys",
                                   {{"title", "T" + std::to_string(i)},
                                    {"questions", {{{"type", "rating"}, {"text", "Score"}, {"scale", 5}}}}},
                                   organizer);
        ASSERT_EQ(r.status, 201) << r.body;
        ids.push_back(r.json()["data"]["id"]);
    }
    WsTestClient ws(server().port(), "?access_token=" + organizer);
    for (int i = 0; i < 32; ++i)
    {
        ws.send({{"type", "subscribe"}, {"topic", "survey:" + ids[static_cast<std::size_t>(i)]}});
        const auto answer =
            ws.until([](const json &m)
                     { return m.value("type", "") == "snapshot" || m.value("type", "") == "error"; });
        ASSERT_EQ(answer.value("type", ""), "snapshot") << answer.dump();
    }
    ws.send({{"type", "subscribe"}, {"topic", "survey:" + ids[32]}});
    const auto refused = ws.until([](const json &m) { return m.value("type", "") == "error"; });
    ASSERT_FALSE(refused.is_null());
    ASSERT_EQ(http().del("/v2/surveys/" + ids[0], organizer).status, 200);
    // The hub tells the subscriber the topic is gone...
    const auto gone =
        ws.until([&](const json &m)
                 { return m.value("type", "") == "error" && m.value("topic", "") == "survey:" + ids[0]; });
    ASSERT_FALSE(gone.is_null());
    // ...and its place can be taken.
    ws.send({{"type", "subscribe"}, {"topic", "survey:" + ids[32]}});
    const auto taken = ws.until(
        [](const json &m) { return m.value("type", "") == "snapshot" || m.value("type", "") == "error"; });
    EXPECT_EQ(taken.value("type", ""), "snapshot") << taken.dump();
}

TEST_P(Hardening, SmallerLeaksAreClosed)
{
    // A user update's audit entry names the fields, never the body (which could hold anything).
    const std::string viewerId = userIdOf("viewer");
    ASSERT_EQ(http()
                  .request("PATCH",
                           "/v2/users/" + viewerId,
                           json{{"displayName", "V"}, {"password", "should-not-be-kept"}}.dump(),
                           admin)
                  .status,
              200);
    {
        auto unit = server().context().store->read();
        const auto entries = unit->audit().forEntity("user", viewerId);
        ASSERT_FALSE(entries.empty());
        EXPECT_EQ(entries.back().details.dump().find("should-not-be-kept"), std::string::npos)
            << entries.back().details.dump();
        EXPECT_EQ(entries.back().details["fields"], json::array({"displayName"}));
    }
    // An event update's audit keeps what changed, as stored.
    const auto event = createEvent();
    const std::string eid = event["id"];
    ASSERT_EQ(http()
                  .request("PATCH",
                           "/v2/events/" + eid,
                           json{{"location", "Beijing"}, {"junk", {1, 2}}}.dump(),
                           organizer)
                  .status,
              200);
    {
        auto unit = server().context().store->read();
        const auto entries = unit->audit().forEntity("event", eid);
        ASSERT_EQ(entries.size(), 2u);
        EXPECT_EQ(entries[0].action, "create") << "audit entries come back in the order they were written";
        EXPECT_EQ(entries[1].details["changed"], (json{{"location", "Beijing"}}));
    }
    // The public survey view does not tell how many answered while results are hidden.
    const auto survey = http().post("/v2/surveys",
                                    {{"title", "Hidden"},
                                     {"isActive", true},
                                     {"resultsVisible", false},
                                     {"questions", {{{"type", "rating"}, {"text", "Score"}, {"scale", 5}}}}},
                                    organizer);
    ASSERT_EQ(survey.status, 201);
    const std::string sid = survey.json()["data"]["id"];
    const std::string qid = survey.json()["data"]["questions"][0]["id"];
    ASSERT_EQ(
        http()
            .post("/v2/surveys/" + sid + "/responses", {{"answers", {{{"questionId", qid}, {"rating", 3}}}}})
            .status,
        201);
    EXPECT_EQ(http().get("/v2/surveys/" + sid).json()["data"]["totalResponses"], 0);
    EXPECT_EQ(http().get("/v2/surveys/" + sid, organizer).json()["data"]["totalResponses"], 1);
}

TEST_P(Hardening, UploadNamesAreStoredSafely)
{
    // 300 characters used to overflow the column on MariaDB after the file was written.
    static const unsigned char png[] = {
        0x89, 'P',  'N',  'G',  0x0D, 0x0A, 0x1A, 0x0A, 0,    0,    0,   0x0D, 'I',  'H',  'D',  'R',  0,
        0,    0,    1,    0,    0,    0,    1,    8,    6,    0,    0,   0,    0x1F, 0x15, 0xC4, 0x89, 0,
        0,    0,    0x0A, 'I',  'D',  'A',  'T',  0x78, 0x9C, 0x63, 0,   1,    0,    0,    5,    0,    1,
        0x0D, 0x0A, 0x2D, 0xB4, 0,    0,    0,    0,    'I',  'E',  'N', 'D',  0xAE, 0x42, 0x60, 0x82};
    const std::string name = std::string(300, 'a') + "\n<b>.png";
    const std::string body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
                             "\"\r\nContent-Type: image/png\r\n\r\n" +
                             std::string(reinterpret_cast<const char *>(png), sizeof png) + "\r\n--x--\r\n";
    const auto r = http().request(
        "POST", "/v2/media", body, organizer, {{"Content-Type", "multipart/form-data; boundary=x"}});
    ASSERT_EQ(r.status, 201) << r.body;
}

class HardeningHttps : public Hardening
{
protected:
    std::map<std::string, std::string> overrides() const override
    {
        return {{"NEXTEVENT_PUBLIC_URL", "https://events.example.com"}};
    }
};

TEST_P(HardeningHttps, CookiesAreSecureBehindHttps)
{
    const auto survey = http().post("/v2/surveys",
                                    {{"title", "S"},
                                     {"isActive", true},
                                     {"questions", {{{"type", "rating"}, {"text", "Score"}, {"scale", 5}}}}},
                                    organizer);
    const std::string sid = survey.json()["data"]["id"];
    const std::string qid = survey.json()["data"]["questions"][0]["id"];
    const auto r = http().post("/v2/surveys/" + sid + "/responses",
                               {{"answers", {{{"questionId", qid}, {"rating", 3}}}}});
    ASSERT_EQ(r.status, 201);
    EXPECT_NE(r.header("set-cookie").find("; Secure"), std::string::npos) << r.header("set-cookie");
}

NEXTEVENT_BACKENDS(Hardening);
NEXTEVENT_BACKENDS(HardeningLimits);
NEXTEVENT_BACKENDS(HardeningHttps);
