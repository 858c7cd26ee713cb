// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "server/app/WebhookService.h"

namespace nextevent::server::infra
{

/// Sends webhook requests with POCO over HTTP or HTTPS. A target that resolves to a loopback, link-local,
/// private, unspecified or multicast address is refused unless private targets are allowed; over plain HTTP
/// the request goes to the very address that was checked (no second lookup for a rebinding DNS to change).
class HttpWebhookSender : public app::WebhookSender
{
public:
    HttpWebhookSender(bool allowPrivateTargets, std::chrono::milliseconds timeout);

    Outcome post(const std::string &url,
                 const std::string &body,
                 const std::vector<std::pair<std::string, std::string>> &headers) override;
    std::string refuse(const std::string &url) override;

private:
    bool m_allowPrivate;
    std::chrono::milliseconds m_timeout;
};

} // namespace nextevent::server::infra
