// SPDX-License-Identifier: MIT
#include "server/wechat/HttpTransport.h"

#include <istream>
#include <iterator>
#include <memory>
#include <mutex>
#include <ostream>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace nextevent::server::wechat
{
namespace
{

/// Responses from the API are small JSON documents; anything far larger is not one.
constexpr std::size_t kMaxResponseBytes = 4 * 1024 * 1024;

Poco::Timespan toTimespan(std::chrono::milliseconds ms)
{
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

} // namespace

HttpTransport::HttpTransport(const std::string &baseUrl,
                             std::chrono::milliseconds connectTimeout,
                             std::chrono::milliseconds readTimeout)
    : m_connectTimeout(connectTimeout)
    , m_readTimeout(readTimeout)
{
    Poco::URI uri;
    try
    {
        uri = Poco::URI(baseUrl);
    }
    catch (const Poco::Exception &)
    {
        throw std::invalid_argument("WeChat API base URL is not a valid URL");
    }
    if (uri.getScheme() != "http" && uri.getScheme() != "https")
        throw std::invalid_argument("WeChat API base URL must be http:// or https://");
    if (uri.getHost().empty())
        throw std::invalid_argument("WeChat API base URL has no host");
    if (!uri.getRawQuery().empty() || !uri.getFragment().empty())
        throw std::invalid_argument("WeChat API base URL must not have a query or fragment");
    m_https = uri.getScheme() == "https";
    m_host = uri.getHost();
    m_port = uri.getPort();
    m_basePath = uri.getPath();
    while (!m_basePath.empty() && m_basePath.back() == '/')
        m_basePath.pop_back();
    if (m_https)
    {
        static std::once_flag sslInit;
        std::call_once(sslInit, [] { Poco::Net::initializeSSL(); });
        Poco::Net::Context::Params params;
        params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
        params.loadDefaultCAs = true;
        m_tlsContext = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        m_tlsContext->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    }
}

HttpTransport::~HttpTransport() = default;

HttpResult HttpTransport::get(const std::string &path, const QueryParameters &query) const
{
    return send(Poco::Net::HTTPRequest::HTTP_GET, path, query, nullptr);
}

HttpResult
HttpTransport::post(const std::string &path, const QueryParameters &query, const std::string &jsonBody) const
{
    return send(Poco::Net::HTTPRequest::HTTP_POST, path, query, &jsonBody);
}

HttpResult HttpTransport::send(const std::string &method,
                               const std::string &path,
                               const QueryParameters &query,
                               const std::string *body) const
{
    Poco::URI target(m_basePath + "/" + path);
    for (const auto &[name, value] : query)
        target.addQueryParameter(name, value);

    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (m_https)
    {
        session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, m_tlsContext);
    }
    else
    {
        session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
    }
    session->setTimeout(toTimespan(m_connectTimeout), toTimespan(m_readTimeout), toTimespan(m_readTimeout));
    session->setKeepAlive(false);

    Poco::Net::HTTPRequest request(method, target.getPathEtc(), Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Accept", "application/json");
    if (body)
    {
        request.setContentType("application/json; charset=utf-8");
        request.setContentLength(static_cast<std::streamsize>(body->size()));
    }
    try
    {
        std::ostream &out = session->sendRequest(request);
        if (body)
            out << *body;
        Poco::Net::HTTPResponse response;
        std::istream &in = session->receiveResponse(response);
        HttpResult result;
        result.status = static_cast<int>(response.getStatus());
        char buffer[8192];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        {
            result.body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (result.body.size() > kMaxResponseBytes)
                throw std::runtime_error("response larger than " + std::to_string(kMaxResponseBytes) +
                                         " bytes");
        }
        if (in.bad())
            throw std::runtime_error("reading the response failed");
        return result;
    }
    catch (const Poco::TimeoutException &)
    {
        throw std::runtime_error("timed out");
    }
    catch (const Poco::Exception &e)
    {
        // Poco's texts name the host and the OS error, never the request line or query.
        throw std::runtime_error(std::string(e.name()) + ": " + e.message());
    }
}

} // namespace nextevent::server::wechat
