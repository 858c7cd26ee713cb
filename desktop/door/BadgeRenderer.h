// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QPageLayout>
#include <QPair>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace nextevent::console
{

/// What one badge shows: the name, the registration answers the organiser chose (label, answer), and the
/// signed ticket as a QR code (DESIGN.md "Signed tickets"), so the badge itself gets its wearer in.
struct BadgeData
{
    QString name;
    QList<QPair<QString, QString>> answers;
    QString signedTicket;
    QString eventTitle;
};

/// Badge layouts: A6 card, a 90×54 mm label (one per page, for label printers), or A4 sheets of ten such
/// labels (2 × 5) to cut.
enum class BadgeLayout
{
    A6,
    Label90x54,
    A4Sheet
};

/// Paints badges on paged devices (QPdfWriter, QPrinter). Painting never checks anyone in.
class BadgeRenderer
{
public:
    static QPageLayout pageLayout(BadgeLayout layout);
    static int badgesPerPage(BadgeLayout layout);
    /// Paints `badges` on `device` (already set to pageLayout()), one new page per page full.
    static bool paint(QPagedPaintDevice &device, BadgeLayout layout, const QList<BadgeData> &badges);
    /// Writes a PDF at `path`; false with the reason in `error`.
    static bool
    writePdf(const QString &path, BadgeLayout layout, const QList<BadgeData> &badges, QString *error);
    /// The layout's name as the organiser picks it.
    static QString layoutName(BadgeLayout layout);

private:
    static void
    paintBadge(QPainter &painter, const QRectF &rect, double pxPerMm, bool card, const BadgeData &badge);
};

} // namespace nextevent::console

Q_DECLARE_METATYPE(nextevent::console::BadgeData)
