// SPDX-License-Identifier: MIT
#include "server/infra/InProcessBus.h"

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using nextevent::server::infra::InProcessBus;

namespace
{

/// Collects what handlers saw, and lets a test wait (with a generous limit) until enough arrived.
class Inbox
{
public:
    void add(const std::string &entry)
    {
        {
            std::lock_guard lock(m_mutex);
            m_entries.push_back(entry);
        }
        m_changed.notify_all();
    }

    /// The entries once there are at least `count` of them, or what arrived within 10 s.
    std::vector<std::string> waitFor(std::size_t count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::seconds(10), [&] { return m_entries.size() >= count; });
        return m_entries;
    }

    std::vector<std::string> snapshot()
    {
        std::lock_guard lock(m_mutex);
        return m_entries;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::string> m_entries;
};

} // namespace

TEST(InProcessBus, DeliversToEveryHandlerOfTheChannelInOrder)
{
    InProcessBus bus;
    Inbox inbox;
    bus.subscribe("jobs", [&](const std::string &c, const std::string &p) { inbox.add("1:" + c + ":" + p); });
    bus.subscribe("jobs", [&](const std::string &c, const std::string &p) { inbox.add("2:" + c + ":" + p); });
    bus.subscribe("other",
                  [&](const std::string &c, const std::string &p) { inbox.add("3:" + c + ":" + p); });
    bus.start();
    bus.publish("jobs", "a");
    bus.publish("nobody-listens", "x");
    bus.publish("jobs", "b");
    const auto seen = inbox.waitFor(4);
    EXPECT_EQ(seen, (std::vector<std::string>{"1:jobs:a", "2:jobs:a", "1:jobs:b", "2:jobs:b"}));
    bus.stop();
    EXPECT_EQ(bus.counters().published, 3);
    EXPECT_EQ(bus.counters().received, 2);
    EXPECT_FALSE(bus.shared());
}

TEST(InProcessBus, RunsHandlersOnItsOwnThreadNotThePublisher)
{
    InProcessBus bus;
    std::promise<std::thread::id> handlerThread;
    bus.subscribe("c",
                  [&](const std::string &, const std::string &)
                  { handlerThread.set_value(std::this_thread::get_id()); });
    bus.start();
    bus.publish("c", "p");
    auto future = handlerThread.get_future();
    ASSERT_EQ(future.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    EXPECT_NE(future.get(), std::this_thread::get_id());
}

TEST(InProcessBus, PublishDoesNotWaitForASlowHandler)
{
    InProcessBus bus;
    std::promise<void> release;
    auto released = release.get_future().share();
    std::promise<bool> outcome;
    bus.subscribe("c",
                  [&](const std::string &, const std::string &)
                  {
                      // Released only after publish() has returned to the test; a publish that ran
                      // the handler inline would leave this waiting and report false.
                      outcome.set_value(released.wait_for(std::chrono::seconds(10)) ==
                                        std::future_status::ready);
                  });
    bus.start();
    bus.publish("c", "p");
    release.set_value();
    auto result = outcome.get_future();
    ASSERT_EQ(result.wait_for(std::chrono::seconds(20)), std::future_status::ready);
    EXPECT_TRUE(result.get());
}

TEST(InProcessBus, DropsAndCountsMessagesBeyondTheQueueBound)
{
    InProcessBus bus(2);
    std::promise<void> entered;
    std::promise<void> release;
    auto released = release.get_future().share();
    Inbox inbox;
    bus.subscribe("c",
                  [&](const std::string &, const std::string &p)
                  {
                      if (p == "first")
                      {
                          entered.set_value();
                          released.wait();
                      }
                      inbox.add(p);
                  });
    bus.start();
    bus.publish("c", "first");
    // The delivery thread has taken "first" off the queue and is held in its handler.
    ASSERT_EQ(entered.get_future().wait_for(std::chrono::seconds(10)), std::future_status::ready);
    bus.publish("c", "second");
    bus.publish("c", "third");
    bus.publish("c", "fourth"); // the queue holds two: this one is dropped
    EXPECT_EQ(bus.counters().dropped, 1);
    release.set_value();
    EXPECT_EQ(inbox.waitFor(3), (std::vector<std::string>{"first", "second", "third"}));
    bus.stop();
    EXPECT_EQ(bus.counters().published, 3);
    EXPECT_EQ(inbox.snapshot().size(), 3u);
}

TEST(InProcessBus, AThrowingHandlerIsCountedAndDeliveryGoesOn)
{
    InProcessBus bus;
    Inbox inbox;
    bus.subscribe("c",
                  [&](const std::string &, const std::string &p)
                  {
                      if (p == "bad")
                          throw std::runtime_error("handler failure");
                      inbox.add(p);
                  });
    bus.start();
    bus.publish("c", "bad");
    bus.publish("c", "good");
    EXPECT_EQ(inbox.waitFor(1), (std::vector<std::string>{"good"}));
    bus.stop();
    EXPECT_EQ(bus.counters().errors, 1);
}

TEST(InProcessBus, QueuesUntilStartAndIgnoresEverythingAfterStop)
{
    InProcessBus bus;
    Inbox inbox;
    bus.subscribe("c", [&](const std::string &, const std::string &p) { inbox.add(p); });
    bus.publish("c", "early");
    EXPECT_TRUE(inbox.snapshot().empty());
    bus.start();
    EXPECT_EQ(inbox.waitFor(1), (std::vector<std::string>{"early"}));
    bus.stop();
    bus.stop(); // idempotent
    bus.publish("c", "late");
    bus.start(); // a stopped bus stays stopped
    EXPECT_EQ(bus.counters().published, 1);
    EXPECT_EQ(inbox.snapshot(), (std::vector<std::string>{"early"}));
}
