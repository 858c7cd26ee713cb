// SPDX-License-Identifier: MIT
#include "desktop/models/PdfPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace nextevent::console
{

bool writeOnePagePdf(const QString &path,
                     const QString &title,
                     qreal marginMm,
                     const std::function<void(QPainter &painter, const QRectF &page)> &paint,
                     QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("NextEvent Console"));
    QPainter painter;
    bool written = painter.begin(&writer);
    if (written)
    {
        const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
        paint(painter, page);
        painter.end();
        // QPdfWriter reports no write error of its own: the file is the proof.
        written = QFile::exists(path);
    }
    if (!written && error)
        *error = QCoreApplication::translate("PdfPage", "Cannot write %1.").arg(path);
    return written;
}

} // namespace nextevent::console
