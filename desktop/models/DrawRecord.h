// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>

#include "desktop/models/DrawVerifier.h"

namespace nextevent::console
{

/// What an exported draw record holds: the draw exactly as GET /v2/draws/{id} gave it (pool hash,
/// commitment, seed, winners, replaced, times, the user who created it), the pool the winners were
/// picked from, and the console's verification.
struct DrawRecord
{
    nlohmann::json draw; ///< the server's draw object, untouched
    nlohmann::json pool; ///< GET /v2/draws/{id}/pool: {"items","poolHash"}
    QString eventTitle;
    DrawVerification verification;
    QString exportedBy; ///< the console's signed-in user
    QDateTime exportedAt;
};

/// The record as a JSON document: {"draw","pool","eventTitle","verification":{"verified","problems"},
/// "exportedBy","exportedAt"}.
nlohmann::json drawRecordJson(const DrawRecord &record);

/// Writes the record as a one-page A4 PDF (the font shrinks until it fits); false and `error` on failure.
bool writeDrawRecordPdf(const DrawRecord &record, const QString &path, QString *error);

/// The HTML the PDF is laid out from (for tests and previews).
QString drawRecordHtml(const DrawRecord &record, double pointSize);

} // namespace nextevent::console
