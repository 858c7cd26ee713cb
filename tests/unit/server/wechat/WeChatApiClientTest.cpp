// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatApiClient.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ManualClock.h"
#include "WeChatApiTestSupport.h"
#include "server/wechat/MemoryTokenCache.h"
#include "tests/fakes/FakeWeChatServer.h"

using namespace nextevent::server::wechat;
using nextevent::ErrorCode;
using nextevent::server::wechat::testsupport::ManualClock;
using nextevent::testing::FakeUser;
using nextevent::testing::FakeWeChatServer;
using nextevent::testing::RecordedRequest;
using nlohmann::json;
using namespace std::chrono_literals;

namespace
{

class WeChatApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_fake.addUser({.openid = "oUser1", .unionId = "uUnion1", .remark = "vip", .qrSceneStr = "evt-1"});
        m_config = testsupport::configFor(m_fake);
        m_config.clock = m_clock;
    }

    WeChatApiClient &client()
    {
        if (!m_client)
            m_client = std::make_unique<WeChatApiClient>(m_config, m_cache);
        return *m_client;
    }

    /// Runs `call`, which must throw WeChatApiError, and returns it.
    template <typename F> WeChatApiError expectApiError(F &&call)
    {
        try
        {
            call();
        }
        catch (const WeChatApiError &error)
        {
            return error;
        }
        ADD_FAILURE() << "no WeChatApiError thrown";
        return WeChatApiError(ApiFailure::Api, "none", 0, "none");
    }

    std::string lastAccessToken(const std::string &path) const
    {
        std::vector<RecordedRequest> requests = m_fake.requests(path);
        return requests.empty() ? std::string() : requests.back().query.at("access_token");
    }

    FakeWeChatServer m_fake;
    /// Token expiry, the breaker's open period and backoff run on this clock: tests move it.
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>();
    std::shared_ptr<MemoryTokenCache> m_cache = std::make_shared<MemoryTokenCache>(m_clock);
    WeChatApiConfig m_config;
    std::unique_ptr<WeChatApiClient> m_client;
};

std::string independentSha1(const std::string &text)
{
    Poco::SHA1Engine engine;
    engine.update(text);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

} // namespace

// ---- access_token -------------------------------------------------------------------------------

TEST_F(WeChatApiClientTest, FetchesTheTokenOnceAndReusesIt)
{
    EXPECT_TRUE(client().userInfo("oUser1").subscribed);
    EXPECT_TRUE(client().userInfo("oUser1").subscribed);
    ASSERT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    const RecordedRequest fetch = m_fake.requests("/cgi-bin/token").front();
    EXPECT_EQ(fetch.method, "GET");
    EXPECT_EQ(fetch.query.at("grant_type"), "client_credential");
    EXPECT_EQ(fetch.query.at("appid"), m_fake.appId());
    EXPECT_EQ(fetch.query.at("secret"), m_fake.appSecret());
    for (const RecordedRequest &call : m_fake.requests("/cgi-bin/user/info"))
        EXPECT_EQ(call.query.at("access_token"), m_fake.issuedTokens().at(0));
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/stable_token"), 0u);
    ASSERT_TRUE(m_cache->get("wechat:" + m_fake.appId() + ":access_token"));
}

