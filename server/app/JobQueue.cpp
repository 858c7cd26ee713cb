// SPDX-License-Identifier: MIT
#include "server/app/JobQueue.h"

#include <array>
#include <unistd.h>
#include <utility>

#include <Poco/Logger.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Time.h"

namespace nextevent::server::app
{

namespace
{

constexpr std::array<std::pair<JobState, std::string_view>, 4> kJobStates{{
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Done, "done"},
    {JobState::Dead, "dead"},
}};

} // namespace

std::string_view toString(JobState state)
{
    for (const auto &[s, name] : kJobStates)
        if (s == state)
            return name;
    return "queued";
}

std::optional<JobState> jobStateFromString(std::string_view text)
{
    for (const auto &[s, name] : kJobStates)
        if (name == text)
            return s;
    return std::nullopt;
}

nlohmann::json jobJson(const Job &job)
{
    return nlohmann::json{
        {"id", job.id},
        {"kind", job.kind},
        {"payload", job.payload},
        {"state", toString(job.state)},
        {"attempts", job.attempts},
        {"maxAttempts", job.maxAttempts},
        {"nextRunAt", formatIso8601(job.nextRunAt)},
        {"lastError", job.lastError},
        {"lockedBy", job.lockedBy.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.lockedBy)},
        {"lockedUntil",
         job.lockedUntil ? nlohmann::json(formatIso8601(*job.lockedUntil)) : nlohmann::json(nullptr)},
        {"createdAt", formatIso8601(job.createdAt)},
        {"updatedAt", formatIso8601(job.updatedAt)}};
}

JobQueue::JobQueue(Store &store, Options options)
    : m_store(store)
    , m_options(options)
{
}

void JobQueue::registerHandler(const std::string &kind, Handler handler)
{
    m_handlers[kind] = std::move(handler);
}

Job JobQueue::enqueue(UnitOfWork &unit, const std::string &kind, const nlohmann::json &payload)
{
    return enqueueAt(unit, kind, payload, nextevent::now());
}

void JobQueue::enqueueAll(UnitOfWork &unit, const std::vector<std::pair<std::string, nlohmann::json>> &jobs)
{
    const auto now = nextevent::now();
    std::vector<Job> rows;
    rows.reserve(jobs.size());
    for (const auto &[kind, payload] : jobs)
    {
        Job job;
        job.id = newUuid();
        job.kind = kind;
        job.payload = payload;
        job.maxAttempts = m_options.maxAttempts;
        job.createdAt = job.updatedAt = job.nextRunAt = now;
        rows.push_back(std::move(job));
    }
    unit.jobs().insertAll(rows);
}

Job JobQueue::enqueueAt(UnitOfWork &unit,
                        const std::string &kind,
                        const nlohmann::json &payload,
                        TimePoint runAt)
{
    Job job;
    job.id = newUuid();
    job.kind = kind;
    job.payload = payload;
    job.maxAttempts = m_options.maxAttempts;
    job.createdAt = job.updatedAt = nextevent::now();
    job.nextRunAt = runAt;
    unit.jobs().insert(job);
    return job;
}

Job JobQueue::enqueue(const std::string &kind, const nlohmann::json &payload)
{
    auto unit = m_store.write();
    Job job = enqueue(*unit, kind, payload);
    unit->commit();
    notify();
    return job;
}

std::chrono::milliseconds JobQueue::backoff(std::int64_t attempts) const
{
    const std::int64_t shift = std::clamp<std::int64_t>(attempts - 1, 0, 20);
    return m_options.backoffBase * (std::int64_t{1} << shift);
}

bool JobQueue::runOne(const std::string &workerId)
{
    std::optional<Job> job;
    {
        // Claim under the write lock (SQLite) / as a short transaction (MySQL); the conditional UPDATE
        // decides between concurrent workers of every instance.
        auto unit = m_store.write();
        const auto now = nextevent::now();
        for (const auto &id : unit->jobs().claimable(now, 4))
        {
            if (unit->jobs().claim(id, workerId, now + m_options.lease, now))
            {
                job = unit->jobs().find(id);
                break;
            }
        }
        unit->commit();
    }
    if (!job)
        return false;
    std::string error;
    const auto handler = m_handlers.find(job->kind);
    if (handler == m_handlers.end())
        error = "no handler for job kind '" + job->kind + "'";
    else
    {
        try
        {
            handler->second(job->payload);
        }
        catch (const std::exception &e)
        {
            error = e.what();
            if (error.empty())
                error = "failed";
        }
    }
    auto unit = m_store.write();
    const auto now = nextevent::now();
    if (error.empty())
    {
        unit->jobs().complete(job->id, workerId, now);
        ++m_handled;
    }
    else
    {
        ++m_failedAttempts;
        const bool dead = handler == m_handlers.end() || job->attempts >= job->maxAttempts;
        const std::optional<TimePoint> next =
            dead ? std::nullopt : std::optional<TimePoint>(now + backoff(job->attempts));
        unit->jobs().fail(job->id, workerId, error, next, now);
        Poco::Logger::get("jobs").warning("job %s (%s) attempt %d failed%s: %s",
                                          job->id,
                                          job->kind,
                                          static_cast<int>(job->attempts),
                                          std::string(dead ? ", now dead" : ""),
                                          error);
    }
    unit->commit();
    return true;
}

