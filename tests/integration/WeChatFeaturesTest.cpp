// SPDX-License-Identifier: MIT
// WeChat features beside the webhook: parameter QR codes (with and without WeChat), web OAuth with the
// signed session cookie used for survey answers, JS-SDK config, status, reminders and the job queue's
// retries, backoff and dead letters against a failing fake.
#include "WeChatTestSupport.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
/// The value of `name` in a Set-Cookie header ("name=value; ...").
std::string cookieValue(const std::string &setCookie, const std::string &name)
{
    if (setCookie.rfind(name + "=", 0) != 0)
        return {};
    const auto end = setCookie.find(';');
    return setCookie.substr(name.size() + 1,
                            end == std::string::npos ? std::string::npos : end - name.size() - 1);
}

std::string queryParam(const std::string &url, const std::string &name)
{
    const auto at = url.find(name + "=");
    if (at == std::string::npos)
        return {};
    const auto start = at + name.size() + 1;
    const auto end = url.find_first_of("&#", start);
    return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}
} // namespace

class WeChatFeatures : public WeChatApiTestBase
{
};

TEST_P(WeChatFeatures, EventQrCodeIsWeChatsParameterCodeAndRendersLocally)
{
    const auto event = createEvent({{"wechatConfig", {{"interactionCode", "qrcode2030"}}}});
    const std::string id = event["id"];
    const auto made = http().post("/v2/events/" + id + "/qrcode", json::object(), organizer);
    ASSERT_EQ(made.status, 200) << made.body;
    const auto data = made.json()["data"];
    ASSERT_EQ(fake.qrCodes().size(), 1u);
    const auto issued = fake.qrCodes().back();
    EXPECT_EQ(issued.sceneStr, "qrcode2030");
    EXPECT_EQ(issued.actionName, "QR_STR_SCENE");
    EXPECT_EQ(data["content"], issued.url);
    EXPECT_EQ(data["ticket"], issued.ticket);
    EXPECT_TRUE(data["expiresAt"].is_string());
    EXPECT_EQ(http().get("/v2/events/" + id, organizer).json()["data"]["wechatConfig"]["qrCodeUrl"],
              issued.url);

    const auto png = http().get("/v2/events/" + id + "/qrcode.png?size=300", organizer);
    ASSERT_EQ(png.status, 200);
    EXPECT_EQ(png.header("content-type"), "image/png");
    EXPECT_EQ(png.body.substr(1, 3), "PNG");
    EXPECT_EQ(decodeQr(png.body), issued.url);
    const auto svg = http().get("/v2/events/" + id + "/qrcode.svg?size=200", organizer);
    ASSERT_EQ(svg.status, 200);
    EXPECT_NE(svg.body.find("crispEdges"), std::string::npos);
    EXPECT_NE(svg.body.find("<path"), std::string::npos);
    EXPECT_EQ(http().get("/v2/events/" + id + "/qrcode.png", "").status, 401);

    const auto permanent =
        http().post("/v2/events/" + id + "/qrcode?permanent=true", json::object(), organizer);
    ASSERT_EQ(permanent.status, 200) << permanent.body;
    EXPECT_TRUE(permanent.json()["data"]["expiresAt"].is_null());
    EXPECT_EQ(fake.qrCodes().back().actionName, "QR_LIMIT_STR_SCENE");
}

