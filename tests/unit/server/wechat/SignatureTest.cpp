// SPDX-License-Identifier: MIT
#include "server/wechat/Signature.h"

#include <gtest/gtest.h>

#include "TestVectors.h"

using namespace nextevent::server::wechat;
namespace tv = nextevent::server::wechat::testvectors;

TEST(Signature, Sha1HexMatchesFips180Vector)
{
    EXPECT_EQ(sha1Hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(sha1Hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST(Signature, JsSdkSignatureMatchesPublishedExample)
{
    EXPECT_EQ(jsSdkSignature(tv::kJsTicket, tv::kJsNonce, tv::kJsTimestamp, tv::kJsUrl), tv::kJsSignature);
}

TEST(Signature, JsSdkSignatureSignsValuesRaw)
{
    // A URL-encoded query must not be decoded (nor a raw one encoded): the signature changes.
    EXPECT_NE(jsSdkSignature(
                  tv::kJsTicket, tv::kJsNonce, tv::kJsTimestamp, "http://mp.weixin.qq.com?params%3Dvalue"),
              tv::kJsSignature);
}

TEST(Signature, MessageSignatureMatchesPublishedExample)
{
    EXPECT_EQ(messageSignature(tv::kToken, tv::kTimestamp, tv::kNonce, tv::kEncrypt), tv::kMsgSignature);
    EXPECT_TRUE(
        verifyMessageSignature(tv::kToken, tv::kTimestamp, tv::kNonce, tv::kEncrypt, tv::kMsgSignature));
}

TEST(Signature, UrlSignatureMatchesIndependentComputation)
{
    EXPECT_EQ(urlSignature(tv::kToken, tv::kTimestamp, tv::kNonce), tv::kUrlSignature);
    EXPECT_TRUE(verifyUrlSignature(tv::kToken, tv::kTimestamp, tv::kNonce, tv::kUrlSignature));
}

TEST(Signature, SortIsByteWiseNotNumeric)
{
    // Numerically 9 < 10, but byte-wise "10" < "9" < "b": the joined text is "109b".
    EXPECT_EQ(urlSignature("b", "10", "9"), sha1Hex("109b"));
    EXPECT_EQ(urlSignature("b", "10", "9"), "83099d7742a641c7cf25d5088cc6fac2df4fd847");
    // Argument order does not matter, only the sorted order does.
    EXPECT_EQ(urlSignature("9", "b", "10"), urlSignature("b", "10", "9"));
}

TEST(Signature, VerificationRejectsAnythingButTheExactLowercaseDigest)
{
    std::string upper(tv::kUrlSignature);
    for (char &c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_FALSE(verifyUrlSignature(tv::kToken, tv::kTimestamp, tv::kNonce, upper));
    EXPECT_FALSE(verifyUrlSignature(tv::kToken, tv::kTimestamp, tv::kNonce, tv::kUrlSignature.substr(0, 39)));
    EXPECT_FALSE(verifyUrlSignature(tv::kToken, tv::kTimestamp, tv::kNonce, ""));
    EXPECT_FALSE(verifyUrlSignature("othertoken", tv::kTimestamp, tv::kNonce, tv::kUrlSignature));
    EXPECT_FALSE(verifyUrlSignature(tv::kToken, "1409735670", tv::kNonce, tv::kUrlSignature));
    EXPECT_FALSE(verifyMessageSignature(tv::kToken, tv::kTimestamp, tv::kNonce, "x", tv::kMsgSignature));
    // The 3-element signature is not a valid msg_signature and vice versa.
    EXPECT_FALSE(
        verifyMessageSignature(tv::kToken, tv::kTimestamp, tv::kNonce, tv::kEncrypt, tv::kUrlSignature));
}

TEST(Signature, ConstantTimeEqualsComparesContentAndLength)
{
    EXPECT_TRUE(constantTimeEquals("", ""));
    EXPECT_TRUE(constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(constantTimeEquals("abc", "ab"));
    EXPECT_FALSE(constantTimeEquals("", "a"));
    EXPECT_FALSE(constantTimeEquals(std::string_view("a\0b", 3), std::string_view("a\0c", 3)));
}
