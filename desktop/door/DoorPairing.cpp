// SPDX-License-Identifier: MIT
#include "desktop/door/DoorPairing.h"

#include <QStringList>

namespace nextevent::console
{
namespace
{
const QLatin1String kMagic("NEDOOR1");
const QLatin1Char kSeparator('|');
} // namespace

QString DoorPairing::encode() const
{
    return QStringList{kMagic,
                       server.toString(QUrl::FullyEncoded),
                       eventId,
                       listId.isEmpty() ? QStringLiteral("-") : listId,
                       token,
                       QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                  QByteArray::OmitTrailingEquals))}
        .join(kSeparator);
}

std::optional<DoorPairing> DoorPairing::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(kSeparator);
    if (parts.size() != 6 || parts[0] != kMagic)
        return std::nullopt;
    DoorPairing pairing;
    pairing.server = QUrl(parts[1], QUrl::StrictMode);
    pairing.eventId = parts[2];
    pairing.listId = parts[3] == QLatin1String("-") ? QString() : parts[3];
    pairing.token = parts[4];
    const auto name = QByteArray::fromBase64Encoding(
        parts[5].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!pairing.server.isValid() || pairing.server.host().isEmpty() ||
        (pairing.server.scheme() != QLatin1String("http") &&
         pairing.server.scheme() != QLatin1String("https")) ||
        pairing.eventId.isEmpty() || !pairing.token.startsWith(QLatin1String("ned_")) || !name)
        return std::nullopt;
    pairing.name = QString::fromUtf8(*name);
    return pairing;
}

} // namespace nextevent::console
