// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace nextevent::server::wechat
{

/// SHA-1 of the bytes, as 40 lowercase hex characters.
std::string sha1Hex(std::string_view data);

/// The callback `signature`: sha1hex of Token, timestamp and nonce sorted byte-wise and joined with
/// no separator. timestamp and nonce are the URL-decoded query values, otherwise verbatim.
std::string urlSignature(std::string_view token, std::string_view timestamp, std::string_view nonce);

/// The `msg_signature`: like urlSignature with the Encrypt text (exactly as in the XML) as a fourth
/// element of the sort.
std::string messageSignature(std::string_view token,
                             std::string_view timestamp,
                             std::string_view nonce,
                             std::string_view encrypt);

/// The JS-SDK wx.config signature: sha1hex of
/// "jsapi_ticket=T&noncestr=N&timestamp=TS&url=U" with every value raw (no URL coding). url must
/// already have its '#' fragment removed.
std::string jsSdkSignature(std::string_view jsapiTicket,
                           std::string_view nonceStr,
                           std::string_view timestamp,
                           std::string_view url);

/// Compares two strings in time that depends only on their lengths, not on where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

/// True when `signature` (from the query) equals urlSignature(token, timestamp, nonce); constant time.
bool verifyUrlSignature(std::string_view token,
                        std::string_view timestamp,
                        std::string_view nonce,
                        std::string_view signature);

/// True when `msgSignature` (from the query) equals messageSignature(...); constant time.
bool verifyMessageSignature(std::string_view token,
                            std::string_view timestamp,
                            std::string_view nonce,
                            std::string_view encrypt,
                            std::string_view msgSignature);

} // namespace nextevent::server::wechat