TEST_F(WeChatApiClientTest, TwoClientsSharingTheCacheFetchOnce)
{
    WeChatApiClient other(m_config, m_cache);
    client().userInfo("oUser1");
    other.userInfo("oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
}

TEST_F(WeChatApiClientTest, ExpiredTokenIsRefetched)
{
    m_fake.setTokenLifetime(2s);
    client().userInfo("oUser1");
    m_clock->advance(2100ms);
    m_fake.expireAccessTokens(); // WeChat agrees: a call with the old token would get 42001
    client().userInfo("oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    EXPECT_EQ(lastAccessToken("/cgi-bin/user/info"), m_fake.issuedTokens().at(1));
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 2u) << "no call was made with the expired token";
}

TEST_F(WeChatApiClientTest, TokenIsRefreshedAheadOfExpiry)
{
    // 2 s lifetime: 20 % margin = 400 ms. At 1.5 s the token is used as it is; at 1.7 s it still
    // works but is refreshed first.
    m_fake.setTokenLifetime(2s);
    client().userInfo("oUser1");
    m_clock->advance(1500ms);
    client().userInfo("oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    m_clock->advance(200ms);
    client().userInfo("oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    EXPECT_EQ(lastAccessToken("/cgi-bin/user/info"), m_fake.issuedTokens().at(1));
}

TEST_F(WeChatApiClientTest, InvalidTokenIsRefreshedAndTheCallRetriedOnce)
{
    client().userInfo("oUser1");
    m_fake.failNext(1, 40001, "", "/cgi-bin/qrcode/create");
    QrCode code = client().createQrCode("evt-9", 600s);
    EXPECT_FALSE(code.ticket.empty());
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    std::vector<RecordedRequest> creates = m_fake.requests("/cgi-bin/qrcode/create");
    ASSERT_EQ(creates.size(), 2u);
    EXPECT_EQ(creates[0].query.at("access_token"), m_fake.issuedTokens().at(0));
    EXPECT_EQ(creates[1].query.at("access_token"), m_fake.issuedTokens().at(1));
    EXPECT_EQ(creates[0].body, creates[1].body);
}

TEST_F(WeChatApiClientTest, TokenRevokedElsewhereIsReplaced)
{
    client().userInfo("oUser1");
    m_fake.revokeTokens();
    EXPECT_EQ(client().userInfo("oUser1").openid, "oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 3u);
}

TEST_F(WeChatApiClientTest, ExpiredTokenErrorIsRefreshedAndRetried)
{
    client().userInfo("oUser1");
    m_fake.failNext(1, 42001, "", "/cgi-bin/user/info");
    EXPECT_EQ(client().userInfo("oUser1").openid, "oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 3u);
}

TEST_F(WeChatApiClientTest, TokenErrorIsRetriedOnlyOnce)
{
    m_fake.failNext(5, 40001, "", "/cgi-bin/user/info");
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(error.failure(), ApiFailure::Api);
    EXPECT_EQ(error.errcode(), 40001);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 2u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
}

TEST_F(WeChatApiClientTest, TwentyConcurrentCallersCauseOneTokenFetch)
{
    m_fake.setLatency(150ms);
    WeChatApiClient &shared = client();
    std::atomic<int> ready{0};
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i)
    {
        threads.emplace_back(
            [&]
            {
                ++ready;
                while (ready < 20)
                    std::this_thread::yield();
                if (shared.userInfo("oUser1").subscribed)
                    ++ok;
            });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(ok, 20);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 20u);
}

TEST_F(WeChatApiClientTest, TwentyCallersHittingARevokedTokenRefreshOnce)
{
    client().userInfo("oUser1");
    m_fake.revokeTokens();
    m_fake.setLatency(100ms);
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i)
    {
        threads.emplace_back(
            [&]
            {
                if (client().userInfo("oUser1").subscribed)
                    ++ok;
            });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(ok, 20);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u) << "compare-and-delete + single-flight: one refresh";
}

TEST_F(WeChatApiClientTest, StableTokenEndpointWhenConfigured)
{
    m_config.useStableToken = true;
    client().userInfo("oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 0u);
    ASSERT_EQ(m_fake.requestCount("/cgi-bin/stable_token"), 1u);
    const RecordedRequest fetch = m_fake.requests("/cgi-bin/stable_token").front();
    EXPECT_EQ(fetch.method, "POST");
    EXPECT_TRUE(fetch.query.empty()) << "the secret travels in the body, not the URL";
    EXPECT_EQ(fetch.json(),
              json({{"grant_type", "client_credential"},
                    {"appid", m_fake.appId()},
                    {"secret", m_fake.appSecret()},
                    {"force_refresh", false}}));
    ASSERT_TRUE(m_cache->get("wechat:" + m_fake.appId() + ":stable_access_token"));
}

TEST_F(WeChatApiClientTest, WrongSecretIsAConfigurationErrorWithoutRetry)
{
    m_config.appSecret = "definitely-wrong-secret-value";
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(error.errcode(), 40125);
    EXPECT_EQ(error.api(), "cgi-bin/token");
    EXPECT_EQ(error.code(), ErrorCode::Unavailable);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 0u);
    EXPECT_EQ(std::string(error.what()).find("definitely-wrong-secret-value"), std::string::npos);
}

TEST_F(WeChatApiClientTest, UnknownAppIdIs40013)
{
    m_config.appId = "wx_not_this_one";
    WeChatApiError error = expectApiError([&] { client().accessToken(); });
    EXPECT_EQ(error.errcode(), 40013);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
}

TEST_F(WeChatApiClientTest, NotConfiguredFailsWithoutNetwork)
{
    m_config.appSecret.clear();
    EXPECT_FALSE(client().configured());
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(error.failure(), ApiFailure::NotConfigured);
    EXPECT_EQ(error.code(), ErrorCode::Unavailable);
    EXPECT_TRUE(m_fake.requests().empty());
    EXPECT_FALSE(client().status().configured);
}

// ---- retries, backoff, breaker ------------------------------------------------------------------

TEST_F(WeChatApiClientTest, SystemBusyIsRetriedWithBackoff)
{
    client().accessToken();
    m_fake.failNext(2, -1, "", "/cgi-bin/user/info");
    EXPECT_EQ(client().userInfo("oUser1").openid, "oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 3u);
    EXPECT_EQ(m_clock->sleeps(), (std::vector<std::chrono::milliseconds>{20ms, 40ms}))
        << "backoff 20 ms, then doubled";
    EXPECT_EQ(client().status().calls.at("cgi-bin/user/info").requests, 3);
    EXPECT_EQ(client().status().calls.at("cgi-bin/user/info").calls, 1);
}

TEST_F(WeChatApiClientTest, SystemBusyGivesUpAfterMaxAttempts)
{
    client().accessToken();
    m_fake.failNext(10, -1, "", "/cgi-bin/user/info");
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(error.errcode(), -1);
    EXPECT_EQ(error.code(), ErrorCode::Unavailable);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 3u);
}

TEST_F(WeChatApiClientTest, QuotaErrorsAreNotRetried)
{
    client().accessToken();
    m_fake.failNext(1, 45009, "", "/cgi-bin/message/template/send");
    m_fake.addTemplate("tpl");
    WeChatApiError error = expectApiError(
        [&] {
            client().sendTemplateMessage("oUser1", "tpl", "", json{{"a", "b"}});
        });
    EXPECT_EQ(error.errcode(), 45009);
    EXPECT_EQ(error.code(), ErrorCode::RateLimited);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/message/template/send"), 1u);
    EXPECT_EQ(client().status().consecutiveFailures, 1) << "quota errors count against the breaker";
}

TEST_F(WeChatApiClientTest, ServerErrorsAreRetried)
{
    client().accessToken();
    m_fake.failNextHttp(1, 502, "/cgi-bin/user/info");
    EXPECT_EQ(client().userInfo("oUser1").openid, "oUser1");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 2u);
}

TEST_F(WeChatApiClientTest, ReadTimeoutIsANetworkErrorAfterBoundedAttempts)
{
    m_config.readTimeout = 300ms;
    m_config.maxAttempts = 2;
    client().accessToken();
    m_fake.setLatency(700ms);
    // Each answer comes after 700 ms: only a read timeout (not the latency) can make the call fail.
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(error.failure(), ApiFailure::Network);
    EXPECT_EQ(error.code(), ErrorCode::Unavailable);
    m_fake.setLatency(0ms);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 2u);
}

TEST_F(WeChatApiClientTest, UnreachableServerIsANetworkError)
{
    m_config.maxAttempts = 2;
    m_fake.stop();
    WeChatApiError error = expectApiError([&] { client().accessToken(); });
    EXPECT_EQ(error.failure(), ApiFailure::Network);
    EXPECT_EQ(client().status().calls.at("cgi-bin/token").requests, 2);
}

TEST_F(WeChatApiClientTest, CircuitBreakerOpensFailsFastAndRecovers)
{
    m_config.maxAttempts = 1;
    m_config.breakerThreshold = 3;
    m_config.breakerOpenFor = 500ms;
    client().accessToken();
    m_fake.failNext(3, -1, "", "/cgi-bin/user/info");
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(expectApiError([&] { client().userInfo("oUser1"); }).errcode(), -1);
    EXPECT_EQ(client().status().breakerState, "open");

    WeChatApiError refused = expectApiError([&] { client().userInfo("oUser1"); });
    EXPECT_EQ(refused.failure(), ApiFailure::CircuitOpen);
    EXPECT_EQ(refused.code(), ErrorCode::Unavailable);
    EXPECT_NE(std::string(refused.what()).find("circuit breaker open"), std::string::npos);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 3u) << "an open breaker sends nothing";

    m_clock->advance(499ms);
    EXPECT_EQ(client().status().breakerState, "open");
    m_clock->advance(1ms);
    EXPECT_EQ(client().status().breakerState, "half-open");
    EXPECT_EQ(client().userInfo("oUser1").openid, "oUser1");
    EXPECT_EQ(client().status().breakerState, "closed");
    EXPECT_EQ(client().status().breakerTimesOpened, 1);
}