TEST_P(WeChatFeatures, ArticleAndSurveyQrCodesUseTheirScenesAndScansLinkThePage)
{
    const auto article =
        http().post("/v2/articles", {{"title", "Guide"}, {"content", "<p>x</p>"}}, organizer);
    ASSERT_EQ(article.status, 201) << article.body;
    const std::string articleId = article.json()["data"]["id"];
    const auto made = http().post("/v2/articles/" + articleId + "/qrcode", json::object(), organizer);
    ASSERT_EQ(made.status, 200) << made.body;
    EXPECT_EQ(fake.qrCodes().back().sceneStr, "article:" + articleId);
    EXPECT_EQ(decodeQr(http().get("/v2/articles/" + articleId + "/qrcode.png", organizer).body),
              made.json()["data"]["content"].get<std::string>());
    const auto reply = deliver(eventXml("oArticleScan00000000000001", "SCAN", "article:" + articleId));
    EXPECT_NE(reply.xml.find("/m/articles/" + articleId), std::string::npos) << reply.xml;

    const auto survey = http().post("/v2/surveys", {{"title", "Poll"}}, organizer);
    ASSERT_EQ(survey.status, 201) << survey.body;
    const std::string surveyId = survey.json()["data"]["id"];
    ASSERT_EQ(http().post("/v2/surveys/" + surveyId + "/qrcode", json::object(), organizer).status, 200);
    EXPECT_EQ(fake.qrCodes().back().sceneStr, "survey:" + surveyId);
    EXPECT_EQ(http()
                  .post("/v2/surveys/00000000-0000-4000-8000-000000000000/qrcode", json::object(), organizer)
                  .status,
              404);
}

TEST_P(WeChatFeatures, OAuthSetsASignedSessionUsedForSurveyAnswers)
{
    nextevent::testing::FakeUser user;
    user.openid = "oOAuthUser000000000000000001";
    fake.addUser(user);
    const auto survey = http().post(
        "/v2/surveys",
        {{"title", "Feedback"},
         {"isActive", true},
         {"questions", {{{"type", "rating"}, {"text", "Rate"}, {"scale", 5}, {"required", true}}}}},
        organizer);
    ASSERT_EQ(survey.status, 201) << survey.body;
    const std::string surveyId = survey.json()["data"]["id"];
    const std::string questionId = survey.json()["data"]["questions"][0]["id"];

    const auto start =
        http().get("/v2/wechat/oauth/start?redirect=/m/surveys/" + surveyId + "&scope=snsapi_base");
    ASSERT_EQ(start.status, 302) << start.body;
    const std::string location = start.header("location");
    EXPECT_EQ(queryParam(location, "appid"), fake.appId());
    EXPECT_NE(location.find("scope=snsapi_base"), std::string::npos);
    EXPECT_NE(location.find("#wechat_redirect"), std::string::npos);
    const std::string state = queryParam(location, "state");
    const std::string stateCookie = cookieValue(start.header("set-cookie"), "ne_wx_state");
    ASSERT_FALSE(state.empty());
    ASSERT_FALSE(stateCookie.empty());

    const std::string code = fake.issueOAuthCode(user.openid, "snsapi_base");
    const auto callback = [&](const std::string &s, const std::string &cookie)
    {
        return http().request("GET",
                              "/v2/wechat/oauth/callback?code=" + code + "&state=" + s,
                              {},
                              {},
                              cookie.empty()
                                  ? std::map<std::string, std::string>{}
                                  : std::map<std::string, std::string>{{"Cookie", "ne_wx_state=" + cookie}});
    };
    EXPECT_EQ(callback("forgedState123", stateCookie).status, 403) << "state differs from the cookie";
    EXPECT_EQ(callback(state, "").status, 403) << "no state cookie";
    std::string tampered = stateCookie;
    tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
    EXPECT_EQ(callback(state, tampered).status, 403) << "cookie signature";
    EXPECT_EQ(fake.requestCount("/sns/oauth2/access_token"), 0u) << "nothing exchanged for forged requests";

    const auto done = callback(state, stateCookie);
    ASSERT_EQ(done.status, 302) << done.body;
    EXPECT_EQ(done.header("location"), "/m/surveys/" + surveyId);
    const std::string session = cookieValue(done.header("set-cookie"), "ne_wx");
    ASSERT_FALSE(session.empty()) << done.header("set-cookie");
    EXPECT_NE(done.header("set-cookie").find("HttpOnly"), std::string::npos);
    EXPECT_EQ(callback(state, stateCookie).status, 403) << "a state is single-use";
    EXPECT_EQ(fake.requestCount("/sns/oauth2/access_token"), 1u) << "the code is exchanged once";
    const auto oauth = interactionsOf(user.openid);
    ASSERT_EQ(oauth.size(), 1u);
    EXPECT_EQ(oauth[0].kind, nextevent::InteractionKind::OAuth);

    // The survey answer is the WeChat user's, whatever anonymous cookie comes along.
    const std::string answers = json{{"answers", {{{"questionId", questionId}, {"rating", 4}}}}}.dump();
    const auto first = http().request(
        "POST", "/v2/surveys/" + surveyId + "/responses", answers, {}, {{"Cookie", "ne_wx=" + session}});
    ASSERT_EQ(first.status, 201) << first.body;
    const auto again = http().request("POST",
                                      "/v2/surveys/" + surveyId + "/responses",
                                      answers,
                                      {},
                                      {{"Cookie", "ne_rid=" + std::string(43, 'x') + "; ne_wx=" + session}});
    EXPECT_EQ(again.status, 409) << again.body;
    std::string forged = session;
    forged.replace(0, 5, "oEvil");
    const auto anon = http().request(
        "POST", "/v2/surveys/" + surveyId + "/responses", answers, {}, {{"Cookie", "ne_wx=" + forged}});
    EXPECT_EQ(anon.status, 201) << "a forged session falls back to an anonymous respondent";
    EXPECT_FALSE(cookieValue(anon.header("set-cookie"), "ne_rid").empty());

    EXPECT_EQ(http().get("/v2/wechat/oauth/start?redirect=https://evil.example/m/x").status, 400);
    EXPECT_EQ(http().get("/v2/wechat/oauth/start?redirect=//evil.example/m/x").status, 400);
    EXPECT_EQ(http().get("/v2/wechat/oauth/start?redirect=/v2/users").status, 400);
    EXPECT_EQ(http().get("/v2/wechat/oauth/start?redirect=/m/x&scope=snsapi_login").status, 400);
}

