// SPDX-License-Identifier: MIT
#include "server/wechat/Signature.h"

#include <algorithm>
#include <array>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <vector>

namespace nextevent::server::wechat
{
namespace
{
std::string sortedConcatenation(std::vector<std::string_view> parts)
{
    std::sort(parts.begin(), parts.end());
    std::string joined;
    for (const std::string_view part : parts)
        joined.append(part);
    return joined;
}
} // namespace

std::string sha1Hex(std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digestSize = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &digestSize, EVP_sha1(), nullptr) != 1)
        return {}; // never equal to a 40-character signature, so verification fails closed
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string hex;
    hex.reserve(digestSize * 2);
    for (unsigned int i = 0; i < digestSize; ++i)
    {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0F]);
    }
    return hex;
}

std::string urlSignature(std::string_view token, std::string_view timestamp, std::string_view nonce)
{
    return sha1Hex(sortedConcatenation({token, timestamp, nonce}));
}

std::string messageSignature(std::string_view token,
                             std::string_view timestamp,
                             std::string_view nonce,
                             std::string_view encrypt)
{
    return sha1Hex(sortedConcatenation({token, timestamp, nonce, encrypt}));
}

std::string jsSdkSignature(std::string_view jsapiTicket,
                           std::string_view nonceStr,
                           std::string_view timestamp,
                           std::string_view url)
{
    std::string text;
    text.reserve(jsapiTicket.size() + nonceStr.size() + timestamp.size() + url.size() + 40);
    text.append("jsapi_ticket=").append(jsapiTicket);
    text.append("&noncestr=").append(nonceStr);
    text.append("&timestamp=").append(timestamp);
    text.append("&url=").append(url);
    return sha1Hex(text);
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool verifyUrlSignature(std::string_view token,
                        std::string_view timestamp,
                        std::string_view nonce,
                        std::string_view signature)
{
    const std::string expected = urlSignature(token, timestamp, nonce);
    return !expected.empty() && constantTimeEquals(expected, signature);
}

bool verifyMessageSignature(std::string_view token,
                            std::string_view timestamp,
                            std::string_view nonce,
                            std::string_view encrypt,
                            std::string_view msgSignature)
{
    const std::string expected = messageSignature(token, timestamp, nonce, encrypt);
    return !expected.empty() && constantTimeEquals(expected, msgSignature);
}

} // namespace nextevent::server::wechat
