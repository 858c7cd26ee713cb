// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "nextevent/Draw.h"

namespace nextevent::console
{

/// The console's own check of a finished draw, written against DESIGN.md "Draws" with Qt's hashing
/// (QCryptographicHash, QMessageAuthenticationCode) rather than the shared code the server runs, so that
/// a mistake in one is not silently repeated in the other.
namespace drawcheck
{

/// hex(SHA-256(ids sorted by bytes, joined by "\n")).
QByteArray poolHash(QList<QByteArray> ids);
/// hex(SHA-256(seed bytes)).
QByteArray commitment(const QByteArray &seed);
/// The ids picks 0 … count−1 take from `ids` (sorted first): pick k takes index
/// u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8]) mod remaining.
QList<QByteArray> picks(const QByteArray &seed, QList<QByteArray> ids, int count);

} // namespace drawcheck

/// What verifying a draw found.
struct DrawVerification
{
    bool verified = false;
    /// One sentence per mismatch (translated); empty when verified.
    QStringList problems;
    /// The winners in pick order as recomputed (winners and replaced, by round).
    QList<QByteArray> recomputed;
};

/// Recomputes `draw` (done, seed revealed) from `poolIds` (GET /v2/draws/{id}/pool): the pool hash, the
/// commitment of the seed, and every pick (winners and replaced together, ordered by round).
DrawVerification verifyDraw(const Draw &draw, const std::vector<std::string> &poolIds);

} // namespace nextevent::console