TEST_P(WeChatFeatures, JsSdkConfigSignsPagesOfThisSite)
{
    const std::string page = server().context().config.publicUrl + "/m/events/abc?x=1";
    const auto r = http().get("/v2/wechat/jssdk-config?url=" + page + "%23frag");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto data = r.json()["data"];
    EXPECT_EQ(data["appId"], fake.appId());
    EXPECT_EQ(data["url"], page);
    EXPECT_EQ(data["signature"].get<std::string>().size(), 40u);
    const auto tickets = fake.requests("/cgi-bin/ticket/getticket");
    ASSERT_EQ(tickets.size(), 1u);
    EXPECT_EQ(http().get("/v2/wechat/jssdk-config?url=https://evil.example/").status, 400);
    EXPECT_EQ(http().get("/v2/wechat/jssdk-config").status, 400);
}

TEST_P(WeChatFeatures, StatusShowsTokenRatesAndJobs)
{
    deliver(textXml("oStatusUser0000000000000001", "hi", 5));
    deliver(eventXml("oStatusUser0000000000000001", "VIEW", "https://x"));
    http().get("/v2/wechat/jssdk-config?url=" + server().context().config.publicUrl + "/m/");
    const auto r = http().get("/v2/wechat/status", admin);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto s = r.json()["data"];
    EXPECT_EQ(s["configured"], true);
    EXPECT_EQ(s["apiConfigured"], true);
    EXPECT_TRUE(s["tokenAgeSeconds"].is_number()) << s.dump();
    EXPECT_EQ(s["webhook"]["messagesLast10Minutes"], 2);
    EXPECT_EQ(s["webhook"]["perMinute"].size(), 10u);
    EXPECT_GT(s["webhook"]["messagesPerMinuteByType"]["text"].get<double>(), 0.0);
    EXPECT_TRUE(s["webhook"]["messagesPerMinuteByType"].contains("event:VIEW"));
    EXPECT_TRUE(s["jobs"].contains("dead"));
    EXPECT_EQ(http().get("/v2/wechat/status", organizer).status, 200);
    EXPECT_EQ(http().get("/v2/wechat/status", server().login("viewer")).status, 403);
}

