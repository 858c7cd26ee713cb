// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <Poco/Net/IPAddress.h>

namespace nextevent::server::http
{

/// Who the client is when the server sits behind reverse proxies (`http.trustedProxies`): the
/// X-Forwarded-For header is believed only when the connection comes from a trusted proxy, and only up
/// to the first hop that is not one. Anything else would let a client pick the address its rate limits
/// are counted against.
class TrustedProxies
{
public:
    /// Comma-separated addresses and CIDR ranges ("10.0.0.0/8, 127.0.0.1, ::1"). Throws
    /// std::invalid_argument naming the entry that cannot be read.
    explicit TrustedProxies(const std::string &list = {});

    bool trusts(const Poco::Net::IPAddress &address) const;

    /// The client's address: @p peer itself unless it is a trusted proxy; then the right-most address in
    /// @p forwardedFor that is not a trusted proxy (the left-most when all are).
    std::string clientAddress(const Poco::Net::IPAddress &peer, const std::string &forwardedFor) const;

    bool empty() const
    {
        return m_ranges.empty();
    }

private:
    struct Range
    {
        Poco::Net::IPAddress network;
        Poco::Net::IPAddress mask;
    };

    std::vector<Range> m_ranges;
};

} // namespace nextevent::server::http
