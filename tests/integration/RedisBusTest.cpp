// SPDX-License-Identifier: MIT
#include "server/infra/RedisBus.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "nextevent/Ids.h"

#include "RedisTestSupport.h"
#include "TestServer.h"

using nextevent::server::infra::RedisBus;
using namespace nextevent::test;

namespace
{

/// What one bus received, waitable.
class Received
{
public:
    void add(const std::string &message)
    {
        {
            std::lock_guard lock(m_mutex);
            m_messages.insert(message);
        }
        m_changed.notify_all();
    }

    /// True once `message` has arrived; gives up after `limit`.
    bool waitFor(const std::string &message, std::chrono::milliseconds limit = std::chrono::seconds(10))
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, limit, [&] { return m_messages.count(message) > 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::set<std::string> m_messages;
};

/// Waits (up to 10 s) until the bus holds its subscription.
bool waitSubscribed(const RedisBus &bus)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!bus.subscribed() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return bus.subscribed();
}

} // namespace

TEST(RedisBus, TwoInstancesHearEachOtherAndThemselves)
{
    const auto url = testRedisUrl();
    NEXTEVENT_REQUIRE_REDIS(url);
    // A channel of this run only, so parallel runs on the same Redis do not interfere.
    const std::string channel = "test-" + nextevent::newUuid();
    RedisBus a(url);
    RedisBus b(url);
    Received atA;
    Received atB;
    a.subscribe(channel, [&](const std::string &, const std::string &p) { atA.add(p); });
    b.subscribe(channel, [&](const std::string &, const std::string &p) { atB.add(p); });
    a.start();
    b.start();
    ASSERT_TRUE(waitSubscribed(a));
    ASSERT_TRUE(waitSubscribed(b));
    a.publish(channel, "from-a");
    b.publish(channel, "from-b");
    EXPECT_TRUE(atA.waitFor("from-a"));
    EXPECT_TRUE(atA.waitFor("from-b"));
    EXPECT_TRUE(atB.waitFor("from-a"));
    EXPECT_TRUE(atB.waitFor("from-b"));
    EXPECT_TRUE(a.shared());
    a.stop();
    b.stop();
    EXPECT_EQ(a.counters().published, 1);
    EXPECT_EQ(a.counters().received, 2);
    EXPECT_EQ(a.counters().errors, 0);
}

TEST(RedisBus, SurvivesRedisGoingAwayAndResumesWhenItComesBack)
{
    NEXTEVENT_REQUIRE_REDIS(testRedisUrl()); // the same environment provides redis-server
    const int port = freePort();
    PrivateRedis redis(port);
    ASSERT_TRUE(redis.start()) << "redis-server could not start on port " << port;
    RedisBus bus(redis.url(), RedisBus::Options{std::chrono::milliseconds(200), "nextevent:"});
    Received received;
    bus.subscribe("c", [&](const std::string &, const std::string &p) { received.add(p); });
    bus.start();
    ASSERT_TRUE(waitSubscribed(bus));
    bus.publish("c", "before");
    EXPECT_TRUE(received.waitFor("before"));

    redis.stop();
    // A publish while Redis is down returns promptly (connect refused or the short timeout) without
    // throwing, and is counted as an error.
    const auto errorsBefore = bus.counters().errors;
    for (int i = 0; i < 5; ++i)
    {
        const auto started = std::chrono::steady_clock::now();
        EXPECT_NO_THROW(bus.publish("c", "lost"));
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    }
    EXPECT_GE(bus.counters().errors, errorsBefore + 5);

    ASSERT_TRUE(redis.start());
    ASSERT_TRUE(waitSubscribed(bus));
    // The publisher reconnects after its backoff; keep publishing until one gets through.
    bool delivered = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (!delivered && std::chrono::steady_clock::now() < deadline)
    {
        bus.publish("c", "after");
        delivered = received.waitFor("after", std::chrono::milliseconds(200));
    }
    EXPECT_TRUE(delivered);
    const auto stopStarted = std::chrono::steady_clock::now();
    bus.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - stopStarted, std::chrono::seconds(1));
}

TEST(RedisBus, StopsPromptlyWhileRedisIsUnreachable)
{
    NEXTEVENT_REQUIRE_REDIS(testRedisUrl());
    // Nothing listens on this port: the subscriber keeps failing and backing off.
    RedisBus bus("redis://127.0.0.1:" + std::to_string(freePort()) + "/0");
    bus.subscribe("c", [](const std::string &, const std::string &) {});
    bus.start();
    EXPECT_NO_THROW(bus.publish("c", "x"));
    // One failed publish plus at least one failed subscriber connection.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (bus.counters().errors < 2 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_FALSE(bus.subscribed());
    const auto started = std::chrono::steady_clock::now();
    bus.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    EXPECT_GE(bus.counters().errors, 2);
}
