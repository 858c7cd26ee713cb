// SPDX-License-Identifier: MIT
#include "server/app/WebhookWriter.h"

#include "nextevent/Error.h"

namespace nextevent::server::app
{

WebhookWriter::WebhookWriter(Store &store, JobQueue &jobs, std::size_t maxBatch)
    : m_store(store)
    , m_jobs(jobs)
    , m_queue(maxBatch, [this](std::vector<Pending> &batch) { writeBatch(batch); })
{
}

WebhookWriter::~WebhookWriter() = default;

void WebhookWriter::submit(WebhookWrite write, Settled settled)
{
    m_queue.push(Pending{std::move(write), std::move(settled)});
}

bool WebhookWriter::store(UnitOfWork &unit, Pending *first, std::size_t count, WebhookWriteResult *results)
{
    auto &wechat = unit.wechat();
    std::vector<DedupClaim> claims;
    claims.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
    {
        const auto &write = first[i].write;
        claims.push_back({write.dedupKey,
                          write.dedupExpiresAt,
                          write.reply.empty() ? std::nullopt : std::optional<std::string>(write.reply)});
    }
    const auto entries = wechat.claimDedups(claims, nextevent::now());

    std::vector<WeChatUser> users;
    std::vector<Interaction> interactions;
    std::vector<std::pair<std::string, nlohmann::json>> jobs;
    for (std::size_t i = 0; i < count; ++i)
    {
        const auto &write = first[i].write;
        if (!entries[i].claimed)
        {
            results[i].duplicate = true;
            results[i].reply = entries[i].reply.value_or("");
            continue;
        }
        results[i].reply = write.reply;
        users.push_back(write.user);
        interactions.insert(interactions.end(), write.interactions.begin(), write.interactions.end());
        if (write.job)
            jobs.push_back(*write.job);
    }
    wechat.upsertUsers(users);
    wechat.insertInteractions(interactions);
    m_jobs.enqueueAll(unit, jobs);
    return !jobs.empty();
}

void WebhookWriter::writeBatch(std::vector<Pending> &batch)
{
    std::vector<WebhookWriteResult> results(batch.size());
    bool jobQueued = false;
    try
    {
        auto unit = m_store.write();
        jobQueued = store(*unit, batch.data(), batch.size(), results.data());
        unit->commit();
    }
    catch (...)
    {
        // One bad message must not fail the others: store each in its own transaction.
        for (auto &pending : batch)
        {
            try
            {
                auto unit = m_store.write();
                WebhookWriteResult result;
                const bool queued = store(*unit, &pending, 1, &result);
                unit->commit();
                if (queued)
                    m_jobs.notify();
                pending.done(&result, nullptr);
            }
            catch (...)
            {
                pending.done(nullptr, std::current_exception());
            }
        }
        return;
    }
    if (jobQueued)
        m_jobs.notify();
    for (std::size_t i = 0; i < batch.size(); ++i)
        batch[i].done(&results[i], nullptr);
    ++m_batches;
    if (batch.size() > m_largestBatch)
        m_largestBatch = batch.size();
}

} // namespace nextevent::server::app
