// SPDX-License-Identifier: MIT
// Two server instances on one database and one Redis: a job queued by one is run by the other's idle
// workers at once, through the bus, not at their next poll.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "ApiTest.h"
#include "RedisTestSupport.h"
#include "server/infra/RedisBus.h"

using namespace nextevent::test;
using namespace std::chrono_literals;

namespace
{

class JobWakeupTest : public ::testing::TestWithParam<std::string>
{
};

/// Records the payloads a job handler ran with.
struct Ran
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::string> payloads;

    bool waitFor(std::size_t count, std::chrono::milliseconds limit)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, limit, [&] { return payloads.size() >= count; });
    }
};

} // namespace

TEST_P(JobWakeupTest, AJobQueuedOnOneInstanceIsRunAtOnceByAnother)
{
    const auto redis = testRedisUrl();
    NEXTEVENT_REQUIRE_REDIS(redis);
    TestDatabase db(GetParam());
    NEXTEVENT_REQUIRE_DATABASE(db);
    // Idle workers look for due jobs only once a minute, longer than this test waits: only a wake-up
    // through the bus can make B run A's job in time.
    const std::map<std::string, std::string> common{{"NEXTEVENT_REDIS_URL", redis},
                                                    {"NEXTEVENT_JOB_POLL_MS", "60000"}};
    auto withWorkers = [&](const std::string &n)
    {
        auto o = common;
        o["NEXTEVENT_JOB_WORKERS"] = n;
        return o;
    };
    TestServer a(db, withWorkers("0"));
    TestServer b(db, withWorkers("1"));
    ASSERT_TRUE(a.context().bus->shared());

    Ran ran;
    b.context().jobs->registerHandler("test.wakeup",
                                      [&](const nlohmann::json &payload)
                                      {
                                          {
                                              std::lock_guard lock(ran.mutex);
                                              ran.payloads.push_back(payload.value("n", ""));
                                          }
                                          ran.changed.notify_all();
                                      });
    // Both buses must hold their subscriptions before the first wake-up is published.
    for (auto *server : {&a, &b})
    {
        auto *bus = dynamic_cast<nextevent::server::infra::RedisBus *>(server->context().bus.get());
        ASSERT_NE(bus, nullptr);
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (!bus->subscribed() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(10ms);
        ASSERT_TRUE(bus->subscribed());
    }
    b.context().startWorkers();
    // Let B's worker run a job of its own first, then wait until it is idle: from then on it looks for
    // work again only after a minute, or when woken.
    b.context().jobs->enqueue("test.wakeup", {{"n", "warm-up"}});
    ASSERT_TRUE(ran.waitFor(1, 10s));
    const auto idleBy = std::chrono::steady_clock::now() + 10s;
    while (b.context().jobs->idleWorkers() < 1 && std::chrono::steady_clock::now() < idleBy)
        std::this_thread::sleep_for(5ms);
    ASSERT_EQ(b.context().jobs->idleWorkers(), 1);

    a.context().jobs->enqueue("test.wakeup", {{"n", "from-a"}});
    ASSERT_TRUE(ran.waitFor(2, 10s)) << "B did not run A's job: no wake-up reached it";
    EXPECT_EQ(ran.payloads.at(1), "from-a");
    // The worker marks the job done right after its handler returns.
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (a.context().jobs->summary().value("done", 0) < 2 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(10ms);
    EXPECT_EQ(a.context().jobs->summary().value("done", 0), 2) << a.context().jobs->summary().dump();
}

NEXTEVENT_BACKENDS(JobWakeupTest);