TEST_P(WeChatFeatures, RemindersQueueOneTemplateJobPerAttendeeWithAnOpenid)
{
    const auto event = openEvent();
    const std::string id = event["id"];
    fake.addTemplate("TMPL_REMINDER");
    for (const std::string openid : {"oRemind0000000000000000000001", "oRemind0000000000000000000002"})
    {
        nextevent::testing::FakeUser user;
        user.openid = openid;
        fake.addUser(user);
        ASSERT_EQ(http()
                      .post("/v2/events/" + id + "/attendees", {{"name", "W"}, {"openid", openid}}, organizer)
                      .status,
                  201);
    }
    registerAttendee(id, "No WeChat");
    const auto r =
        http().post("/v2/events/" + id + "/reminders", {{"templateId", "TMPL_REMINDER"}}, organizer);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json()["data"]["queued"], 2);
    ASSERT_TRUE(eventually([&] { return fake.requestCount("/cgi-bin/message/template/send") == 2; }));
    ASSERT_TRUE(eventually([&] { return jobs("done").size() == 2; }));
    const auto sent = fake.requests("/cgi-bin/message/template/send")[0].json();
    EXPECT_EQ(sent["template_id"], "TMPL_REMINDER");
    EXPECT_EQ(sent["url"], server().context().config.publicUrl + "/m/events/" + id);
    EXPECT_EQ(http().post("/v2/events/" + id + "/reminders", json::object(), organizer).status, 400);
}

TEST_P(WeChatFeatures, FailingJobsBackOffDieAndCanBeRetried)
{
    const auto tagId = server().context().wechatApi->createTag("retry");
    openEvent({{"wechatConfig", {{"interactionCode", "retry"}, {"userTagId", tagId}}}});
    nextevent::testing::FakeUser user;
    user.openid = "oRetryJob00000000000000000001";
    fake.addUser(user);
    // 45009 (daily quota) is not retried inside the client, so each job attempt consumes one failure.
    fake.failNext(3, 45009, {}, "/cgi-bin/tags/members/batchtagging");
    deliver(eventXml(user.openid, "SCAN", "retry"));
    ASSERT_TRUE(eventually([&] { return jobs("dead").size() == 1; })) << "dead after 3 attempts";
    const auto dead = jobs("dead")[0];
    EXPECT_EQ(dead.attempts, 3);
    EXPECT_NE(dead.lastError.find("45009"), std::string::npos) << dead.lastError;
    // Backoff doubles: 100 ms then 200 ms between the three attempts.
    EXPECT_GE(dead.updatedAt - dead.createdAt, std::chrono::milliseconds(300));
    EXPECT_TRUE(fake.tagsOf(user.openid).empty());

    const auto listed = http().get("/v2/jobs?state=dead", admin);
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json()["data"]["total"], 1);
    EXPECT_EQ(http().get("/v2/jobs?state=dead", organizer).status, 403);
    EXPECT_EQ(http().get("/v2/jobs?state=zombie", admin).status, 400);

    const auto retried = http().post("/v2/jobs/" + dead.id + "/retry", json::object(), admin);
    ASSERT_EQ(retried.status, 200) << retried.body;
    ASSERT_TRUE(eventually([&] { return jobs("done").size() == 1; }));
    EXPECT_EQ(fake.tagsOf(user.openid), std::vector<std::int64_t>{tagId});
    EXPECT_EQ(http().post("/v2/jobs/" + dead.id + "/retry", json::object(), admin).status, 409) << "done";
    EXPECT_EQ(
        http().post("/v2/jobs/00000000-0000-4000-8000-000000000000/retry", json::object(), admin).status,
        404);
}

