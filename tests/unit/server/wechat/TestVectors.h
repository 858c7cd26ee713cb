// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/// The examples published by Tencent, as quoted in /work/shared/wechat-protocol.md, plus vectors
/// computed independently (Python hashlib/base64 and the `openssl enc -nopad` CLI) where noted.
namespace nextevent::server::wechat::testvectors
{

// JS-SDK signature, official JS-SDK doc, appendix 1.
inline constexpr std::string_view kJsTicket =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
inline constexpr std::string_view kJsNonce = "Wm3WZYTPz0wzccnW";
inline constexpr std::string_view kJsTimestamp = "1414587457";
inline constexpr std::string_view kJsUrl = "http://mp.weixin.qq.com?params=value";
inline constexpr std::string_view kJsSignature = "0f9de62fce790f9a083d5c99e95740ceb90c27ed";

// Safe-mode message, official WXBizMsgCrypt sample for Official Accounts.
inline constexpr std::string_view kToken = "spamtest";
inline constexpr std::string_view kEncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
inline constexpr std::string_view kAppId = "wx2c2769f8efd9abc2";
inline constexpr std::string_view kTimestamp = "1409735669";
inline constexpr std::string_view kNonce = "1320562132";
inline constexpr std::string_view kEncrypt =
    "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+"
    "LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9"
    "FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+"
    "h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3y"
    "t+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/"
    "HTnifJpXgCSUdUue1v"
    "6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+"
    "q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";
inline constexpr std::string_view kMsgSignature = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
inline constexpr std::string_view kRandomPrefix = "89465c840c5f116f";
inline constexpr std::size_t kMessageLength = 280;
inline constexpr std::string_view kMessage =
    "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n"
    "<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n"
    "<CreateTime>1409735668</CreateTime>\n"
    "<MsgType><![CDATA[text]]></MsgType>\n"
    "<Content><![CDATA[abcdteT]]></Content>\n"
    "<MsgId>6054768590064713728</MsgId>\n"
    "</xml>";

// Computed independently with Python (base64.b64decode of the key + "=", which discards spare bits).
inline constexpr std::string_view kAesKeyHex =
    "69b71d79f8218a39259a7a29aabb2dbafc31cb3d35db7e39ebbf3d0010831051";
// Computed independently with Python hashlib: sha1("1320562132" "1409735669" "spamtest").
inline constexpr std::string_view kUrlSignature = "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a";

// Computed independently with Python + `openssl enc -aes-256-cbc -nopad` under the sample key/AppID:
// FULL is an exact multiple of 32, so the pad is a whole block of 32 bytes of 0x20.
inline constexpr std::string_view kPad32Prefix = "0123456789abcdef";
inline constexpr std::string_view kPad32Message = "abcdefghijklmnopqrstuvwxyz";
inline constexpr std::string_view kPad32Encrypt =
    "Q3stYC6hdFzMh9T8HCvyDPUcX4TisFrTqPyTunjoEb0qvKaatEF4fLHn23AUF5VLUNUYjz4k4Um"
    "QaJWO8YbTkJ3XoQb82K+GwIyu1ZMc5rkTfs+0wnMNZIWxngdV7p/r";
// The same, with a pad of 20 (more than one AES block would allow).
inline constexpr std::string_view kPad20Prefix = "ABCDEFGHIJKLMNOP";
inline constexpr std::string_view kPad20Message = "hello!";
inline constexpr std::string_view kPad20Encrypt =
    "ECb94sC68hxnidW1ycQhs9XuZ0ZGNbb2ZssVXBy7D0xZ5s2R3FizQCaraJpO1gO0izfTawA46qYXexbPMYAmRg==";

} // namespace nextevent::server::wechat::testvectors
