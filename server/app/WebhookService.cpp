// SPDX-License-Identifier: MIT
#include "server/app/WebhookService.h"

#include <algorithm>
#include <set>

#include <sodium.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent::server::app
{
namespace
{
constexpr std::size_t kUrlMax = 2048;
constexpr std::size_t kSecretMin = 16;
constexpr std::size_t kSecretMax = 200;
constexpr std::size_t kErrorMax = 500;

std::int64_t unixSeconds(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::string hex(const unsigned char *data, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

nlohmann::json webhookJson(const Webhook &w)
{
    return {{"id", w.id},
            {"url", w.url},
            {"events", w.events},
            {"active", w.active},
            {"createdBy", w.createdBy},
            {"createdAt", formatIso8601(w.createdAt)},
            {"updatedAt", formatIso8601(w.updatedAt)}};
}

Webhook requireWebhook(UnitOfWork &unit, const std::string &id)
{
    auto webhook = unit.webhooks().find(id);
    if (!webhook)
        throw Error(ErrorCode::NotFound, "No such webhook");
    return *webhook;
}
} // namespace

const std::vector<std::string> &WebhookService::eventTypes()
{
    static const std::vector<std::string> types{"attendee.registered",
                                                "attendee.cancelled",
                                                "attendee.checked_in",
                                                "waitlist.offered",
                                                "survey.response",
                                                "draw.completed"};
    return types;
}

WebhookService::WebhookService(Store &store, JobQueue &jobs, WebhookSender &sender, Options options)
    : m_store(store)
    , m_jobs(jobs)
    , m_sender(sender)
    , m_options(options)
    , m_clock([] { return nextevent::now(); })
{
}

void WebhookService::setClock(std::function<TimePoint()> clock)
{
    std::lock_guard lock(m_clockMutex);
    m_clock = std::move(clock);
}

TimePoint WebhookService::now() const
{
    std::function<TimePoint()> clock;
    {
        std::lock_guard lock(m_clockMutex);
        clock = m_clock;
    }
    return clock();
}

std::chrono::milliseconds WebhookService::retryDelay(std::int64_t attempts) const
{
    const std::int64_t shift = std::clamp<std::int64_t>(attempts - 1, 0, 30);
    const auto day = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::hours(24));
    // Doubling overflows nothing: stop as soon as a day is reached.
    std::chrono::milliseconds delay = m_options.retryBase;
    for (std::int64_t i = 0; i < shift && delay < day; ++i)
        delay *= 2;
    return std::min(delay, day);
}

std::string
WebhookService::signature(const std::string &secret, std::int64_t unixSeconds, const std::string &body)
{
    // HMAC-SHA256 with a key of any length (the multi-part API hashes long keys as RFC 2104 says), so any
    // standard HMAC implementation verifies it.
    const std::string message = std::to_string(unixSeconds) + "." + body;
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char *>(message.data()), message.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    return "t=" + std::to_string(unixSeconds) + ",v1=" + hex(mac, sizeof mac);
}

nlohmann::json WebhookService::create(const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto url = reader.string("url", true);
    const auto events = reader.stringArray("events", true);
    auto secret = reader.string("secret");
    throwIfInvalid(errors);
    if (url->empty())
        errors.push_back({"url", FieldCode::Required, "is required"});
    else if (url->size() > kUrlMax)
        errors.push_back({"url", FieldCode::TooLong, "must be at most 2048 characters"});
    else if (url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0)
        errors.push_back({"url", FieldCode::InvalidFormat, "must be an http:// or https:// URL"});
    else if (const std::string why = m_sender.refuse(*url); !why.empty())
        errors.push_back({"url", FieldCode::NotAllowed, why});
    if (events->empty())
        errors.push_back({"events", FieldCode::Required, "subscribe to at least one event type"});
    std::set<std::string> seen;
    for (std::size_t i = 0; i < events->size(); ++i)
    {
        const std::string &type = (*events)[i];
        const std::string field = "events[" + std::to_string(i) + "]";
        if (std::find(eventTypes().begin(), eventTypes().end(), type) == eventTypes().end())
            errors.push_back({field,
                              FieldCode::InvalidChoice,
                              "must be one of attendee.registered, attendee.cancelled, attendee.checked_in, "
                              "waitlist.offered, survey.response, draw.completed"});
        else if (!seen.insert(type).second)
            errors.push_back({field, FieldCode::NotUnique, "is listed twice"});
    }
    if (secret && secret->size() < kSecretMin)
        errors.push_back({"secret", FieldCode::TooShort, "must be at least 16 characters"});
    else if (secret && secret->size() > kSecretMax)
        errors.push_back({"secret", FieldCode::TooLong, "must be at most 200 characters"});
    throwIfInvalid(errors);
    if (!secret)
    {
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        secret = hex(random, sizeof random);
    }
    Webhook webhook;
    webhook.id = newUuid();
    webhook.url = *url;
    webhook.events = *events;
    webhook.secret = *secret;
    webhook.createdBy = actor.username;
    webhook.createdAt = webhook.updatedAt = nextevent::now();
    auto unit = m_store.write();
    unit->webhooks().insert(webhook);
    unit->audit().append({actor.username,
                          "create",
                          "webhook",
                          webhook.id,
                          {{"url", webhook.url}, {"events", webhook.events}}});
    unit->commit();
    nlohmann::json out = webhookJson(webhook);
    out["secret"] = webhook.secret; // shown once: the receiver needs it to verify signatures
    return out;
}

Page<nlohmann::json> WebhookService::list(const PageRequest &request)
{
    auto page = m_store.read()->webhooks().list(request);
    Page<nlohmann::json> out{{}, page.total, page.page, page.pageSize};
    for (const auto &w : page.items)
        out.items.push_back(webhookJson(w));
    return out;
}

void WebhookService::remove(const std::string &id, const Principal &actor)
{
    auto unit = m_store.write();
    if (!unit->webhooks().softDelete(id, nextevent::now()))
        throw Error(ErrorCode::NotFound, "No such webhook");
    unit->audit().append({actor.username, "delete", "webhook", id, {}});
    unit->commit();
}

nlohmann::json WebhookService::deliveryJson(const WebhookDelivery &d) const
{
    nlohmann::json out{{"id", d.id},
                       {"webhookId", d.webhookId},
                       {"eventId", d.eventId},
                       {"type", d.eventType},
                       {"state", d.state},
                       {"attempts", d.attempts},
                       {"lastStatus", d.lastStatus ? nlohmann::json(*d.lastStatus) : nlohmann::json(nullptr)},
                       {"lastError", d.lastError},
                       {"createdAt", formatIso8601(d.createdAt)},
                       {"updatedAt", formatIso8601(d.updatedAt)}};
    out["nextAttemptAt"] = d.nextAttemptAt ? nlohmann::json(formatIso8601(*d.nextAttemptAt)) : nullptr;
    out["deliveredAt"] = d.deliveredAt ? nlohmann::json(formatIso8601(*d.deliveredAt)) : nullptr;
    out["body"] = nlohmann::json::parse(d.body, nullptr, false);
    return out;
}

Page<nlohmann::json> WebhookService::deliveries(const std::string &webhookId, const PageRequest &request)
{
    auto unit = m_store.read();
    requireWebhook(*unit, webhookId);
    auto page = unit->webhooks().deliveries(webhookId, request);
    Page<nlohmann::json> out{{}, page.total, page.page, page.pageSize};
    for (const auto &d : page.items)
        out.items.push_back(deliveryJson(d));
    return out;
}

nlohmann::json
WebhookService::redeliver(const std::string &webhookId, const std::string &deliveryId, const Principal &actor)
{
    auto unit = m_store.write();
    requireWebhook(*unit, webhookId);
    auto delivery = unit->webhooks().findDelivery(deliveryId);
    if (!delivery || delivery->webhookId != webhookId)
        throw Error(ErrorCode::NotFound, "No such delivery");
    const TimePoint at = now();
    delivery->state = "pending";
    delivery->seriesStartedAt = at;
    delivery->nextAttemptAt = at;
    delivery->updatedAt = at;
    unit->webhooks().updateDelivery(*delivery);
    // The attempt count in the payload makes an older retry job of this delivery a no-op.
    m_jobs.enqueue(*unit, kDeliveryJob, {{"deliveryId", delivery->id}, {"attempt", delivery->attempts}});
    unit->audit().append({actor.username, "redeliver", "webhook", webhookId, {{"deliveryId", deliveryId}}});
    unit->commit();
    m_jobs.notify();
    return deliveryJson(*delivery);
}

void WebhookService::emit(UnitOfWork &unit, const std::string &type, const nlohmann::json &data)
{
    emitEach(unit, type, {data});
}

void WebhookService::emitEach(UnitOfWork &unit,
                              const std::string &type,
                              const std::vector<nlohmann::json> &items)
{
    if (items.empty())
        return;
    std::vector<Webhook> targets;
    for (auto &w : unit.webhooks().subscribers())
        if (w.active && std::find(w.events.begin(), w.events.end(), type) != w.events.end())
            targets.push_back(std::move(w));
    if (targets.empty())
        return;
    for (const auto &data : items)
    {
        const TimePoint at = now();
        const std::string eventId = newUuid();
        const std::string body = nlohmann::json{
            {"id", eventId},
            {"type", type},
            {"createdAt", formatIso8601(at)},
            {"data", data}}.dump();
        for (const auto &w : targets)
        {
            WebhookDelivery d;
            d.id = newUuid();
            d.webhookId = w.id;
            d.eventId = eventId;
            d.eventType = type;
            d.body = body;
            d.nextAttemptAt = d.seriesStartedAt = d.createdAt = d.updatedAt = at;
            unit.webhooks().insertDelivery(d);
            m_jobs.enqueue(unit, kDeliveryJob, {{"deliveryId", d.id}, {"attempt", 0}});
        }
    }
}

void WebhookService::runDelivery(const nlohmann::json &payload)
{
    const std::string deliveryId = payload.value("deliveryId", std::string());
    const std::int64_t expected = payload.value("attempt", std::int64_t{0});
    std::optional<WebhookDelivery> delivery;
    std::optional<Webhook> webhook;
    {
        auto unit = m_store.read();
        delivery = unit->webhooks().findDelivery(deliveryId);
        if (delivery)
            webhook = unit->webhooks().find(delivery->webhookId);
    }
    // Delivered, given up, or superseded by a redelivery: this job has nothing left to do.
    if (!delivery || delivery->state != "pending" || delivery->attempts != expected)
        return;
    WebhookSender::Outcome outcome;
    if (!webhook)
        outcome.error = "the webhook was deleted";
    else
    {
        const std::int64_t t = unixSeconds(nextevent::now());
        outcome = m_sender.post(webhook->url,
                                delivery->body,
                                {{"Content-Type", "application/json"},
                                 {"User-Agent", "NextEvent-Webhooks/1"},
                                 {"X-NextEvent-Event", delivery->eventType},
                                 {"X-NextEvent-Delivery", delivery->id},
                                 {"X-NextEvent-Signature", signature(webhook->secret, t, delivery->body)}});
    }
    const TimePoint at = now();
    auto unit = m_store.write();
    auto current = unit->webhooks().findDelivery(deliveryId);
    if (!current || current->state != "pending" || current->attempts != expected)
        return; // redelivered while this attempt ran: the new series decides
    current->attempts += 1;
    current->lastStatus = outcome.status ? std::optional<std::int64_t>(outcome.status) : std::nullopt;
    current->lastError = outcome.error.substr(0, kErrorMax);
    current->updatedAt = at;
    if (webhook && outcome.status >= 200 && outcome.status < 300)
    {
        current->state = "delivered";
        current->deliveredAt = at;
        current->nextAttemptAt.reset();
        current->lastError.clear();
    }
    else
    {
        const auto delay = retryDelay(current->attempts);
        const TimePoint next = at + delay;
        if (!webhook || next > current->seriesStartedAt + m_options.giveUpAfter)
        {
            current->state = "failed";
            current->nextAttemptAt.reset();
        }
        else
        {
            current->nextAttemptAt = next;
            // The job waits the delay in real time; the clock above decides when the 24 hours are over.
            m_jobs.enqueueAt(*unit,
                             kDeliveryJob,
                             {{"deliveryId", current->id}, {"attempt", current->attempts}},
                             nextevent::now() + delay);
        }
    }
    unit->webhooks().updateDelivery(*current);
    unit->commit();
    m_jobs.notify();
}

} // namespace nextevent::server::app
