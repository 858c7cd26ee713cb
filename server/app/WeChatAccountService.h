// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "server/app/Config.h"
#include "server/app/JobQueue.h"
#include "server/app/Store.h"
#include "server/app/WeChatGateway.h"
#include "server/app/WeChatService.h"

namespace nextevent::server::app
{

/// What the account-facing WeChat features need of the server API: web OAuth with signed cookies, JS-SDK
/// configuration, template-message reminders (queued as jobs) and the status page. Cookies are HMAC-SHA256
/// signed with the JWT secret.
class WeChatAccountService
{
public:
    static constexpr const char *kSessionCookie = "ne_wx";
    static constexpr const char *kStateCookie = "ne_wx_state";
    static constexpr std::chrono::seconds kSessionLifetime{30 * 24 * 3600};
    static constexpr std::chrono::seconds kStateLifetime{600};

    /// `api` may be null (WeChat off).
    WeChatAccountService(
        Store &store, JobQueue &jobs, WeChatService &webhook, const Config &config, WeChatGateway *api);

    struct OAuthStart
    {
        std::string location;    ///< WeChat's authorize URL
        std::string stateCookie; ///< value of ne_wx_state
    };

    /// Starts web authorization for a same-site /m/ path. VALIDATION_ERROR for another redirect or scope,
    /// UNAVAILABLE when WeChat is off.
    OAuthStart startOAuth(const std::string &redirect, const std::string &scope);

    struct OAuthDone
    {
        std::string location;      ///< the original /m/ path
        std::string sessionCookie; ///< value of ne_wx
        std::string openid;
    };

    /// Finishes it: the state must match the browser's state cookie and is single-use (FORBIDDEN
    /// otherwise); the code is exchanged once, the follower upserted and an `oauth` Interaction recorded.
    OAuthDone finishOAuth(const std::string &code, const std::string &state, const std::string &stateCookie);

    /// The openid of a valid ne_wx session cookie value, else nullopt.
    std::optional<std::string> sessionOpenid(const std::string &cookieValue) const;

    /// The WeChat nickname of a user who allowed snsapi_userinfo, else "" (pages prefill names with it).
    std::string nickname(const std::string &openid);

    /// A signed ne_wx value for `openid` (for tests and the callback).
    std::string issueSession(const std::string &openid) const;

    /// wx.config values for a page of this site. VALIDATION_ERROR for a foreign URL, UNAVAILABLE when off.
    nlohmann::json jssdkConfig(const std::string &url);

    /// Queues one template message per registered attendee with an openid: {"queued","jobIds"}.
    /// Body {"templateId", "data"?, "url"?}. NOT_FOUND for an unknown event, UNAVAILABLE when off.
    nlohmann::json queueReminders(const std::string &eventId, const nlohmann::json &body);

    /// The status page: configuration, API client snapshot (token age, errors), webhook rates, jobs.
    nlohmann::json status();

    /// Runs a tag job (idempotent: tagging twice is harmless).
    void runTagJob(const nlohmann::json &payload);
    /// Runs a template-message job (client_msg_id makes WeChat drop a duplicate send).
    void runTemplateJob(const nlohmann::json &payload);

private:
    WeChatGateway &requireApi() const;
    std::string sign(const std::string &text) const;

    Store &m_store;
    JobQueue &m_jobs;
    WeChatService &m_webhook;
    const Config &m_config;
    WeChatGateway *m_api;
};

} // namespace nextevent::server::app
