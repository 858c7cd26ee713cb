// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/app/GroupCommitQueue.h"
#include "server/app/JobQueue.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Everything one accepted webhook message writes: its de-duplication entry (with the reply, so a retry
/// is answered the same), the follower, its Interactions and the job it causes.
struct WebhookWrite
{
    std::string dedupKey;
    TimePoint dedupExpiresAt{};
    std::string reply; ///< the reply XML, "" for "success"
    WeChatUser user;
    std::vector<Interaction> interactions;
    std::optional<std::pair<std::string, nlohmann::json>> job; ///< kind, payload
};

/// What became of a write: stored, or a duplicate another delivery (of this or another instance)
/// already stored, with that delivery's reply.
struct WebhookWriteResult
{
    bool duplicate = false;
    std::string reply;
};

/// Group commit for webhook messages, as ResponseWriter does for survey responses: request threads queue
/// their message and wait; one writer thread stores everything queued in one transaction, then answers
/// every waiter. A message is acknowledged only after its transaction committed, so nothing WeChat was
/// answered for is lost, while a burst costs one commit per batch instead of one per message. The
/// database's de-duplication entry stays the arbiter between instances.
class WebhookWriter
{
public:
    WebhookWriter(Store &store, JobQueue &jobs, std::size_t maxBatch = 512);
    ~WebhookWriter();
    WebhookWriter(const WebhookWriter &) = delete;
    WebhookWriter &operator=(const WebhookWriter &) = delete;

    /// Called once the message is committed (with its result) or failed (null and the error: whatever the
    /// database threw, nothing of the message stored); on the writer's thread, so it must be quick and must
    /// not throw.
    using Settled = std::function<void(WebhookWriteResult *result, std::exception_ptr error)>;

    /// Queues the message and returns at once; `settled` says how it ended. Throws Error(UNAVAILABLE) when
    /// shutting down.
    void submit(WebhookWrite write, Settled settled);

    std::uint64_t batches() const
    {
        return m_batches.load();
    }

    std::uint64_t largestBatch() const
    {
        return m_largestBatch.load();
    }

private:
    struct Pending
    {
        WebhookWrite write;
        Settled done;
    };

    void writeBatch(std::vector<Pending> &batch);
    /// Stores `count` messages from `first` in `unit` (their results filled in: stored or a duplicate of
    /// a key already claimed) in a few statements for all of them; true when one of them queued a job.
    bool store(UnitOfWork &unit, Pending *first, std::size_t count, WebhookWriteResult *results);

    Store &m_store;
    JobQueue &m_jobs;
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_largestBatch{0};
    GroupCommitQueue<Pending> m_queue; ///< last: its thread writes through the members above
};

} // namespace nextevent::server::app
