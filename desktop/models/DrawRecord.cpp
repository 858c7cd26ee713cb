// SPDX-License-Identifier: MIT
#include "desktop/models/DrawRecord.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include "nextevent/Json.h"

#include "desktop/api/JsonFields.h"
#include "desktop/models/PdfPage.h"

namespace nextevent::console
{
namespace
{
using nlohmann::json;

QString when(const json &object, const char *key)
{
    const QString text = jsonString(object, key);
    if (text.isEmpty())
        return QStringLiteral("—");
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) +
                                QStringLiteral(" (") + text + QLatin1Char(')')
                          : text;
}

QString poolName(const QString &wire)
{
    if (wire == QLatin1String("checked_in"))
        return QCoreApplication::translate("DrawRecord", "Checked-in attendees");
    if (wire == QLatin1String("registered"))
        return QCoreApplication::translate("DrawRecord", "Registered attendees");
    if (wire == QLatin1String("respondents"))
        return QCoreApplication::translate("DrawRecord", "Attendees who answered a survey");
    return wire;
}

QString winnerRows(const json &list, bool replaced)
{
    QString rows;
    if (!list.is_array())
        return rows;
    for (const json &w : list)
    {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><code>%4</code></td>%5</tr>")
                    .arg(w.value("round", 0))
                    .arg(jsonString(w, "displayName").toHtmlEscaped(),
                         jsonString(w, "maskedPhone").toHtmlEscaped(),
                         jsonString(w, "attendeeId").toHtmlEscaped(),
                         replaced ? QStringLiteral("<td>") + when(w, "replacedAt").toHtmlEscaped() +
                                        QStringLiteral("</td>")
                                  : QString());
    }
    return rows;
}
} // namespace

json drawRecordJson(const DrawRecord &record)
{
    json problems = json::array();
    for (const QString &p : record.verification.problems)
        problems.push_back(p.toStdString());
    return json{{"draw", record.draw},
                {"pool", record.pool},
                {"eventTitle", record.eventTitle.toStdString()},
                {"verification", {{"verified", record.verification.verified}, {"problems", problems}}},
                {"exportedBy", record.exportedBy.toStdString()},
                {"exportedAt", record.exportedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()}};
}

