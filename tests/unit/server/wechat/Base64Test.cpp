// SPDX-License-Identifier: MIT
#include "server/wechat/Base64.h"

#include <random>

#include <gtest/gtest.h>

using namespace nextevent::server::wechat;

TEST(Base64, EncodesRfc4648Vectors)
{
    EXPECT_EQ(base64Encode(""), "");
    EXPECT_EQ(base64Encode("f"), "Zg==");
    EXPECT_EQ(base64Encode("fo"), "Zm8=");
    EXPECT_EQ(base64Encode("foo"), "Zm9v");
    EXPECT_EQ(base64Encode("foob"), "Zm9vYg==");
    EXPECT_EQ(base64Encode("fooba"), "Zm9vYmE=");
    EXPECT_EQ(base64Encode("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64Encode(std::string("\xFB\xFF", 2)), "+/8=");
}

TEST(Base64, DecodesRfc4648Vectors)
{
    EXPECT_EQ(base64Decode(""), "");
    EXPECT_EQ(base64Decode("Zg=="), "f");
    EXPECT_EQ(base64Decode("Zm8="), "fo");
    EXPECT_EQ(base64Decode("Zm9v"), "foo");
    EXPECT_EQ(base64Decode("Zm9vYmFy"), "foobar");
    EXPECT_EQ(base64Decode("+/8="), std::string("\xFB\xFF", 2));
}

TEST(Base64, DiscardsNonZeroSpareBits)
{
    // "Zh==" and "Zm9=" carry non-zero leftover bits; a strict decoder rejects them, WeChat keys need them.
    EXPECT_EQ(base64Decode("Zh=="), "f");
    EXPECT_EQ(base64Decode("Zm9="), "fo");
}

TEST(Base64, RejectsMalformedText)
{
    EXPECT_FALSE(base64Decode("Zg="));      // length not a multiple of 4
    EXPECT_FALSE(base64Decode("Zg"));       // unpadded
    EXPECT_FALSE(base64Decode("Z==="));     // three '='
    EXPECT_FALSE(base64Decode("===="));     // only padding
    EXPECT_FALSE(base64Decode("Zg==Zg==")); // '=' in the middle
    EXPECT_FALSE(base64Decode("Zm9v\nYmFy"));
    EXPECT_FALSE(base64Decode("Zm9 v"));
    EXPECT_FALSE(base64Decode("-_8=")); // URL-safe alphabet
    EXPECT_FALSE(base64Decode(std::string_view("Zm\0v", 4)));
    EXPECT_FALSE(base64Decode("Zm9\xC3"));
}

TEST(Base64, RoundTripsRandomBytes)
{
    std::mt19937 random(12345);
    for (std::size_t length = 0; length < 200; ++length)
    {
        std::string bytes(length, '\0');
        for (char &c : bytes)
            c = static_cast<char>(random() & 0xFF);
        const std::string encoded = base64Encode(bytes);
        EXPECT_EQ(encoded.size() % 4, 0u);
        EXPECT_EQ(base64Decode(encoded), bytes) << "length " << length;
    }
}
