// SPDX-License-Identifier: MIT
#include "server/app/WeChatAccountService.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <sodium.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Time.h"

namespace nextevent::server::app
{
namespace
{
/// Equal strings, compared in time that does not depend on where they differ (signed cookies).
bool constantTimeEquals(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::int64_t unixSeconds(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true)
    {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

std::optional<std::int64_t> toInt64(const std::string &text)
{
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string base64Url(const std::string &bytes)
{
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(),
                      out.size(),
                      reinterpret_cast<const unsigned char *>(bytes.data()),
                      bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::string> fromBase64Url(const std::string &text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()),
                          out.size(),
                          text.data(),
                          text.size(),
                          nullptr,
                          &length,
                          nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

bool isOpenid(const std::string &openid)
{
    if (openid.empty() || openid.size() > 64)
        return false;
    return std::all_of(openid.begin(),
                       openid.end(),
                       [](char c)
                       { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

/// Only same-site mobile pages: "/m/..." with plain URL characters, no "//", "\" or "..".
bool isAllowedRedirect(const std::string &path)
{
    if (path.size() < 4 || path.size() > 512 || path.rfind("/m/", 0) != 0)
        return false;
    if (path.find("//") != std::string::npos || path.find("..") != std::string::npos)
        return false;
    static const std::string allowed = "-._~/?=&%+:,;@!*()'";
    return std::all_of(path.begin(),
                       path.end(),
                       [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) ||
                                  allowed.find(c) != std::string::npos;
                       });
}
} // namespace

WeChatAccountService::WeChatAccountService(
    Store &store, JobQueue &jobs, WeChatService &webhook, const Config &config, WeChatGateway *api)
    : m_store(store)
    , m_jobs(jobs)
    , m_webhook(webhook)
    , m_config(config)
    , m_api(api)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

WeChatGateway &WeChatAccountService::requireApi() const
{
    if (!m_api || !m_api->configured())
        throw Error(ErrorCode::Unavailable,
                    "WeChat is not configured on this server (wechat.appId and wechat.appSecret)");
    return *m_api;
}

std::string WeChatAccountService::sign(const std::string &text) const
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state,
                                reinterpret_cast<const unsigned char *>(m_config.jwtSecret.data()),
                                m_config.jwtSecret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    crypto_auth_hmacsha256_final(&state, mac);
    return base64Url(std::string(reinterpret_cast<const char *>(mac), sizeof mac));
}

std::string WeChatAccountService::nickname(const std::string &openid)
{
    auto user = m_store.read()->wechat().findUser(openid);
    return user ? user->nickname : std::string();
}

std::string WeChatAccountService::issueSession(const std::string &openid) const
{
    const std::string expires = std::to_string(unixSeconds(nextevent::now() + kSessionLifetime));
    return openid + "." + expires + "." + sign(std::string(kSessionCookie) + "|" + openid + "|" + expires);
}

std::optional<std::string> WeChatAccountService::sessionOpenid(const std::string &cookieValue) const
{
    if (cookieValue.empty() || cookieValue.size() > 200)
        return std::nullopt;
    const auto parts = split(cookieValue, '.');
    if (parts.size() != 3 || !isOpenid(parts[0]))
        return std::nullopt;
    const auto expires = toInt64(parts[1]);
    if (!expires || *expires < unixSeconds(nextevent::now()))
        return std::nullopt;
    if (!constantTimeEquals(parts[2], sign(std::string(kSessionCookie) + "|" + parts[0] + "|" + parts[1])))
        return std::nullopt;
    return parts[0];
}

WeChatAccountService::OAuthStart WeChatAccountService::startOAuth(const std::string &redirect,
                                                                  const std::string &scope)
{
    if (!isAllowedRedirect(redirect))
        throw Error::validation(
            {{"redirect", FieldCode::NotAllowed, "must be a path of this site starting with /m/"}});
    if (scope != "snsapi_base" && scope != "snsapi_userinfo")
        throw Error::validation(
            {{"scope", FieldCode::InvalidChoice, "must be snsapi_base or snsapi_userinfo"}});
    auto &api = requireApi();
    unsigned char random[24];
    randombytes_buf(random, sizeof random);
    std::string state;
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (unsigned char b : random)
        state += alphabet[b % 62];
    const std::string expires = std::to_string(unixSeconds(nextevent::now() + kStateLifetime));
    const std::string payload = state + "." + base64Url(redirect) + "." + expires;
    OAuthStart start;
    start.stateCookie = payload + "." + sign(std::string(kStateCookie) + "|" + payload);
    start.location =
        api.authorizeUrl(m_config.publicUrl + "/v2/wechat/oauth/callback", scope == "snsapi_userinfo", state);
    return start;
}

WeChatAccountService::OAuthDone WeChatAccountService::finishOAuth(const std::string &code,
                                                                  const std::string &state,
                                                                  const std::string &stateCookie)
{
    const auto forbidden = []
    {
        return Error(ErrorCode::Forbidden, "The sign-in state does not match; start again");
    };
    const auto parts = split(stateCookie, '.');
    if (state.empty() || parts.size() != 4)
        throw forbidden();
    const std::string payload = parts[0] + "." + parts[1] + "." + parts[2];
    if (!constantTimeEquals(parts[3], sign(std::string(kStateCookie) + "|" + payload)) ||
        !constantTimeEquals(parts[0], state))
        throw forbidden();
    const auto expires = toInt64(parts[2]);
    const auto redirect = fromBase64Url(parts[1]);
    const auto now = nextevent::now();
    if (!expires || *expires < unixSeconds(now) || !redirect || !isAllowedRedirect(*redirect))
        throw forbidden();
    if (code.empty())
        throw Error::validation({{"code", FieldCode::Required, "missing: the user did not authorize"}});
    auto &api = requireApi();
    {
        // Single use: a replayed callback (same state) is refused before the code is exchanged again.
        auto unit = m_store.write();
        const bool fresh =
            unit->wechat().claimDedup("oauth:" + state, now + kStateLifetime, now, std::nullopt).claimed;
        unit->commit();
        if (!fresh)
            throw forbidden();
    }
    const auto token = api.exchangeCode(code);
    if (!isOpenid(token.openid))
        throw Error(ErrorCode::Unavailable, "WeChat returned no usable openid");
    WeChatUser user;
    user.openid = token.openid;
    user.unionid = token.unionId;
    if (token.mayReadProfile)
    {
        try
        {
            const auto profile = api.profile(token.accessToken, token.openid);
            user.nickname = profile.nickname;
            user.avatarUrl = profile.avatarUrl;
            if (user.unionid.empty())
                user.unionid = profile.unionId;
        }
        catch (const Error &)
        {
            // The profile is a nicety; the sign-in itself succeeded.
        }
    }
    auto unit = m_store.write();
    if (auto known = unit->wechat().findUser(user.openid))
    {
        user.subscribed = known->subscribed;
        user.subscribedAt = known->subscribedAt;
    }
    user.createdAt = user.updatedAt = now;
    unit->wechat().upsertUser(user);
    Interaction interaction;
    interaction.id = newUuid();
    interaction.openid = user.openid;
    interaction.kind = InteractionKind::OAuth;
    interaction.eventKey = *redirect;
    interaction.createdAt = now;
    unit->wechat().insertInteraction(interaction);
    unit->commit();
    return OAuthDone{*redirect, issueSession(user.openid), user.openid};
}

nlohmann::json WeChatAccountService::jssdkConfig(const std::string &url)
{
    if (url.empty())
        throw Error::validation(
            {{"url", FieldCode::Required, "is required: the page URL calling wx.config"}});
    const std::string base = m_config.publicUrl + "/";
    if (url.size() > 2048 || (url.rfind(base, 0) != 0 && url != m_config.publicUrl))
        throw Error::validation(
            {{"url", FieldCode::NotAllowed, "must be a page of this site (" + base + "...)"}});
    const auto config = requireApi().signJsSdk(url);
    const auto hash = url.find('#');
    return nlohmann::json{{"appId", config.appId},
                          {"timestamp", config.timestamp},
                          {"nonceStr", config.nonceStr},
                          {"signature", config.signature},
                          {"url", url.substr(0, hash)}};
}

nlohmann::json WeChatAccountService::queueReminders(const std::string &eventId, const nlohmann::json &body)
{
    if (!body.is_object())
        throw Error::validation({{"body", FieldCode::InvalidFormat, "must be an object"}});
    const auto templateId = body.value("templateId", nlohmann::json()).is_string()
                                ? body["templateId"].get<std::string>()
                                : std::string();
    std::vector<FieldError> errors;
    if (templateId.empty() || templateId.size() > 128)
        errors.push_back({"templateId",
                          templateId.empty() ? FieldCode::Required : FieldCode::TooLong,
                          "is required (the template's id in the account)"});
    if (body.contains("data") && !body["data"].is_object())
        errors.push_back({"data", FieldCode::InvalidFormat, "must be an object of placeholder values"});
    if (body.contains("url") && !body["url"].is_string())
        errors.push_back({"url", FieldCode::InvalidFormat, "must be a string"});
    if (!errors.empty())
        throw Error::validation(std::move(errors));
    requireApi();
    auto unit = m_store.write();
    const auto event = unit->events().find(eventId);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    nlohmann::json data = body.value("data", nlohmann::json::object());
    if (data.empty())
        data = {{"first", event->title},
                {"keyword1", event->title},
                {"keyword2", event->startDate ? formatIso8601(*event->startDate) : ""},
                {"keyword3", event->location},
                {"remark", m_config.publicUrl + "/m/events/" + event->id}};
    const std::string url = body.value("url", m_config.publicUrl + "/m/events/" + event->id);
    const std::string batch = std::to_string(unixSeconds(nextevent::now()));
    nlohmann::json ids = nlohmann::json::array();
    for (const auto &attendee : unit->attendees().all(eventId))
    {
        if (attendee.status != AttendeeStatus::Registered || attendee.openid.empty())
            continue;
        const auto job = m_jobs.enqueue(*unit,
                                        kTemplateJob,
                                        {{"openid", attendee.openid},
                                         {"templateId", templateId},
                                         {"url", url},
                                         {"data", data},
                                         {"clientMsgId", "r" + batch + "-" + attendee.id}});
        ids.push_back(job.id);
    }
    unit->commit();
    m_jobs.notify();
    return nlohmann::json{{"eventId", eventId}, {"queued", ids.size()}, {"jobIds", ids}};
}

nlohmann::json WeChatAccountService::status()
{
    const bool apiConfigured = m_api && m_api->configured();
    nlohmann::json out{{"configured", apiConfigured || m_webhook.webhookConfigured()},
                       {"api", nullptr},
                       {"tokenAgeSeconds", nullptr},
                       {"webhook", m_webhook.stats()},
                       {"jobs", m_jobs.summary()}};
    out["apiConfigured"] = apiConfigured;
    if (apiConfigured)
    {
        out["api"] = m_api->status(nextevent::now());
        const auto &token = out["api"]["accessToken"];
        if (token.is_object() && token.value("present", false))
            out["tokenAgeSeconds"] = token.value("ageSeconds", nlohmann::json());
        out["lastErrors"] = out["api"].value("recentErrors", nlohmann::json::array());
    }
    else
        out["lastErrors"] = nlohmann::json::array();
    return out;
}

void WeChatAccountService::runTagJob(const nlohmann::json &payload)
{
    const auto tagId = payload.at("tagId").get<std::int64_t>();
    const auto openid = payload.at("openid").get<std::string>();
    requireApi().tag(tagId, {openid});
}

void WeChatAccountService::runTemplateJob(const nlohmann::json &payload)
{
    requireApi().sendTemplateMessage(payload.at("openid").get<std::string>(),
                                     payload.at("templateId").get<std::string>(),
                                     payload.value("url", ""),
                                     payload.value("data", nlohmann::json::object()),
                                     payload.value("clientMsgId", ""));
}

} // namespace nextevent::server::app
