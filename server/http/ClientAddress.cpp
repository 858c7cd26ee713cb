// SPDX-License-Identifier: MIT
#include "server/http/ClientAddress.h"

#include <stdexcept>

namespace nextevent::server::http
{
namespace
{
std::string trim(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::vector<std::string> splitComma(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size())
    {
        const auto comma = text.find(',', start);
        const auto item =
            trim(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (!item.empty())
            out.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}
} // namespace

TrustedProxies::TrustedProxies(const std::string &list)
{
    for (const auto &entry : splitComma(list))
    {
        const auto slash = entry.find('/');
        Poco::Net::IPAddress network;
        if (!Poco::Net::IPAddress::tryParse(entry.substr(0, slash), network))
            throw std::invalid_argument("http.trustedProxies: '" + entry +
                                        "' is not an address or CIDR range");
        const unsigned bits = network.family() == Poco::Net::IPAddress::IPv4 ? 32 : 128;
        unsigned prefix = bits;
        if (slash != std::string::npos)
        {
            const auto text = entry.substr(slash + 1);
            if (text.empty() || text.size() > 3 ||
                text.find_first_not_of("0123456789") != std::string::npos || std::stoul(text) > bits)
                throw std::invalid_argument("http.trustedProxies: '" + entry + "' has a bad prefix length");
            prefix = static_cast<unsigned>(std::stoul(text));
        }
        const Poco::Net::IPAddress mask(prefix, network.family());
        m_ranges.push_back({network & mask, mask});
    }
}

bool TrustedProxies::trusts(const Poco::Net::IPAddress &address) const
{
    for (const auto &range : m_ranges)
        if (address.family() == range.network.family() && (address & range.mask) == range.network)
            return true;
    return false;
}

std::string TrustedProxies::clientAddress(const Poco::Net::IPAddress &peer,
                                          const std::string &forwardedFor) const
{
    if (m_ranges.empty() || forwardedFor.empty() || !trusts(peer))
        return peer.toString();
    const auto hops = splitComma(forwardedFor);
    std::string client = peer.toString();
    for (auto it = hops.rbegin(); it != hops.rend(); ++it)
    {
        Poco::Net::IPAddress hop;
        if (!Poco::Net::IPAddress::tryParse(*it, hop))
            break; // a hop we cannot read: stop at the last one we could
        client = hop.toString();
        if (!trusts(hop))
            break;
    }
    return client;
}

} // namespace nextevent::server::http