TEST_F(WeChatApiClientTest, FailedTrialReopensTheBreaker)
{
    m_config.maxAttempts = 1;
    m_config.breakerThreshold = 2;
    m_config.breakerOpenFor = 300ms;
    client().accessToken();
    m_fake.failNext(3, -1, "", "/cgi-bin/user/info");
    expectApiError([&] { client().userInfo("oUser1"); });
    expectApiError([&] { client().userInfo("oUser1"); });
    m_clock->advance(300ms);
    EXPECT_EQ(expectApiError([&] { client().userInfo("oUser1"); }).errcode(), -1);
    EXPECT_EQ(expectApiError([&] { client().userInfo("oUser1"); }).failure(), ApiFailure::CircuitOpen);
    EXPECT_EQ(client().status().breakerTimesOpened, 2);
}

TEST_F(WeChatApiClientTest, BusinessErrorsDoNotTripTheBreaker)
{
    m_config.breakerThreshold = 2;
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(expectApiError([&] { client().userInfo("oUnknown"); }).errcode(), 40003);
    EXPECT_EQ(client().status().breakerState, "closed");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/user/info"), 4u) << "40003 is an answer, not retried";
}

// ---- QR codes -----------------------------------------------------------------------------------

TEST_F(WeChatApiClientTest, TemporaryQrCodeRequestIsExactlyPerProtocol)
{
    QrCode code = client().createQrCode("evt-42", std::chrono::seconds(604800));
    std::vector<RecordedRequest> creates = m_fake.requests("/cgi-bin/qrcode/create");
    ASSERT_EQ(creates.size(), 1u);
    EXPECT_EQ(creates[0].method, "POST");
    EXPECT_EQ(creates[0].json(), json::parse(R"({"expire_seconds":604800,"action_name":"QR_STR_SCENE",
                              "action_info":{"scene":{"scene_str":"evt-42"}}})"));
    ASSERT_EQ(m_fake.qrCodes().size(), 1u);
    EXPECT_EQ(m_fake.qrCodes()[0].sceneStr, "evt-42");
    EXPECT_EQ(code.ticket, m_fake.qrCodes()[0].ticket);
    EXPECT_EQ(code.url, m_fake.qrCodes()[0].url);
    EXPECT_EQ(code.url.rfind("http://weixin.qq.com/q/", 0), 0u);
    ASSERT_TRUE(code.expireSeconds);
    EXPECT_EQ(*code.expireSeconds, 604800);
}

