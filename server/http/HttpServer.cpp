// SPDX-License-Identifier: MIT
#include "server/http/HttpServer.h"

#include <chrono>
#include <thread>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Time.h"

#include "server/infra/LogContext.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

std::string errorBody(ErrorCode code,
                      const std::string &message,
                      const std::vector<FieldError> &details,
                      const std::string &requestId)
{
    json detailJson = json::array();
    for (const auto &d : details)
    {
        // A detail without a code (RATE_LIMITED's retryAfter, a check-in's reason) keeps its old shape.
        json item{{"field", d.field}};
        if (d.code)
            item["code"] = fieldCodeName(*d.code);
        item["message"] = d.message;
        detailJson.push_back(std::move(item));
    }
    return json{{"success", false},
                {"error",
                 {{"code", errorCodeName(code)},
                  {"message", message},
                  {"details", detailJson},
                  {"timestamp", formatIso8601(nextevent::now())},
                  {"requestId", requestId}}}}
        .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string safeRequestId(const std::string &given)
{
    // Echo a client's id only when it is short and plain, so it cannot inject into logs or headers.
    if (given.empty() || given.size() > 128)
        return newUuid();
    for (char c : given)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.' || c == ':'))
            return newUuid();
    return given;
}

bool knownMethod(const std::string &method)
{
    for (const char *m : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        if (method == m)
            return true;
    return false;
}

/// The path as the access log shows it: control characters escaped (a %0A must not forge a log line) and
/// ticket codes, which are their holders' keys, left out.
std::string loggedPath(const std::string &path)
{
    std::string shown = path.substr(0, 300);
    static const std::string kTickets = "/m/tickets/";
    if (shown.rfind(kTickets, 0) == 0)
    {
        const auto end = shown.find('/', kTickets.size());
        shown = kTickets + "***" + (end == std::string::npos ? "" : shown.substr(end));
    }
    std::string out;
    out.reserve(shown.size());
    static const char *hex = "0123456789ABCDEF";
    for (char c : shown)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || c == ' ' || c == '"' || c == '\\')
        {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
        else
            out += c;
    }
    return out;
}

class PipelineHandler : public Poco::Net::HTTPRequestHandler
{
public:
    PipelineHandler(const app::Config &config,
                    Router &router,
                    Metrics &metrics,
                    app::AuthService &auth,
                    const TrustedProxies &proxies)
        : m_config(config)
        , m_router(router)
        , m_metrics(metrics)
        , m_auth(auth)
        , m_proxies(proxies)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        const auto started = std::chrono::steady_clock::now();
        Request request;
        request.requestId = safeRequestId(in.get("X-Request-Id", ""));
        infra::LogContext::Scope logScope(request.requestId);
        request.method = in.getMethod();
        request.clientAddress =
            m_proxies.clientAddress(in.clientAddress().host(), in.get("X-Forwarded-For", ""));
        std::string routeName = "unmatched";
        Response response;
        try
        {
            Poco::URI uri(in.getURI());
            request.path = uri.getPath();
            for (auto &[k, v] : uri.getQueryParameters())
                request.query.emplace(k, v);
            for (const auto &[name, value] : in)
            {
                std::string lower = name;
                for (auto &c : lower)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                request.headers[lower] = value;
            }
            response = dispatch(in, request, routeName);
        }
        catch (const Error &e)
        {
            response = errorResponse(e, request.requestId);
        }
        catch (const Poco::SyntaxException &)
        {
            response = errorResponse(Error(ErrorCode::Validation, "The request URI is malformed"),
                                     request.requestId);
        }
        catch (const std::exception &e)
        {
            Poco::Logger::get("http").error(
                "unhandled error on %s %s: %s", request.method, request.path, std::string(e.what()));
            response = errorResponse(Error(ErrorCode::Internal, "Internal error"), request.requestId);
        }
        if (!m_bodyRead &&
            (in.getChunkedTransferEncoding() || (in.hasContentLength() && in.getContentLength64() > 0)))
        {
            // Refused before its body was read (bad token, no route, ...): drain a small body so the
            // connection can carry the next request; close rather than read a large one.
            if (in.hasContentLength() && in.getContentLength64() <= kDrainUnreadLimit)
                drain(in.stream());
            else
                m_close = true;
        }
        send(request, response, out);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        m_metrics.observe(request.method, routeName, response.status, seconds);
        accessLog(request, response, seconds);
    }

private:
    Response dispatch(Poco::Net::HTTPServerRequest &in, Request &request, std::string &routeName)
    {
        if (!knownMethod(request.method))
        {
            Response r = errorResponse(Error(ErrorCode::Validation, "Method not allowed"), request.requestId);
            r.status = 405;
            r.headers.emplace_back("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            return r;
        }
        const auto match = m_router.match(request.method, request.path);
        if (!match.route)
        {
            if (match.pathKnown)
            {
                std::string allow;
                for (const auto &m : match.allowedMethods)
                    allow += (allow.empty() ? "" : ", ") + m;
                Response r = errorResponse(Error(ErrorCode::Validation, "Method not allowed; use " + allow),
                                           request.requestId);
                r.status = 405;
                r.headers.emplace_back("Allow", allow);
                return r;
            }
            if (const Handler *fallback = m_router.fallbackFor(request.path))
                return (*fallback)(request);
            throw Error(ErrorCode::NotFound, "No such route: " + request.path.substr(0, 200));
        }
        routeName = match.route->pattern;
        request.pathParams = match.params;
        const std::int64_t bodyLimit =
            match.route->bodyLimit ? match.route->bodyLimit : m_config.httpMaxBodyBytes;
        if (in.hasContentLength() && in.getContentLength64() > bodyLimit)
            refuseTooLarge(in, bodyLimit);

        // Who is asking, and may they, before a byte of the body is read: an anonymous client must not
        // make the server buffer megabytes.
        const Access &access = match.route->access;
        const std::string authorization = request.header("authorization");
        if (access.kind != Access::Kind::Public || !authorization.empty())
        {
            if (authorization.rfind("Bearer ", 0) != 0)
            {
                if (access.kind != Access::Kind::Public)
                    throw Error(ErrorCode::Unauthenticated,
                                "Sign in first: send Authorization: Bearer <token>");
            }
            else
            {
                try
                {
                    request.principal = m_auth.authenticate(authorization.substr(7));
                }
                catch (const Error &)
                {
                    if (access.kind != Access::Kind::Public)
                        throw;
                }
            }
        }
        if (access.kind != Access::Kind::Public && request.principal && request.principal->isDoorDevice())
        {
            // A door token opens only the door's routes, and only for its own event.
            const auto event = match.params.find("id");
            if (!access.doorDevices)
                throw Error(ErrorCode::Forbidden, "A door device may only check in at its event");
            if (event == match.params.end() || event->second != request.principal->doorEventId)
                throw Error(ErrorCode::Forbidden, "This door device belongs to another event");
        }
        else if (access.kind == Access::Kind::Roles && !access.allows(request.principal->roles))
            grantAsTeamMember(*match.route, match.params, *request.principal);
        readBody(in, request, bodyLimit);
        return match.route->handler(request);
    }

    /// A user whose global roles do not allow the route may still act on their own event as a member of
    /// its team: their role there joins their roles for this request. Otherwise 403.
    void grantAsTeamMember(const Route &route,
                           const std::map<std::string, std::string> &params,
                           app::Principal &principal)
    {
        if (!route.scope.objectType.empty())
        {
            const auto id = params.find(route.scope.param);
            if (id != params.end())
            {
                const auto roles = m_auth.memberRoles(principal, route.scope.objectType, id->second);
                if (route.access.allows(roles))
                {
                    principal.roles.insert(principal.roles.end(), roles.begin(), roles.end());
                    return;
                }
            }
        }
        else if (route.access.eventMembers && m_auth.hasMemberships(principal))
            return;
        throw Error(ErrorCode::Forbidden, "Your role does not allow this");
    }

    [[noreturn]] void refuseTooLarge(Poco::Net::HTTPServerRequest &in, std::int64_t limit)
    {
        // Read and drop a moderately large body so the client gets the 413 instead of a reset connection;
        // anything bigger is refused by closing the connection after the answer.
        m_bodyRead = true;
        if (in.getContentLength64() <= kDrainLimit)
            drain(in.stream());
        else
            m_close = true;
        throw Error(ErrorCode::PayloadTooLarge,
                    "The request body is larger than " + std::to_string(limit) + " bytes");
    }

    void readBody(Poco::Net::HTTPServerRequest &in, Request &request, std::int64_t limit)
    {
        m_bodyRead = true;
        if (!in.hasContentLength() && !in.getChunkedTransferEncoding())
            return;
        auto &stream = in.stream();
        request.body.reserve(
            static_cast<std::size_t>(std::min<std::int64_t>(in.getContentLength64(), limit)));
        char buffer[8192];
        while (stream)
        {
            stream.read(buffer, sizeof buffer);
            request.body.append(buffer, static_cast<std::size_t>(stream.gcount()));
            if (static_cast<std::int64_t>(request.body.size()) > limit)
            {
                m_close = true;
                throw Error(ErrorCode::PayloadTooLarge,
                            "The request body is larger than " + std::to_string(limit) + " bytes");
            }
        }
    }

    static void drain(std::istream &stream)
    {
        char buffer[16384];
        while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0)
        {
        }
    }

    static Response errorResponse(const Error &e, const std::string &requestId)
    {
        Response r;
        r.status = httpStatus(e.code());
        r.body = errorBody(e.code(), e.what(), e.details(), requestId);
        if (e.code() == ErrorCode::RateLimited)
            for (const auto &d : e.details())
                if (d.field == "retryAfter")
                    r.headers.emplace_back("Retry-After", d.message);
        if (e.code() == ErrorCode::Unauthenticated)
            r.headers.emplace_back("WWW-Authenticate", "Bearer");
        return r;
    }

    void send(const Request &request, Response &response, Poco::Net::HTTPServerResponse &out)
    {
        if (response.data)
        {
            json envelope{{"success", true},
                          {"data", std::move(*response.data)},
                          {"timestamp", formatIso8601(nextevent::now())},
                          {"requestId", request.requestId}};
            envelope["message"] = response.message.empty() ? json(nullptr) : json(response.message);
            response.body = envelope.dump(-1, ' ', false, json::error_handler_t::replace);
        }
        // setStatus alone leaves the reason phrase at "OK" (POCO 1.11): "404 OK" confuses proxies and people.
        out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
        out.set("X-Request-Id", request.requestId);
        if (m_close)
            out.setKeepAlive(false);
        out.set("X-Content-Type-Options", "nosniff");
        out.set("Cache-Control", "no-store");
        for (const auto &[name, value] : response.headers)
        {
            // Several cookies need several Set-Cookie lines; any other header is set once.
            if (name == "Set-Cookie")
            {
                // Behind HTTPS every cookie (ne_rid, ticket, language, WeChat session) is sent over HTTPS
                // only.
                const bool https = m_config.publicUrl.rfind("https://", 0) == 0;
                out.add(name,
                        https && value.find("; Secure") == std::string::npos ? value + "; Secure" : value);
            }
            else
                out.set(name, value);
        }
        if (!response.contentType.empty())
            out.setContentType(response.contentType);
        out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        if (request.method == "HEAD" || response.status == 204)
        {
            out.send();
            return;
        }
        out.sendBuffer(response.body.data(), response.body.size());
    }

    void accessLog(const Request &request, const Response &response, double seconds)
    {
        auto &logger = Poco::Logger::get("access");
        if (!logger.information())
            return;
        // Path only: query strings may carry tokens. Never bodies or headers.
        logger.information("%s %s %d %z %.1fms %s %s",
                           knownMethod(request.method) ? request.method : std::string("OTHER"),
                           loggedPath(request.path),
                           response.status,
                           response.body.size(),
                           seconds * 1000.0,
                           request.clientAddress,
                           request.principal ? request.principal->username : std::string("-"));
    }

    static constexpr std::int64_t kDrainLimit = 64 * 1024 * 1024;
    static constexpr std::int64_t kDrainUnreadLimit = 64 * 1024;

    const app::Config &m_config;
    Router &m_router;
    Metrics &m_metrics;
    app::AuthService &m_auth;
    const TrustedProxies &m_proxies;
    bool m_close = false;
    bool m_bodyRead = false;
};

class PipelineFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    PipelineFactory(const app::Config &config,
                    Router &router,
                    Metrics &metrics,
                    app::AuthService &auth,
                    const TrustedProxies &proxies,
                    std::string upgradePath,
                    std::function<Poco::Net::HTTPRequestHandler *()> upgradeFactory)
        : m_config(config)
        , m_router(router)
        , m_metrics(metrics)
        , m_auth(auth)
        , m_proxies(proxies)
        , m_upgradePath(std::move(upgradePath))
        , m_upgradeFactory(std::move(upgradeFactory))
    {
    }

    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override
    {
        if (m_upgradeFactory)
        {
            const auto &uri = request.getURI();
            if (uri.compare(0, m_upgradePath.size(), m_upgradePath) == 0 &&
                (uri.size() == m_upgradePath.size() || uri[m_upgradePath.size()] == '?'))
            {
                return m_upgradeFactory();
            }
        }
        return new PipelineHandler(m_config, m_router, m_metrics, m_auth, m_proxies);
    }

private:
    const app::Config &m_config;
    Router &m_router;
    Metrics &m_metrics;
    app::AuthService &m_auth;
    const TrustedProxies &m_proxies;
    std::string m_upgradePath;
    std::function<Poco::Net::HTTPRequestHandler *()> m_upgradeFactory;
};
} // namespace

