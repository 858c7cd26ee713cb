// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <Poco/Net/IPAddress.h>

#include "server/app/AuthService.h"
#include "server/app/Config.h"
#include "server/http/ClientAddress.h"
#include "server/http/Http.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"

namespace nextevent::server::http
{

/// A request's head as a front parsed it: what the pipeline needs before any of the body is read.
struct RequestHead
{
    std::string method;
    std::string uri;
    Poco::Net::IPAddress peer;
    std::vector<std::pair<std::string, std::string>> headers; ///< as sent (names in any case)
    std::optional<std::int64_t> contentLength;
    bool chunked = false;

    bool hasBody() const
    {
        return chunked || (contentLength && *contentLength > 0);
    }
};

/// One request on its way through the pipeline, from its head to its answer.
struct Exchange
{
    Request request;
    Response response;
    std::string routeName = "unmatched";
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    /// The route that will run once the body is read (set by a successful admit()).
    const Route *route = nullptr;
    std::int64_t bodyLimit = 0;
    /// Refused because the announced body is over the limit (the front drains or closes accordingly).
    bool bodyTooLarge = false;
};

/// What a front does with a body the pipeline did not read (a refused request).
enum class UnreadBody
{
    None,  ///< there is none
    Drain, ///< read and drop it, so the connection can carry the next request
    Close  ///< too big to drain: close the connection after the answer
};

/// The request pipeline every HTTP front runs: request id, size limits, routing, authentication, role
/// check, the handler, error envelope, security headers, metrics and access log. A front parses the wire,
/// reads the body when admit() says so, and writes the answer; everything else is here, so the POCO front
/// and the reactor front answer alike.
class Pipeline
{
public:
    Pipeline(const app::Config &config, Router &router, Metrics &metrics, app::AuthService &auth);

    /// Request id, path, query and headers from `head`, then route, limits, authentication and roles:
    /// everything before a byte of the body is read. False when the request is already answered
    /// (x.response holds the refusal); true when the front should read the body (up to x.bodyLimit bytes)
    /// and call run().
    bool admit(Exchange &x, const RequestHead &head) const;

    /// Runs the admitted route's handler on x.request (its body read). Errors become responses. When the
    /// handler answers later (x.response.deferred), the front waits for it and calls settle().
    void run(Exchange &x) const;

    /// A deferred answer into x.response: `response`, or the response for `error`.
    void settle(Exchange &x, Response *response, std::exception_ptr error) const;

    /// Answers x with `error` (a body over the limit, a body that broke off).
    void fail(Exchange &x, const Error &error) const;

    /// The envelope rendered into x.response.body, and every header of the answer in `headers` except
    /// Content-Length, Date, Server and Connection, which the front writes.
    void finish(Exchange &x, std::vector<std::pair<std::string, std::string>> &headers) const;

    /// Metrics and the access log line, once the answer is out.
    void record(const Exchange &x) const;

    /// What to do with the body of a request that admit() refused.
    static UnreadBody unreadBody(const Exchange &x, const RequestHead &head);

    const app::Config &config() const
    {
        return m_config;
    }

    Metrics &metrics() const
    {
        return m_metrics;
    }

private:
    /// The refusal, or nothing when the request is admitted.
    std::optional<Response> dispatch(Exchange &x, const RequestHead &head) const;
    void grantAsTeamMember(const Route &route,
                           const std::map<std::string, std::string> &params,
                           app::Principal &principal) const;

    const app::Config &m_config;
    Router &m_router;
    Metrics &m_metrics;
    app::AuthService &m_auth;
    TrustedProxies m_proxies;
};

/// A WebSocket upgrade request as a front hands it to the endpoint that speaks the protocol.
struct UpgradeRequest
{
    std::string method;
    std::string uri;
    std::string peer;                           ///< "address:port"
    std::map<std::string, std::string> headers; ///< names lower-cased
};

/// The endpoint's answer: the response to send (101 with its headers, or a refusal), and for a 101 what
/// takes the connection once the response is written: it is given the socket (blocking) and owns it.
struct UpgradeAnswer
{
    Response response;
    std::function<void(int socket)> adopt;
};

using UpgradeAcceptor = std::function<UpgradeAnswer(const UpgradeRequest &)>;

/// Whether a request for `uri` goes to the upgrade endpoint at `path`: the path exactly, any query.
inline bool isUpgradePath(const std::string &uri, const std::string &path)
{
    return !path.empty() && uri.compare(0, path.size(), path) == 0 &&
           (uri.size() == path.size() || uri[path.size()] == '?');
}

} // namespace nextevent::server::http
