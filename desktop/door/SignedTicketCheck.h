// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace nextevent::console
{

/// A signed ticket as the ticket QR holds it (DESIGN.md "Signed tickets"): `NE1.<b64url payload>.<b64url
/// signature>`, payload {"e":eventId,"a":attendeeId,"c":checkInCode,"i":issuedAt}. Taken apart, not yet
/// verified.
struct ParsedTicket
{
    QByteArray payload;   ///< the signed bytes
    QByteArray signature; ///< 64 bytes (Ed25519, detached)
    QString eventId;
    QString attendeeId;
    QString code;
};

/// Whether `text` claims to be a signed ticket (starts with `NE1.`), valid or not.
bool looksLikeSignedTicket(const QString &text);
/// The ticket's parts; nullopt for anything not shaped like a ticket (the server's rules: base64url without
/// padding, a 64-byte signature, a JSON object payload with string e, a and c, at most 2048 characters).
std::optional<ParsedTicket> parseSignedTicket(const QString &text);
/// Whether one of `publicKeys` (raw 32-byte Ed25519 keys) signed the ticket (libsodium).
bool verifySignedTicket(const ParsedTicket &ticket, const QList<QByteArray> &publicKeys);
/// base64url without padding, decoded by libsodium as the server does; nullopt for anything else.
std::optional<QByteArray> fromBase64Url(const QString &text);
/// A 12-character check-in code as the server compares it: spaces dropped, upper case.
QString normaliseCheckInCode(const QString &code);
/// SHA-256 of `bytes` as lower-case hex (the snapshot's `codeHash`).
QString sha256Hex(const QByteArray &bytes);

} // namespace nextevent::console
