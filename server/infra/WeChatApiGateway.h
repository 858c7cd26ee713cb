// SPDX-License-Identifier: MIT
#pragma once

#include "server/app/WeChatGateway.h"

namespace nextevent::server::wechat
{
class WeChatApiClient;
}

namespace nextevent::server::infra
{

/// app::WeChatGateway over the real API client (token sharing, retries and breaker live there).
class WeChatApiGateway final : public app::WeChatGateway
{
public:
    explicit WeChatApiGateway(wechat::WeChatApiClient &client);

    bool configured() const override;
    QrCode createQrCode(const std::string &scene, std::optional<std::chrono::seconds> temporaryFor) override;
    std::string
    authorizeUrl(const std::string &redirectUri, bool profileScope, const std::string &state) const override;
    SignedInUser exchangeCode(const std::string &code) override;
    Profile profile(const std::string &userAccessToken, const std::string &openid) override;
    JsSdkSignature signJsSdk(const std::string &pageUrl) override;
    void tag(std::int64_t tagId, const std::vector<std::string> &openids) override;
    void sendTemplateMessage(const std::string &openid,
                             const std::string &templateId,
                             const std::string &url,
                             const nlohmann::json &data,
                             const std::string &clientMsgId) override;
    nlohmann::json status(TimePoint now) const override;

private:
    wechat::WeChatApiClient &m_client;
};

} // namespace nextevent::server::infra
