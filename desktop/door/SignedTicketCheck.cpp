// SPDX-License-Identifier: MIT
#include "desktop/door/SignedTicketCheck.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <QCryptographicHash>

namespace nextevent::console
{
namespace
{
constexpr qsizetype kMaxTicketLength = 2048;
constexpr qsizetype kSignatureBytes = 64;
const QLatin1String kPrefix("NE1.");

bool sodiumReady()
{
    // Idempotent and thread safe; < 0 only when the system has no usable random source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

bool looksLikeSignedTicket(const QString &text)
{
    return text.trimmed().startsWith(kPrefix);
}

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray in = text.toLatin1();
    QByteArray out(in.size(), '\0');
    std::size_t length = 0;
    const char *end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()),
                          static_cast<std::size_t>(out.size()),
                          in.constData(),
                          static_cast<std::size_t>(in.size()),
                          nullptr,
                          &length,
                          &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != in.constData() + in.size())
        return std::nullopt;
    out.resize(static_cast<qsizetype>(length));
    return out;
}

std::optional<ParsedTicket> parseSignedTicket(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(kPrefix) || t.size() > kMaxTicketLength)
        return std::nullopt;
    const qsizetype dot = t.indexOf(QLatin1Char('.'), kPrefix.size());
    if (dot < 0)
        return std::nullopt;
    auto payload = fromBase64Url(t.mid(kPrefix.size(), dot - kPrefix.size()));
    auto signature = fromBase64Url(t.mid(dot + 1));
    if (!payload || !signature || signature->size() != kSignatureBytes)
        return std::nullopt;
    const auto doc = nlohmann::json::parse(payload->constBegin(), payload->constEnd(), nullptr, false);
    const auto isString = [&doc](const char *key)
    {
        return doc.contains(key) && doc[key].is_string();
    };
    if (!doc.is_object() || !isString("e") || !isString("a") || !isString("c"))
        return std::nullopt;
    return ParsedTicket{*payload,
                        *signature,
                        QString::fromStdString(doc["e"].get<std::string>()),
                        QString::fromStdString(doc["a"].get<std::string>()),
                        QString::fromStdString(doc["c"].get<std::string>())};
}

bool verifySignedTicket(const ParsedTicket &ticket, const QList<QByteArray> &publicKeys)
{
    if (!sodiumReady() || ticket.signature.size() != crypto_sign_BYTES)
        return false;
    for (const QByteArray &key : publicKeys)
        if (key.size() == crypto_sign_PUBLICKEYBYTES &&
            crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(ticket.signature.constData()),
                                        reinterpret_cast<const unsigned char *>(ticket.payload.constData()),
                                        static_cast<unsigned long long>(ticket.payload.size()),
                                        reinterpret_cast<const unsigned char *>(key.constData())) == 0)
            return true;
    return false;
}

QString normaliseCheckInCode(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (const QChar c : code)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\n'))
            out.append(c >= QLatin1Char('a') && c <= QLatin1Char('z') ? c.toUpper() : c);
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace nextevent::console
