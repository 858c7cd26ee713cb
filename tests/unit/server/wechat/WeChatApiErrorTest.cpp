// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatApiError.h"

#include <string>

#include <gtest/gtest.h>

#include "server/wechat/MemoryTokenCache.h"

using namespace nextevent::server::wechat;
using nextevent::ErrorCode;

TEST(WeChatApiError, MapsErrcodesToDomainCodes)
{
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 45009, "quota").code(), ErrorCode::RateLimited);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 45011, "minute").code(), ErrorCode::RateLimited);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", -1, "busy").code(), ErrorCode::Unavailable);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 40125, "secret").code(), ErrorCode::Unavailable);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 40163, "used").code(), ErrorCode::Validation);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 43004, "follow").code(), ErrorCode::Validation);
    EXPECT_EQ(WeChatApiError(ApiFailure::Api, "a", 99999, "?").code(), ErrorCode::Internal);
    EXPECT_EQ(WeChatApiError(ApiFailure::CircuitOpen, "a", kNoErrcode, "x").code(), ErrorCode::Unavailable);
    EXPECT_EQ(WeChatApiError(ApiFailure::Network, "a", kNoErrcode, "x").code(), ErrorCode::Unavailable);
}

TEST(WeChatApiError, MessageNamesApiAndErrcode)
{
    WeChatApiError error(ApiFailure::Api, "cgi-bin/user/info", 40003, "invalid openid");
    EXPECT_EQ(std::string(error.what()),
              "WeChat API cgi-bin/user/info failed: errcode 40003 (invalid openid)");
    EXPECT_EQ(error.api(), "cgi-bin/user/info");
    EXPECT_EQ(error.errcode(), 40003);
    EXPECT_EQ(error.errmsg(), "invalid openid");
}

TEST(WeChatApiError, TokenAndConfigurationErrcodes)
{
    EXPECT_TRUE(isTokenErrcode(40001));
    EXPECT_TRUE(isTokenErrcode(40014));
    EXPECT_TRUE(isTokenErrcode(42001));
    EXPECT_FALSE(isTokenErrcode(40013));
    EXPECT_TRUE(isConfigurationErrcode(40013));
    EXPECT_TRUE(isConfigurationErrcode(40125));
    EXPECT_TRUE(isConfigurationErrcode(40164));
    EXPECT_TRUE(isConfigurationErrcode(40243));
    EXPECT_FALSE(isConfigurationErrcode(40001));
}

TEST(WeChatApiError, MaskSecretsReplacesEveryOccurrence)
{
    EXPECT_EQ(maskSecrets("a=SECRET&b=SECRET, tok=TOKEN", {"SECRET", "TOKEN", ""}), "a=***&b=***, tok=***");
    EXPECT_EQ(maskSecrets("nothing here", {"SECRET"}), "nothing here");
    EXPECT_EQ(maskSecrets("", {"x"}), "");
}

TEST(WeChatApiError, FingerprintKeepsOnlyAPrefixAndLength)
{
    EXPECT_EQ(fingerprint(""), "");
    const std::string print = fingerprint("ABCDEFGHIJ");
    EXPECT_EQ(print.find("EFGH"), std::string::npos);
    EXPECT_EQ(print.rfind("ABCD", 0), 0u);
    EXPECT_NE(print.find("(10)"), std::string::npos);
}

TEST(MemoryTokenCache, EraseIfValueIsCompareAndDelete)
{
    MemoryTokenCache cache;
    CachedToken token{"new", nextevent::now(), nextevent::now() + std::chrono::hours(2)};
    cache.set("k", token);
    EXPECT_FALSE(cache.eraseIfValue("k", "old"));
    ASSERT_TRUE(cache.get("k"));
    EXPECT_EQ(cache.get("k")->value, "new");
    EXPECT_TRUE(cache.eraseIfValue("k", "new"));
    EXPECT_FALSE(cache.get("k"));
    EXPECT_FALSE(cache.eraseIfValue("missing", "new"));
}

TEST(MemoryTokenCache, ExpiredEntriesAreGone)
{
    MemoryTokenCache cache;
    cache.set("k",
              CachedToken{
                  "v", nextevent::now() - std::chrono::hours(3), nextevent::now() - std::chrono::seconds(1)});
    EXPECT_FALSE(cache.get("k"));
}
