// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/wechat/AccessTokenProvider.h"
#include "server/wechat/CircuitBreaker.h"
#include "server/wechat/Clock.h"
#include "server/wechat/HttpTransport.h"
#include "server/wechat/TokenCache.h"
#include "server/wechat/WeChatApiConfig.h"
#include "server/wechat/WeChatApiError.h"
#include "server/wechat/WeChatApiStatus.h"
#include "server/wechat/WeChatApiTypes.h"

namespace nextevent::server::wechat
{

/// The client of the WeChat Official Account server API (wechat-protocol.md §4–§9). It only ever
/// talks to config.apiBase. Every call:
/// - carries the global access_token from an AccessTokenProvider (cached in the TokenCache, refreshed
///   ahead of expiry, single-flight); on 40001/40014/42001 the token is invalidated (compare-and-
///   delete), refreshed and the call retried exactly once;
/// - retries transient failures (network, non-200 status, unparsable body, errcode -1) up to
///   config.maxAttempts times with exponential backoff; quota errors (45009, 45011) are not retried;
/// - goes through a circuit breaker that, after config.breakerThreshold consecutive transient
///   failures, fails calls fast for config.breakerOpenFor;
/// - throws WeChatApiError on failure, whose text never contains the AppSecret or a token.
/// Invalid arguments (checked before any request) throw nextevent::Error(Validation).
/// Thread-safe: one instance serves the whole process.
class WeChatApiClient
{
public:
    /// Throws std::invalid_argument when config.apiBase is not an http(s) URL. A client without AppID
    /// or AppSecret can be built; its calls throw WeChatApiError(NotConfigured).
    WeChatApiClient(WeChatApiConfig config, std::shared_ptr<TokenCache> cache);
    ~WeChatApiClient();

    WeChatApiClient(const WeChatApiClient &) = delete;
    WeChatApiClient &operator=(const WeChatApiClient &) = delete;

    /// True when AppID and AppSecret are set.
    bool configured() const;

    /// A valid global access_token (fetching one if needed). For callers of APIs this client lacks.
    std::string accessToken();

    /// A parametric QR code with a string scene (1–64 bytes): temporary (QR_STR_SCENE) when
    /// `temporaryFor` is given (1 s – 30 days), else permanent (QR_LIMIT_STR_SCENE).
    QrCode createQrCode(const std::string &scene, std::optional<std::chrono::seconds> temporaryFor);

    /// A parametric QR code with a numeric scene: temporary QR_SCENE (non-zero 32-bit id) when
    /// `temporaryFor` is given, else permanent QR_LIMIT_SCENE (1–100000).
    QrCode createQrCodeForId(std::int64_t sceneId, std::optional<std::chrono::seconds> temporaryFor);

    /// Creates a tag (name 1–30 bytes) and returns its id.
    std::int64_t createTag(const std::string &name);

    /// Tags the users, 50 openids per request (the API's limit). A spurious 45159 (seen right after
    /// tags/create) is retried once per chunk after a short delay. On failure, earlier chunks stay
    /// applied; tagging is idempotent, so calling again with the same list is safe.
    void batchTag(std::int64_t tagId, const std::vector<std::string> &openids);

    /// The reverse of batchTag, with the same chunking.
    void batchUntag(std::int64_t tagId, const std::vector<std::string> &openids);

    /// cgi-bin/user/info for a follower.
    UserInfo userInfo(const std::string &openid, const std::string &lang = "zh_CN");

    /// Sends a template message and returns its msgid (matches the later TEMPLATESENDJOBFINISH
    /// MsgID). `data` maps placeholder names to {"value": "…"} objects (a plain string is wrapped
    /// into one); `url` is left out when empty; `clientMsgId` is the optional idempotency key.
    std::int64_t sendTemplateMessage(const std::string &openid,
                                     const std::string &templateId,
                                     const std::string &url,
                                     const nlohmann::json &data,
                                     const std::string &clientMsgId = {});

    /// A valid jsapi_ticket, cached and refreshed like the access_token.
    std::string jsapiTicket();

    /// The wx.config values for the page at `pageUrl` (its '#' fragment, if any, is dropped before
    /// signing): AppID, now, a random 16-character nonce and the JS-SDK signature.
    JsSdkConfig jssdkConfig(const std::string &pageUrl);

    /// The authorize URL to redirect the browser to, parameters in the order WeChat requires and
    /// ending in #wechat_redirect. `state` must be [A-Za-z0-9]{0,128} (Validation otherwise).
    std::string
    authorizeUrl(const std::string &redirectUri, OAuthScope scope, const std::string &state) const;

    /// Exchanges a web authorization code (single-use: 40163 when reused, 40029 when invalid).
    OAuthToken exchangeCode(const std::string &code);

    /// Renews a per-user OAuth token (42002 when the refresh_token has expired).
    OAuthToken refreshOAuthToken(const std::string &refreshToken);

    /// sns/userinfo with a per-user token from exchangeCode (scope snsapi_userinfo).
    OAuthUserInfo oauthUserInfo(const std::string &userAccessToken,
                                const std::string &openid,
                                const std::string &lang = "zh_CN");

    /// The status snapshot: configuration, token age, breaker, counts and recent errors.
    WeChatApiStatus status() const;

private:
    enum class TokenMode
    {
        None,   ///< The query is complete (token endpoints, sns/ APIs).
        Global, ///< Append the global access_token; refresh and retry once on token errors.
    };

    /// One logical call, with token handling. Returns the parsed success body.
    nlohmann::json call(const std::string &api,
                        bool post,
                        QueryParameters query,
                        const std::optional<nlohmann::json> &body,
                        TokenMode mode,
                        const std::string &sensitive = {});

    /// Sends with retries and the breaker; throws WeChatApiError.
    nlohmann::json execute(const std::string &api,
                           bool post,
                           const QueryParameters &query,
                           const std::optional<nlohmann::json> &body,
                           const std::string &sensitive);

    FetchedCredential fetchAccessToken();
    FetchedCredential fetchJsapiTicket();
    void tagMembers(const std::string &api, std::int64_t tagId, const std::vector<std::string> &openids);
    QrCode createQrCodeFromBody(const nlohmann::json &body);
    OAuthToken parseOAuthToken(const std::string &api, const nlohmann::json &json);

    /// Masks the AppSecret, the current credentials and `sensitive` in a text bound for errors/logs.
    std::string mask(const std::string &text, const std::string &sensitive) const;
    void recordRequest(const std::string &api);
    void recordCall(const std::string &api, bool failed);
    void recordError(const WeChatApiError &error);

    const WeChatApiConfig m_config;
    const std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<TokenCache> m_cache;
    HttpTransport m_transport;
    CircuitBreaker m_breaker;
    std::unique_ptr<AccessTokenProvider> m_accessToken;
    std::unique_ptr<AccessTokenProvider> m_jsapiTicket;

    mutable std::mutex m_statsMutex;
    std::map<std::string, ApiCallStats> m_calls;
    std::deque<ApiErrorRecord> m_errors;
};

} // namespace nextevent::server::wechat
