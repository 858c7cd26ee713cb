// SPDX-License-Identifier: MIT
#include "server/infra/RedisTokenCache.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "nextevent/Ids.h"

#include "RedisTestSupport.h"
#include "TestServer.h"
#include "server/wechat/WeChatApiClient.h"
#include "tests/fakes/FakeWeChatServer.h"

using nextevent::server::infra::RedisTokenCache;
using nextevent::server::wechat::CachedToken;
using nextevent::server::wechat::WeChatApiClient;
using nextevent::server::wechat::WeChatApiConfig;
using nextevent::testing::FakeUser;
using nextevent::testing::FakeWeChatServer;
using namespace nextevent::test;
using namespace std::chrono_literals;

namespace
{

/// Two server instances' API clients, each with its own connection to one Redis, as two processes have.
class SharedTokenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_url = testRedisUrl();
        NEXTEVENT_REQUIRE_REDIS(m_url);
        FakeUser user;
        user.openid = "oUser1";
        m_fake.addUser(user);
        // Keys of this test only, so runs sharing the Redis do not see each other's tokens.
        m_keyPrefix = "test-" + nextevent::newUuid() + ":";
        for (int i = 0; i < 2; ++i)
        {
            WeChatApiConfig config;
            config.appId = m_fake.appId();
            config.appSecret = m_fake.appSecret();
            config.apiBase = m_fake.baseUrl();
            config.cacheKeyPrefix = m_keyPrefix;
            config.connectTimeout = 2000ms;
            config.readTimeout = 3000ms;
            config.backoffInitial = 20ms;
            config.backoffMax = 80ms;
            m_clients.push_back(
                std::make_unique<WeChatApiClient>(config, std::make_shared<RedisTokenCache>(m_url)));
        }
    }

    /// `perClient` threads on each client call user/info at once; returns how many succeeded.
    int callConcurrently(int perClient)
    {
        std::atomic<int> ready{0};
        std::atomic<int> ok{0};
        const int total = perClient * static_cast<int>(m_clients.size());
        std::vector<std::thread> threads;
        for (auto &client : m_clients)
            for (int i = 0; i < perClient; ++i)
                threads.emplace_back(
                    [&, c = client.get()]
                    {
                        ++ready;
                        while (ready < total)
                            std::this_thread::yield();
                        try
                        {
                            if (c->userInfo("oUser1").openid == "oUser1")
                                ++ok;
                        }
                        catch (const std::exception &e)
                        {
                            ADD_FAILURE() << e.what();
                        }
                    });
        for (auto &t : threads)
            t.join();
        return ok.load();
    }

    std::string m_url;
    std::string m_keyPrefix;
    FakeWeChatServer m_fake;
    std::vector<std::unique_ptr<WeChatApiClient>> m_clients;
};

} // namespace

TEST_F(SharedTokenTest, ConcurrentCallersOfTwoInstancesCauseOneTokenFetch)
{
    m_fake.setLatency(150ms);
    EXPECT_EQ(callConcurrently(10), 20);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    // Both instances sent the one token WeChat issued.
    for (const auto &r : m_fake.requests("/cgi-bin/user/info"))
        EXPECT_EQ(r.query.at("access_token"), m_fake.issuedTokens().at(0));
}

TEST_F(SharedTokenTest, ARevokedTokenIsRefreshedOnceForBothInstances)
{
    EXPECT_EQ(callConcurrently(1), 2);
    ASSERT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    m_fake.revokeTokens(); // every call with the old token now gets 40001
    m_fake.setLatency(100ms);
    EXPECT_EQ(callConcurrently(10), 20);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
}

TEST_F(SharedTokenTest, AnExpiredTokenErrorIsRefreshedOnceForBothInstances)
{
    EXPECT_EQ(callConcurrently(1), 2);
    ASSERT_EQ(m_fake.requestCount("/cgi-bin/token"), 1u);
    // The next call, whichever instance makes it, is told its token expired.
    m_fake.failNext(1, 42001, "", "/cgi-bin/user/info");
    EXPECT_EQ(callConcurrently(5), 10);
    EXPECT_EQ(m_fake.requestCount("/cgi-bin/token"), 2u);
    // Afterwards both instances use the new token.
    m_fake.clearRequests();
    EXPECT_EQ(callConcurrently(1), 2);
    for (const auto &r : m_fake.requests("/cgi-bin/user/info"))
        EXPECT_EQ(r.query.at("access_token"), m_fake.issuedTokens().at(1));
}

TEST_F(SharedTokenTest, CacheEntriesExpireAndEraseOnlyTheirOwnValue)
{
    RedisTokenCache cache(m_url);
    const std::string key = m_keyPrefix + "direct";
    CachedToken token;
    token.value = "T1";
    token.fetchedAt = nextevent::now();
    token.expiresAt = token.fetchedAt + 60s;
    cache.set(key, token);
    ASSERT_TRUE(cache.get(key).has_value());
    EXPECT_EQ(cache.get(key)->value, "T1");
    EXPECT_EQ(cache.get(key)->expiresAt, token.expiresAt);
    EXPECT_FALSE(cache.eraseIfValue(key, "T0")); // someone else's old value: kept
    EXPECT_TRUE(cache.get(key).has_value());
    EXPECT_TRUE(cache.eraseIfValue(key, "T1"));
    EXPECT_FALSE(cache.get(key).has_value());
    // An already expired credential is never stored.
    token.expiresAt = token.fetchedAt - 1s;
    cache.set(key, token);
    EXPECT_FALSE(cache.get(key).has_value());
}

TEST_F(SharedTokenTest, TheRefreshLockHasOneHolderAtATime)
{
    RedisTokenCache first(m_url);
    RedisTokenCache second(m_url);
    const std::string key = m_keyPrefix + "lock";
    const auto held = first.tryLockRefresh(key, 10s);
    ASSERT_TRUE(held.has_value());
    EXPECT_FALSE(held->empty());
    EXPECT_FALSE(second.tryLockRefresh(key, 10s).has_value());
    second.unlockRefresh(key, "not-the-holder"); // only the holder can release
    EXPECT_FALSE(second.tryLockRefresh(key, 10s).has_value());
    first.unlockRefresh(key, *held);
    const auto next = second.tryLockRefresh(key, 10s);
    ASSERT_TRUE(next.has_value());
    second.unlockRefresh(key, *next);
}

TEST(RedisTokenCache, GrantsTheLockAndStaysEmptyWhileRedisIsUnreachable)
{
    NEXTEVENT_REQUIRE_REDIS(testRedisUrl());
    RedisTokenCache cache("redis://127.0.0.1:" + std::to_string(freePort()) + "/0", 200ms);
    CachedToken token{"T1", nextevent::now(), nextevent::now() + 60s};
    EXPECT_NO_THROW(cache.set("k", token));
    EXPECT_FALSE(cache.get("k").has_value());
    EXPECT_FALSE(cache.eraseIfValue("k", "T1"));
    const auto lock = cache.tryLockRefresh("k", 1s);
    ASSERT_TRUE(lock.has_value());
    EXPECT_NO_THROW(cache.unlockRefresh("k", *lock));
}
