// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatApiClient.h"

#include <algorithm>
#include <exception>
#include <utility>

#include <Poco/Logger.h>

#include "server/wechat/MessageCrypto.h"
#include "server/wechat/Signature.h"

namespace nextevent::server::wechat
{
namespace
{

constexpr std::size_t kTaggingChunk = 50;
constexpr std::int64_t kMaxTemporaryQrSeconds = 2592000;
constexpr std::size_t kMaxSceneStrBytes = 64;
constexpr std::size_t kMaxTagNameBytes = 30;
constexpr std::size_t kMaxStateBytes = 128;

Poco::Logger &logger()
{
    return Poco::Logger::get("nextevent.wechat");
}

nextevent::Error invalidArgument(const std::string &field, FieldCode code, const std::string &message)
{
    return nextevent::Error::validation({{field, code, message}});
}

std::string failureKind(ApiFailure failure)
{
    switch (failure)
    {
    case ApiFailure::Api:
        return "api";
    case ApiFailure::Network:
        return "network";
    case ApiFailure::BadResponse:
        return "bad-response";
    case ApiFailure::CircuitOpen:
        return "circuit-open";
    case ApiFailure::NotConfigured:
        return "not-configured";
    }
    return "api";
}

std::string stringField(const nlohmann::json &json, const char *name)
{
    auto it = json.find(name);
    if (it == json.end() || !it->is_string())
        return {};
    return it->get<std::string>();
}

std::int64_t integerField(const nlohmann::json &json, const char *name)
{
    auto it = json.find(name);
    if (it == json.end() || !it->is_number_integer())
        return 0;
    return it->get<std::int64_t>();
}

/// Percent-encodes everything but RFC 3986 unreserved characters, as WeChat wants redirect_uri
/// (':' '/' '?' '&' '=' included).
std::string percentEncode(const std::string &text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (unsigned char c : text)
    {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved)
        {
            out.push_back(static_cast<char>(c));
        }
        else
        {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    return out;
}

} // namespace

WeChatApiClient::WeChatApiClient(WeChatApiConfig config, std::shared_ptr<TokenCache> cache)
    : m_config(std::move(config))
    , m_clock(m_config.clock ? m_config.clock : Clock::system())
    , m_cache(std::move(cache))
    , m_transport(m_config.apiBase, m_config.connectTimeout, m_config.readTimeout)
    , m_breaker(m_config.breakerThreshold, m_config.breakerOpenFor, m_clock)
{
    if (!m_cache)
        throw std::invalid_argument("WeChatApiClient needs a TokenCache");
    const std::string prefix = m_config.cacheKeyPrefix + m_config.appId + ":";
    // The two token schemes are independent (§4.2), so they never share a cache entry.
    const std::string tokenKey = prefix + (m_config.useStableToken ? "stable_access_token" : "access_token");
    m_accessToken = std::make_unique<AccessTokenProvider>(
        m_cache,
        tokenKey,
        [this] { return fetchAccessToken(); },
        m_config.refreshMargin,
        m_config.refreshFraction,
        m_clock);
    m_jsapiTicket = std::make_unique<AccessTokenProvider>(
        m_cache,
        prefix + "jsapi_ticket",
        [this] { return fetchJsapiTicket(); },
        m_config.refreshMargin,
        m_config.refreshFraction,
        m_clock);
}

WeChatApiClient::~WeChatApiClient() = default;

bool WeChatApiClient::configured() const
{
    return m_config.configured();
}

std::string WeChatApiClient::accessToken()
{
    if (!configured())
    {
        WeChatApiError error(ApiFailure::NotConfigured, "cgi-bin/token", kNoErrcode, "no AppID/AppSecret");
        recordError(error);
        throw error;
    }
    return m_accessToken->get();
}

// ---- the call pipeline --------------------------------------------------------------------------

nlohmann::json WeChatApiClient::call(const std::string &api,
                                     bool post,
                                     QueryParameters query,
                                     const std::optional<nlohmann::json> &body,
                                     TokenMode mode,
                                     const std::string &sensitive)
{
    if (!configured())
    {
        WeChatApiError error(ApiFailure::NotConfigured, api, kNoErrcode, "no AppID/AppSecret");
        recordCall(api, true);
        recordError(error);
        throw error;
    }
    for (int round = 0;; ++round)
    {
        std::string token;
        QueryParameters fullQuery;
        try
        {
            if (mode == TokenMode::Global)
            {
                token = m_accessToken->get();
                fullQuery.emplace_back("access_token", token);
            }
            fullQuery.insert(fullQuery.end(), query.begin(), query.end());
            nlohmann::json result =
                execute(api, post, fullQuery, body, mode == TokenMode::Global ? token : sensitive);
            recordCall(api, false);
            return result;
        }
        catch (const WeChatApiError &error)
        {
            // Refresh once and retry once; the compare-and-delete leaves a newer token (stored by a
            // concurrent refresh) in place, and the single-flight provider fetches at most once.
            if (mode == TokenMode::Global && round == 0 && !token.empty() &&
                error.failure() == ApiFailure::Api && isTokenErrcode(error.errcode()))
            {
                m_accessToken->invalidate(token);
                continue;
            }
            recordCall(api, true);
            throw;
        }
    }
}

nlohmann::json WeChatApiClient::execute(const std::string &api,
                                        bool post,
                                        const QueryParameters &query,
                                        const std::optional<nlohmann::json> &body,
                                        const std::string &sensitive)
{
    const std::string payload = body ? body->dump() : std::string();
    const int attempts = std::max(1, m_config.maxAttempts);
    std::optional<WeChatApiError> last;
    auto fail = [&](ApiFailure failure, int errcode, const std::string &message)
    {
        last.emplace(failure, api, errcode, mask(message, sensitive));
        recordError(*last);
    };

    for (int attempt = 1; attempt <= attempts; ++attempt)
    {
        if (attempt > 1)
        {
            auto delay = m_config.backoffInitial * (1LL << std::min(attempt - 2, 20));
            m_clock->sleepFor(std::min<std::chrono::milliseconds>(delay, m_config.backoffMax));
        }
        if (!m_breaker.allow())
        {
            if (last)
                throw *last;
            const CircuitBreaker::Snapshot breaker = m_breaker.snapshot();
            fail(ApiFailure::CircuitOpen,
                 kNoErrcode,
                 "after " + std::to_string(breaker.consecutiveFailures) + " consecutive failures; retry in " +
                     std::to_string(breaker.retryIn.count()) + " ms");
            throw *last;
        }
        recordRequest(api);

        HttpResult response;
        try
        {
            response = post ? m_transport.post(api, query, payload) : m_transport.get(api, query);
        }
        catch (const std::exception &e)
        {
            m_breaker.recordFailure();
            fail(ApiFailure::Network, kNoErrcode, e.what());
            continue;
        }
        if (response.status != 200)
        {
            m_breaker.recordFailure();
            fail(ApiFailure::Network, kNoErrcode, "HTTP status " + std::to_string(response.status));
            if (response.status >= 500)
                continue;
            throw *last;
        }
        nlohmann::json json = nlohmann::json::parse(response.body, nullptr, false);
        if (json.is_discarded() || !json.is_object())
        {
            m_breaker.recordFailure();
            fail(ApiFailure::BadResponse, kNoErrcode, "the body is not a JSON object");
            continue;
        }
        int errcode = 0;
        if (auto it = json.find("errcode"); it != json.end())
        {
            if (!it->is_number_integer())
            {
                m_breaker.recordFailure();
                fail(ApiFailure::BadResponse, kNoErrcode, "errcode is not an integer");
                continue;
            }
            errcode = it->get<int>();
        }
        if (errcode == 0)
        {
            m_breaker.recordSuccess();
            return json;
        }
        fail(ApiFailure::Api, errcode, stringField(json, "errmsg"));
        if (errcode == -1)
        {
            m_breaker.recordFailure();
            continue;
        }
        // Quota errors mean WeChat refuses us for a while: count them against the breaker but do not
        // retry now (45009 lasts until midnight, 45011 for the minute). Any other errcode is a proper
        // answer from a healthy upstream.
        if (errcode == 45009 || errcode == 45011)
            m_breaker.recordFailure();
        else
            m_breaker.recordSuccess();
        throw *last;
    }
    throw *last;
}

FetchedCredential WeChatApiClient::fetchAccessToken()
{
    nlohmann::json json;
    std::string api;
    if (m_config.useStableToken)
    {
        api = "cgi-bin/stable_token";
        nlohmann::json body = {{"grant_type", "client_credential"},
                               {"appid", m_config.appId},
                               {"secret", m_config.appSecret},
                               {"force_refresh", false}};
        json = call(api, true, {}, body, TokenMode::None);
    }
    else
    {
        api = "cgi-bin/token";
        json = call(
            api,
            false,
            {{"grant_type", "client_credential"}, {"appid", m_config.appId}, {"secret", m_config.appSecret}},
            std::nullopt,
            TokenMode::None);
    }
    FetchedCredential credential{stringField(json, "access_token"),
                                 std::chrono::seconds(integerField(json, "expires_in"))};
    if (credential.value.empty() || credential.expiresIn.count() <= 0)
    {
        WeChatApiError error(
            ApiFailure::BadResponse, api, kNoErrcode, "no access_token/expires_in in the answer");
        recordError(error);
        throw error;
    }
    return credential;
}

FetchedCredential WeChatApiClient::fetchJsapiTicket()
{
    const std::string api = "cgi-bin/ticket/getticket";
    nlohmann::json json = call(api, false, {{"type", "jsapi"}}, std::nullopt, TokenMode::Global);
    FetchedCredential credential{stringField(json, "ticket"),
                                 std::chrono::seconds(integerField(json, "expires_in"))};
    if (credential.value.empty() || credential.expiresIn.count() <= 0)
    {
        WeChatApiError error(ApiFailure::BadResponse, api, kNoErrcode, "no ticket/expires_in in the answer");
        recordError(error);
        throw error;
    }
    return credential;
}

// ---- QR codes -----------------------------------------------------------------------------------

QrCode WeChatApiClient::createQrCode(const std::string &scene,
                                     std::optional<std::chrono::seconds> temporaryFor)
{
    if (scene.empty() || scene.size() > kMaxSceneStrBytes)
        throw invalidArgument(
            "scene", scene.empty() ? FieldCode::Required : FieldCode::TooLong, "must be 1-64 bytes");
    nlohmann::json body;
    if (temporaryFor)
    {
        if (temporaryFor->count() < 1 || temporaryFor->count() > kMaxTemporaryQrSeconds)
            throw invalidArgument("expireSeconds", FieldCode::OutOfRange, "must be 1-2592000");
        body["expire_seconds"] = temporaryFor->count();
        body["action_name"] = "QR_STR_SCENE";
    }
    else
    {
        body["action_name"] = "QR_LIMIT_STR_SCENE";
    }
    // The scene sits under action_info.scene, not directly under action_info (§5).
    body["action_info"] = {{"scene", {{"scene_str", scene}}}};
    return createQrCodeFromBody(body);
}

QrCode WeChatApiClient::createQrCodeForId(std::int64_t sceneId,
                                          std::optional<std::chrono::seconds> temporaryFor)
{
    nlohmann::json body;
    if (temporaryFor)
    {
        if (sceneId == 0 || sceneId < INT32_MIN || sceneId > INT32_MAX)
            throw invalidArgument("scene", FieldCode::OutOfRange, "must be a non-zero 32-bit integer");
        if (temporaryFor->count() < 1 || temporaryFor->count() > kMaxTemporaryQrSeconds)
            throw invalidArgument("expireSeconds", FieldCode::OutOfRange, "must be 1-2592000");
        body["expire_seconds"] = temporaryFor->count();
        body["action_name"] = "QR_SCENE";
    }
    else
    {
        if (sceneId < 1 || sceneId > 100000)
            throw invalidArgument("scene", FieldCode::OutOfRange, "must be 1-100000 for a permanent code");
        body["action_name"] = "QR_LIMIT_SCENE";
    }
    body["action_info"] = {{"scene", {{"scene_id", sceneId}}}};
    return createQrCodeFromBody(body);
}

QrCode WeChatApiClient::createQrCodeFromBody(const nlohmann::json &body)
{
    const std::string api = "cgi-bin/qrcode/create";
    nlohmann::json json = call(api, true, {}, body, TokenMode::Global);
    QrCode code;
    code.ticket = stringField(json, "ticket");
    code.url = stringField(json, "url");
    if (auto it = json.find("expire_seconds"); it != json.end() && it->is_number_integer())
        code.expireSeconds = it->get<std::int64_t>();
    if (code.ticket.empty() || code.url.empty())
    {
        WeChatApiError error(ApiFailure::BadResponse, api, kNoErrcode, "no ticket/url in the answer");
        recordError(error);
        throw error;
    }
    return code;
}

// ---- users and tags -----------------------------------------------------------------------------

std::int64_t WeChatApiClient::createTag(const std::string &name)
{
    if (name.empty() || name.size() > kMaxTagNameBytes)
        throw invalidArgument(
            "name", name.empty() ? FieldCode::Required : FieldCode::TooLong, "must be 1-30 bytes");
    const std::string api = "cgi-bin/tags/create";
    nlohmann::json json = call(api, true, {}, nlohmann::json{{"tag", {{"name", name}}}}, TokenMode::Global);
    auto tag = json.find("tag");
    if (tag == json.end() || !tag->is_object() || !tag->contains("id") || !(*tag)["id"].is_number_integer())
    {
        WeChatApiError error(ApiFailure::BadResponse, api, kNoErrcode, "no tag.id in the answer");
        recordError(error);
        throw error;
    }
    return (*tag)["id"].get<std::int64_t>();
}

void WeChatApiClient::batchTag(std::int64_t tagId, const std::vector<std::string> &openids)
{
    tagMembers("cgi-bin/tags/members/batchtagging", tagId, openids);
}

void WeChatApiClient::batchUntag(std::int64_t tagId, const std::vector<std::string> &openids)
{
    tagMembers("cgi-bin/tags/members/batchuntagging", tagId, openids);
}

void WeChatApiClient::tagMembers(const std::string &api,
                                 std::int64_t tagId,
                                 const std::vector<std::string> &openids)
{
    for (const std::string &openid : openids)
    {
        if (openid.empty())
            throw invalidArgument("openids", FieldCode::Required, "must not contain an empty openid");
    }
    for (std::size_t start = 0; start < openids.size(); start += kTaggingChunk)
    {
        const std::size_t end = std::min(openids.size(), start + kTaggingChunk);
        nlohmann::json body = {{"openid_list",
                                std::vector<std::string>(openids.begin() + static_cast<std::ptrdiff_t>(start),
                                                         openids.begin() + static_cast<std::ptrdiff_t>(end))},
                               {"tagid", tagId}};
        try
        {
            call(api, true, {}, body, TokenMode::Global);
        }
        catch (const WeChatApiError &error)
        {
            // Developers report spurious 45159 for valid tag ids right after tags/create (§7).
            if (error.failure() != ApiFailure::Api || error.errcode() != 45159)
                throw;
            m_clock->sleepFor(m_config.backoffInitial);
            call(api, true, {}, body, TokenMode::Global);
        }
    }
}

UserInfo WeChatApiClient::userInfo(const std::string &openid, const std::string &lang)
{
    if (openid.empty())
        throw invalidArgument("openid", FieldCode::Required, "must not be empty");
    nlohmann::json json = call(
        "cgi-bin/user/info", false, {{"openid", openid}, {"lang", lang}}, std::nullopt, TokenMode::Global);
    UserInfo info;
    info.subscribed = integerField(json, "subscribe") != 0;
    info.openid = stringField(json, "openid");
    info.subscribeTime = integerField(json, "subscribe_time");
    info.unionId = stringField(json, "unionid");
    info.language = stringField(json, "language");
    info.remark = stringField(json, "remark");
    info.groupId = integerField(json, "groupid");
    if (auto it = json.find("tagid_list"); it != json.end() && it->is_array())
    {
        for (const nlohmann::json &id : *it)
        {
            if (id.is_number_integer())
                info.tagIds.push_back(id.get<std::int64_t>());
        }
    }
    info.subscribeScene = stringField(json, "subscribe_scene");
    info.qrScene = integerField(json, "qr_scene");
    info.qrSceneStr = stringField(json, "qr_scene_str");
    return info;
}

// ---- template messages --------------------------------------------------------------------------

std::int64_t WeChatApiClient::sendTemplateMessage(const std::string &openid,
                                                  const std::string &templateId,
                                                  const std::string &url,
                                                  const nlohmann::json &data,
                                                  const std::string &clientMsgId)
{
    if (openid.empty())
        throw invalidArgument("openid", FieldCode::Required, "must not be empty");
    if (templateId.empty())
        throw invalidArgument("templateId", FieldCode::Required, "must not be empty");
    if (!data.is_object())
        throw invalidArgument("data", FieldCode::InvalidFormat, "must be an object of placeholder values");
    nlohmann::json items = nlohmann::json::object();
    for (const auto &[name, value] : data.items())
    {
        if (value.is_string())
            items[name] = {{"value", value}};
        else if (value.is_object() && value.contains("value") && value["value"].is_string())
            items[name] = value;
        else
            throw invalidArgument("data." + name,
                                  FieldCode::InvalidFormat,
                                  "must be a string or an object with a string \"value\"");
    }
    nlohmann::json body = {{"touser", openid}, {"template_id", templateId}, {"data", items}};
    if (!url.empty())
        body["url"] = url;
    if (!clientMsgId.empty())
        body["client_msg_id"] = clientMsgId;
    const std::string api = "cgi-bin/message/template/send";
    nlohmann::json json = call(api, true, {}, body, TokenMode::Global);
    auto msgid = json.find("msgid");
    if (msgid == json.end() || !msgid->is_number_integer())
    {
        WeChatApiError error(ApiFailure::BadResponse, api, kNoErrcode, "no msgid in the answer");
        recordError(error);
        throw error;
    }
    return msgid->get<std::int64_t>();
}

// ---- JS-SDK -------------------------------------------------------------------------------------

std::string WeChatApiClient::jsapiTicket()
{
    if (!configured())
    {
        WeChatApiError error(
            ApiFailure::NotConfigured, "cgi-bin/ticket/getticket", kNoErrcode, "no AppID/AppSecret");
        recordError(error);
        throw error;
    }
    return m_jsapiTicket->get();
}

JsSdkConfig WeChatApiClient::jssdkConfig(const std::string &pageUrl)
{
    std::string url = pageUrl.substr(0, pageUrl.find('#'));
    if (url.empty())
        throw invalidArgument("url", FieldCode::Required, "must not be empty");
    const std::string ticket = jsapiTicket();
    Result<std::string> nonce = MessageCrypto::randomAlphanumeric(16);
    if (!nonce)
        throw nonce.error().toError();
    JsSdkConfig config;
    config.appId = m_config.appId;
    config.timestamp =
        std::chrono::duration_cast<std::chrono::seconds>(m_clock->wallNow().time_since_epoch()).count();
    config.nonceStr = nonce.value();
    config.signature = jsSdkSignature(ticket, config.nonceStr, std::to_string(config.timestamp), url);
    return config;
}

// ---- web authorization --------------------------------------------------------------------------

std::string WeChatApiClient::authorizeUrl(const std::string &redirectUri,
                                          OAuthScope scope,
                                          const std::string &state) const
{
    if (redirectUri.empty())
        throw invalidArgument("redirectUri", FieldCode::Required, "must not be empty");
    if (state.size() > kMaxStateBytes ||
        !std::all_of(state.begin(),
                     state.end(),
                     [](char c)
                     { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        throw invalidArgument("state",
                              state.size() > kMaxStateBytes ? FieldCode::TooLong : FieldCode::InvalidFormat,
                              "must be at most 128 characters of [A-Za-z0-9]");
    // WeChat checks the link against a fixed pattern: keep exactly this parameter order (§8).
    return m_config.oauthAuthorizeBase + "?appid=" + percentEncode(m_config.appId) +
           "&redirect_uri=" + percentEncode(redirectUri) + "&response_type=code&scope=" +
           (scope == OAuthScope::UserInfo ? "snsapi_userinfo" : "snsapi_base") + "&state=" + state +
           "#wechat_redirect";
}

OAuthToken WeChatApiClient::exchangeCode(const std::string &code)
{
    if (code.empty())
        throw invalidArgument("code", FieldCode::Required, "must not be empty");
    const std::string api = "sns/oauth2/access_token";
    nlohmann::json json = call(api,
                               false,
                               {{"appid", m_config.appId},
                                {"secret", m_config.appSecret},
                                {"code", code},
                                {"grant_type", "authorization_code"}},
                               std::nullopt,
                               TokenMode::None,
                               code);
    return parseOAuthToken(api, json);
}

OAuthToken WeChatApiClient::refreshOAuthToken(const std::string &refreshToken)
{
    if (refreshToken.empty())
        throw invalidArgument("refreshToken", FieldCode::Required, "must not be empty");
    const std::string api = "sns/oauth2/refresh_token";
    nlohmann::json json =
        call(api,
             false,
             {{"appid", m_config.appId}, {"grant_type", "refresh_token"}, {"refresh_token", refreshToken}},
             std::nullopt,
             TokenMode::None,
             refreshToken);
    return parseOAuthToken(api, json);
}

OAuthToken WeChatApiClient::parseOAuthToken(const std::string &api, const nlohmann::json &json)
{
    OAuthToken token;
    token.openid = stringField(json, "openid");
    token.accessToken = stringField(json, "access_token");
    token.refreshToken = stringField(json, "refresh_token");
    token.expiresIn = integerField(json, "expires_in");
    token.scope = stringField(json, "scope");
    token.unionId = stringField(json, "unionid");
    token.snapshotUser = integerField(json, "is_snapshotuser") == 1;
    if (token.openid.empty() || token.accessToken.empty())
    {
        WeChatApiError error(
            ApiFailure::BadResponse, api, kNoErrcode, "no openid/access_token in the answer");
        recordError(error);
        throw error;
    }
    return token;
}

OAuthUserInfo WeChatApiClient::oauthUserInfo(const std::string &userAccessToken,
                                             const std::string &openid,
                                             const std::string &lang)
{
    if (userAccessToken.empty() || openid.empty())
        throw invalidArgument(
            userAccessToken.empty() ? "accessToken" : "openid", FieldCode::Required, "must not be empty");
    nlohmann::json json = call("sns/userinfo",
                               false,
                               {{"access_token", userAccessToken}, {"openid", openid}, {"lang", lang}},
                               std::nullopt,
                               TokenMode::None,
                               userAccessToken);
    OAuthUserInfo info;
    info.openid = stringField(json, "openid");
    info.nickname = stringField(json, "nickname");
    info.sex = static_cast<int>(integerField(json, "sex"));
    info.province = stringField(json, "province");
    info.city = stringField(json, "city");
    info.country = stringField(json, "country");
    info.headImgUrl = stringField(json, "headimgurl");
    if (auto it = json.find("privilege"); it != json.end() && it->is_array())
    {
        for (const nlohmann::json &privilege : *it)
        {
            if (privilege.is_string())
                info.privileges.push_back(privilege.get<std::string>());
        }
    }
    info.unionId = stringField(json, "unionid");
    return info;
}

// ---- bookkeeping --------------------------------------------------------------------------------

std::string WeChatApiClient::mask(const std::string &text, const std::string &sensitive) const
{
    std::optional<CachedToken> token = m_accessToken->peek();
    std::optional<CachedToken> ticket = m_jsapiTicket->peek();
    return maskSecrets(text,
                       {m_config.appSecret,
                        sensitive,
                        token ? std::string_view(token->value) : std::string_view(),
                        ticket ? std::string_view(ticket->value) : std::string_view()});
}

void WeChatApiClient::recordRequest(const std::string &api)
{
    std::lock_guard lock(m_statsMutex);
    ++m_calls[api].requests;
}

void WeChatApiClient::recordCall(const std::string &api, bool failed)
{
    std::lock_guard lock(m_statsMutex);
    ApiCallStats &stats = m_calls[api];
    ++stats.calls;
    if (failed)
        ++stats.failures;
}

void WeChatApiClient::recordError(const WeChatApiError &error)
{
    logger().warning(error.what());
    std::lock_guard lock(m_statsMutex);
    ApiErrorRecord record;
    record.time = m_clock->wallNow();
    record.api = error.api();
    record.errcode = error.errcode();
    record.errmsg = error.errmsg();
    record.kind = failureKind(error.failure());
    m_errors.push_back(std::move(record));
    while (m_errors.size() > std::max<std::size_t>(m_config.errorHistory, 1))
        m_errors.pop_front();
}

WeChatApiStatus WeChatApiClient::status() const
{
    WeChatApiStatus status;
    status.configured = configured();
    status.appId = m_config.appId;
    status.apiBase = m_config.apiBase;
    status.stableToken = m_config.useStableToken;
    auto credential = [](const AccessTokenProvider &provider)
    {
        CredentialStatus result;
        if (std::optional<CachedToken> token = provider.peek())
        {
            result.present = true;
            result.fetchedAt = token->fetchedAt;
            result.expiresAt = token->expiresAt;
        }
        result.fetches = provider.fetchCount();
        return result;
    };
    status.accessToken = credential(*m_accessToken);
    status.jsapiTicket = credential(*m_jsapiTicket);
    const CircuitBreaker::Snapshot breaker = m_breaker.snapshot();
    status.breakerState = std::string(CircuitBreaker::stateName(breaker.state));
    status.consecutiveFailures = breaker.consecutiveFailures;
    status.breakerRetryInMs = breaker.retryIn.count();
    status.breakerTimesOpened = breaker.timesOpened;
    std::lock_guard lock(m_statsMutex);
    status.calls = m_calls;
    status.recentErrors.assign(m_errors.begin(), m_errors.end());
    return status;
}

} // namespace nextevent::server::wechat
