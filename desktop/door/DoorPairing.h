// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>
#include <QUrl>

namespace nextevent::console
{

/// What a door-token QR carries so a console can pair as a door device by scanning it (a keyboard-wedge
/// scanner types it into a field) or by pasting it: `NEDOOR1|<server>|<eventId>|<listId or
/// ->|<token>|<name>`, the name base64url-encoded so that every character is one a scanner can type (ASCII).
struct DoorPairing
{
    QUrl server;
    QString eventId;
    QString listId; ///< empty: any list of the event
    QString token;
    QString name;

    QString encode() const;
    /// nullopt for anything else (surrounding whitespace is ignored).
    static std::optional<DoorPairing> parse(const QString &text);
};

} // namespace nextevent::console
