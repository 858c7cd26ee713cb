// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <future>

#include "nextevent/Survey.h"

#include "server/app/ChangeFeed.h"
#include "server/app/GroupCommitQueue.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Group commit for survey responses: requests queue their response and wait; one writer thread stores
/// everything queued in a single transaction (responses plus tally counters), then answers every waiter.
/// A response is acknowledged only after its transaction committed, so an answered vote is never lost,
/// while a live audience costs one commit per batch instead of one per vote.
class ResponseWriter
{
public:
    /// Reports each committed batch's surveys to `feed` (live results), when given.
    explicit ResponseWriter(Store &store, ChangeFeed *feed = nullptr, std::size_t maxBatch = 512);
    ~ResponseWriter();
    ResponseWriter(const ResponseWriter &) = delete;
    ResponseWriter &operator=(const ResponseWriter &) = delete;

    /// Stores the response and its tally contributions; blocks until committed. Throws Error(CONFLICT) when
    /// the respondent already answered this survey, UNAVAILABLE/INTERNAL when the database fails.
    void submit(const Survey &survey, const SurveyResponse &response);

    /// Called once the response is committed (null) or refused (the error); on the writer's thread, so it
    /// must be quick and must not throw.
    using Settled = std::function<void(std::exception_ptr)>;

    /// Queues the response and returns at once; `settled` says how it ended. The same errors as submit().
    void submit(const Survey &survey, const SurveyResponse &response, Settled settled);

    /// Called with the responses a transaction stores, before its commit (webhooks queue their deliveries
    /// there, so a response and its notification are committed together; a batch at a time, so
    /// subscribers are read once per batch). Set before serving.
    void setListener(std::function<void(UnitOfWork &, const std::vector<SurveyResponse> &)> listener);

    /// Batches committed so far and the largest one, for metrics.
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
        SurveyResponse response;
        SurveyTally::Counters counters;
        Settled done;
    };

    void writeBatch(std::vector<Pending> &batch);
    void writeOneByOne(std::vector<Pending> &batch, std::vector<bool> &settled);

    Store &m_store;
    ChangeFeed *m_feed;
    std::function<void(UnitOfWork &, const std::vector<SurveyResponse> &)> m_listener;
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_largestBatch{0};
    GroupCommitQueue<Pending> m_queue; ///< last: its thread writes through the members above
};

} // namespace nextevent::server::app