TEST_F(WeChatApiClientTest, PermanentQrCodeHasNoExpiry)
{
    QrCode code = client().createQrCode("article-7", std::nullopt);
    EXPECT_EQ(
        m_fake.requests("/cgi-bin/qrcode/create").at(0).json(),
        json::parse(
            R"({"action_name":"QR_LIMIT_STR_SCENE","action_info":{"scene":{"scene_str":"article-7"}}})"));
    EXPECT_FALSE(code.expireSeconds);
    EXPECT_FALSE(m_fake.qrCodes().at(0).expireSeconds);
}

TEST_F(WeChatApiClientTest, NumericSceneQrCodes)
{
    client().createQrCodeForId(123, 60s);
    client().createQrCodeForId(99999, std::nullopt);
    std::vector<RecordedRequest> creates = m_fake.requests("/cgi-bin/qrcode/create");
    ASSERT_EQ(creates.size(), 2u);
    EXPECT_EQ(
        creates[0].json(),
        json::parse(
            R"({"expire_seconds":60,"action_name":"QR_SCENE","action_info":{"scene":{"scene_id":123}}})"));
    EXPECT_EQ(creates[1].json(),
              json::parse(R"({"action_name":"QR_LIMIT_SCENE","action_info":{"scene":{"scene_id":99999}}})"));
    EXPECT_EQ(m_fake.qrCodes().at(0).sceneId, 123);
    EXPECT_EQ(m_fake.qrCodes().at(1).sceneId, 99999);
}

