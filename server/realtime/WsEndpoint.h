// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <Poco/Net/HTTPRequestHandler.h>

#include "server/app/AuthService.h"
#include "server/app/Config.h"
#include "server/http/Pipeline.h"
#include "server/realtime/Hub.h"

namespace nextevent::server::realtime
{

/// The /ws handshake: method, origin, capacity and token checks, then POCO's 101 upgrade, after which the
/// socket is handed to the hub and the HTTP thread goes back to its pool.
class WsEndpoint
{
public:
    WsEndpoint(Hub &hub, app::AuthService &auth, const app::Config &config);

    /// A handler for one upgrade request (owned by POCO's HTTP server).
    Poco::Net::HTTPRequestHandler *createHandler();

    /// The same endpoint for the reactor front: the checks and the handshake's answer, and once the 101
    /// is written, the socket given to the hub.
    http::UpgradeAnswer answer(const http::UpgradeRequest &request);

    /// Whether a browser page from `origin` may connect; `host` is the request's Host header. Requests
    /// without an Origin (native clients such as the console) are not cross-site and are allowed.
    bool originAllowed(const std::string &origin, const std::string &host) const;

    Hub &hub()
    {
        return m_hub;
    }

    app::AuthService &auth()
    {
        return m_auth;
    }

private:
    Hub &m_hub;
    app::AuthService &m_auth;
    std::string m_publicOrigin;
    std::vector<std::string> m_allowed;
    bool m_anyOrigin = false;
};

} // namespace nextevent::server::realtime
