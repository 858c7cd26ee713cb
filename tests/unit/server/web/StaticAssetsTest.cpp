// SPDX-License-Identifier: MIT
#include "server/web/StaticAssets.h"

#include <sstream>

#include <Poco/InflatingStream.h>
#include <gtest/gtest.h>

using nextevent::server::web::EmbeddedFile;
using nextevent::server::web::StaticAssets;

TEST(StaticAssets, UrlsCarryTheContentHash)
{
    const std::vector<EmbeddedFile> files{
        {"static/site.css", "body{color:red}"}, {"static/app.js", "1"}, {"templates/layout.mustache", "x"}};
    const StaticAssets assets(files);
    const std::string url = assets.url("site.css");
    ASSERT_EQ(url.rfind("/m/static/site.", 0), 0u) << url;
    ASSERT_EQ(url.size(), std::string("/m/static/site.").size() + 12 + 4) << url;
    const auto *asset = assets.find(url.substr(10));
    ASSERT_NE(asset, nullptr);
    EXPECT_EQ(asset->bytes, "body{color:red}");
    EXPECT_EQ(asset->mime, "text/css; charset=utf-8");
    EXPECT_EQ(assets.find("site.000000000000.css"), nullptr); // stale or made-up hash
    EXPECT_EQ(assets.find("site.css"), nullptr);
    EXPECT_THROW(assets.url("layout.mustache"), std::out_of_range); // templates are not served

    // Other bytes, another URL.
    const StaticAssets changed(std::vector<EmbeddedFile>{{"static/site.css", "body{color:blue}"}});
    EXPECT_NE(changed.url("site.css"), url);
}

TEST(StaticAssets, GzipRoundTrips)
{
    const std::string text(5000, 'a');
    const StaticAssets assets(std::vector<EmbeddedFile>{{"static/app.js", text}});
    const auto *asset = assets.find(assets.url("app.js").substr(10));
    ASSERT_NE(asset, nullptr);
    EXPECT_LT(asset->gzipped.size(), 200u);
    std::istringstream in(asset->gzipped);
    Poco::InflatingInputStream inflater(in, Poco::InflatingStreamBuf::STREAM_GZIP);
    std::string back((std::istreambuf_iterator<char>(inflater)), std::istreambuf_iterator<char>());
    EXPECT_EQ(back, text);
}