TEST_F(WeChatApiClientTest, InvalidQrArgumentsAreRejectedBeforeAnyRequest)
{
    auto expectValidation = [](auto &&call)
    {
        try
        {
            call();
            ADD_FAILURE() << "no error";
        }
        catch (const WeChatApiError &)
        {
            ADD_FAILURE() << "a request was made";
        }
        catch (const nextevent::Error &error)
        {
            EXPECT_EQ(error.code(), ErrorCode::Validation);
        }
    };
    expectValidation([&] { client().createQrCode(std::string(65, 'a'), 60s); });
    expectValidation([&] { client().createQrCode("", std::nullopt); });
    expectValidation([&] { client().createQrCode("x", std::chrono::seconds(2592001)); });
    expectValidation([&] { client().createQrCodeForId(100001, std::nullopt); });
    expectValidation([&] { client().createQrCodeForId(0, 60s); });
    EXPECT_TRUE(m_fake.requests().empty());
}

// ---- tags, users, template messages -------------------------------------------------------------

TEST_F(WeChatApiClientTest, CreatesATag)
{
    const std::int64_t id = client().createTag("Expo 2025");
    EXPECT_GE(id, 100);
    EXPECT_EQ(m_fake.requests("/cgi-bin/tags/create").at(0).json(),
              json::parse(R"({"tag":{"name":"Expo 2025"}})"));
    EXPECT_EQ(expectApiError([&] { client().createTag("Expo 2025"); }).errcode(), 45157);
}

TEST_F(WeChatApiClientTest, TaggingOneHundredTwentyUsersTakesThreeCallsOfAtMostFifty)
{
    std::vector<std::string> openids;
    for (int i = 0; i < 120; ++i)
    {
        openids.push_back("oBatch" + std::to_string(i));
        m_fake.addUser({.openid = openids.back()});
    }
    const std::int64_t tagId = client().createTag("attendees");
    client().batchTag(tagId, openids);

    std::vector<RecordedRequest> calls = m_fake.requests("/cgi-bin/tags/members/batchtagging");
    ASSERT_EQ(calls.size(), 3u);
    std::vector<std::string> sent;
    const std::size_t expectedSizes[] = {50, 50, 20};
    for (std::size_t i = 0; i < calls.size(); ++i)
    {
        json body = calls[i].json();
        EXPECT_EQ(body.at("tagid"), tagId);
        EXPECT_EQ(body.at("openid_list").size(), expectedSizes[i]);
        EXPECT_EQ(body.size(), 2u) << body.dump();
        for (const json &openid : body.at("openid_list"))
            sent.push_back(openid.get<std::string>());
    }
    EXPECT_EQ(sent, openids);
    for (const std::string &openid : openids)
        EXPECT_EQ(m_fake.tagsOf(openid), std::vector<std::int64_t>{tagId});

    client().batchUntag(tagId, openids);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/tags/members/batchuntagging"), 3u);
    EXPECT_TRUE(m_fake.tagsOf("oBatch0").empty());
    client().batchTag(tagId, {});
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/tags/members/batchtagging"), 3u) << "nothing to send";
}

TEST_F(WeChatApiClientTest, SpuriousInvalidTagIdIsRetriedOnce)
{
    const std::int64_t tagId = client().createTag("t");
    m_fake.failNext(1, 45159, "", "/cgi-bin/tags/members/batchtagging");
    client().batchTag(tagId, {"oUser1"});
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/tags/members/batchtagging"), 2u);
    EXPECT_EQ(m_fake.tagsOf("oUser1"), std::vector<std::int64_t>{tagId});
    EXPECT_EQ(expectApiError([&] { client().batchTag(999999, {"oUser1"}); }).errcode(), 45159);
}

TEST_F(WeChatApiClientTest, ReadsUserInfo)
{
    const std::int64_t tagId = client().createTag("t");
    client().batchTag(tagId, {"oUser1"});
    UserInfo info = client().userInfo("oUser1");
    EXPECT_TRUE(info.subscribed);
    EXPECT_EQ(info.openid, "oUser1");
    EXPECT_EQ(info.unionId, "uUnion1");
    EXPECT_EQ(info.remark, "vip");
    EXPECT_EQ(info.subscribeScene, "ADD_SCENE_QR_CODE");
    EXPECT_EQ(info.qrSceneStr, "evt-1");
    EXPECT_EQ(info.tagIds, std::vector<std::int64_t>{tagId});
    RecordedRequest request = m_fake.requests("/cgi-bin/user/info").at(0);
    EXPECT_EQ(request.query.at("openid"), "oUser1");
    EXPECT_EQ(request.query.at("lang"), "zh_CN");

    m_fake.addUser({.openid = "oGone", .subscribed = false});
    EXPECT_FALSE(client().userInfo("oGone").subscribed);
}