QString drawRecordHtml(const DrawRecord &record, double pointSize)
{
    const json &d = record.draw;
    const auto row = [](const QString &label, const QString &value)
    {
        return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    const auto code = [](const QString &text)
    {
        return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<html><body style=\"font-size:%1pt\">").arg(pointSize);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("DrawRecord", "Draw record: %1")
                         .arg(jsonString(d, "title"))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    html += row(QCoreApplication::translate("DrawRecord", "Event"), record.eventTitle.toHtmlEscaped());
    html += row(QCoreApplication::translate("DrawRecord", "Pool"),
                QCoreApplication::translate("DrawRecord", "%1, %2 people")
                    .arg(poolName(jsonString(d, "pool")))
                    .arg(d.value("poolSize", 0))
                    .toHtmlEscaped());
    if (!jsonString(d, "surveyId").isEmpty())
        html += row(QCoreApplication::translate("DrawRecord", "Survey"), code(jsonString(d, "surveyId")));
    html += row(QCoreApplication::translate("DrawRecord", "Winners asked for"),
                QString::number(d.value("winnerCount", 0)));
    html += row(QCoreApplication::translate("DrawRecord", "Earlier winners left out"),
                d.value("excludePreviousWinners", false) ? QCoreApplication::translate("DrawRecord", "yes")
                                                         : QCoreApplication::translate("DrawRecord", "no"));
    html += row(QCoreApplication::translate("DrawRecord", "Pool hash (SHA-256)"),
                code(jsonString(d, "poolHash")));
    html += row(QCoreApplication::translate("DrawRecord", "Commitment (SHA-256 of the seed)"),
                code(jsonString(d, "commitment")));
    html += row(QCoreApplication::translate("DrawRecord", "Seed"),
                jsonString(d, "seed").isEmpty()
                    ? QCoreApplication::translate("DrawRecord", "secret until the draw runs")
                    : code(jsonString(d, "seed")));
    html += row(QCoreApplication::translate("DrawRecord", "Created"), when(d, "createdAt").toHtmlEscaped());
    html += row(QCoreApplication::translate("DrawRecord", "Created by"),
                jsonString(d, "createdBy").toHtmlEscaped());
    html += row(QCoreApplication::translate("DrawRecord", "Run"), when(d, "runAt").toHtmlEscaped());
    html +=
        row(QCoreApplication::translate("DrawRecord", "Picks made"), QString::number(d.value("picks", 0)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("DrawRecord", "Winners").toHtmlEscaped());
    html += QStringLiteral("<table border=1 cellspacing=0 "
                           "cellpadding=2><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(QCoreApplication::translate("DrawRecord", "Round"),
                     QCoreApplication::translate("DrawRecord", "Name"),
                     QCoreApplication::translate("DrawRecord", "Phone"),
                     QCoreApplication::translate("DrawRecord", "Attendee id"));
    html += winnerRows(d.value("winners", json::array()), false) + QStringLiteral("</table>");
    if (d.contains("replaced") && d["replaced"].is_array() && !d["replaced"].empty())
    {
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("DrawRecord", "Replaced (absent) winners").toHtmlEscaped());
        html +=
            QStringLiteral("<table border=1 cellspacing=0 cellpadding=2><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(QCoreApplication::translate("DrawRecord", "Round"),
                     QCoreApplication::translate("DrawRecord", "Name"),
                     QCoreApplication::translate("DrawRecord", "Phone"),
                     QCoreApplication::translate("DrawRecord", "Attendee id"),
                     QCoreApplication::translate("DrawRecord", "Replaced at"));
        html += winnerRows(d["replaced"], true) + QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("DrawRecord", "Verification").toHtmlEscaped());
    if (record.verification.verified)
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(QCoreApplication::translate(
                         "DrawRecord",
                         "Verified: the seed matches the commitment, the pool matches its hash, and every "
                         "winner was recomputed.")
                         .toHtmlEscaped());
    else
    {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(QCoreApplication::translate("DrawRecord", "Not verified:").toHtmlEscaped());
        for (const QString &p : record.verification.problems)
            html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("DrawRecord",
                                                 "Anyone can check this draw: GET /v2/draws/%1 and "
                                                 "/v2/draws/%1/pool; pick k takes the id at "
                                                 "index u64be(HMAC-SHA256(seed, poolHash + \":\" + k)[0..8]) "
                                                 "mod remaining from the sorted "
                                                 "ids not yet picked.")
                         .arg(jsonString(d, "id"))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(QCoreApplication::translate("DrawRecord", "Exported by %1 on %2")
                         .arg(record.exportedBy,
                              QLocale().toString(record.exportedAt.toLocalTime(), QLocale::LongFormat))
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

bool writeDrawRecordPdf(const DrawRecord &record, const QString &path, QString *error)
{
    const QString title =
        QCoreApplication::translate("DrawRecord", "Draw record: %1").arg(jsonString(record.draw, "title"));
    return writeOnePagePdf(
        path,
        title,
        15,
        [&record](QPainter &painter, const QRectF &page)
        {
            // One page: a draw with many winners is set smaller rather than spread over
            // several pages.
            QTextDocument document;
            // Laid out for the writer's resolution, so point sizes mean points on paper.
            document.documentLayout()->setPaintDevice(painter.device());
            document.setPageSize(page.size());
            double pointSize = 10;
            for (;;)
            {
                document.setHtml(drawRecordHtml(record, pointSize));
                if (document.pageCount() <= 1 || pointSize <= 4)
                    break;
                pointSize -= 0.5;
            }
            document.drawContents(&painter, page);
        },
        error);
}

} // namespace nextevent::console