HttpServer::HttpServer(const app::Config &config, Router &router, Metrics &metrics, app::AuthService &auth)
    : m_config(config)
    , m_router(router)
    , m_metrics(metrics)
    , m_auth(auth)
    , m_proxies(config.trustedProxies)
{
}

HttpServer::~HttpServer()
{
    if (m_server)
        stop(0);
}

void HttpServer::setUpgradeHandler(std::string path, std::function<Poco::Net::HTTPRequestHandler *()> factory)
{
    m_upgradePath = std::move(path);
    m_upgradeFactory = std::move(factory);
}

Poco::Net::ServerSocket HttpServer::listen(const std::string &host, int port)
{
    Poco::Net::SocketAddress address(host, static_cast<Poco::UInt16>(port));
    // POCO 1.11 sets SO_REUSEPORT, so a second server on a busy port would start silently: refuse instead.
    if (port != 0)
    {
        try
        {
            Poco::Net::StreamSocket probe;
            probe.connect(address, Poco::Timespan(0, 200000));
            throw std::runtime_error("port " + std::to_string(port) + " on " + host + " is already in use");
        }
        catch (const Poco::Exception &)
        {
        }
    }
    return Poco::Net::ServerSocket(address, 1024);
}

void HttpServer::start()
{
    start(listen(m_config.httpHost, m_config.httpPort));
}

