// SPDX-License-Identifier: MIT
#include "server/realtime/WsEndpoint.h"

#include <algorithm>
#include <sstream>
#include <variant>
#include <vector>

#include <Poco/Base64Encoder.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/StreamSocketImpl.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Net/WebSocketImpl.h>
#include <Poco/SHA1Engine.h>
#include <Poco/String.h>
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

/// The answer to a client's Sec-WebSocket-Extensions offers: permessage-deflate without context takeover
/// either way (every message compressed on its own, so the server compresses an update once for all its
/// connections), when one offer allows it; "" otherwise. Browsers offer it by default.
std::string acceptDeflate(const std::string &offers)
{
    std::vector<std::string> elements;
    Poco::Net::MessageHeader::splitElements(offers, elements);
    for (const auto &offer : elements)
    {
        std::string name;
        Poco::Net::NameValueCollection parameters;
        Poco::Net::MessageHeader::splitParameters(offer, name, parameters);
        if (Poco::icompare(name, "permessage-deflate") != 0)
            continue;
        const bool acceptable = std::all_of(parameters.begin(),
                                            parameters.end(),
                                            [](const auto &parameter)
                                            {
                                                const auto &[key, value] = parameter;
                                                if (Poco::icompare(key, "server_no_context_takeover") == 0 ||
                                                    Poco::icompare(key, "client_no_context_takeover") == 0)
                                                    return value.empty();
                                                // We inflate with the largest window, which reads any
                                                // smaller.
                                                if (Poco::icompare(key, "client_max_window_bits") == 0)
                                                    return true;
                                                // We compress with a 32 KB window.
                                                if (Poco::icompare(key, "server_max_window_bits") == 0)
                                                    return value == "15";
                                                return false;
                                            });
        if (acceptable)
            return "permessage-deflate; server_no_context_takeover; client_no_context_takeover";
    }
    return {};
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

/// Why an upgrade is refused: the envelope's code and message, the status, and extra headers.
struct Refusal
{
    ErrorCode code;
    std::string message;
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
};

/// The checks before the handshake, the same for both HTTP fronts: method, origin, capacity, token.
/// The principal of a valid access_token (none without one), or why not.
std::variant<Refusal, std::optional<app::Principal>> admitUpgrade(WsEndpoint &endpoint,
                                                                  const std::string &method,
                                                                  const std::string &origin,
                                                                  const std::string &host,
                                                                  const std::string &uri)
{
    if (method != "GET")
        return Refusal{ErrorCode::Validation,
                       "Method not allowed; use GET with a WebSocket upgrade",
                       405,
                       {{"Allow", "GET"}}};
    if (!endpoint.originAllowed(origin, host))
        return Refusal{ErrorCode::Forbidden, "This origin may not open a WebSocket here", 0, {}};
    if (endpoint.hub().full())
        return Refusal{ErrorCode::Unavailable,
                       "Too many live connections; try again shortly",
                       503,
                       {{"Retry-After", "5"}}};
    std::optional<app::Principal> principal;
    try
    {
        Poco::URI parsed(uri);
        for (const auto &[key, value] : parsed.getQueryParameters())
            if (key == "access_token" && !value.empty())
                principal = endpoint.auth().authenticate(value);
    }
    catch (const Error &e)
    {
        return Refusal{e.code(), e.what(), 0, {}};
    }
    catch (const Poco::SyntaxException &)
    {
        return Refusal{ErrorCode::Validation, "The request URI is malformed", 0, {}};
    }
    return principal;
}

void refuse(Poco::Net::HTTPServerResponse &response, const Refusal &r)
{
    for (const auto &[name, value] : r.headers)
        response.set(name, value);
    refuse(response, r.code, r.message, r.status);
}

/// A Poco::Net::Socket around an implementation (Socket's constructor for that is protected).
class SocketOf : public Poco::Net::Socket
{
public:
    explicit SocketOf(Poco::Net::SocketImpl *impl)
        : Poco::Net::Socket(impl)
    {
    }
};

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
        auto admitted = admitUpgrade(
            m_endpoint, request.getMethod(), request.get("Origin", ""), request.getHost(), request.getURI());
        if (const auto *refusal = std::get_if<Refusal>(&admitted))
        {
            refuse(response, *refusal);
            return;
        }
        auto principal = std::get<std::optional<app::Principal>>(std::move(admitted));
        try
        {
            const std::string deflate = acceptDeflate(request.get("Sec-WebSocket-Extensions", ""));
            if (!deflate.empty())
                response.set("Sec-WebSocket-Extensions", deflate);
            Poco::Net::WebSocket socket(request, response);
            if (!m_endpoint.hub().accept(std::move(socket), peer, std::move(principal), !deflate.empty()))
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

http::UpgradeAnswer WsEndpoint::answer(const http::UpgradeRequest &request)
{
    const auto header = [&](const char *name)
    {
        const auto it = request.headers.find(name);
        return it == request.headers.end() ? std::string() : it->second;
    };
    http::UpgradeAnswer answer;
    const auto refuseWith = [&](const Refusal &r)
    {
        answer.response.status = r.status ? r.status : httpStatus(r.code);
        answer.response.headers = r.headers;
        answer.response.headers.emplace_back("Cache-Control", "no-store");
        answer.response.body = nlohmann::json{{"success", false},
                                              {"error",
                                               {{"code", errorCodeName(r.code)},
                                                {"message", r.message},
                                                {"details", nlohmann::json::array()},
                                                {"timestamp", formatIso8601(nextevent::now())},
                                                {"requestId", newUuid()}}}}
                                   .dump();
        return answer;
    };
    auto admitted = admitUpgrade(*this, request.method, header("origin"), header("host"), request.uri);
    if (const auto *refusal = std::get_if<Refusal>(&admitted))
        return refuseWith(*refusal);
    // The handshake as POCO's WebSocket(request, response) checks it (RFC 6455 4.2.1).
    std::string connection = lower(header("connection"));
    const bool upgrade =
        connection.find("upgrade") != std::string::npos && lower(header("upgrade")) == "websocket";
    if (!upgrade)
        return refuseWith(
            {ErrorCode::Validation, "This endpoint speaks WebSocket only", 426, {{"Upgrade", "websocket"}}});
    const std::string key = header("sec-websocket-key");
    if (header("sec-websocket-version") != "13" || key.empty())
        return refuseWith(
            {ErrorCode::Validation, "Invalid WebSocket handshake", 0, {{"Sec-WebSocket-Version", "13"}}});
    Poco::SHA1Engine sha1;
    sha1.update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const auto digest = sha1.digest();
    std::ostringstream accept;
    {
        Poco::Base64Encoder base64(accept);
        base64.write(reinterpret_cast<const char *>(digest.data()),
                     static_cast<std::streamsize>(digest.size()));
        base64.close();
    }
    answer.response.status = 101;
    answer.response.contentType.clear();
    answer.response.headers = {
        {"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", accept.str()}};
    const std::string deflate = acceptDeflate(header("sec-websocket-extensions"));
    if (!deflate.empty())
        answer.response.headers.emplace_back("Sec-WebSocket-Extensions", deflate);
    auto principal = std::get<std::optional<app::Principal>>(std::move(admitted));
    answer.adopt = [this, peer = request.peer, principal = std::move(principal), deflate = !deflate.empty()](
                       int fd) mutable
    {
        // The socket as POCO's WebSocket(request, response) would leave it: a server-side WebSocketImpl
        // (unmasked frames) over the stream socket, which owns the descriptor from here on.
        auto *stream = new Poco::Net::StreamSocketImpl(fd);
        Poco::Net::StreamSocket streamSocket{SocketOf(stream)};
        Poco::Net::HTTPClientSession session(streamSocket); // only lends WebSocketImpl its (empty) buffer
        Poco::Net::WebSocket socket{SocketOf(new Poco::Net::WebSocketImpl(stream, session, false))};
        session.detachSocket(); // or the session would close the socket when it goes
        if (!m_hub.accept(std::move(socket), peer, std::move(principal), deflate))
            Poco::Logger::get("realtime").warning("WebSocket from %s refused: server full", peer);
    };
    return answer;
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