TEST_F(WeChatApiClientTest, TemplateMessageBody)
{
    m_fake.addTemplate("TPL-checkin");
    const std::int64_t msgid = client().sendTemplateMessage(
        "oUser1",
        "TPL-checkin",
        "https://example.org/m/events/1",
        json{{"first", "Welcome"}, {"keyword1", {{"value", "Expo"}, {"color", "#173177"}}}},
        "checkin-1");
    EXPECT_GT(msgid, std::int64_t{1} << 32) << "msgid is 64-bit";
    EXPECT_EQ(m_fake.requests("/cgi-bin/message/template/send").at(0).json(),
              json::parse(R"({"touser":"oUser1","template_id":"TPL-checkin",
                              "url":"https://example.org/m/events/1","client_msg_id":"checkin-1",
                              "data":{"first":{"value":"Welcome"},
                                      "keyword1":{"value":"Expo","color":"#173177"}}})"));

    client().sendTemplateMessage("oUser1", "TPL-checkin", "", json{{"first", "x"}});
    EXPECT_FALSE(m_fake.requests("/cgi-bin/message/template/send").at(1).json().contains("url"));

    EXPECT_EQ(expectApiError([&] { client().sendTemplateMessage("oUser1", "TPL-nope", "", json::object()); })
                  .errcode(),
              40037);
    m_fake.addUser({.openid = "oLeft", .subscribed = false});
    WeChatApiError notFollowing = expectApiError(
        [&] {
            client().sendTemplateMessage("oLeft", "TPL-checkin", "", json{{"a", "b"}});
        });
    EXPECT_EQ(notFollowing.errcode(), 43004);
    EXPECT_EQ(notFollowing.code(), ErrorCode::Validation);
}

// ---- JS-SDK -------------------------------------------------------------------------------------

TEST_F(WeChatApiClientTest, JsapiTicketIsCachedAndSigned)
{
    const std::string ticket = client().jsapiTicket();
    EXPECT_EQ(client().jsapiTicket(), ticket);
    ASSERT_EQ(m_fake.requestCount("/cgi-bin/ticket/getticket"), 1u);
    const RecordedRequest fetch = m_fake.requests("/cgi-bin/ticket/getticket").at(0);
    EXPECT_EQ(fetch.query.at("type"), "jsapi");
    EXPECT_EQ(fetch.query.at("access_token"), m_fake.issuedTokens().at(0));

    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(m_clock->wallNow().time_since_epoch()).count();
    JsSdkConfig config = client().jssdkConfig("https://example.org/m/events/1?from=qr#section-2");
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/ticket/getticket"), 1u);
    EXPECT_EQ(config.appId, m_fake.appId());
    EXPECT_EQ(config.timestamp, now);
    EXPECT_EQ(config.nonceStr.size(), 16u);
    // Signed without the fragment, values raw, keys in ASCII order.
    EXPECT_EQ(config.signature,
              independentSha1("jsapi_ticket=" + ticket + "&noncestr=" + config.nonceStr +
                              "&timestamp=" + std::to_string(config.timestamp) +
                              "&url=https://example.org/m/events/1?from=qr"));
    EXPECT_NE(client().jssdkConfig("https://example.org/").nonceStr, config.nonceStr);
}

TEST_F(WeChatApiClientTest, JsapiTicketIsRefetchedAfterExpiry)
{
    m_fake.setTicketLifetime(1s);
    const std::string first = client().jsapiTicket();
    m_clock->advance(700ms);
    EXPECT_EQ(client().jsapiTicket(), first) << "300 ms left is outside the 20 % (200 ms) margin";
    m_clock->advance(400ms);
    EXPECT_NE(client().jsapiTicket(), first);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/ticket/getticket"), 2u);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
}

// ---- web OAuth ----------------------------------------------------------------------------------

