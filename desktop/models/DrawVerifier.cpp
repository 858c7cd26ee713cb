// SPDX-License-Identifier: MIT
#include "desktop/models/DrawVerifier.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace nextevent::console
{
namespace drawcheck
{

QByteArray poolHash(QList<QByteArray> ids)
{
    // QByteArray's operator< compares bytes, as the pool's order is defined.
    std::sort(ids.begin(), ids.end());
    return QCryptographicHash::hash(ids.join('\n'), QCryptographicHash::Sha256).toHex();
}

QByteArray commitment(const QByteArray &seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
}

QList<QByteArray> picks(const QByteArray &seed, QList<QByteArray> ids, int count)
{
    std::sort(ids.begin(), ids.end());
    const QByteArray hash = poolHash(ids);
    QList<QByteArray> out;
    for (int k = 0; k < count && !ids.isEmpty(); ++k)
    {
        const QByteArray mac = QMessageAuthenticationCode::hash(
            hash + ':' + QByteArray::number(k), seed, QCryptographicHash::Sha256);
        const quint64 value = qFromBigEndian<quint64>(mac.constData());
        const auto index = static_cast<qsizetype>(value % static_cast<quint64>(ids.size()));
        out.append(ids.takeAt(index));
    }
    return out;
}

} // namespace drawcheck

DrawVerification verifyDraw(const Draw &draw, const std::vector<std::string> &poolIds)
{
    DrawVerification out;
    if (draw.state != DrawState::Done || !draw.seed)
    {
        out.problems << QCoreApplication::translate("DrawVerification",
                                                    "The draw has not run yet: its seed is still secret.");
        return out;
    }
    const QByteArray seed = QByteArray::fromHex(QByteArray::fromStdString(*draw.seed));
    if (seed.size() != 32 || seed.toHex() != QByteArray::fromStdString(*draw.seed).toLower())
        out.problems << QCoreApplication::translate("DrawVerification",
                                                    "The revealed seed is not 32 bytes of hex.");
    if (drawcheck::commitment(seed) != QByteArray::fromStdString(draw.commitment))
        out.problems << QCoreApplication::translate(
            "DrawVerification", "The seed does not match the commitment published before the run.");
    QList<QByteArray> ids;
    for (const auto &id : poolIds)
        ids.append(QByteArray::fromStdString(id));
    if (drawcheck::poolHash(ids) != QByteArray::fromStdString(draw.poolHash))
        out.problems << QCoreApplication::translate(
            "DrawVerification", "The pool list does not match the pool hash published at creation.");
    if (ids.size() != draw.poolSize)
        out.problems << QCoreApplication::translate("DrawVerification",
                                                    "The pool list has %1 ids; the draw says %2.")
                            .arg(ids.size())
                            .arg(draw.poolSize);

    std::vector<DrawWinner> all = draw.winners;
    all.insert(all.end(), draw.replaced.begin(), draw.replaced.end());
    std::sort(
        all.begin(), all.end(), [](const DrawWinner &a, const DrawWinner &b) { return a.round < b.round; });
    if (static_cast<std::int64_t>(all.size()) != draw.picks)
        out.problems << QCoreApplication::translate(
                            "DrawVerification",
                            "The draw lists %1 winners and replaced winners but says it made %2 picks.")
                            .arg(all.size())
                            .arg(draw.picks);
    out.recomputed = drawcheck::picks(seed, ids, static_cast<int>(draw.picks));
    for (std::size_t i = 0; i < all.size(); ++i)
    {
        const auto round = static_cast<qsizetype>(i);
        if (all[i].round != static_cast<std::int64_t>(i + 1))
            out.problems << QCoreApplication::translate("DrawVerification",
                                                        "Round %1 is missing from the winners.")
                                .arg(i + 1);
        else if (round >= out.recomputed.size() ||
                 out.recomputed[round] != QByteArray::fromStdString(all[i].attendeeId))
            out.problems << QCoreApplication::translate(
                                "DrawVerification",
                                "Round %1: the server named %2, the recomputation gives %3.")
                                .arg(i + 1)
                                .arg(QString::fromStdString(all[i].attendeeId),
                                     round < out.recomputed.size()
                                         ? QString::fromLatin1(out.recomputed[round])
                                         : QCoreApplication::translate("DrawVerification", "nobody"));
    }
    out.verified = out.problems.isEmpty();
    return out;
}

} // namespace nextevent::console
