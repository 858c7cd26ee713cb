// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include <Poco/AutoPtr.h>

namespace Poco::Net
{
class Context;
}

namespace nextevent::server::wechat
{

/// One HTTP exchange's outcome.
struct HttpResult
{
    int status = 0;
    std::string body;
};

/// Ordered query parameters (values unencoded; the transport encodes them).
using QueryParameters = std::vector<std::pair<std::string, std::string>>;

/// Sends GET and POST requests to paths under one fixed base URL (http or https) with connect and
/// read timeouts; nothing else can be reached through it. A new connection per request keeps it
/// thread-safe. HTTPS verifies the peer against the system CA store.
class HttpTransport
{
public:
    /// Throws std::invalid_argument when `baseUrl` is not an absolute http(s) URL.
    HttpTransport(const std::string &baseUrl,
                  std::chrono::milliseconds connectTimeout,
                  std::chrono::milliseconds readTimeout);
    ~HttpTransport();

    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    /// GET base/path?query. `path` has no leading slash, e.g. "cgi-bin/token". Throws
    /// std::runtime_error with a message free of the URL and query on any network failure.
    HttpResult get(const std::string &path, const QueryParameters &query) const;

    /// POST base/path?query with a JSON body (Content-Type application/json; charset=utf-8).
    /// Throws like get().
    HttpResult post(const std::string &path, const QueryParameters &query, const std::string &jsonBody) const;

private:
    HttpResult send(const std::string &method,
                    const std::string &path,
                    const QueryParameters &query,
                    const std::string *body) const;

    bool m_https = false;
    std::string m_host;
    unsigned short m_port = 0;
    std::string m_basePath;
    std::chrono::milliseconds m_connectTimeout;
    std::chrono::milliseconds m_readTimeout;
    Poco::AutoPtr<Poco::Net::Context> m_tlsContext;
};

} // namespace nextevent::server::wechat
