// SPDX-License-Identifier: MIT
#include <stdexcept>

#include <gtest/gtest.h>

#include "server/infra/RedisClient.h"

using nextevent::server::infra::RedisUrl;

TEST(RedisUrl, ParsesHostPortAndDatabase)
{
    const auto url = RedisUrl::parse("redis://redis.example.com:6380/2");
    EXPECT_EQ(url.host, "redis.example.com");
    EXPECT_EQ(url.port, 6380);
    EXPECT_EQ(url.db, 2);
    EXPECT_TRUE(url.password.empty());
    EXPECT_EQ(url.redacted(), "redis://redis.example.com:6380/2");
}

TEST(RedisUrl, DefaultsPortAndDatabase)
{
    const auto url = RedisUrl::parse("redis://cache");
    EXPECT_EQ(url.host, "cache");
    EXPECT_EQ(url.port, 6379);
    EXPECT_EQ(url.db, 0);
}

TEST(RedisUrl, ReadsCredentialsAndNeverShowsThePassword)
{
    const auto withUser = RedisUrl::parse("redis://app:s3cr%40t@10.0.0.5:6379/0");
    EXPECT_EQ(withUser.user, "app");
    EXPECT_EQ(withUser.password, "s3cr@t");
    EXPECT_EQ(withUser.redacted(), "redis://app:***@10.0.0.5:6379/0");
    const auto passwordOnly = RedisUrl::parse("redis://:hunter2@localhost/1");
    EXPECT_EQ(passwordOnly.user, "");
    EXPECT_EQ(passwordOnly.password, "hunter2");
    EXPECT_EQ(passwordOnly.redacted(), "redis://***@localhost:6379/1");
}

TEST(RedisUrl, RefusesMalformedUrlsWithoutEchoingThem)
{
    for (const char *bad : {"http://localhost:6379",
                            "localhost:6379",
                            "redis://:topsecret@localhost:notaport/0",
                            "redis://:topsecret@localhost:0",
                            "redis://:topsecret@localhost:70000",
                            "redis://:topsecret@localhost:6379/x"})
    {
        try
        {
            RedisUrl::parse(bad);
            ADD_FAILURE() << bad << " was accepted";
        }
        catch (const std::invalid_argument &e)
        {
            EXPECT_EQ(std::string(e.what()).find("topsecret"), std::string::npos) << e.what();
        }
    }
}
