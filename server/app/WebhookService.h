// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/app/JobQueue.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Sends one signed webhook request; implemented in server/infra over HTTP. Never throws for a refused or
/// failed delivery: the outcome says what happened.
class WebhookSender
{
public:
    struct Outcome
    {
        int status = 0;    ///< the receiver's HTTP status; 0 when no answer came
        std::string error; ///< why there was no 2xx ("connection refused", "private address", "HTTP 500")
    };

    virtual ~WebhookSender() = default;

    /// POSTs `body` (application/json) to `url` with `headers`.
    virtual Outcome post(const std::string &url,
                         const std::string &body,
                         const std::vector<std::pair<std::string, std::string>> &headers) = 0;

    /// Whether `url` may be a target: http or https with a host; loopback, link-local and private addresses
    /// only when private targets are allowed. Returns the reason it may not, or "".
    virtual std::string refuse(const std::string &url) = 0;
};

/// Outgoing webhooks (DESIGN.md, "Registration, waiting list and notifications"): admins subscribe a URL
/// to event types; each event becomes one delivery per subscribed webhook, written with the change that
/// caused it and sent by a durable job, signed `t=UNIX,v1=HEX(HMAC-SHA256(secret, t + "." + body))`, retried
/// with exponential backoff for up to 24 hours, logged, and redeliverable.
class WebhookService
{
public:
    struct Options
    {
        std::chrono::milliseconds retryBase{30000}; ///< first retry after this, doubling each attempt
        std::chrono::hours giveUpAfter{24};         ///< no attempt starts later than this after the event
    };

    /// The job that sends one delivery: payload {"deliveryId"}.
    static constexpr const char *kDeliveryJob = "webhook.deliver";

    /// The event types a webhook may subscribe to.
    static const std::vector<std::string> &eventTypes();

    WebhookService(Store &store, JobQueue &jobs, WebhookSender &sender, Options options);

    /// Body {"url","events":[…],"secret"?}. The secret is generated (32 random bytes, hex) when absent and
    /// returned only here. VALIDATION_ERROR with field codes: url required/invalid_format/not_allowed,
    /// events required/invalid_choice/not_unique, secret too_short/too_long.
    nlohmann::json create(const nlohmann::json &body, const Principal &actor);
    Page<nlohmann::json> list(const PageRequest &request);
    /// NOT_FOUND for an unknown or deleted webhook.
    void remove(const std::string &id, const Principal &actor);

    /// The webhook's deliveries, newest first. NOT_FOUND for an unknown webhook.
    Page<nlohmann::json> deliveries(const std::string &webhookId, const PageRequest &request);
    /// Sends a delivery again now (a new series of attempts); NOT_FOUND for an unknown one.
    nlohmann::json
    redeliver(const std::string &webhookId, const std::string &deliveryId, const Principal &actor);

    /// Records `type` with `data` for every active webhook subscribed to it, inside the caller's unit of
    /// work (so the deliveries exist exactly when the change commits). Call JobQueue::notify after commit.
    void emit(UnitOfWork &unit, const std::string &type, const nlohmann::json &data);
    /// The same for many events of one type (a batch of survey responses): subscribers are read once.
    void emitEach(UnitOfWork &unit, const std::string &type, const std::vector<nlohmann::json> &items);

    /// Runs a delivery job: sends, records the attempt, schedules the next one or gives up.
    void runDelivery(const nlohmann::json &payload);

    /// The wait after `attempts` failed attempts: retryBase·2^(attempts-1), at most a day.
    std::chrono::milliseconds retryDelay(std::int64_t attempts) const;

    /// Replaces the clock attempts are timed by (tests move it forward to reach the 24-hour limit).
    void setClock(std::function<TimePoint()> clock);

    /// `t=UNIX,v1=HEX` for `body` signed with `secret` at `unixSeconds`.
    static std::string
    signature(const std::string &secret, std::int64_t unixSeconds, const std::string &body);

private:
    nlohmann::json deliveryJson(const WebhookDelivery &delivery) const;
    TimePoint now() const;

    Store &m_store;
    JobQueue &m_jobs;
    WebhookSender &m_sender;
    Options m_options;
    mutable std::mutex m_clockMutex;
    std::function<TimePoint()> m_clock;
};

} // namespace nextevent::server::app
