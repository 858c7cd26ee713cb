// SPDX-License-Identifier: MIT
#include "tests/fakes/FakeWeChatServer.h"

#include <chrono>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/wechat/HttpTransport.h"

// The fake's own contract, checked over raw HTTP so the client's handling cannot hide a fake bug.

using nextevent::server::wechat::HttpResult;
using nextevent::server::wechat::HttpTransport;
using nextevent::testing::FakeWeChatServer;
using nlohmann::json;
using namespace std::chrono_literals;

namespace
{

class FakeWeChatServerTest : public ::testing::Test
{
protected:
    json get(const std::string &path, const nextevent::server::wechat::QueryParameters &query)
    {
        HttpResult result = m_http.get(path, query);
        EXPECT_EQ(result.status, 200);
        return json::parse(result.body);
    }

    json
    post(const std::string &path, const nextevent::server::wechat::QueryParameters &query, const json &body)
    {
        HttpResult result = m_http.post(path, query, body.dump());
        EXPECT_EQ(result.status, 200);
        return json::parse(result.body);
    }

    std::string token()
    {
        json reply = get(
            "cgi-bin/token",
            {{"grant_type", "client_credential"}, {"appid", m_fake.appId()}, {"secret", m_fake.appSecret()}});
        return reply.at("access_token").get<std::string>();
    }

    FakeWeChatServer m_fake;
    HttpTransport m_http{m_fake.baseUrl(), 2000ms, 3000ms};
};

} // namespace

TEST_F(FakeWeChatServerTest, TokenEndpointChecksCredentials)
{
    json reply =
        get("cgi-bin/token",
            {{"grant_type", "client_credential"}, {"appid", m_fake.appId()}, {"secret", m_fake.appSecret()}});
    EXPECT_FALSE(reply.contains("errcode"));
    EXPECT_GE(reply.at("access_token").get<std::string>().size(), 100u);
    EXPECT_EQ(reply.at("expires_in"), 7200);
    EXPECT_EQ(get("cgi-bin/token",
                  {{"grant_type", "client_credential"}, {"appid", m_fake.appId()}, {"secret", "x"}})
                  .at("errcode"),
              40125);
    EXPECT_EQ(
        get("cgi-bin/token", {{"grant_type", "client_credential"}, {"appid", "wxnope"}, {"secret", "x"}})
            .at("errcode"),
        40013);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 3u);
}

TEST_F(FakeWeChatServerTest, ApiCallsCheckTheAccessToken)
{
    m_fake.addUser({.openid = "o1"});
    EXPECT_EQ(get("cgi-bin/user/info", {{"openid", "o1"}}).at("errcode"), 41001);
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", "forged"}, {"openid", "o1"}}).at("errcode"), 40001);
    const std::string expiring = token();
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", expiring}, {"openid", "o1"}}).at("subscribe"), 1);
    m_fake.expireAccessTokens();
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", expiring}, {"openid", "o1"}}).at("errcode"), 42001);
    const std::string next = token();
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", next}, {"openid", "o1"}}).at("subscribe"), 1)
        << "tokens issued after the expiry live normally";
}

TEST_F(FakeWeChatServerTest, NewClassicTokenSupersedesTheOldOneAfterTheOverlap)
{
    m_fake.addUser({.openid = "o1"});
    m_fake.setTokenOverlap(0s);
    const std::string first = token();
    const std::string second = token();
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", first}, {"openid", "o1"}}).at("errcode"), 42001);
    EXPECT_EQ(get("cgi-bin/user/info", {{"access_token", second}, {"openid", "o1"}}).at("subscribe"), 1);
}

TEST_F(FakeWeChatServerTest, StableTokenIsStableUnlessForced)
{
    json body = {
        {"grant_type", "client_credential"}, {"appid", m_fake.appId()}, {"secret", m_fake.appSecret()}};
    const std::string a = post("cgi-bin/stable_token", {}, body).at("access_token");
    const std::string b = post("cgi-bin/stable_token", {}, body).at("access_token");
    EXPECT_EQ(a, b);
    body["force_refresh"] = true;
    const std::string c = post("cgi-bin/stable_token", {}, body).at("access_token");
    EXPECT_NE(a, c);
    body["secret"] = "wrong";
    EXPECT_EQ(post("cgi-bin/stable_token", {}, body).at("errcode"), 40125);
}

TEST_F(FakeWeChatServerTest, WrongMethodEmptyAndMalformedBodies)
{
    const std::string t = token();
    EXPECT_EQ(get("cgi-bin/qrcode/create", {{"access_token", t}}).at("errcode"), 43002);
    EXPECT_EQ(json::parse(m_http.post("cgi-bin/qrcode/create", {{"access_token", t}}, "").body).at("errcode"),
              44002);
    EXPECT_EQ(
        json::parse(m_http.post("cgi-bin/qrcode/create", {{"access_token", t}}, "{nope").body).at("errcode"),
        47001);
    EXPECT_EQ(m_http.get("cgi-bin/nonexistent", {}).status, 404);
}

TEST_F(FakeWeChatServerTest, MisplacedSceneIdYieldsSceneZero)
{
    const std::string t = token();
    // scene_id directly under action_info: WeChat accepts it and the code carries scene 0 (§5).
    json reply =
        post("cgi-bin/qrcode/create",
             {{"access_token", t}},
             {{"expire_seconds", 60}, {"action_name", "QR_SCENE"}, {"action_info", {{"scene_id", 7}}}});
    EXPECT_TRUE(reply.contains("ticket"));
    ASSERT_EQ(m_fake.qrCodes().size(), 1u);
    EXPECT_EQ(m_fake.qrCodes()[0].sceneId, 0);
}

TEST_F(FakeWeChatServerTest, ForcedErrorsAndHttpFailures)
{
    m_fake.failNext(1, 45009, "", "/cgi-bin/token");
    json reply =
        get("cgi-bin/token",
            {{"grant_type", "client_credential"}, {"appid", m_fake.appId()}, {"secret", m_fake.appSecret()}});
    EXPECT_EQ(reply.at("errcode"), 45009);
    EXPECT_NE(reply.at("errmsg").get<std::string>().find("rid:"), std::string::npos);
    m_fake.failNextHttp(1, 503);
    EXPECT_EQ(m_http.get("cgi-bin/token", {}).status, 503);
    EXPECT_FALSE(token().empty());
}
