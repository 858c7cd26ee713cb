// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nextevent::server::wechat
{

/// A parametric QR code from cgi-bin/qrcode/create.
struct QrCode
{
    std::string ticket;
    /// The content to encode in the QR image (render it locally).
    std::string url;
    /// Lifetime of a temporary code; nullopt for a permanent one.
    std::optional<std::int64_t> expireSeconds;
};

/// cgi-bin/user/info. Nickname and avatar are no longer returned by WeChat (since 2021-12-27).
struct UserInfo
{
    bool subscribed = false;
    std::string openid;
    std::int64_t subscribeTime = 0;
    std::string unionId;
    std::string language;
    std::string remark;
    std::int64_t groupId = 0;
    std::vector<std::int64_t> tagIds;
    std::string subscribeScene;
    std::int64_t qrScene = 0;
    std::string qrSceneStr;
};

/// The per-user web authorization result of sns/oauth2/access_token. accessToken is unrelated to the
/// global access_token and only valid for sns/ APIs.
struct OAuthToken
{
    std::string openid;
    std::string accessToken;
    std::string refreshToken;
    std::int64_t expiresIn = 0;
    std::string scope;
    std::string unionId;
    bool snapshotUser = false;
};

/// sns/userinfo (scope snsapi_userinfo only).
struct OAuthUserInfo
{
    std::string openid;
    std::string nickname;
    int sex = 0;
    std::string province;
    std::string city;
    std::string country;
    std::string headImgUrl;
    std::vector<std::string> privileges;
    std::string unionId;
};

/// The values a page passes to wx.config (plus its own jsApiList).
struct JsSdkConfig
{
    std::string appId;
    std::int64_t timestamp = 0;
    std::string nonceStr;
    std::string signature;
};

/// The web authorization scope.
enum class OAuthScope
{
    Base,     ///< snsapi_base: silent, yields the openid only.
    UserInfo, ///< snsapi_userinfo: consent page, allows sns/userinfo.
};

} // namespace nextevent::server::wechat
