// SPDX-License-Identifier: MIT
#include "server/app/WeChatService.h"

#include <stdexcept>

#include <Poco/Logger.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/QrScene.h"
#include "nextevent/Time.h"
#include "nextevent/Validation.h"

#include "server/app/Blocking.h"
#include "server/wechat/InboundMessage.h"
#include "server/wechat/MessageCrypto.h"
#include "server/wechat/MessageParser.h"
#include "server/wechat/ReplayProtection.h"
#include "server/wechat/ReplyRenderer.h"
#include "server/wechat/Signature.h"

namespace nextevent::server::app
{
namespace
{
using wechat::EventKind;
using wechat::InboundMessage;
using wechat::MessageKind;

/// How long a de-duplication entry protects a message: well beyond WeChat's three retries in ~15 s and
/// the timestamp window, so a replayed request inside the window is recognised too.
constexpr std::chrono::minutes kDedupLifetime{15};
/// Messages remembered in memory (the database remembers them all for kDedupLifetime).
constexpr std::size_t kRecentCapacity = 50000;
/// How long an interaction code → event mapping is trusted; the event itself comes from EventCache,
/// which this process's writes invalidate at once.
constexpr std::chrono::seconds kCodeLifetime{1};
constexpr std::size_t kCodeCapacity = 10000;

std::int64_t unixSeconds(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::string typeOf(const InboundMessage &m)
{
    return m.kind == MessageKind::Event ? "event:" + m.event : m.msgType;
}

/// Messages we act on; anything else is acknowledged with "success" and not stored.
bool isHandled(const InboundMessage &m)
{
    switch (m.kind)
    {
    case MessageKind::Text:
    case MessageKind::Image:
    case MessageKind::Voice:
    case MessageKind::Video:
    case MessageKind::ShortVideo:
    case MessageKind::Location:
    case MessageKind::Link:
        return true;
    case MessageKind::Event:
        return m.eventKind == EventKind::Subscribe || m.eventKind == EventKind::Unsubscribe ||
               m.eventKind == EventKind::Scan || m.eventKind == EventKind::Click ||
               m.eventKind == EventKind::View;
    case MessageKind::Unknown:
        return false;
    }
    return false;
}

bool isValidOpenid(const std::string &openid)
{
    if (openid.empty() || openid.size() > 64)
        return false;
    for (char c : openid)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return false;
    return true;
}
} // namespace

WeChatService::WeChatService(Store &store, JobQueue &jobs, EventCache &events, const Config &config)
    : m_store(store)
    , m_jobs(jobs)
    , m_events(events)
    , m_config(config)
    , m_writer(store, jobs)
{
    if (!config.wechatAesKey.empty())
    {
        auto crypto =
            wechat::MessageCrypto::create(config.wechatToken, config.wechatAesKey, config.wechatAppId);
        if (!crypto)
            throw std::invalid_argument("wechat.aesKey: " + crypto.error().message());
        m_crypto = std::make_unique<wechat::MessageCrypto>(std::move(crypto).value());
    }
}

WeChatService::~WeChatService() = default;

bool WeChatService::webhookConfigured() const
{
    return !m_config.wechatToken.empty();
}

WebhookResponse WeChatService::reject(int status, const std::string &reason)
{
    {
        std::lock_guard lock(m_statsMutex);
        ++m_rejected;
        m_recentErrors.push_back(
            {{"time", formatIso8601(nextevent::now())}, {"status", status}, {"reason", reason}});
        while (m_recentErrors.size() > 20)
            m_recentErrors.pop_front();
    }
    Poco::Logger::get("wechat").warning("webhook refused (%d): %s", status, reason);
    return WebhookResponse{status, "text/plain; charset=utf-8", {}};
}

WebhookResponse WeChatService::answer(const std::string &replyXml, bool encrypted)
{
    if (replyXml.empty())
        return WebhookResponse{200, "text/plain; charset=utf-8", "success"};
    if (!encrypted)
        return WebhookResponse{200, "application/xml; charset=utf-8", replyXml};
    auto sealed = m_crypto->encryptReply(replyXml, unixSeconds(nextevent::now()));
    if (!sealed)
    {
        // Nothing sensible can be sent encrypted; "success" at least keeps WeChat from retrying.
        Poco::Logger::get("wechat").error("reply encryption failed: %s", sealed.error().message());
        return WebhookResponse{200, "text/plain; charset=utf-8", "success"};
    }
    return WebhookResponse{
        200, "application/xml; charset=utf-8", wechat::renderEncryptedReply(sealed.value())};
}

void WeChatService::count(const std::string &type)
{
    const auto minute = unixSeconds(nextevent::now()) / 60;
    std::lock_guard lock(m_statsMutex);
    ++m_perMinute[minute][type.substr(0, 40)];
    while (!m_perMinute.empty() && m_perMinute.begin()->first <= minute - 10)
        m_perMinute.erase(m_perMinute.begin());
}

void WeChatService::handle(const WebhookRequest &request, Answered answered)
{
    auto admitted = admit(request);
    if (auto *response = std::get_if<WebhookResponse>(&admitted))
        return answered(response, nullptr);
    const bool encrypted = std::get<Admitted>(admitted).encrypted;
    const auto message = std::get<Admitted>(admitted).message;
    // Counted once the message is on its way to the writer: on an HTTP I/O thread, process() may find it
    // must read the database first and the request runs again on a worker (app/Blocking.h).
    try
    {
        process(*message,
                [this, encrypted, answered = std::move(answered)](const Outcome *outcome,
                                                                  std::exception_ptr error)
                {
                    if (error)
                        return answered(nullptr, std::move(error));
                    WebhookResponse response;
                    try
                    {
                        response = answer(outcome->replyXml, encrypted);
                    }
                    catch (...)
                    {
                        return answered(nullptr, std::current_exception());
                    }
                    answered(&response, nullptr);
                });
    }
    catch (const WouldBlock &)
    {
        throw;
    }
    catch (...)
    {
        count(typeOf(*message));
        throw;
    }
    count(typeOf(*message));
}

std::variant<WebhookResponse, WeChatService::Admitted> WeChatService::admit(const WebhookRequest &r)
{
    if (!webhookConfigured())
        throw Error(ErrorCode::NotFound, "The WeChat webhook is not configured (wechat.token)");
    if (!wechat::verifyUrlSignature(m_config.wechatToken, r.timestamp, r.nonce, r.signature))
        return reject(403, "signature mismatch");
    if (!wechat::isWithinTimestampWindow(r.timestamp,
                                         unixSeconds(nextevent::now()),
                                         std::chrono::seconds(m_config.wechatTimestampWindowSeconds)))
        return reject(403, "timestamp outside the window");
    if (r.method == "GET")
        return WebhookResponse{200, "text/plain; charset=utf-8", r.echostr};

    const bool encrypted = r.encryptType == "aes";
    if (!encrypted && !r.encryptType.empty() && r.encryptType != "raw")
        return reject(400, "unknown encrypt_type");
    std::string xml;
    if (encrypted)
    {
        if (!m_crypto)
            return reject(400, "encrypted message but no wechat.aesKey configured");
        auto envelope = wechat::parseEncryptedEnvelope(r.body);
        if (!envelope)
            return reject(envelope.error().code() == wechat::WeChatErrorCode::XmlTooLarge ? 413 : 400,
                          std::string(weChatErrorCodeName(envelope.error().code())));
        auto plain =
            m_crypto->verifyAndDecrypt(r.msgSignature, r.timestamp, r.nonce, envelope.value().encrypt);
        if (!plain)
        {
            const auto code = plain.error().code();
            const bool forbidden = code == wechat::WeChatErrorCode::SignatureMismatch ||
                                   code == wechat::WeChatErrorCode::AppIdMismatch;
            return reject(forbidden ? 403 : 400, std::string(weChatErrorCodeName(code)));
        }
        xml = std::move(plain).value();
    }
    else if (m_crypto && !m_config.wechatAllowPlaintext)
        // With an AES key the account is in safe mode and WeChat encrypts every post; a plaintext one
        // carries only the URL signature, which anyone who ever saw one request can replay with new XML.
        return reject(403, "plaintext message refused: wechat.aesKey is set (wechat.allowPlaintext is off)");
    else
        xml = r.body;

    auto parsed = wechat::parseInboundMessage(xml);
    if (!parsed)
        return reject(parsed.error().code() == wechat::WeChatErrorCode::XmlTooLarge ? 413 : 400,
                      std::string(weChatErrorCodeName(parsed.error().code())));
    const InboundMessage &message = parsed.value();
    if (!isValidOpenid(message.fromUserName))
    {
        count(typeOf(message));
        return reject(400, "FromUserName is not an OpenID");
    }
    if (!isHandled(message))
    {
        count(typeOf(message));
        return answer({}, false);
    }
    return Admitted{std::make_shared<const InboundMessage>(message), encrypted};
}

void WeChatService::process(const InboundMessage &m, Processed processed)
{
    const auto now = nextevent::now();
    std::string key = "wx:" + wechat::sha1Hex(wechat::deduplicationKey(m));

    // A retry of a message this process has seen: answer with the first delivery's reply (waiting for
    // it while that delivery is still being stored).
    auto mine = std::make_shared<std::promise<std::string>>();
    std::shared_future<std::string> earlier;
    {
        std::lock_guard lock(m_recentMutex);
        const auto steadyNow = std::chrono::steady_clock::now();
        while (!m_recentOrder.empty() &&
               (m_recentOrder.front().first <= steadyNow || m_recentOrder.size() > kRecentCapacity))
        {
            m_recent.erase(m_recentOrder.front().second);
            m_recentOrder.pop_front();
        }
        const auto [it, inserted] = m_recent.try_emplace(key);
        if (inserted)
        {
            it->second = mine->get_future().share();
            m_recentOrder.emplace_back(steadyNow + kDedupLifetime, key);
        }
        else
            earlier = it->second;
    }
    if (earlier.valid())
    {
        if (earlier.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            mayWaitHere(); // not on an HTTP I/O thread: a worker waits for the first delivery
        try
        {
            // Rare (WeChat retries after 5 s): waits on this worker for the first delivery's commit.
            Outcome outcome;
            outcome.replyXml = earlier.get();
            {
                std::lock_guard lock(m_statsMutex);
                ++m_duplicates;
            }
            return processed(&outcome, nullptr);
        }
        catch (...)
        {
            // The first delivery failed to store; this retry goes through the database like a new message.
        }
    }

    const bool first = !earlier.valid();
    // What the first delivery did not store is forgotten here, so a retry tries again.
    auto forget = [this, first, mine, key](std::exception_ptr error)
    {
        if (!first)
            return;
        mine->set_exception(error);
        std::lock_guard lock(m_recentMutex);
        m_recent.erase(key);
    };
    WebhookWrite write;
    try
    {
        write = prepare(m, key, now);
    }
    catch (...)
    {
        forget(std::current_exception());
        throw;
    }
    auto settled =
        [this, first, mine, forget, processed](WebhookWriteResult *result, std::exception_ptr error)
    {
        if (error)
        {
            forget(error);
            return processed(nullptr, std::move(error));
        }
        if (first)
            mine->set_value(result->reply);
        {
            std::lock_guard lock(m_statsMutex);
            ++(result->duplicate ? m_duplicates : m_accepted);
        }
        Outcome outcome;
        outcome.replyXml = std::move(result->reply);
        processed(&outcome, nullptr);
    };
    try
    {
        m_writer.submit(std::move(write), std::move(settled));
    }
    catch (...)
    {
        forget(std::current_exception());
        throw;
    }
}

std::optional<Event> WeChatService::eventById(const std::string &id)
{
    if (auto cached = m_events.find(id))
        return cached;
    auto event = m_store.read()->events().find(id);
    if (event)
        m_events.put(*event);
    return event;
}

std::optional<Event> WeChatService::eventByCode(const std::string &code)
{
    const auto steadyNow = std::chrono::steady_clock::now();
    std::optional<std::string> eventId;
    bool known = false;
    {
        std::lock_guard lock(m_codeMutex);
        if (const auto it = m_codes.find(code); it != m_codes.end() && it->second.expires > steadyNow)
        {
            eventId = it->second.eventId;
            known = true;
        }
    }
    if (!known)
    {
        auto event = m_store.read()->events().findByInteractionCode(code);
        if (event)
        {
            eventId = event->id;
            m_events.put(*event);
        }
        std::lock_guard lock(m_codeMutex);
        if (m_codes.size() >= kCodeCapacity)
            m_codes.clear();
        m_codes[code] = CodeEntry{eventId, steadyNow + kCodeLifetime};
    }
    if (!eventId)
        return std::nullopt;
    auto event = eventById(*eventId);
    // The code may have moved to another event since it was cached: trust only a match.
    if (event && event->wechatConfig.interactionCode != code)
    {
        std::lock_guard lock(m_codeMutex);
        m_codes.erase(code);
        return m_store.read()->events().findByInteractionCode(code);
    }
    return event;
}

WebhookWrite WeChatService::prepare(const InboundMessage &m, const std::string &key, TimePoint now)
{
    WebhookWrite write;
    write.dedupKey = key;
    write.dedupExpiresAt = now + kDedupLifetime;
    write.user.openid = m.fromUserName;
    write.user.subscribed = m.eventKind != EventKind::Unsubscribe;
    write.user.createdAt = write.user.updatedAt = now;
    if (m.eventKind == EventKind::Subscribe)
        write.user.subscribedAt = now;

    const auto record =
        [&](InteractionKind kind, const std::string &eventKey, std::optional<std::string> eventId)
    {
        Interaction i;
        i.id = newTimeOrderedUuid(now.time_since_epoch().count()); // appended, not scattered, in the index
        i.openid = m.fromUserName;
        i.kind = kind;
        i.eventKey = eventKey;
        i.eventId = std::move(eventId);
        i.createdAt = now;
        write.interactions.push_back(std::move(i));
    };

    // What a scene (or keyword) points at: an event by interaction code or "event:<id>", an article or a
    // survey. Returns the reply text and the event id, and queues the event's tag when `tag` is set.
    struct Target
    {
        std::string reply;
        std::optional<std::string> eventId;
    };

    // A typed keyword is anyone's guess, so it finds only what the public may see; a scene comes from a QR
    // code or menu that staff made, and finds what it names.
    const auto resolve =
        [&](const std::string &scene, bool tag, bool publicOnly = false) -> std::optional<Target>
    {
        if (scene.empty())
            return std::nullopt;
        const auto typed = parseQrScene(scene);
        std::optional<Event> event = eventByCode(scene);
        if (!event && typed && typed->kind == QrSceneKind::Event)
            event = eventById(typed->id);
        if (event && publicOnly &&
            (event->status == EventStatus::Draft || event->status == EventStatus::Cancelled))
            return std::nullopt;
        if (event)
        {
            const std::string &message =
                event->wechatConfig.scanMessage.empty() ? event->title : event->wechatConfig.scanMessage;
            if (tag && event->wechatConfig.userTagId && m_config.wechatApiConfigured())
                write.job.emplace(
                    kTagJob,
                    nlohmann::json{{"tagId", *event->wechatConfig.userTagId}, {"openid", m.fromUserName}});
            return Target{message + "\n" + m_config.publicUrl + "/m/events/" + event->id, event->id};
        }
        if (typed && typed->kind == QrSceneKind::Article)
            if (auto article = m_store.read()->articles().find(typed->id);
                article && (article->published || !publicOnly))
                return Target{article->title + "\n" + m_config.publicUrl + "/m/articles/" + article->id,
                              std::nullopt};
        if (typed && typed->kind == QrSceneKind::Survey)
            if (auto survey = m_store.read()->surveys().find(typed->id);
                survey && (survey->isActive || survey->isLive || !publicOnly))
                return Target{survey->title + "\n" + m_config.publicUrl + "/m/surveys/" + survey->id,
                              survey->eventId};
        return std::nullopt;
    };

    std::string replyText;
    const std::string &autoReply = m_config.wechatAutoReply;
    switch (m.eventKind)
    {
    case EventKind::Subscribe:
    {
        const auto scene = m.qrSceneValue();
        const auto target = scene ? resolve(*scene, true) : std::nullopt;
        record(InteractionKind::Subscribe, scene.value_or(""), target ? target->eventId : std::nullopt);
        if (scene)
            record(InteractionKind::Scan, *scene, target ? target->eventId : std::nullopt);
        replyText = target ? target->reply : autoReply;
        break;
    }
    case EventKind::Scan:
    {
        const std::string scene = m.qrSceneValue().value_or("");
        const auto target = resolve(scene, true);
        record(InteractionKind::Scan, scene, target ? target->eventId : std::nullopt);
        replyText = target ? target->reply : autoReply;
        break;
    }
    case EventKind::Unsubscribe:
        record(InteractionKind::Unsubscribe, "", std::nullopt);
        break;
    case EventKind::Click:
    {
        const auto target = resolve(m.eventKey, false);
        record(InteractionKind::Click, m.eventKey, target ? target->eventId : std::nullopt);
        replyText = target ? target->reply : autoReply;
        break;
    }
    case EventKind::View:
        record(InteractionKind::View, m.eventKey, std::nullopt);
        break;
    default:
    {
        // Ordinary messages; a text equal to an event's interaction code is a keyword for that event.
        const std::string keyword = m.kind == MessageKind::Text ? trimmed(m.content) : std::string();
        const auto target = keyword.size() <= 64 ? resolve(keyword, false, true) : std::nullopt;
        record(InteractionKind::Message,
               m.kind == MessageKind::Text ? m.content.substr(0, 200) : m.msgType,
               target ? target->eventId : std::nullopt);
        replyText = target ? target->reply : autoReply;
        break;
    }
    }

    if (!replyText.empty())
        write.reply = wechat::renderTextReply(wechat::ReplyHeader::answering(m, unixSeconds(now)), replyText);
    return write;
}

nlohmann::json WeChatService::stats() const
{
    const auto nowMinute = unixSeconds(nextevent::now()) / 60;
    std::lock_guard lock(m_statsMutex);
    nlohmann::json perMinute = nlohmann::json::array();
    std::map<std::string, std::int64_t> byType;
    std::int64_t total = 0;
    for (std::int64_t minute = nowMinute - 9; minute <= nowMinute; ++minute)
    {
        nlohmann::json types = nlohmann::json::object();
        std::int64_t n = 0;
        if (auto it = m_perMinute.find(minute); it != m_perMinute.end())
            for (const auto &[type, count] : it->second)
            {
                types[type] = count;
                byType[type] += count;
                n += count;
            }
        total += n;
        const TimePoint at{std::chrono::minutes(minute)};
        perMinute.push_back({{"minute", formatIso8601(at).substr(0, 16)}, {"total", n}, {"byType", types}});
    }
    nlohmann::json rate = nlohmann::json::object();
    for (const auto &[type, count] : byType)
        rate[type] = static_cast<double>(count) / 10.0;
    return nlohmann::json{
        {"configured", webhookConfigured()},
        {"encryption", m_crypto != nullptr},
        {"messagesLast10Minutes", total},
        {"messagesPerMinuteByType", rate},
        {"perMinute", perMinute},
        {"accepted", m_accepted},
        {"duplicates", m_duplicates},
        {"rejected", m_rejected},
        {"lastErrors",
         nlohmann::json(std::vector<nlohmann::json>(m_recentErrors.begin(), m_recentErrors.end()))}};
}

} // namespace nextevent::server::app
