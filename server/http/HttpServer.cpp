// SPDX-License-Identifier: MIT
#include "server/http/HttpServer.h"

#include <chrono>
#include <future>
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
#include <Poco/String.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Time.h"

#include "server/http/ReactorFront.h"
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

Response errorResponse(const Error &e, const std::string &requestId)
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

constexpr std::int64_t kDrainLimit = 64 * 1024 * 1024;
constexpr std::int64_t kDrainUnreadLimit = 64 * 1024;
} // namespace

Pipeline::Pipeline(const app::Config &config, Router &router, Metrics &metrics, app::AuthService &auth)
    : m_config(config)
    , m_router(router)
    , m_metrics(metrics)
    , m_auth(auth)
    , m_proxies(config.trustedProxies)
{
}

bool Pipeline::admit(Exchange &x, const RequestHead &head) const
{
    Request &request = x.request;
    std::string givenId;
    for (const auto &[name, value] : head.headers)
        if (Poco::icompare(name, "X-Request-Id") == 0)
            givenId = value;
    request.requestId = safeRequestId(givenId);
    infra::LogContext::Scope logScope(request.requestId);
    request.method = head.method;
    try
    {
        std::string forwardedFor;
        for (const auto &[name, value] : head.headers)
        {
            std::string lower = name;
            for (auto &c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == "x-forwarded-for")
                forwardedFor = value;
            request.headers[lower] = value;
        }
        request.clientAddress = m_proxies.clientAddress(head.peer, forwardedFor);
        Poco::URI uri(head.uri);
        request.path = uri.getPath();
        for (auto &[k, v] : uri.getQueryParameters())
            request.query.emplace(k, v);
        if (auto refused = dispatch(x, head))
        {
            x.response = std::move(*refused);
            x.route = nullptr;
            return false;
        }
        return true;
    }
    catch (const Error &e)
    {
        x.response = errorResponse(e, request.requestId);
    }
    catch (const Poco::SyntaxException &)
    {
        x.response =
            errorResponse(Error(ErrorCode::Validation, "The request URI is malformed"), request.requestId);
    }
    catch (const std::exception &e)
    {
        Poco::Logger::get("http").error(
            "unhandled error on %s %s: %s", request.method, request.path, std::string(e.what()));
        x.response = errorResponse(Error(ErrorCode::Internal, "Internal error"), request.requestId);
    }
    x.route = nullptr;
    return false;
}

void Pipeline::run(Exchange &x) const
{
    infra::LogContext::Scope logScope(x.request.requestId);
    try
    {
        x.response = x.route->handler(x.request);
    }
    catch (const std::exception &)
    {
        settle(x, nullptr, std::current_exception());
    }
}

void Pipeline::settle(Exchange &x, Response *response, std::exception_ptr error) const
{
    try
    {
        if (error)
            std::rethrow_exception(error);
        x.response = response
                         ? std::move(*response)
                         : errorResponse(Error(ErrorCode::Internal, "Internal error"), x.request.requestId);
    }
    catch (const Error &e)
    {
        x.response = errorResponse(e, x.request.requestId);
    }
    catch (const std::exception &e)
    {
        Poco::Logger::get("http").error(
            "unhandled error on %s %s: %s", x.request.method, x.request.path, std::string(e.what()));
        x.response = errorResponse(Error(ErrorCode::Internal, "Internal error"), x.request.requestId);
    }
    x.response.deferred = nullptr;
}

void Pipeline::fail(Exchange &x, const Error &error) const
{
    x.response = errorResponse(error, x.request.requestId);
}