void HttpServer::start(Poco::Net::ServerSocket socket)
{
    m_port = socket.address().port();
    // One pool thread per keep-alive connection (POCO-NOTES.md): size for hundreds of clients; keep only
    // two when idle (WebSockets hold none after their handshake), reclaiming the rest after 10 s idle.
    // 1 MiB stacks: handlers run gumbo, mustache and nlohmann on client input; inputs are bounded (depth,
    // size) but the headroom keeps a future parser from turning one request into a crash.
    m_pool = std::make_unique<Poco::ThreadPool>(2, m_config.httpMaxThreads, 10, 1024 * 1024);
    auto *params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(m_config.httpMaxThreads);
    params->setMaxQueued(m_config.httpMaxQueued);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(m_config.httpKeepAliveSeconds, 0));
    params->setTimeout(Poco::Timespan(m_config.httpTimeoutSeconds, 0));
    params->setServerName("NextEvent");
    m_server = std::make_unique<Poco::Net::HTTPServer>(
        new PipelineFactory(
            m_config, m_router, m_metrics, m_auth, m_proxies, m_upgradePath, m_upgradeFactory),
        *m_pool,
        socket,
        params);
    m_server->start();
}

void HttpServer::stop(int graceSeconds)
{
    if (!m_server)
        return;
    m_server->stop(); // no new connections
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(graceSeconds);
    while (m_server->currentConnections() > 0 && std::chrono::steady_clock::now() < deadline)
    {
        // Idle keep-alive connections are closed; busy ones finish their request first.
        m_server->stopAll(false);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    m_server->stopAll(true);
    m_pool->joinAll();
    m_server.reset();
}

int HttpServer::port() const
{
    return m_port;
}

int HttpServer::openConnections() const
{
    return m_server ? m_server->currentConnections() : 0;
}

} // namespace nextevent::server::http
