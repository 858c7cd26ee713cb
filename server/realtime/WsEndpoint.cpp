// SPDX-License-Identifier: MIT
#include "server/realtime/WsEndpoint.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Time.h"

namespace nextevent::server::realtime
{
namespace
{
std::string lower(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// "scheme://host[:port]" of a URL, lower-cased, without path.
std::string originOf(const std::string &url)
{
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return {};
    const auto end = url.find('/', scheme + 3);
    return lower(url.substr(0, end));
}

/// Refuses the upgrade with the API's error envelope, so a client author sees the same errors as on /v2.
void refuse(Poco::Net::HTTPServerResponse &response,
            ErrorCode code,
            const std::string &message,
            int status = 0)
{
    if (response.sent())
        return;
    const std::string body = nlohmann::json{{"success", false},
                                            {"error",
                                             {{"code", errorCodeName(code)},
                                              {"message", message},
                                              {"details", nlohmann::json::array()},
                                              {"timestamp", formatIso8601(nextevent::now())},
                                              {"requestId", newUuid()}}}}
                                 .dump();
    response.setStatusAndReason(
        static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status ? status : httpStatus(code)));
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    response.set("Cache-Control", "no-store");
    response.send() << body;
}

class UpgradeHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit UpgradeHandler(WsEndpoint &endpoint)
        : m_endpoint(endpoint)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) override
    {
        auto &log = Poco::Logger::get("realtime");
        const std::string peer = request.clientAddress().toString();
        if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET)
        {
            response.set("Allow", "GET");
            refuse(
                response, ErrorCode::Validation, "Method not allowed; use GET with a WebSocket upgrade", 405);
            return;
        }
        if (!m_endpoint.originAllowed(request.get("Origin", ""), request.getHost()))
        {
            refuse(response, ErrorCode::Forbidden, "This origin may not open a WebSocket here");
            return;
        }
        if (m_endpoint.hub().full())
        {
            response.set("Retry-After", "5");
            refuse(response, ErrorCode::Unavailable, "Too many live connections; try again shortly", 503);
            return;
        }
        std::optional<app::Principal> principal;
        try
        {
            Poco::URI uri(request.getURI());
            for (const auto &[key, value] : uri.getQueryParameters())
                if (key == "access_token" && !value.empty())
                    principal = m_endpoint.auth().authenticate(value);
        }
        catch (const Error &e)
        {
            refuse(response, e.code(), e.what());
            return;
        }
        catch (const Poco::SyntaxException &)
        {
            refuse(response, ErrorCode::Validation, "The request URI is malformed");
            return;
        }
        try
        {
            Poco::Net::WebSocket socket(request, response);
            if (!m_endpoint.hub().accept(std::move(socket), peer, std::move(principal)))
                log.warning("WebSocket from %s refused: server full", peer);
        }
        catch (const Poco::Net::WebSocketException &e)
        {
            if (e.code() == Poco::Net::WebSocket::WS_ERR_NO_HANDSHAKE)
            {
                response.set("Upgrade", "websocket");
                refuse(response, ErrorCode::Validation, "This endpoint speaks WebSocket only", 426);
            }
            else
            {
                response.set("Sec-WebSocket-Version", "13");
                refuse(response, ErrorCode::Validation, "Invalid WebSocket handshake");
            }
        }
        catch (const Poco::Exception &e)
        {
            log.warning("WebSocket handshake with %s failed: %s", peer, e.displayText());
        }
    }

private:
    WsEndpoint &m_endpoint;
};
} // namespace

WsEndpoint::WsEndpoint(Hub &hub, app::AuthService &auth, const app::Config &config)
    : m_hub(hub)
    , m_auth(auth)
    , m_publicOrigin(originOf(config.publicUrl))
{
    std::string item;
    for (std::size_t i = 0; i <= config.wsAllowedOrigins.size(); ++i)
    {
        const char c = i < config.wsAllowedOrigins.size() ? config.wsAllowedOrigins[i] : ',';
        if (c == ',')
        {
            if (item == "*")
                m_anyOrigin = true;
            else if (!item.empty())
                m_allowed.push_back(lower(item));
            item.clear();
        }
        else if (c != ' ')
            item.push_back(c);
    }
}

Poco::Net::HTTPRequestHandler *WsEndpoint::createHandler()
{
    return new UpgradeHandler(*this);
}

bool WsEndpoint::originAllowed(const std::string &origin, const std::string &host) const
{
    if (origin.empty())
        return true;
    if (m_anyOrigin)
        return true;
    const std::string o = lower(origin);
    if (o == "null")
        return false;
    if (!m_publicOrigin.empty() && o == m_publicOrigin)
        return true;
    for (const auto &a : m_allowed)
        if (o == a)
            return true;
    // Same origin: the page was served by this host (behind a proxy, PUBLIC_URL covers the public name).
    const auto scheme = o.find("://");
    return scheme != std::string::npos && !host.empty() && o.substr(scheme + 3) == lower(host);
}

} // namespace nextevent::server::realtime