TEST_P(WeChatFeatures, ConcurrentWorkersClaimEachJobOnce)
{
    const auto tagId = server().context().wechatApi->createTag("many");
    std::vector<std::string> openids;
    for (int i = 0; i < 20; ++i)
    {
        nextevent::testing::FakeUser user;
        user.openid = "oMany" + std::to_string(1000 + i) + "0000000000000000000";
        fake.addUser(user);
        openids.push_back(user.openid);
        server().context().jobs->enqueue("wechat.tag", {{"tagId", tagId}, {"openid", user.openid}});
    }
    // A second pool (as another instance would run) competes with the server's own.
    nextevent::server::app::JobWorkerPool other(*server().context().jobs, 3, std::chrono::milliseconds(20));
    other.start();
    // A bound, not a speed claim: on MariaDB each job read still pays POCO's MEDIUMTEXT buffer cost (issue
    // 22), so 20 claims take ~10 s on a loaded 2-core machine.
    ASSERT_TRUE(eventually([&] { return jobs("done").size() == 20; }, 60));
    other.stop();
    EXPECT_EQ(fake.requestCount("/cgi-bin/tags/members/batchtagging"), 20u) << "no job ran twice";
    for (const auto &j : jobs("done"))
        EXPECT_EQ(j.attempts, 1);
}

NEXTEVENT_BACKENDS(WeChatFeatures);

/// WeChat not configured: QR codes fall back to the mobile page, the WeChat endpoints say so clearly.
class WeChatOff : public ApiTest
{
};

TEST_P(WeChatOff, QrCodesPointAtTheMobilePageAndWeChatEndpointsExplain)
{
    const auto event = createEvent();
    const std::string id = event["id"];
    const std::string page = server().context().config.publicUrl + "/m/events/" + id;
    const auto png = http().get("/v2/events/" + id + "/qrcode.png?size=10", organizer);
    ASSERT_EQ(png.status, 200);
    EXPECT_EQ(decodeQr(png.body), page) << "the page URL when no code was made";
    const auto made = http().post("/v2/events/" + id + "/qrcode", json::object(), organizer);
    ASSERT_EQ(made.status, 200) << made.body;
    EXPECT_EQ(made.json()["data"]["content"], page);
    EXPECT_TRUE(made.json()["data"]["ticket"].is_null());
    EXPECT_TRUE(made.json()["data"]["expiresAt"].is_null());
    const auto survey = http().post("/v2/surveys", {{"title", "Poll"}}, organizer).json()["data"];
    const std::string surveyId = survey["id"];
    const auto big = http().get("/v2/surveys/" + surveyId + "/qrcode.png?size=5000", organizer);
    EXPECT_EQ(decodeQr(big.body), server().context().config.publicUrl + "/m/surveys/" + surveyId);
    EXPECT_LT(big.body.size(), 2u * 1024 * 1024);
    EXPECT_EQ(http().get("/v2/events/00000000-0000-4000-8000-000000000000/qrcode.svg", organizer).status,
              404);

    const auto jssdk =
        http().get("/v2/wechat/jssdk-config?url=" + server().context().config.publicUrl + "/m/");
    EXPECT_EQ(jssdk.status, 503);
    EXPECT_EQ(jssdk.errorCode(), "UNAVAILABLE") << jssdk.body;
    EXPECT_EQ(http().get("/v2/wechat/oauth/start?redirect=/m/x").status, 503);
    EXPECT_EQ(http().get("/v2/wechat/webhook?echostr=1").status, 404);
    const auto status = http().get("/v2/wechat/status", admin);
    ASSERT_EQ(status.status, 200);
    EXPECT_EQ(status.json()["data"]["configured"], false);
}

NEXTEVENT_BACKENDS(WeChatOff);
