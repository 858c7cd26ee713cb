// SPDX-License-Identifier: MIT
#include "desktop/door/BadgeRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "desktop/qr/QrCode.h"

namespace nextevent::console
{
namespace
{
constexpr int kResolution = 300; // dpi of the PDF: the QR's modules land on whole dots
constexpr double kLabelWidthMm = 90.0;
constexpr double kLabelHeightMm = 54.0;
constexpr int kSheetColumns = 2;
constexpr int kSheetRows = 5;

/// The largest font (pixel size) at most `maxPx` high whose rendering of `text` fits `width`.
QFont fitted(QFont font, const QString &text, double width, double maxPx)
{
    double px = maxPx;
    for (; px > 6; px *= 0.9)
    {
        font.setPixelSize(static_cast<int>(px));
        if (QFontMetricsF(font).horizontalAdvance(text) <= width)
            break;
    }
    font.setPixelSize(static_cast<int>(std::max(px, 6.0)));
    return font;
}
} // namespace

QString BadgeRenderer::layoutName(BadgeLayout layout)
{
    switch (layout)
    {
    case BadgeLayout::A6:
        return QCoreApplication::translate("BadgeRenderer", "A6 card (105 × 148 mm)");
    case BadgeLayout::Label90x54:
        return QCoreApplication::translate("BadgeRenderer", "Label 90 × 54 mm (one per page)");
    case BadgeLayout::A4Sheet:
        return QCoreApplication::translate("BadgeRenderer", "A4 sheet of 10 labels 90 × 54 mm");
    }
    return {};
}

QPageLayout BadgeRenderer::pageLayout(BadgeLayout layout)
{
    switch (layout)
    {
    case BadgeLayout::A6:
        return QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF());
    case BadgeLayout::Label90x54:
        return QPageLayout(QPageSize(QSizeF(kLabelWidthMm, kLabelHeightMm),
                                     QPageSize::Millimeter,
                                     QStringLiteral("Badge 90x54"),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait,
                           QMarginsF());
    case BadgeLayout::A4Sheet:
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    }
    return {};
}

int BadgeRenderer::badgesPerPage(BadgeLayout layout)
{
    return layout == BadgeLayout::A4Sheet ? kSheetColumns * kSheetRows : 1;
}

void BadgeRenderer::paintBadge(
    QPainter &painter, const QRectF &rect, double pxPerMm, bool card, const BadgeData &badge)
{
    painter.save();
    const double pad = 4 * pxPerMm;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    QFont base = painter.font();
    base.setStyleStrategy(QFont::PreferAntialias);
    const auto qr = QrCode::encode(badge.signedTicket);
    QRectF text = inner;
    if (card)
    {
        // A6: title, name, answers on top; the QR below, 60 mm, centred.
        const double qrSide = std::min(60 * pxPerMm, inner.width());
        const QRectF qrRect(inner.center().x() - qrSide / 2, inner.bottom() - qrSide, qrSide, qrSide);
        if (qr)
            qr->paint(painter, qrRect);
        text.setBottom(qrRect.top() - 2 * pxPerMm);
    }
    else
    {
        // A label: the QR on the right, as tall as the label allows; the words on the left.
        const double qrSide = inner.height();
        const QRectF qrRect(inner.right() - qrSide, inner.top(), qrSide, qrSide);
        if (qr)
            qr->paint(painter, qrRect);
        text.setRight(qrRect.left() - 2 * pxPerMm);
    }
    double y = text.top();
    if (!badge.eventTitle.isEmpty())
    {
        QFont titleFont = fitted(base, badge.eventTitle, text.width(), (card ? 4.5 : 3.0) * pxPerMm);
        painter.setFont(titleFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF m(titleFont);
        painter.drawText(QPointF(text.left(), y + m.ascent()),
                         m.elidedText(badge.eventTitle, Qt::ElideRight, text.width()));
        y += m.height() + 1.5 * pxPerMm;
    }
    QFont nameFont = base;
    nameFont.setBold(true);
    nameFont = fitted(nameFont, badge.name, text.width(), (card ? 11.0 : 7.0) * pxPerMm);
    painter.setFont(nameFont);
    painter.setPen(Qt::black);
    const QFontMetricsF nameMetrics(nameFont);
    painter.drawText(QPointF(text.left(), y + nameMetrics.ascent()),
                     nameMetrics.elidedText(badge.name, Qt::ElideRight, text.width()));
    y += nameMetrics.height() + 2 * pxPerMm;
    QFont answerFont = base;
    answerFont.setPixelSize(static_cast<int>((card ? 4.2 : 2.8) * pxPerMm));
    painter.setFont(answerFont);
    const QFontMetricsF answerMetrics(answerFont);
    for (const auto &[label, value] : badge.answers)
    {
        if (y + answerMetrics.height() > text.bottom())
            break;
        const QString line = label.isEmpty() ? value : label + QStringLiteral(": ") + value;
        painter.drawText(QPointF(text.left(), y + answerMetrics.ascent()),
                         answerMetrics.elidedText(line, Qt::ElideRight, text.width()));
        y += answerMetrics.height() + 0.8 * pxPerMm;
    }
    painter.restore();
}

bool BadgeRenderer::paint(QPagedPaintDevice &device, BadgeLayout layout, const QList<BadgeData> &badges)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double pxPerMm = device.logicalDpiX() / 25.4;
    const int perPage = badgesPerPage(layout);
    for (qsizetype i = 0; i < badges.size(); ++i)
    {
        if (i > 0 && i % perPage == 0 && !device.newPage())
            return false;
        if (layout == BadgeLayout::A4Sheet)
        {
            const int slot = static_cast<int>(i % perPage);
            const QSizeF page = pageLayout(layout).pageSize().size(QPageSize::Millimeter);
            const double left = (page.width() - kSheetColumns * kLabelWidthMm) / 2;
            const double top = (page.height() - kSheetRows * kLabelHeightMm) / 2;
            const QRectF cell((left + (slot % kSheetColumns) * kLabelWidthMm) * pxPerMm,
                              (top + (slot / kSheetColumns) * kLabelHeightMm) * pxPerMm,
                              kLabelWidthMm * pxPerMm,
                              kLabelHeightMm * pxPerMm);
            // Light cut lines between the labels.
            painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.2 * pxPerMm));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            paintBadge(painter, cell, pxPerMm, false, badges[i]);
        }
        else
        {
            const QSizeF page = pageLayout(layout).pageSize().size(QPageSize::Millimeter);
            paintBadge(painter,
                       QRectF(0, 0, page.width() * pxPerMm, page.height() * pxPerMm),
                       pxPerMm,
                       layout == BadgeLayout::A6,
                       badges[i]);
        }
    }
    return painter.end();
}

bool BadgeRenderer::writePdf(const QString &path,
                             BadgeLayout layout,
                             const QList<BadgeData> &badges,
                             QString *error)
{
    if (badges.isEmpty())
    {
        *error = QCoreApplication::translate("BadgeRenderer", "No badges to write.");
        return false;
    }
    {
        QPdfWriter writer(path);
        writer.setResolution(kResolution);
        writer.setPageLayout(pageLayout(layout));
        writer.setCreator(QStringLiteral("NextEvent console"));
        writer.setTitle(QCoreApplication::translate("BadgeRenderer", "Badges"));
        if (!paint(writer, layout, badges))
        {
            *error = QCoreApplication::translate("BadgeRenderer", "Cannot write %1.").arg(path);
            return false;
        }
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
    {
        *error = QCoreApplication::translate("BadgeRenderer", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace nextevent::console
