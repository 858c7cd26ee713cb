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

bool WebhookWriter::store(UnitOfWork &unit,
                          const WebhookWrite &write,
                          TimePoint now,
                          WebhookWriteResult &result,
                          std::vector<Interaction> &interactions)
{
    auto &wechat = unit.wechat();
    const auto entry =
        wechat.claimDedup(write.dedupKey,
                          write.dedupExpiresAt,
                          now,
                          write.reply.empty() ? std::nullopt : std::optional<std::string>(write.reply));
    if (!entry.claimed)
    {
        result.duplicate = true;
        result.reply = entry.reply.value_or("");
        return false;
    }
    wechat.upsertUser(write.user);
    interactions.insert(interactions.end(), write.interactions.begin(), write.interactions.end());
    if (write.job)
        m_jobs.enqueue(unit, write.job->first, write.job->second);
    result.reply = write.reply;
    return true;
}

void WebhookWriter::writeBatch(std::vector<Pending> &batch)
{
    std::vector<WebhookWriteResult> results(batch.size());
    bool jobQueued = false;
    try
    {
        auto unit = m_store.write();
        const auto now = nextevent::now();
        std::vector<Interaction> interactions;
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (store(*unit, batch[i].write, now, results[i], interactions) && batch[i].write.job)
                jobQueued = true;
        unit->wechat().insertInteractions(interactions);
        unit->commit();
    }
    catch (...)
    {
        // One bad message must not fail the others: store each in its own transaction.
        for (std::size_t i = 0; i < batch.size(); ++i)
        {
            try
            {
                auto unit = m_store.write();
                WebhookWriteResult result;
                std::vector<Interaction> interactions;
                const bool stored = store(*unit, batch[i].write, nextevent::now(), result, interactions);
                unit->wechat().insertInteractions(interactions);
                unit->commit();
                if (stored && batch[i].write.job)
                    m_jobs.notify();
                batch[i].done(&result, nullptr);
            }
            catch (...)
            {
                batch[i].done(nullptr, std::current_exception());
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