std::optional<Response> Pipeline::dispatch(Exchange &x, const RequestHead &head) const
{
    Request &request = x.request;
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
    x.routeName = match.route->pattern;
    request.pathParams = match.params;
    const std::int64_t bodyLimit =
        match.route->bodyLimit ? match.route->bodyLimit : m_config.httpMaxBodyBytes;
    if (head.contentLength && *head.contentLength > bodyLimit)
    {
        x.bodyTooLarge = true;
        throw Error(ErrorCode::PayloadTooLarge,
                    "The request body is larger than " + std::to_string(bodyLimit) + " bytes");
    }

    // Who is asking, and may they, before a byte of the body is read: an anonymous client must not
    // make the server buffer megabytes.
    const Access &access = match.route->access;
    const std::string authorization = request.header("authorization");
    if (access.kind != Access::Kind::Public || !authorization.empty())
    {
        if (authorization.rfind("Bearer ", 0) != 0)
        {
            if (access.kind != Access::Kind::Public)
                throw Error(ErrorCode::Unauthenticated, "Sign in first: send Authorization: Bearer <token>");
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
    x.route = match.route;
    x.bodyLimit = bodyLimit;
    return std::nullopt; // admitted: the front reads the body and calls run()
}

/// A user whose global roles do not allow the route may still act on their own event as a member of
/// its team: their role there joins their roles for this request. Otherwise 403.
void Pipeline::grantAsTeamMember(const Route &route,
                                 const std::map<std::string, std::string> &params,
                                 app::Principal &principal) const
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

UnreadBody Pipeline::unreadBody(const Exchange &x, const RequestHead &head)
{
    if (!head.hasBody())
        return UnreadBody::None;
    // A body over the limit is read and dropped when moderately large, so the client gets the 413 instead
    // of a reset connection; a small unread body (bad token, no route, ...) is drained so the connection
    // can carry the next request. Anything bigger closes the connection after the answer.
    const std::int64_t limit = x.bodyTooLarge ? kDrainLimit : kDrainUnreadLimit;
    if (head.contentLength && *head.contentLength <= limit)
        return UnreadBody::Drain;
    return UnreadBody::Close;
}

void Pipeline::finish(Exchange &x, std::vector<std::pair<std::string, std::string>> &headers) const
{
    Response &response = x.response;
    if (response.data)
    {
        response.dataJson = std::make_shared<const std::string>(
            response.data->dump(-1, ' ', false, json::error_handler_t::replace));
        response.data.reset();
    }
    if (response.dataJson)
    {
        // {"data","message","requestId","success","timestamp"}: the keys in the order nlohmann::json writes
        // an object, around data already written (by dump() above, or once for many requests: okJson()).
        const std::string &data = *response.dataJson;
        const json message = response.message.empty() ? json(nullptr) : json(response.message);
        std::string &body = response.body;
        body.clear();
        body.reserve(data.size() + 160);
        body.append(R"({"data":)").append(data);
        body.append(R"(,"message":)").append(message.dump(-1, ' ', false, json::error_handler_t::replace));
        body.append(R"(,"requestId":)")
            .append(json(x.request.requestId).dump(-1, ' ', false, json::error_handler_t::replace));
        body.append(R"(,"success":true,"timestamp":)").append(json(formatIso8601(nextevent::now())).dump());
        body.push_back('}');
        response.dataJson.reset();
    }
    headers.emplace_back("X-Request-Id", x.request.requestId);
    headers.emplace_back("X-Content-Type-Options", "nosniff");
    headers.emplace_back("Cache-Control", "no-store");
    const bool https = m_config.publicUrl.rfind("https://", 0) == 0;
    for (const auto &[name, value] : response.headers)
    {
        // Several cookies need several Set-Cookie lines; any other header is set once (the handler's
        // value wins over the defaults above).
        if (name == "Set-Cookie")
        {
            // Behind HTTPS every cookie (ne_rid, ticket, language, WeChat session) is sent over HTTPS only.
            headers.emplace_back(
                name, https && value.find("; Secure") == std::string::npos ? value + "; Secure" : value);
            continue;
        }
        bool replaced = false;
        for (auto &[have, old] : headers)
            if (Poco::icompare(have, name) == 0)
            {
                old = value;
                replaced = true;
            }
        if (!replaced)
            headers.emplace_back(name, value);
    }
    if (!response.contentType.empty())
        headers.emplace_back("Content-Type", response.contentType);
}

void Pipeline::record(const Exchange &x) const
{
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - x.started).count();
    m_metrics.observe(x.request.method, x.routeName, x.response.status, seconds);
    auto &logger = Poco::Logger::get("access");
    if (!logger.information())
        return;
    // Path only: query strings may carry tokens. Never bodies or headers.
    logger.information("%s %s %d %z %.1fms %s %s",
                       knownMethod(x.request.method) ? x.request.method : std::string("OTHER"),
                       loggedPath(x.request.path),
                       x.response.status,
                       x.response.body.size(),
                       seconds * 1000.0,
                       x.request.clientAddress,
                       x.request.principal ? x.request.principal->username : std::string("-"));
}

namespace
{
/// The POCO front's handler: the pipeline over POCO's request and response.
class PipelineHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit PipelineHandler(const Pipeline &pipeline)
        : m_pipeline(pipeline)
    {
    }

    /// This front holds a thread per connection anyway: it waits for a deferred answer in place.
    void awaitDeferred(Exchange &x) const
    {
        std::promise<void> settled;
        auto deferred = x.response.deferred;
        deferred->whenSettled(
            [&](Response *response, std::exception_ptr error)
            {
                m_pipeline.settle(x, response, std::move(error));
                settled.set_value();
            });
        settled.get_future().wait();
    }

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        Exchange x;
        RequestHead head;
        head.method = in.getMethod();
        head.uri = in.getURI();
        head.peer = in.clientAddress().host();
        for (const auto &[name, value] : in)
            head.headers.emplace_back(name, value);
        if (in.hasContentLength())
            head.contentLength = in.getContentLength64();
        head.chunked = in.getChunkedTransferEncoding();
        bool close = false;
        if (m_pipeline.admit(x, head))
        {
            if (readBody(in, x))
            {
                m_pipeline.run(x);
                if (x.response.deferred)
                    awaitDeferred(x);
            }
            else
            {
                close = true;
                m_pipeline.fail(
                    x,
                    Error(ErrorCode::PayloadTooLarge,
                          "The request body is larger than " + std::to_string(x.bodyLimit) + " bytes"));
            }
        }
        else
        {
            switch (Pipeline::unreadBody(x, head))
            {
            case UnreadBody::None:
                break;
            case UnreadBody::Drain:
                drain(in.stream());
                break;
            case UnreadBody::Close:
                close = true;
                break;
            }
        }
        send(x, close, out);
        m_pipeline.record(x);
    }

private:
    /// False when the body grew past the limit (a chunked body, or a lying Content-Length).
    static bool readBody(Poco::Net::HTTPServerRequest &in, Exchange &x)
    {
        if (!in.hasContentLength() && !in.getChunkedTransferEncoding())
            return true;
        auto &stream = in.stream();
        if (in.hasContentLength()) // not for a chunked body: its length is unknown (-1)
            x.request.body.reserve(
                static_cast<std::size_t>(std::min<std::int64_t>(in.getContentLength64(), x.bodyLimit)));
        char buffer[8192];
        while (stream)
        {
            stream.read(buffer, sizeof buffer);
            x.request.body.append(buffer, static_cast<std::size_t>(stream.gcount()));
            if (static_cast<std::int64_t>(x.request.body.size()) > x.bodyLimit)
                return false;
        }
        return true;
    }

    static void drain(std::istream &stream)
    {
        char buffer[16384];
        while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0)
        {
        }
    }

    void send(Exchange &x, bool close, Poco::Net::HTTPServerResponse &out)
    {
        std::vector<std::pair<std::string, std::string>> headers;
        m_pipeline.finish(x, headers);
        // setStatus alone leaves the reason phrase at "OK" (POCO 1.11): "404 OK" confuses proxies and people.
        out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(x.response.status));
        if (close)
            out.setKeepAlive(false);
        for (const auto &[name, value] : headers)
        {
            if (name == "Set-Cookie")
                out.add(name, value);
            else if (name == "Content-Type")
                out.setContentType(value);
            else
                out.set(name, value);
        }
        out.setContentLength64(static_cast<Poco::Int64>(x.response.body.size()));
        if (x.request.method == "HEAD" || x.response.status == 204)
        {
            out.send();
            return;
        }
        out.sendBuffer(x.response.body.data(), x.response.body.size());
    }

    const Pipeline &m_pipeline;
};

class PipelineFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    PipelineFactory(const Pipeline &pipeline,
                    std::string upgradePath,
                    std::function<Poco::Net::HTTPRequestHandler *()> upgradeFactory)
        : m_pipeline(pipeline)
        , m_upgradePath(std::move(upgradePath))
        , m_upgradeFactory(std::move(upgradeFactory))
    {
    }

    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override
    {
        if (m_upgradeFactory && isUpgradePath(request.getURI(), m_upgradePath))
            return m_upgradeFactory();
        return new PipelineHandler(m_pipeline);
    }

private:
    const Pipeline &m_pipeline;
    std::string m_upgradePath;
    std::function<Poco::Net::HTTPRequestHandler *()> m_upgradeFactory;
};
} // namespace

HttpServer::HttpServer(const app::Config &config, Router &router, Metrics &metrics, app::AuthService &auth)
    : m_config(config)
    , m_pipeline(std::make_unique<Pipeline>(config, router, metrics, auth))
{
}

HttpServer::~HttpServer()
{
    if (m_server || m_reactor)
        stop(0);
}

void HttpServer::setUpgradeHandler(std::string path, std::function<Poco::Net::HTTPRequestHandler *()> factory)
{
    m_upgradePath = std::move(path);
    m_upgradeFactory = std::move(factory);
}

void HttpServer::setUpgradeAcceptor(UpgradeAcceptor acceptor)
{
    m_upgradeAcceptor = std::move(acceptor);
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
    if (m_config.httpFront == "reactor")
    {
        m_reactor = std::make_unique<ReactorFront>(*m_pipeline, m_upgradePath, m_upgradeAcceptor);
        m_reactor->start(std::move(socket));
        return;
    }
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
        new PipelineFactory(*m_pipeline, m_upgradePath, m_upgradeFactory), *m_pool, socket, params);
    m_server->start();
}

void HttpServer::stop(int graceSeconds)
{
    if (m_reactor)
    {
        m_reactor->stop(graceSeconds);
        m_reactor.reset();
        return;
    }
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
    if (m_reactor)
        return m_reactor->openConnections();
    return m_server ? m_server->currentConnections() : 0;
}

} // namespace nextevent::server::http
