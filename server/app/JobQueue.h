// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/app/MessageBus.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// The durable job queue: jobs live in the `jobs` table, written in the same transaction as the change
/// that causes them, so a job acknowledged as queued survives any crash. Workers claim a job with a
/// conditional UPDATE (one winner among threads and instances), run its handler, and either mark it done
/// or schedule a retry with exponential backoff (backoffBase·2^(attempt-1)); after maxAttempts it is dead
/// and stays visible until retried. A claimed job whose worker died is reclaimed once its lease expires.
/// Handlers must be idempotent: a job can run again after a crash between its effect and its `done`.
class JobQueue
{
public:
    struct Options
    {
        int maxAttempts = 8;
        std::chrono::milliseconds backoffBase{5000};
        std::chrono::seconds lease{120};
    };

    /// Runs one job; throws (anything) to fail the attempt, the message becoming lastError.
    using Handler = std::function<void(const nlohmann::json &payload)>;

    JobQueue(Store &store, Options options);

    /// The bus channel on which instances tell each other that a job was committed.
    static constexpr const char *kWakeChannel = "jobs";

    /// Shares wake-ups through `bus`: notify() also publishes on kWakeChannel (when the bus crosses
    /// instances), and a message there wakes this process's workers, so a job queued by one instance is
    /// picked up by an idle worker of another at once instead of at its next poll. Call before bus.start().
    void connect(MessageBus &bus);

    /// Registers the handler of a kind. Call before workers start.
    void registerHandler(const std::string &kind, Handler handler);

    /// Adds a job inside the caller's unit of work (it exists only if that unit commits). Call notify()
    /// after the commit to wake local workers at once.
    Job enqueue(UnitOfWork &unit, const std::string &kind, const nlohmann::json &payload);

    /// enqueue for many jobs (kind, payload) at once, in few statements (a group commit's batch).
    void enqueueAll(UnitOfWork &unit, const std::vector<std::pair<std::string, nlohmann::json>> &jobs);

    /// Adds a job inside the caller's unit of work that becomes due at `runAt` (a timer that survives
    /// restarts: offer expiry, webhook retries).
    Job enqueueAt(UnitOfWork &unit, const std::string &kind, const nlohmann::json &payload, TimePoint runAt);

    /// Adds a job in its own transaction and wakes local workers.
    Job enqueue(const std::string &kind, const nlohmann::json &payload);

    /// Claims and runs at most one due job as `workerId`; true when one was run (successfully or not).
    bool runOne(const std::string &workerId);

    /// A job was just committed: wakes local workers and, through the bus, those of other instances.
    void notify();

    /// Wakes this process's waiting workers only.
    void wakeLocal();

    /// How many wake-ups happened; take it before looking for work and pass it to waitForWork.
    std::uint64_t wakeCount();

    /// Waits until a wake-up happened since `seen` was taken, or the timeout.
    void waitForWork(std::uint64_t seen, std::chrono::milliseconds timeout);

    /// Workers of this process idle in waitForWork right now.
    int idleWorkers();

    Page<Job> list(const JobQuery &query);

    /// NOT_FOUND for an unknown id.
    Job get(const std::string &id);

    /// Queues a dead job again (attempts reset) or makes a queued one due now. NOT_FOUND for an unknown
    /// id, CONFLICT for a running or done job.
    Job retry(const std::string &id);

    /// {"queued","running","done","dead","oldestQueuedSeconds","handled","failedAttempts"}.
    nlohmann::json summary();

    /// The backoff before the next attempt after `attempts` failed ones.
    std::chrono::milliseconds backoff(std::int64_t attempts) const;

private:
    Store &m_store;
    Options m_options;
    std::map<std::string, Handler> m_handlers;
    MessageBus *m_bus = nullptr;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    std::uint64_t m_wakeups = 0;
    int m_idle = 0;
    std::atomic<std::int64_t> m_handled{0};
    std::atomic<std::int64_t> m_failedAttempts{0};
};

/// A small pool of threads running JobQueue::runOne until stopped, plus a periodic maintenance task.
class JobWorkerPool
{
public:
    JobWorkerPool(JobQueue &queue,
                  int threads,
                  std::chrono::milliseconds pollInterval,
                  std::function<void()> maintenance = {});
    ~JobWorkerPool();
    JobWorkerPool(const JobWorkerPool &) = delete;
    JobWorkerPool &operator=(const JobWorkerPool &) = delete;

    void start();
    /// Stops after the running jobs finish. Idempotent.
    void stop();

    bool running() const
    {
        return !m_threads.empty();
    }

private:
    void loop(int index);

    JobQueue &m_queue;
    int m_threadCount;
    std::chrono::milliseconds m_poll;
    std::function<void()> m_maintenance;
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
    std::string m_idPrefix;
};

/// A job as the API shows it.
nlohmann::json jobJson(const Job &job);

} // namespace nextevent::server::app
