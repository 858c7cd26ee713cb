// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace nextevent::server::app
{

/// The signed ticket a ticket QR holds (DESIGN.md, check-in): `NE1.<b64url payload>.<b64url signature>`,
/// payload {"e":eventId,"a":attendeeId,"c":checkInCode,"i":issuedAt}, Ed25519 signature (detached) over the
/// payload bytes. Taking one apart is kept apart from the check-in service, small enough to fuzz alone.
inline constexpr const char *kSignedTicketPrefix = "NE1.";
inline constexpr std::size_t kSignedTicketMaxLength = 2048;
inline constexpr std::size_t kSignedTicketSignatureBytes = 64;

struct SignedTicket
{
    std::string payload;   ///< the signed bytes
    std::string signature; ///< kSignedTicketSignatureBytes
    std::string eventId;
    std::string attendeeId;
    std::string code;
};

/// The ticket's parts, not yet verified; nullopt for anything not shaped like a ticket (surrounding
/// whitespace is ignored; at most kSignedTicketMaxLength characters).
std::optional<SignedTicket> parseSignedTicket(const std::string &text);

/// `NE1.` + base64url(payload) + `.` + base64url(signature).
std::string encodeSignedTicket(const std::string &payload, const std::string &signature);

/// base64url without padding (RFC 4648 §5), through libsodium.
std::string base64Url(const std::string &bytes);
/// Its inverse; nullopt for anything else (padding, other alphabets, trailing characters).
std::optional<std::string> fromBase64Url(const std::string &text);

} // namespace nextevent::server::app