TEST_F(WeChatApiClientTest, AuthorizeUrlKeepsWeChatsParameterOrder)
{
    EXPECT_EQ(client().authorizeUrl("https://ne.example.org/v2/wechat/oauth/callback?next=/m/e/1",
                                    OAuthScope::UserInfo,
                                    "abc123"),
              "https://open.weixin.qq.com/connect/oauth2/authorize?appid=" + m_fake.appId() +
                  "&redirect_uri=https%3A%2F%2Fne.example.org%2Fv2%2Fwechat%2Foauth%2Fcallback%3Fnext%3D%2Fm%"
                  "2Fe%2F1"
                  "&response_type=code&scope=snsapi_userinfo&state=abc123#wechat_redirect");
    EXPECT_NE(
        client().authorizeUrl("https://x.org/cb", OAuthScope::Base, "").find("&scope=snsapi_base&state=#"),
        std::string::npos);
    EXPECT_THROW(client().authorizeUrl("https://x.org/cb", OAuthScope::Base, "bad state!"), nextevent::Error);
    EXPECT_THROW(client().authorizeUrl("https://x.org/cb", OAuthScope::Base, std::string(129, 'a')),
                 nextevent::Error);
    EXPECT_TRUE(m_fake.requests().empty()) << "building the URL calls nothing";
}

TEST_F(WeChatApiClientTest, ExchangesACodeOnlyOnce)
{
    m_fake.addUser({.openid = "oOauth", .unionId = "uOauth", .nickname = "Wei", .city = "Shenzhen"});
    const std::string code = m_fake.issueOAuthCode("oOauth", "snsapi_userinfo");
    OAuthToken token = client().exchangeCode(code);
    EXPECT_EQ(token.openid, "oOauth");
    EXPECT_EQ(token.scope, "snsapi_userinfo");
    EXPECT_EQ(token.unionId, "uOauth");
    EXPECT_EQ(token.expiresIn, 7200);
    EXPECT_FALSE(token.accessToken.empty());
    EXPECT_FALSE(token.refreshToken.empty());
    const RecordedRequest exchange = m_fake.requests("/sns/oauth2/access_token").at(0);
    EXPECT_EQ(exchange.query.at("appid"), m_fake.appId());
    EXPECT_EQ(exchange.query.at("secret"), m_fake.appSecret());
    EXPECT_EQ(exchange.query.at("code"), code);
    EXPECT_EQ(exchange.query.at("grant_type"), "authorization_code");
    EXPECT_FALSE(exchange.query.contains("access_token"));
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 0u) << "OAuth does not use the global token";

    WeChatApiError reused = expectApiError([&] { client().exchangeCode(code); });
    EXPECT_EQ(reused.errcode(), 40163);
    EXPECT_EQ(reused.code(), ErrorCode::Validation);
    EXPECT_EQ(m_fake.requestCount("/sns/oauth2/access_token"), 2u) << "not retried";
    EXPECT_EQ(expectApiError([&] { client().exchangeCode("made-up"); }).errcode(), 40029);

    OAuthUserInfo profile = client().oauthUserInfo(token.accessToken, token.openid);
    EXPECT_EQ(profile.openid, "oOauth");
    EXPECT_EQ(profile.nickname, "Wei");
    EXPECT_EQ(profile.city, "Shenzhen");
    EXPECT_EQ(profile.unionId, "uOauth");
    EXPECT_EQ(m_fake.requests("/sns/userinfo").at(0).query.at("lang"), "zh_CN");

    OAuthToken renewed = client().refreshOAuthToken(token.refreshToken);
    EXPECT_EQ(renewed.openid, "oOauth");
    EXPECT_NE(renewed.accessToken, token.accessToken);
    EXPECT_EQ(client().oauthUserInfo(renewed.accessToken, "oOauth").nickname, "Wei");
}

TEST_F(WeChatApiClientTest, BaseScopeCannotReadTheProfile)
{
    OAuthToken token = client().exchangeCode(m_fake.issueOAuthCode("oUser1", "snsapi_base"));
    EXPECT_EQ(token.scope, "snsapi_base");
    EXPECT_EQ(expectApiError([&] { client().oauthUserInfo(token.accessToken, "oUser1"); }).errcode(), 48001);
}

// ---- secrets, status ----------------------------------------------------------------------------

