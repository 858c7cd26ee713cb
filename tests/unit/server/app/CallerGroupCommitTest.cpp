// SPDX-License-Identifier: MIT
// The group commit that borrows its callers' threads: one caller writes for everyone queued behind the batch
// in progress, and nobody returns before their own item is written.
#include "server/app/CallerGroupCommit.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using nextevent::server::app::CallerGroupCommit;

namespace
{
/// Polls until `done` holds or five seconds pass (no fixed sleeps).
template <typename F> bool eventually(F done)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!done())
    {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::yield();
    }
    return true;
}
} // namespace

TEST(CallerGroupCommit, CallersQueuedBehindABatchAreWrittenTogetherAndReturnOnlyWhenWritten)
{
    constexpr int kLater = 20;
    std::mutex mutex;
    std::condition_variable released;
    bool release = false;
    std::atomic<bool> firstBatchStarted{false};
    std::vector<std::size_t> batchSizes;
    std::set<int> written;
    std::set<std::thread::id> writers;
    CallerGroupCommit<int> commit(64,
                                  [&](std::vector<int> &batch)
                                  {
                                      std::unique_lock lock(mutex);
                                      writers.insert(std::this_thread::get_id());
                                      if (!firstBatchStarted.exchange(true))
                                          released.wait(lock, [&] { return release; });
                                      batchSizes.push_back(batch.size());
                                      written.insert(batch.begin(), batch.end());
                                  });

    std::atomic<int> returnedUnwritten{0};
    auto submit = [&](int item)
    {
        commit.submit(item);
        std::lock_guard lock(mutex);
        if (!written.count(item))
            ++returnedUnwritten;
    };
    std::thread first(submit, 0);
    ASSERT_TRUE(eventually([&] { return firstBatchStarted.load(); }));
    std::vector<std::thread> later;
    for (int i = 1; i <= kLater; ++i)
        later.emplace_back(submit, i);
    ASSERT_TRUE(eventually([&] { return commit.waiting() == kLater; }))
        << "the others queue behind the batch";
    {
        std::lock_guard lock(mutex);
        release = true;
    }
    released.notify_all();
    first.join();
    for (auto &t : later)
        t.join();

    EXPECT_EQ(returnedUnwritten.load(), 0);
    EXPECT_EQ(written.size(), static_cast<std::size_t>(kLater + 1));
    EXPECT_EQ(batchSizes, (std::vector<std::size_t>{1, kLater})) << "one batch for everyone who waited";
    EXPECT_LE(writers.size(), 2U) << "callers' own threads write, no thread of its own";
    EXPECT_FALSE(writers.empty());
}

TEST(CallerGroupCommit, BatchesKeepToTheirMaximumAndEveryItemIsWrittenOnce)
{
    std::mutex mutex;
    std::multiset<int> written;
    std::size_t largest = 0;
    CallerGroupCommit<int> commit(3,
                                  [&](std::vector<int> &batch)
                                  {
                                      std::lock_guard lock(mutex);
                                      largest = std::max(largest, batch.size());
                                      written.insert(batch.begin(), batch.end());
                                  });
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back(
            [&, t]
            {
                for (int i = 0; i < 50; ++i)
                    commit.submit(t * 100 + i);
            });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(written.size(), 400U);
    for (int t = 0; t < 8; ++t)
        for (int i = 0; i < 50; ++i)
            EXPECT_EQ(written.count(t * 100 + i), 1U);
    EXPECT_LE(largest, 3U);
    EXPECT_EQ(commit.waiting(), 0U);
}
