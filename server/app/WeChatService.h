// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>

#include <nlohmann/json.hpp>

#include "server/app/Config.h"
#include "server/app/EventCache.h"
#include "server/app/JobQueue.h"
#include "server/app/Store.h"
#include "server/app/WebhookWriter.h"

namespace nextevent::server::wechat
{
class MessageCrypto;
struct InboundMessage;
} // namespace nextevent::server::wechat

namespace nextevent::server::app
{

/// The job kind that tags a follower: payload {"tagId", "openid"}.
inline constexpr const char *kTagJob = "wechat.tag";
/// The job kind that sends a template message: payload {"openid","templateId","url","data","clientMsgId"}.
inline constexpr const char *kTemplateJob = "wechat.template";

/// One callback request as the webhook needs it (query values URL-decoded).
struct WebhookRequest
{
    std::string method; ///< GET or POST
    std::string signature;
    std::string timestamp;
    std::string nonce;
    std::string echostr;
    std::string encryptType; ///< "", "raw" or "aes"
    std::string msgSignature;
    std::string body;
};

/// What to answer WeChat: a status and a raw body (never a JSON envelope).
struct WebhookResponse
{
    int status = 200;
    std::string contentType = "text/plain; charset=utf-8";
    std::string body;
};

/// The Official Account callback (wechat-protocol.md §1–§3): verifies signatures and the timestamp window,
/// decrypts safe/compatible-mode bodies, parses with the hardened reader, de-duplicates WeChat's retries
/// (first in memory, then through the database, which decides between instances; the first delivery's
/// reply is stored and replayed), records followers and Interactions, answers scans of an event's QR code
/// with its scan message and page link, and queues the tagging as a job in the same transaction. Writes go
/// through a group-commit WebhookWriter and a message is answered only once they are committed. It makes
/// no network call.
class WeChatService
{
public:
    /// Throws std::invalid_argument when an AES key is configured but malformed.
    WeChatService(Store &store, JobQueue &jobs, EventCache &events, const Config &config);
    ~WeChatService();
    WeChatService(const WeChatService &) = delete;
    WeChatService &operator=(const WeChatService &) = delete;

    /// True when a webhook Token is configured.
    bool webhookConfigured() const;

    /// Handles one callback, answered once the message is committed: `answered` gets the response (or the
    /// error) on the writer's thread, or at once when the request is refused or needs no write. NOT_FOUND
    /// (thrown) when no Token is configured; every protocol failure is answered with a status (403 for
    /// signatures, stale timestamps and a wrong AppID; 400 for malformed bodies).
    using Answered = std::function<void(WebhookResponse *response, std::exception_ptr error)>;
    void handle(const WebhookRequest &request, Answered answered);

    /// Webhook statistics for the status page: messages per minute over the last 10 minutes by type,
    /// totals, duplicates and the latest rejections.
    nlohmann::json stats() const;

    /// Webhook write batches committed and the largest, for metrics.
    const WebhookWriter &writer() const
    {
        return m_writer;
    }

private:
    struct Outcome
    {
        std::string replyXml; ///< empty: answer "success"
        bool jobQueued = false;
    };

    /// A message that passed every check, to be stored and answered.
    struct Admitted
    {
        std::shared_ptr<const wechat::InboundMessage> message;
        bool encrypted = false;
    };

    /// Signature, timestamp, decryption and parsing: the response when the request is answered without
    /// a write (refused, GET, a message type we ignore), else the message.
    std::variant<WebhookResponse, Admitted> admit(const WebhookRequest &request);
    WebhookResponse reject(int status, const std::string &reason);
    WebhookResponse answer(const std::string &replyXml, bool encrypted);
    using Processed = std::function<void(const Outcome *outcome, std::exception_ptr error)>;
    /// Stores the message (once: retries get the first delivery's reply) and calls `processed` after the
    /// commit. Throws what fails before the write is queued.
    void process(const wechat::InboundMessage &message, Processed processed);
    /// Builds what an accepted message writes and the reply it gets (reads only, from caches mostly).
    WebhookWrite prepare(const wechat::InboundMessage &message, const std::string &key, TimePoint now);
    /// The event whose interaction code is `code`, through a short-lived cache.
    std::optional<Event> eventByCode(const std::string &code);
    std::optional<Event> eventById(const std::string &id);
    void count(const std::string &type);

    Store &m_store;
    JobQueue &m_jobs;
    EventCache &m_events;
    const Config &m_config;
    std::unique_ptr<wechat::MessageCrypto> m_crypto;
    WebhookWriter m_writer;

    /// Messages seen lately by this process, each with its reply once stored: a retry arriving here is
    /// answered without touching the database. Bounded; the database entry stays the final word.
    std::mutex m_recentMutex;
    std::unordered_map<std::string, std::shared_future<std::string>> m_recent;
    std::deque<std::pair<std::chrono::steady_clock::time_point, std::string>> m_recentOrder;

    /// Interaction code → event id (or none), kept briefly: scans hit the same few codes.
    struct CodeEntry
    {
        std::optional<std::string> eventId;
        std::chrono::steady_clock::time_point expires;
    };

    std::mutex m_codeMutex;
    std::unordered_map<std::string, CodeEntry> m_codes;

    mutable std::mutex m_statsMutex;
    std::map<std::int64_t, std::map<std::string, std::int64_t>> m_perMinute; ///< minute (epoch/60) → type → n
    std::int64_t m_accepted = 0;
    std::int64_t m_duplicates = 0;
    std::int64_t m_rejected = 0;
    std::deque<nlohmann::json> m_recentErrors;
};

} // namespace nextevent::server::app
