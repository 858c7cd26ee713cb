// SPDX-License-Identifier: MIT
#include "server/wechat/AccessTokenProvider.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "server/wechat/MemoryTokenCache.h"

using namespace nextevent::server::wechat;
using namespace std::chrono_literals;

namespace
{

struct CountingFetcher
{
    std::atomic<int> calls{0};
    std::chrono::seconds lifetime{7200};
    std::chrono::milliseconds delay{0};
    std::atomic<bool> fail{false};

    FetchedCredential operator()()
    {
        const int n = ++calls;
        if (delay.count() > 0)
            std::this_thread::sleep_for(delay);
        if (fail)
            throw std::runtime_error("upstream down");
        return {"token-" + std::to_string(n), lifetime};
    }
};

} // namespace

TEST(AccessTokenProvider, FetchesOnceThenServesFromCache)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    CountingFetcher fetcher;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "token-1");
    EXPECT_EQ(provider.get(), "token-1");
    EXPECT_EQ(fetcher.calls, 1);
    EXPECT_EQ(provider.fetchCount(), 1);
    ASSERT_TRUE(cache->get("k"));
    EXPECT_EQ(cache->get("k")->value, "token-1");
}

TEST(AccessTokenProvider, UsesATokenAnotherInstanceStoredInTheSharedCache)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    cache->set("k", CachedToken{"shared", nextevent::now(), nextevent::now() + 2h});
    CountingFetcher fetcher;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "shared");
    EXPECT_EQ(fetcher.calls, 0);
}

TEST(AccessTokenProvider, RefreshesWithinTheMarginBeforeExpiry)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    // 7200 s lifetime: the margin is min(300 s, 20 %) = 300 s. 200 s left is inside it.
    cache->set("k", CachedToken{"old", nextevent::now() - 7000s, nextevent::now() + 200s});
    CountingFetcher fetcher;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "token-1");
    // 400 s left is outside it.
    cache->set("k", CachedToken{"fresh", nextevent::now() - 6800s, nextevent::now() + 400s});
    EXPECT_EQ(provider.get(), "fresh");
    EXPECT_EQ(fetcher.calls, 1);
}

TEST(AccessTokenProvider, ShortLifetimesUseTheFraction)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    // 10 s lifetime: margin = 2 s. 3 s left is fine, 1 s left is not.
    cache->set("k", CachedToken{"ok", nextevent::now() - 7s, nextevent::now() + 3s});
    CountingFetcher fetcher;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "ok");
    cache->set("k", CachedToken{"late", nextevent::now() - 9s, nextevent::now() + 1s});
    EXPECT_EQ(provider.get(), "token-1");
}

TEST(AccessTokenProvider, FailedEarlyRefreshFallsBackToTheStillValidToken)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    cache->set("k", CachedToken{"old", nextevent::now() - 7000s, nextevent::now() + 200s});
    CountingFetcher fetcher;
    fetcher.fail = true;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "old");
    EXPECT_EQ(fetcher.calls, 1);
}

TEST(AccessTokenProvider, FailureWithoutAValidTokenReachesEveryWaiter)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    CountingFetcher fetcher;
    fetcher.fail = true;
    fetcher.delay = 200ms;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
    {
        threads.emplace_back(
            [&]
            {
                try
                {
                    provider.get();
                }
                catch (const std::runtime_error &)
                {
                    ++failures;
                }
            });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures, 8);
    EXPECT_LE(fetcher.calls, 2) << "waiters share the in-flight fetch";
    // After the failure the next caller tries again.
    fetcher.fail = false;
    EXPECT_EQ(provider.get().rfind("token-", 0), 0u);
}

TEST(AccessTokenProvider, InvalidateIsCompareAndDelete)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    CountingFetcher fetcher;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    EXPECT_EQ(provider.get(), "token-1");
    provider.invalidate("some-older-token");
    EXPECT_EQ(provider.get(), "token-1");
    provider.invalidate("token-1");
    EXPECT_EQ(provider.get(), "token-2");
    EXPECT_EQ(fetcher.calls, 2);
}

TEST(AccessTokenProvider, ConcurrentCallersShareOneFetch)
{
    auto cache = std::make_shared<MemoryTokenCache>();
    CountingFetcher fetcher;
    fetcher.delay = 150ms;
    AccessTokenProvider provider(
        cache, "k", [&] { return fetcher(); }, 300s, 0.2);
    std::vector<std::thread> threads;
    std::vector<std::string> seen(20);
    for (int i = 0; i < 20; ++i)
        threads.emplace_back([&, i] { seen[static_cast<std::size_t>(i)] = provider.get(); });
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(fetcher.calls, 1);
    for (const std::string &value : seen)
        EXPECT_EQ(value, "token-1");
}
