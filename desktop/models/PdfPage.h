// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QRectF>
#include <QString>

class QPainter;

namespace nextevent::console
{

/// Writes the console's one-page A4 PDF exports (a draw's record, a session's summary) with one page
/// set-up: A4, `marginMm` millimetres of margin, 300 dpi, `title` and the console as creator. `paint`
/// draws on the printable area (`page`: origin top left, in device pixels); the painter's device is the
/// PDF writer, for text layouts that need its resolution. False, with `error` set, when the file could
/// not be written.
bool writeOnePagePdf(const QString &path,
                     const QString &title,
                     qreal marginMm,
                     const std::function<void(QPainter &painter, const QRectF &page)> &paint,
                     QString *error);

} // namespace nextevent::console
