// SPDX-License-Identifier: MIT
#include "server/app/SignedTicket.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "nextevent/Validation.h"

namespace nextevent::server::app
{
std::string base64Url(const std::string &bytes)
{
    const std::size_t size =
        sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    std::string out(size, '\0');
    sodium_bin2base64(out.data(),
                      size,
                      reinterpret_cast<const unsigned char *>(bytes.data()),
                      bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(size - 1); // the terminating NUL
    return out;
}

std::optional<std::string> fromBase64Url(const std::string &text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    const char *end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()),
                          out.size(),
                          text.data(),
                          text.size(),
                          nullptr,
                          &length,
                          &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    out.resize(length);
    return out;
}

std::string encodeSignedTicket(const std::string &payload, const std::string &signature)
{
    return std::string(kSignedTicketPrefix) + base64Url(payload) + "." + base64Url(signature);
}

std::optional<SignedTicket> parseSignedTicket(const std::string &text)
{
    const std::string t = trimmed(text);
    const std::string prefix = kSignedTicketPrefix;
    if (t.rfind(prefix, 0) != 0 || t.size() > kSignedTicketMaxLength)
        return std::nullopt;
    const auto dot = t.find('.', prefix.size());
    if (dot == std::string::npos)
        return std::nullopt;
    auto payload = fromBase64Url(t.substr(prefix.size(), dot - prefix.size()));
    auto signature = fromBase64Url(t.substr(dot + 1));
    if (!payload || !signature || signature->size() != kSignedTicketSignatureBytes)
        return std::nullopt;
    // At most ~1.5 KB of payload (the length cap), so even a nested one stays within the parser's recursion.
    const auto doc = nlohmann::json::parse(*payload, nullptr, false);
    if (!doc.is_object() || !doc.contains("e") || !doc["e"].is_string() || !doc.contains("a") ||
        !doc["a"].is_string() || !doc.contains("c") || !doc["c"].is_string())
        return std::nullopt;
    return SignedTicket{std::move(*payload),
                        std::move(*signature),
                        doc["e"].get<std::string>(),
                        doc["a"].get<std::string>(),
                        doc["c"].get<std::string>()};
}

} // namespace nextevent::server::app
