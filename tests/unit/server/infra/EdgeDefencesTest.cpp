// SPDX-License-Identifier: MIT
// Small defences at the server's edge: who the client is behind proxies, spreadsheet-safe CSV cells and a
// metrics exposition clients cannot break or grow.
#include <Poco/Net/IPAddress.h>
#include <gtest/gtest.h>

#include "server/app/Csv.h"
#include "server/http/ClientAddress.h"
#include "server/http/Metrics.h"

using namespace nextevent::server;
using Poco::Net::IPAddress;

TEST(TrustedProxies, ForwardedForIsIgnoredFromUntrustedPeers)
{
    const http::TrustedProxies none;
    EXPECT_EQ(none.clientAddress(IPAddress("127.0.0.1"), "1.2.3.4"), "127.0.0.1");
    const http::TrustedProxies proxies("10.0.0.0/8, 127.0.0.1");
    EXPECT_EQ(proxies.clientAddress(IPAddress("192.0.2.1"), "1.2.3.4"), "192.0.2.1");
}

TEST(TrustedProxies, TheRightMostUntrustedHopIsTheClient)
{
    const http::TrustedProxies proxies("10.0.0.0/8, 127.0.0.1");
    // A client may put anything on the left; the hops our proxies appended are on the right.
    EXPECT_EQ(proxies.clientAddress(IPAddress("127.0.0.1"), "6.6.6.6, 203.0.113.9, 10.1.2.3"), "203.0.113.9");
    EXPECT_EQ(proxies.clientAddress(IPAddress("127.0.0.1"), "203.0.113.9"), "203.0.113.9");
    // Every hop trusted: the left-most is as far as we can see.
    EXPECT_EQ(proxies.clientAddress(IPAddress("127.0.0.1"), "10.0.0.5, 10.0.0.6"), "10.0.0.5");
    // Garbage stops the walk at the last readable hop.
    EXPECT_EQ(proxies.clientAddress(IPAddress("127.0.0.1"), "evil\n, 10.0.0.6"), "10.0.0.6");
    EXPECT_EQ(proxies.clientAddress(IPAddress("127.0.0.1"), ""), "127.0.0.1");
}

TEST(TrustedProxies, Ipv6AndBadEntries)
{
    const http::TrustedProxies proxies("::1, fd00::/8");
    EXPECT_TRUE(proxies.trusts(IPAddress("fd12::1")));
    EXPECT_FALSE(proxies.trusts(IPAddress("fe80::1")));
    EXPECT_FALSE(proxies.trusts(IPAddress("127.0.0.1")));
    EXPECT_THROW(http::TrustedProxies("10.0.0.0/33"), std::invalid_argument);
    EXPECT_THROW(http::TrustedProxies("not-an-address"), std::invalid_argument);
    EXPECT_THROW(http::TrustedProxies("10.0.0.0/"), std::invalid_argument);
}

TEST(Csv, FormulaTriggersIncludingTabAndCarriageReturnAreNeutralised)
{
    for (const std::string cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1"})
        EXPECT_EQ(app::csvField(cell).substr(0, 2), "\"'") << cell;
    EXPECT_EQ(app::csvField("Zhang \"Z\""), "\"Zhang \"\"Z\"\"\"");
    EXPECT_EQ(app::csvField("a=b"), "\"a=b\"");
}

TEST(Metrics, UnknownMethodsShareOneSeriesAndLabelsAreEscaped)
{
    http::Metrics metrics;
    metrics.observe("GET", "/v2/events", 200, 0.001);
    for (int i = 0; i < 100; ++i)
        metrics.observe("X" + std::to_string(i), "unmatched", 405, 0.001);
    metrics.observe("GET", "/weird\"route\\\n", 404, 0.001);
    const auto text = metrics.render();
    EXPECT_EQ(text.find("X1"), std::string::npos);
    EXPECT_NE(text.find("method=\"OTHER\",route=\"unmatched\",status=\"405\"} 100"), std::string::npos)
        << text;
    EXPECT_NE(text.find("route=\"/weird\\\"route\\\\\\n\""), std::string::npos) << text;
}
