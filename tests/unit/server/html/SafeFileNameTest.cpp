// SPDX-License-Identifier: MIT
#include "server/infra/html/SafeFileName.h"

#include <string>

#include <gtest/gtest.h>

namespace nextevent::server::infra
{
namespace
{

using namespace std::string_literals;

TEST(SafeFileNameTest, KeepsOrdinaryNames)
{
    EXPECT_EQ(safeFileName("poster.jpg"), "poster.jpg");
    EXPECT_EQ(safeFileName("活动海报 2024.png"), "活动海报 2024.png");
}

TEST(SafeFileNameTest, StripsDirectories)
{
    EXPECT_EQ(safeFileName("../../etc/passwd"), "passwd");
    EXPECT_EQ(safeFileName("C:\\Windows\\System32\\evil.exe"), "evil.exe");
    EXPECT_EQ(safeFileName("..\\..\\boot.ini"), "boot.ini");
    EXPECT_EQ(safeFileName("/var/www/"), "file");
}

TEST(SafeFileNameTest, DotNamesBecomeHarmless)
{
    EXPECT_EQ(safeFileName(".."), "file");
    EXPECT_EQ(safeFileName("."), "file");
    EXPECT_EQ(safeFileName(""), "file");
    EXPECT_EQ(safeFileName(".htaccess"), "htaccess");
    EXPECT_EQ(safeFileName("report.pdf. . "), "report.pdf");
}

TEST(SafeFileNameTest, RemovesNulAndControlCharacters)
{
    EXPECT_EQ(safeFileName("shell.php\0.jpg"s), "shell.php.jpg");
    EXPECT_EQ(safeFileName("a\x01\x1F\x7F"
                           "b.png"),
              "ab.png");
    EXPECT_EQ(safeFileName("line\nbreak.png"), "line break.png");
}

TEST(SafeFileNameTest, RemovesBidiOverrides)
{
    // U+202E would display "photo\u202Egnp.exe" as "photoexe.png".
    EXPECT_EQ(safeFileName("photo\u202Egnp.exe"), "photognp.exe");
}

TEST(SafeFileNameTest, ReplacesReservedCharactersAndInvalidUtf8)
{
    EXPECT_EQ(safeFileName("a<b>c:d\"e|f?g*.txt"), "a_b_c_d_e_f_g_.txt");
    EXPECT_EQ(safeFileName("\xFF\xFEname.png"s), "__name.png");
    EXPECT_EQ(safeFileName("  many    spaces  .png"), "many spaces .png");
}

TEST(SafeFileNameTest, PrefixesWindowsDeviceNames)
{
    EXPECT_EQ(safeFileName("CON"), "_CON");
    EXPECT_EQ(safeFileName("nul.txt"), "_nul.txt");
    EXPECT_EQ(safeFileName("com1.jpg"), "_com1.jpg");
    EXPECT_EQ(safeFileName("console.txt"), "console.txt");
}

TEST(SafeFileNameTest, LimitsLengthKeepingTheExtension)
{
    const std::string longName = std::string(300, 'a') + ".jpeg";
    const std::string result = safeFileName(longName, 50);
    EXPECT_EQ(result.size(), 50U);
    EXPECT_TRUE(result.ends_with(".jpeg"));
    EXPECT_EQ(safeFileName(std::string(300, 'b'), 20), std::string(20, 'b'));
}

TEST(SafeFileNameTest, LengthLimitNeverSplitsACharacter)
{
    std::string chinese;
    for (int i = 0; i < 100; ++i)
    {
        chinese += "图";
    }
    const std::string result = safeFileName(chinese + ".png", 32);
    EXPECT_LE(result.size(), 32U);
    EXPECT_TRUE(result.ends_with(".png"));
    // 3-byte characters: 28 bytes of room before ".png" hold 9 whole characters.
    EXPECT_EQ(result, std::string(chinese.substr(0, 27)) + ".png");
}

} // namespace
} // namespace nextevent::server::infra
