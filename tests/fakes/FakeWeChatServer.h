// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nextevent::testing
{

/// One HTTP request the fake received, as tests inspect it.
struct RecordedRequest
{
    std::string method;
    /// With the leading slash, e.g. "/cgi-bin/token".
    std::string path;
    /// URL-decoded query parameters (the last value wins for a repeated name).
    std::map<std::string, std::string> query;
    std::string rawQuery;
    std::string body;

    /// The body parsed as JSON (discarded value when it is not JSON).
    nlohmann::json json() const;
};

/// A follower known to the fake (cgi-bin/user/info, tagging, template messages, OAuth profile).
struct FakeUser
{
    std::string openid;
    bool subscribed = true;
    std::int64_t subscribeTime = 1700000000;
    std::string unionId;
    std::string remark;
    std::string language = "zh_CN";
    std::string subscribeScene = "ADD_SCENE_QR_CODE";
    std::int64_t qrScene = 0;
    std::string qrSceneStr;
    // Only sns/userinfo returns these (cgi-bin/user/info stopped in 2021).
    std::string nickname;
    int sex = 0;
    std::string province;
    std::string city;
    std::string country;
    std::string headImgUrl;
};

/// A QR code the fake issued, with the scene it parsed from the request.
struct FakeQrCode
{
    std::string actionName;
    std::int64_t sceneId = 0;
    std::string sceneStr;
    std::string ticket;
    std::string url;
    /// nullopt for permanent codes.
    std::optional<std::int64_t> expireSeconds;
};

/// An in-process fake of the WeChat Official Account server API (api.weixin.qq.com) for tests: a real
/// POCO HTTP server on 127.0.0.1 and an ephemeral port that implements the endpoints NextEvent uses
/// the way wechat-protocol.md describes them, including their error codes:
/// cgi-bin/token, cgi-bin/stable_token, cgi-bin/qrcode/create, cgi-bin/tags/create,
/// cgi-bin/tags/members/batchtagging|batchuntagging, cgi-bin/user/info,
/// cgi-bin/message/template/send, cgi-bin/ticket/getticket, sns/oauth2/access_token,
/// sns/oauth2/refresh_token, sns/userinfo. Every cgi-bin call other than the token endpoints checks
/// its access_token (41001 missing, 40001 unknown or superseded, 42001 expired). Knobs let tests
/// shorten lifetimes, force errors, add latency and inspect every request. Thread-safe.
class FakeWeChatServer
{
public:
    struct Options
    {
        std::string appId = "wx0fa4e1c0ffee0001";
        std::string appSecret = "fakeSecret0123456789abcdefABCDEF";
    };

    /// Starts listening at once. Throws Poco::Exception when the socket cannot be bound.
    FakeWeChatServer();
    explicit FakeWeChatServer(Options options);
    ~FakeWeChatServer();

    FakeWeChatServer(const FakeWeChatServer &) = delete;
    FakeWeChatServer &operator=(const FakeWeChatServer &) = delete;

    std::uint16_t port() const;
    /// "http://127.0.0.1:PORT".
    std::string baseUrl() const;
    const std::string &appId() const;
    const std::string &appSecret() const;

    /// Stops serving (later requests are refused). Called by the destructor.
    void stop();

    // ---- knobs ----

    /// expires_in of newly issued access_tokens (default 7200 s).
    void setTokenLifetime(std::chrono::seconds lifetime);
    /// expires_in of newly issued jsapi tickets (default 7200 s).
    void setTicketLifetime(std::chrono::seconds lifetime);
    /// Ends the life of every access_token issued so far, as if their expires_in had passed: API calls
    /// with them answer 42001. Tokens issued afterwards live normally. Lets tests expire tokens
    /// without waiting for the real clock.
    void expireAccessTokens();
    /// How long a cgi-bin/token token keeps working after a newer one is issued (default 300 s).
    void setTokenOverlap(std::chrono::seconds overlap);
    /// The next `count` requests (to `path`, e.g. "/cgi-bin/qrcode/create", or to any path when
    /// empty) answer HTTP 200 {"errcode": errcode, "errmsg": errmsg} instead of being served. An
    /// empty errmsg gives WeChat's usual text for the code.
    void failNext(int count, int errcode, const std::string &errmsg = {}, const std::string &path = {});
    /// The next `count` requests (to `path`, or any) answer with HTTP `status` and an empty body.
    void failNextHttp(int count, int status, const std::string &path = {});
    /// Delay before every answer.
    void setLatency(std::chrono::milliseconds latency);
    /// Makes every access_token issued so far invalid (as if another party had fetched a new one
    /// and the overlap had passed): calls with them get 40001.
    void revokeTokens();

    // ---- data ----

    void addUser(const FakeUser &user);
    void addTemplate(const std::string &templateId);
    /// A web authorization code for `openid` (who must have been added) with scope snsapi_base or
    /// snsapi_userinfo, as WeChat would append to the redirect URI. Single-use, valid for 5 minutes.
    std::string issueOAuthCode(const std::string &openid, const std::string &scope);

    // ---- inspection ----

    std::vector<RecordedRequest> requests() const;
    /// The requests to one path, e.g. "/cgi-bin/token".
    std::vector<RecordedRequest> requests(const std::string &path) const;
    std::size_t requestCount(const std::string &path) const;
    void clearRequests();
    /// Access tokens issued, oldest first (by both token endpoints).
    std::vector<std::string> issuedTokens() const;
    std::vector<FakeQrCode> qrCodes() const;
    /// The tag ids a user carries.
    std::vector<std::int64_t> tagsOf(const std::string &openid) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace nextevent::testing