TEST_F(WeChatApiClientTest, SecretsAndTokensAreMaskedInErrorsAndStatus)
{
    const std::string token = client().accessToken();
    // Simulate an errmsg that echoes the request (WeChat's hints sometimes quote parameters).
    m_fake.failNext(1,
                    40097,
                    "invalid args hint: [access_token=" + token + "&secret=" + m_fake.appSecret() + "]",
                    "/cgi-bin/user/info");
    WeChatApiError error = expectApiError([&] { client().userInfo("oUser1"); });
    const std::string text = error.what();
    EXPECT_EQ(error.errcode(), 40097);
    EXPECT_EQ(text.find(token), std::string::npos) << text;
    EXPECT_EQ(text.find(m_fake.appSecret()), std::string::npos) << text;
    EXPECT_NE(text.find("access_token=***"), std::string::npos) << text;
    EXPECT_EQ(error.errmsg().find(token), std::string::npos);

    const std::string code = m_fake.issueOAuthCode("oUser1", "snsapi_base");
    m_fake.failNext(1, 40029, "invalid code, code=" + code, "/sns/oauth2/access_token");
    EXPECT_EQ(std::string(expectApiError([&] { client().exchangeCode(code); }).what()).find(code),
              std::string::npos);

    const std::string status = client().status().toJson(nextevent::now()).dump();
    EXPECT_EQ(status.find(token), std::string::npos);
    EXPECT_EQ(status.find(m_fake.appSecret()), std::string::npos);
    EXPECT_EQ(status.find(code), std::string::npos);
}

TEST_F(WeChatApiClientTest, StatusSnapshot)
{
    WeChatApiStatus empty = client().status();
    EXPECT_TRUE(empty.configured);
    EXPECT_FALSE(empty.accessToken.present);
    EXPECT_EQ(empty.breakerState, "closed");

    client().userInfo("oUser1");
    client().userInfo("oUser1");
    expectApiError([&] { client().userInfo("oNobody"); });
    WeChatApiStatus status = client().status();
    EXPECT_TRUE(status.accessToken.present);
    EXPECT_EQ(status.accessToken.fetches, 1);
    EXPECT_EQ(status.calls.at("cgi-bin/user/info").calls, 3);
    EXPECT_EQ(status.calls.at("cgi-bin/user/info").failures, 1);
    EXPECT_EQ(status.calls.at("cgi-bin/token").calls, 1);
    ASSERT_EQ(status.recentErrors.size(), 1u);
    EXPECT_EQ(status.recentErrors[0].api, "cgi-bin/user/info");
    EXPECT_EQ(status.recentErrors[0].errcode, 40003);
    EXPECT_EQ(status.recentErrors[0].errmsg, "invalid openid");
    EXPECT_EQ(status.recentErrors[0].kind, "api");

    json doc = status.toJson(nextevent::now());
    EXPECT_EQ(doc.at("appId"), m_fake.appId());
    EXPECT_EQ(doc.at("tokenEndpoint"), "token");
    EXPECT_EQ(doc.at("accessToken").at("present"), true);
    EXPECT_LE(doc.at("accessToken").at("ageSeconds").get<int>(), 5);
    EXPECT_GE(doc.at("accessToken").at("expiresInSeconds").get<int>(), 7190);
    EXPECT_EQ(doc.at("breaker").at("state"), "closed");
    EXPECT_EQ(doc.at("calls").at("cgi-bin/user/info").at("requests"), 3);
    EXPECT_EQ(doc.at("recentErrors").at(0).at("errcode"), 40003);
    EXPECT_TRUE(doc.at("recentErrors").at(0).at("time").is_string());
}

TEST_F(WeChatApiClientTest, ErrorHistoryIsBounded)
{
    m_config.errorHistory = 3;
    for (int i = 0; i < 5; ++i)
        expectApiError([&] { client().userInfo("oNobody" + std::to_string(i)); });
    EXPECT_EQ(client().status().recentErrors.size(), 3u);
}

TEST(WeChatApiClientConfig, RejectsABaseUrlThatIsNotHttp)
{
    WeChatApiConfig config;
    config.apiBase = "ftp://api.weixin.qq.com";
    EXPECT_THROW(WeChatApiClient(config, std::make_shared<MemoryTokenCache>()), std::invalid_argument);
    config.apiBase = "not a url";
    EXPECT_THROW(WeChatApiClient(config, std::make_shared<MemoryTokenCache>()), std::invalid_argument);
    config.apiBase = "https://api.weixin.qq.com";
    EXPECT_NO_THROW(WeChatApiClient(config, std::make_shared<MemoryTokenCache>()));
}
