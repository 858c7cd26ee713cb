// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

namespace nextevent::server::app
{

/// What the services need of WeChat's server API, owned here so that rules are tested with a small
/// in-process fake; `server/infra/WeChatApiGateway` implements it over `wechat::WeChatApiClient`.
/// Failures throw nextevent::Error (UNAVAILABLE when WeChat is off or unreachable).
class WeChatGateway
{
public:
    struct QrCode
    {
        std::string ticket;
        std::string content;                           ///< what the QR image encodes
        std::optional<std::chrono::seconds> expiresIn; ///< nullopt: permanent
    };

    struct SignedInUser
    {
        std::string openid;
        std::string unionId;
        std::string accessToken;     ///< the user's web access token (profile lookups)
        bool mayReadProfile = false; ///< granted snsapi_userinfo
    };

    struct Profile
    {
        std::string nickname;
        std::string avatarUrl;
        std::string unionId;
    };

    struct JsSdkSignature
    {
        std::string appId;
        std::int64_t timestamp = 0;
        std::string nonceStr;
        std::string signature;
    };

    virtual ~WeChatGateway() = default;

    /// False when the account's AppID and AppSecret are not set: the services fall back or refuse.
    virtual bool configured() const = 0;
    virtual QrCode createQrCode(const std::string &scene,
                                std::optional<std::chrono::seconds> temporaryFor) = 0;
    virtual std::string
    authorizeUrl(const std::string &redirectUri, bool profileScope, const std::string &state) const = 0;
    virtual SignedInUser exchangeCode(const std::string &code) = 0;
    virtual Profile profile(const std::string &userAccessToken, const std::string &openid) = 0;
    virtual JsSdkSignature signJsSdk(const std::string &pageUrl) = 0;
    virtual void tag(std::int64_t tagId, const std::vector<std::string> &openids) = 0;
    virtual void sendTemplateMessage(const std::string &openid,
                                     const std::string &templateId,
                                     const std::string &url,
                                     const nlohmann::json &data,
                                     const std::string &clientMsgId) = 0;
    /// The status page's snapshot (token age, breaker, counts, recent errors).
    virtual nlohmann::json status(TimePoint now) const = 0;
};

} // namespace nextevent::server::app
