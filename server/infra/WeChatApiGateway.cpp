// SPDX-License-Identifier: MIT
#include "server/infra/WeChatApiGateway.h"

#include "server/app/Blocking.h"
#include "server/wechat/WeChatApiClient.h"

namespace nextevent::server::infra
{

WeChatApiGateway::WeChatApiGateway(wechat::WeChatApiClient &client)
    : m_client(client)
{
}

bool WeChatApiGateway::configured() const
{
    return m_client.configured();
}

app::WeChatGateway::QrCode WeChatApiGateway::createQrCode(const std::string &scene,
                                                          std::optional<std::chrono::seconds> temporaryFor)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    const auto qr = m_client.createQrCode(scene, temporaryFor);
    QrCode out{qr.ticket, qr.url, std::nullopt};
    if (qr.expireSeconds)
        out.expiresIn = std::chrono::seconds(*qr.expireSeconds);
    return out;
}

std::string WeChatApiGateway::authorizeUrl(const std::string &redirectUri,
                                           bool profileScope,
                                           const std::string &state) const
{
    return m_client.authorizeUrl(
        redirectUri, profileScope ? wechat::OAuthScope::UserInfo : wechat::OAuthScope::Base, state);
}

app::WeChatGateway::SignedInUser WeChatApiGateway::exchangeCode(const std::string &code)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    const auto token = m_client.exchangeCode(code);
    return {token.openid,
            token.unionId,
            token.accessToken,
            token.scope.find("snsapi_userinfo") != std::string::npos};
}

app::WeChatGateway::Profile WeChatApiGateway::profile(const std::string &userAccessToken,
                                                      const std::string &openid)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    const auto info = m_client.oauthUserInfo(userAccessToken, openid);
    return {info.nickname, info.headImgUrl, info.unionId};
}

app::WeChatGateway::JsSdkSignature WeChatApiGateway::signJsSdk(const std::string &pageUrl)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    const auto config = m_client.jssdkConfig(pageUrl);
    return {config.appId, config.timestamp, config.nonceStr, config.signature};
}

void WeChatApiGateway::tag(std::int64_t tagId, const std::vector<std::string> &openids)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    m_client.batchTag(tagId, openids);
}

void WeChatApiGateway::sendTemplateMessage(const std::string &openid,
                                           const std::string &templateId,
                                           const std::string &url,
                                           const nlohmann::json &data,
                                           const std::string &clientMsgId)
{
    app::mayWaitHere(); // the API may be called (or a token fetched)
    m_client.sendTemplateMessage(openid, templateId, url, data, clientMsgId);
}

nlohmann::json WeChatApiGateway::status(TimePoint now) const
{
    return m_client.status().toJson(now);
}

} // namespace nextevent::server::infra