void JobQueue::connect(MessageBus &bus)
{
    m_bus = &bus;
    bus.subscribe(kWakeChannel, [this](const std::string &, const std::string &) { wakeLocal(); });
}

void JobQueue::notify()
{
    wakeLocal();
    // The in-process bus would only wake these same workers a second time.
    if (m_bus && m_bus->shared())
        m_bus->publish(kWakeChannel, {});
}

void JobQueue::wakeLocal()
{
    {
        std::lock_guard lock(m_wakeMutex);
        ++m_wakeups;
    }
    m_wake.notify_all();
}

std::uint64_t JobQueue::wakeCount()
{
    std::lock_guard lock(m_wakeMutex);
    return m_wakeups;
}

void JobQueue::waitForWork(std::uint64_t seen, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_wakeMutex);
    ++m_idle;
    m_wake.wait_for(lock, timeout, [&] { return m_wakeups != seen; });
    --m_idle;
}

int JobQueue::idleWorkers()
{
    std::lock_guard lock(m_wakeMutex);
    return m_idle;
}

Page<Job> JobQueue::list(const JobQuery &query)
{
    return m_store.read()->jobs().list(query);
}

Job JobQueue::get(const std::string &id)
{
    auto job = m_store.read()->jobs().find(id);
    if (!job)
        throw Error(ErrorCode::NotFound, "No such job");
    return *job;
}

Job JobQueue::retry(const std::string &id)
{
    auto unit = m_store.write();
    auto job = unit->jobs().find(id);
    if (!job)
        throw Error(ErrorCode::NotFound, "No such job");
    if (!unit->jobs().requeue(id, nextevent::now()))
        throw Error(ErrorCode::Conflict,
                    "Only dead or queued jobs can be retried; this one is " +
                        std::string(toString(job->state)),
                    {{"state", std::nullopt, std::string(toString(job->state))}});
    auto updated = unit->jobs().find(id);
    unit->commit();
    notify();
    return *updated;
}

nlohmann::json JobQueue::summary()
{
    auto unit = m_store.read();
    nlohmann::json out;
    for (const auto &[state, count] : unit->jobs().countByState())
        out[state] = count;
    const auto oldest = unit->jobs().oldestQueued();
    out["oldestQueuedSeconds"] =
        oldest ? nlohmann::json(std::max<std::int64_t>(
                     0, std::chrono::duration_cast<std::chrono::seconds>(nextevent::now() - *oldest).count()))
               : nlohmann::json(nullptr);
    out["handled"] = m_handled.load();
    out["failedAttempts"] = m_failedAttempts.load();
    return out;
}

JobWorkerPool::JobWorkerPool(JobQueue &queue,
                             int threads,
                             std::chrono::milliseconds pollInterval,
                             std::function<void()> maintenance)
    : m_queue(queue)
    , m_threadCount(threads)
    , m_poll(pollInterval)
    , m_maintenance(std::move(maintenance))
{
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    m_idPrefix = std::string(host) + ":" + std::to_string(::getpid()) + ":" + newUuid().substr(0, 8) + ":";
}

JobWorkerPool::~JobWorkerPool()
{
    stop();
}

void JobWorkerPool::start()
{
    if (!m_threads.empty())
        return;
    m_stop = false;
    for (int i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this, i] { loop(i); });
}

void JobWorkerPool::stop()
{
    m_stop = true;
    m_queue.wakeLocal();
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

void JobWorkerPool::loop(int index)
{
    const std::string workerId = m_idPrefix + std::to_string(index);
    auto lastMaintenance = std::chrono::steady_clock::now();
    while (!m_stop)
    {
        const auto seen = m_queue.wakeCount();
        bool worked = false;
        try
        {
            worked = m_queue.runOne(workerId);
            if (index == 0 && m_maintenance &&
                std::chrono::steady_clock::now() - lastMaintenance > std::chrono::seconds(60))
            {
                lastMaintenance = std::chrono::steady_clock::now();
                m_maintenance();
            }
        }
        catch (const std::exception &e)
        {
            // The database may be briefly unreachable; the job (if claimed) is reclaimed after its lease.
            Poco::Logger::get("jobs").error("worker %s: %s", workerId, std::string(e.what()));
        }
        if (!worked && !m_stop)
            m_queue.waitForWork(seen, m_poll);
    }
}

} // namespace nextevent::server::app
