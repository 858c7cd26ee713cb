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
                          WebhookWriteResult &result)
{
    auto &wechat = unit.wechat();
    const auto entry = wechat.claimDedup(write.dedupKey, write.dedupExpiresAt, now);
    if (!entry.claimed)
    {
        result.duplicate = true;
        result.reply = entry.reply.value_or("");
        return false;
    }
    wechat.upsertUser(write.user);
    for (const auto &interaction : write.interactions)
        wechat.insertInteraction(interaction);
    if (write.job)
        m_jobs.enqueue(unit, write.job->first, write.job->second);
    if (!write.reply.empty())
        wechat.setDedupReply(write.dedupKey, write.reply);
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
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (store(*unit, batch[i].write, now, results[i]) && batch[i].write.job)
                jobQueued = true;
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
                const bool stored = store(*unit, batch[i].write, nextevent::now(), result);
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
