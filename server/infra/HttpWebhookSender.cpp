// SPDX-License-Identifier: MIT
#include "server/infra/HttpWebhookSender.h"

#include <mutex>
#include <optional>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/URI.h>

namespace nextevent::server::infra
{
namespace
{
bool isPrivate(const Poco::Net::IPAddress &a)
{
    if (a.isLoopback() || a.isLinkLocal() || a.isSiteLocal() || a.isWildcard() || a.isMulticast() ||
        a.isBroadcast())
        return true;
    const std::string text = a.toString();
    if (a.family() == Poco::Net::IPAddress::IPv4)
    {
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 are not on the public Internet either.
        const auto dot = text.find('.');
        const int first = std::stoi(text.substr(0, dot));
        const int second = std::stoi(text.substr(dot + 1, text.find('.', dot + 1) - dot - 1));
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
    // IPv6 unique local addresses (fc00::/7) and IPv4-mapped ones of private IPv4 addresses.
    if (a.isIPv4Mapped() || a.isIPv4Compatible())
        return isPrivate(Poco::Net::IPAddress(text.substr(text.rfind(':') + 1)));
    const auto firstByte = static_cast<const unsigned char *>(a.addr())[0];
    return (firstByte & 0xFE) == 0xFC;
}

struct Target
{
    Poco::URI uri;
    bool https = false;
    std::optional<Poco::Net::IPAddress> address; ///< the checked address to connect to
    std::string refused;
};

Target resolve(const std::string &url, bool allowPrivate)
{
    Target t;
    try
    {
        t.uri = Poco::URI(url);
    }
    catch (const Poco::Exception &)
    {
        t.refused = "is not a URL";
        return t;
    }
    if (t.uri.getScheme() != "http" && t.uri.getScheme() != "https")
    {
        t.refused = "must be an http:// or https:// URL";
        return t;
    }
    t.https = t.uri.getScheme() == "https";
    if (t.uri.getHost().empty())
    {
        t.refused = "has no host";
        return t;
    }
    std::vector<Poco::Net::IPAddress> addresses;
    Poco::Net::IPAddress literal;
    if (Poco::Net::IPAddress::tryParse(t.uri.getHost(), literal))
        addresses.push_back(literal);
    else
    {
        try
        {
            const Poco::Net::HostEntry entry = Poco::Net::DNS::hostByName(t.uri.getHost());
            addresses = entry.addresses();
        }
        catch (const Poco::Exception &)
        {
            t.refused = "the host name does not resolve";
            return t;
        }
    }
    if (addresses.empty())
    {
        t.refused = "the host name does not resolve";
        return t;
    }
    for (const auto &a : addresses)
        if (!allowPrivate && isPrivate(a))
        {
            t.refused = "points to a loopback, link-local or private address";
            return t;
        }
    t.address = addresses.front();
    return t;
}
} // namespace

HttpWebhookSender::HttpWebhookSender(bool allowPrivateTargets, std::chrono::milliseconds timeout)
    : m_allowPrivate(allowPrivateTargets)
    , m_timeout(timeout)
{
}

std::string HttpWebhookSender::refuse(const std::string &url)
{
    return resolve(url, m_allowPrivate).refused;
}

app::WebhookSender::Outcome
HttpWebhookSender::post(const std::string &url,
                        const std::string &body,
                        const std::vector<std::pair<std::string, std::string>> &headers)
{
    Outcome outcome;
    const Target target = resolve(url, m_allowPrivate);
    if (!target.refused.empty())
    {
        outcome.error = "refused: the URL " + target.refused;
        return outcome;
    }
    try
    {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        const Poco::UInt16 port = target.uri.getPort();
        if (target.https)
        {
            static std::once_flag sslInit;
            static Poco::Net::Context::Ptr context;
            std::call_once(sslInit,
                           []
                           {
                               Poco::Net::initializeSSL();
                               Poco::Net::Context::Params params;
                               params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
                               params.loadDefaultCAs = true;
                               context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
                               context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
                           });
            // TLS needs the host name (SNI, certificate check); the address was checked just above.
            session = std::make_unique<Poco::Net::HTTPSClientSession>(target.uri.getHost(), port, context);
        }
        else
            session = std::make_unique<Poco::Net::HTTPClientSession>(
                Poco::Net::SocketAddress(*target.address, port));
        const Poco::Timespan timeout(
            std::chrono::duration_cast<std::chrono::microseconds>(m_timeout).count());
        session->setTimeout(timeout, timeout, timeout);
        session->setKeepAlive(false);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST,
                                       target.uri.getPathEtc().empty() ? "/" : target.uri.getPathEtc(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setHost(target.uri.getHost(), port);
        for (const auto &[name, value] : headers)
            request.set(name, value);
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        session->sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        std::istream &in = session->receiveResponse(response);
        // Read (and drop) a bounded answer so the receiver sees a clean close.
        char buffer[4096];
        std::size_t total = 0;
        while (total < 65536 && (in.read(buffer, sizeof buffer) || in.gcount() > 0))
            total += static_cast<std::size_t>(in.gcount());
        outcome.status = static_cast<int>(response.getStatus());
        if (outcome.status < 200 || outcome.status >= 300)
            outcome.error = "HTTP " + std::to_string(outcome.status);
    }
    catch (const Poco::Exception &e)
    {
        outcome.error = e.displayText();
    }
    catch (const std::exception &e)
    {
        outcome.error = e.what();
    }
    return outcome;
}

} // namespace nextevent::server::infra
