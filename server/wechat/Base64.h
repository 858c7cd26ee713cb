// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nextevent::server::wechat
{

/// Standard-alphabet Base64 with '=' padding and no line breaks, as WeChat's Encrypt field uses.
std::string base64Encode(std::string_view bytes);

/// Decodes standard-alphabet Base64. The length must be a multiple of 4 and '=' may only end the
/// text (at most two). Whitespace and the URL-safe alphabet are rejected. Non-zero spare bits in
/// the last character are discarded rather than rejected, because the EncodingAESKey (including
/// the sample key in Tencent's docs) relies on that. Returns nullopt on any other malformation.
std::optional<std::string> base64Decode(std::string_view text);

} // namespace nextevent::server::wechat
