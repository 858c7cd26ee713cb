// SPDX-License-Identifier: MIT
#include "server/infra/html/MediaType.h"

#include <string>

#include <gtest/gtest.h>

#include "server/infra/html/SafeFileName.h"

namespace nextevent::server::infra
{
namespace
{

using namespace std::string_literals;

const std::string kJpeg = "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01"s;
const std::string kPng = "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x01"s;
const std::string kGif89 = "GIF89a\x01\x00\x01\x00\x80\x00\x00"s;
const std::string kGif87 = "GIF87a\x01\x00\x01\x00\x00\x00\x00"s;
const std::string kWebpLossy = "RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00"s;
const std::string kWebpLossless = "RIFF\x24\x00\x00\x00WEBPVP8L\x18\x00\x00\x00"s;
const std::string kWebpExtended = "RIFF\x24\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00"s;

TEST(MediaTypeTest, DetectsJpeg)
{
    const auto type = MediaType::detectImage(kJpeg);
    ASSERT_TRUE(type.has_value());
    EXPECT_EQ(type->kind(), MediaType::Kind::Jpeg);
    EXPECT_EQ(type->mime(), "image/jpeg");
    EXPECT_EQ(type->extension(), "jpg");
    EXPECT_TRUE(MediaType::detectImage("\xFF\xD8\xFF\xDB"s).has_value());
}

TEST(MediaTypeTest, DetectsPng)
{
    const auto type = MediaType::detectImage(kPng);
    ASSERT_TRUE(type.has_value());
    EXPECT_EQ(type->kind(), MediaType::Kind::Png);
    EXPECT_EQ(type->mime(), "image/png");
    EXPECT_EQ(type->extension(), "png");
}

TEST(MediaTypeTest, DetectsBothGifVersions)
{
    for (const std::string &bytes : {kGif87, kGif89})
    {
        const auto type = MediaType::detectImage(bytes);
        ASSERT_TRUE(type.has_value());
        EXPECT_EQ(type->kind(), MediaType::Kind::Gif);
        EXPECT_EQ(type->mime(), "image/gif");
        EXPECT_EQ(type->extension(), "gif");
    }
}

TEST(MediaTypeTest, DetectsAllWebpVariants)
{
    for (const std::string &bytes : {kWebpLossy, kWebpLossless, kWebpExtended})
    {
        const auto type = MediaType::detectImage(bytes);
        ASSERT_TRUE(type.has_value());
        EXPECT_EQ(type->kind(), MediaType::Kind::Webp);
        EXPECT_EQ(type->mime(), "image/webp");
        EXPECT_EQ(type->extension(), "webp");
    }
}

TEST(MediaTypeTest, ContentWinsOverTheClaimedName)
{
    // A PNG uploaded as "photo.jpg" is stored and served as PNG.
    const auto type = MediaType::detectImage(kPng);
    ASSERT_TRUE(type.has_value());
    EXPECT_EQ(type->mime(), "image/png");
    EXPECT_EQ(safeFileName("photo.jpg"), "photo.jpg");
    EXPECT_NE(type->extension(), "jpg");
}

TEST(MediaTypeTest, RejectsMarkupDisguisedAsImages)
{
    EXPECT_FALSE(MediaType::detectImage("<html><script>alert(1)</script></html>").has_value());
    EXPECT_FALSE(MediaType::detectImage("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                                        "onload=\"alert(1)\"/>")
                     .has_value());
    EXPECT_FALSE(MediaType::detectImage("<svg onload=alert(1)>").has_value());
    EXPECT_FALSE(MediaType::detectImage("\xEF\xBB\xBF<html>"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("   \x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR"s).has_value());
}

TEST(MediaTypeTest, RejectsEmptyInput)
{
    EXPECT_FALSE(MediaType::detectImage("").has_value());
    EXPECT_FALSE(MediaType::detectImage(std::string(64, '\0')).has_value());
}

TEST(MediaTypeTest, RejectsTruncatedHeaders)
{
    EXPECT_FALSE(MediaType::detectImage("\xFF\xD8\xFF"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("\xFF\xD8"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("\x89PNG\r\n\x1A\n"s).has_value());
    EXPECT_FALSE(MediaType::detectImage(kPng.substr(0, 15)).has_value());
    EXPECT_FALSE(MediaType::detectImage("GIF89a"s).has_value());
    EXPECT_FALSE(MediaType::detectImage(kGif89.substr(0, 12)).has_value());
    EXPECT_FALSE(MediaType::detectImage("RIFF\x24\x00\x00\x00WEBP"s).has_value());
    EXPECT_FALSE(MediaType::detectImage(kWebpLossy.substr(0, 15)).has_value());
}

TEST(MediaTypeTest, RejectsNearMisses)
{
    EXPECT_FALSE(MediaType::detectImage("\xFF\xD8\xFE\xE0\x00\x10JFIF"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("\xFF\xD8\xFF\x41\x00\x10JFIF"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("\x89PNG\r\n\x1A\r\x00\x00\x00\x0DIHDR\x00"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIDAT\x00"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("GIF88a\x01\x00\x01\x00\x80\x00\x00"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("gif89a\x01\x00\x01\x00\x80\x00\x00"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00"s).has_value());
    EXPECT_FALSE(MediaType::detectImage("RIFF\x24\x00\x00\x00WEBPXXXX\x10\x00\x00\x00"s).has_value());
}

} // namespace
} // namespace nextevent::server::infra
