// SPDX-License-Identifier: MIT
#include "desktop/models/SurveySummary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "desktop/api/JsonFields.h"
#include "desktop/models/PdfPage.h"

namespace nextevent::console
{
namespace
{
using nlohmann::json;

qint64 integer(const json &object, const char *key)
{
    if (object.is_object())
        if (auto it = object.find(key); it != object.end() && it->is_number())
            return it->get<qint64>();
    return 0;
}

const json *resultOf(const SurveySummary &summary, const Question &q)
{
    const auto it = summary.results.is_object() ? summary.results.find("questions") : summary.results.end();
    if (it == summary.results.end() || !it->is_array())
        return nullptr;
    for (const auto &item : *it)
        if (item.value("questionId", std::string()) == q.id)
            return &item;
    return nullptr;
}

QFont sized(QFont font, double pixels, bool bold = false)
{
    font.setPixelSize(std::max(1, static_cast<int>(pixels)));
    font.setBold(bold);
    return font;
}

QString typeName(QuestionType type)
{
    switch (type)
    {
    case QuestionType::SingleChoice:
        return QCoreApplication::translate("SurveySummary", "single choice");
    case QuestionType::MultipleChoice:
        return QCoreApplication::translate("SurveySummary", "multiple choice");
    case QuestionType::Rating:
        return QCoreApplication::translate("SurveySummary", "rating");
    case QuestionType::Text:
        return QCoreApplication::translate("SurveySummary", "free text");
    case QuestionType::WordCloud:
        return QCoreApplication::translate("SurveySummary", "word cloud");
    case QuestionType::Quiz:
        return QCoreApplication::translate("SurveySummary", "quiz");
    }
    return {};
}
} // namespace

QList<SummaryBar> summaryBars(const SurveySummary &summary, int index, int maxWords)
{
    QList<SummaryBar> bars;
    if (index < 0 || index >= static_cast<int>(summary.survey.questions.size()))
        return bars;
    const Question &q = summary.survey.questions[static_cast<std::size_t>(index)];
    const json *result = resultOf(summary, q);
    const json empty = json::object();
    const json &r = result ? *result : empty;
    switch (q.type)
    {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
    case QuestionType::Quiz:
        for (const QuestionOption &option : q.options)
        {
            SummaryBar bar{QString::fromStdString(option.text), 0, false};
            for (const auto &o : r.value("options", json::array()))
                if (o.value("optionId", std::string()) == option.id)
                    bar.count = integer(o, "count");
            bar.correct = std::find(q.correctOptionIds.begin(), q.correctOptionIds.end(), option.id) !=
                          q.correctOptionIds.end();
            bars.append(bar);
        }
        break;
    case QuestionType::Rating:
    {
        const auto distribution = r.value("distribution", json::array());
        const auto scale = static_cast<int>(q.scale.value_or(5));
        for (int v = 1; v <= scale; ++v)
        {
            qint64 count = 0;
            if (distribution.is_array() && static_cast<std::size_t>(v - 1) < distribution.size() &&
                distribution[static_cast<std::size_t>(v - 1)].is_number())
                count = distribution[static_cast<std::size_t>(v - 1)].get<qint64>();
            bars.append({QString::number(v), count, false});
        }
        break;
    }
    case QuestionType::WordCloud:
        for (const auto &w : r.value("words", json::array()))
        {
            if (bars.size() >= maxWords)
                break;
            bars.append({jsonString(w, "text"), integer(w, "count"), false});
        }
        break;
    case QuestionType::Text:
        break;
    }
    return bars;
}

void paintSurveySummary(QPainter &p, const QRectF &page, const SurveySummary &summary)
{
    const QFont base = p.font();
    const double unit = page.height() / 100.0; // all sizes relative to the page height
    double y = page.top();

    p.setPen(Qt::black);
    p.setFont(sized(base, unit * 2.6, true));
    const QString title = QString::fromStdString(summary.survey.title);
    p.drawText(QRectF(page.left(), y, page.width(), unit * 4),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(title, Qt::ElideRight, page.width()));
    y += unit * 4.2;
    p.setFont(sized(base, unit * 1.3));
    const qint64 total = integer(summary.results, "totalResponses");
    QString line =
        QCoreApplication::translate("SurveySummary", "%n response(s)", nullptr, static_cast<int>(total));
    line +=
        QStringLiteral(" · ") +
        QCoreApplication::translate(
            "SurveySummary", "%n question(s)", nullptr, static_cast<int>(summary.survey.questions.size()));
    if (summary.leaderboard.is_object())
        line += QStringLiteral(" · ") +
                QCoreApplication::translate("SurveySummary",
                                            "%n quiz player(s)",
                                            nullptr,
                                            static_cast<int>(integer(summary.leaderboard, "total")));
    line += QStringLiteral(" · ") +
            QCoreApplication::translate("SurveySummary", "summary of %1")
                .arg(QLocale().toString(summary.generatedAt.toLocalTime(), QLocale::ShortFormat));
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(QRectF(page.left(), y, page.width(), unit * 2.2), Qt::AlignLeft | Qt::AlignVCenter, line);
    y += unit * 3;
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), unit * 0.1));
    p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    y += unit;

    // The leaderboard takes the bottom when there is one.
    const json items =
        summary.leaderboard.is_object() ? summary.leaderboard.value("items", json::array()) : json::array();
    const int leaders = std::min<int>(10, static_cast<int>(items.size()));
    const double boardHeight = leaders > 0 ? unit * (4 + 1.9 * leaders) : 0;
    const QRectF grid(page.left(), y, page.width(), page.bottom() - y - boardHeight);

    const int n = static_cast<int>(summary.survey.questions.size());
    if (n > 0)
    {
        const int columns = n <= 3 ? 1 : 2;
        const int rows = (n + columns - 1) / columns;
        const double cellW = grid.width() / columns;
        const double cellH = grid.height() / rows;
        for (int i = 0; i < n; ++i)
        {
            const Question &q = summary.survey.questions[static_cast<std::size_t>(i)];
            const json *result = resultOf(summary, q);
            const QRectF cell(
                grid.left() + (i % columns) * cellW, grid.top() + (i / columns) * cellH, cellW, cellH);
            const QRectF inner = cell.adjusted(unit * 0.4, unit * 0.3, -unit * 0.8, -unit * 0.6);
            const double headSize = std::min(unit * 1.5, cellH / 8);
            p.setPen(Qt::black);
            p.setFont(sized(base, headSize, true));
            const QString heading = QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(q.text));
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), headSize * 1.5),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(heading, Qt::ElideRight, inner.width()));
            double top = inner.top() + headSize * 1.6;
            p.setFont(sized(base, headSize * 0.8));
            p.setPen(QColor(0x55, 0x55, 0x55));
            QString note =
                typeName(q.type) + QStringLiteral(" · ") +
                QCoreApplication::translate("SurveySummary",
                                            "%n answered",
                                            nullptr,
                                            static_cast<int>(result ? integer(*result, "answered") : 0));
            if (result && result->contains("mean") && (*result)["mean"].is_number())
                note += QStringLiteral(" · ") +
                        QCoreApplication::translate("SurveySummary", "mean %1")
                            .arg(QLocale().toString((*result)["mean"].get<double>(), 'f', 2));
            if (q.type == QuestionType::Text)
                note += QStringLiteral(" · ") +
                        QCoreApplication::translate("SurveySummary", "the answers are in the CSV export");
            p.drawText(QRectF(inner.left(), top, inner.width(), headSize * 1.2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       note);
            top += headSize * 1.5;

            const QList<SummaryBar> bars = summaryBars(summary, i);
            if (bars.isEmpty())
                continue;
            qint64 peak = 1;
            for (const SummaryBar &b : bars)
                peak = std::max(peak, b.count);
            const double rowH = std::min((inner.bottom() - top) / bars.size(), unit * 2.4);
            const double labelW = inner.width() * 0.36;
            const double countW = inner.width() * 0.1;
            const double barW = inner.width() - labelW - countW;
            p.setFont(sized(base, rowH * 0.6));
            for (int b = 0; b < bars.size(); ++b)
            {
                const SummaryBar &bar = bars.at(b);
                const double by = top + b * rowH;
                p.setPen(Qt::black);
                const QString label = (bar.correct ? QStringLiteral("✔ ") : QString()) + bar.label;
                p.drawText(QRectF(inner.left(), by, labelW - unit * 0.3, rowH),
                           Qt::AlignRight | Qt::AlignVCenter,
                           QFontMetricsF(p.font()).elidedText(label, Qt::ElideRight, labelW - unit * 0.3));
                const double length = barW * static_cast<double>(bar.count) / static_cast<double>(peak);
                p.setPen(Qt::NoPen);
                p.setBrush(bar.correct ? QColor(0x2e, 0x7d, 0x32) : QColor(0x15, 0x65, 0xc0));
                p.drawRect(QRectF(
                    inner.left() + labelW, by + rowH * 0.15, std::max(length, unit * 0.15), rowH * 0.7));
                p.setPen(Qt::black);
                p.drawText(
                    QRectF(inner.left() + labelW + length + unit * 0.3, by, countW + barW - length, rowH),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QLocale().toString(bar.count));
            }
        }
    }

    if (leaders > 0)
    {
        double by = page.bottom() - boardHeight + unit;
        p.setPen(Qt::black);
        p.setFont(sized(base, unit * 1.6, true));
        p.drawText(QRectF(page.left(), by, page.width(), unit * 2.4),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("SurveySummary", "Top quiz scorers"));
        by += unit * 2.8;
        p.setFont(sized(base, unit * 1.2));
        for (int i = 0; i < leaders; ++i)
        {
            const json &row = items[static_cast<std::size_t>(i)];
            const QRectF r(page.left(), by + i * unit * 1.9, page.width(), unit * 1.9);
            p.drawText(r.adjusted(0, 0, -page.width() * 0.85, 0),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1.").arg(integer(row, "rank")));
            p.drawText(r.adjusted(page.width() * 0.18, 0, -page.width() * 0.35, 0),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       jsonString(row, "displayName"));
            p.drawText(r.adjusted(page.width() * 0.65, 0, -page.width() * 0.2, 0),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("SurveySummary", "%1 points")
                           .arg(QLocale().toString(integer(row, "score"))));
            p.drawText(r.adjusted(page.width() * 0.82, 0, 0, 0),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("SurveySummary",
                                                   "%n correct",
                                                   nullptr,
                                                   static_cast<int>(integer(row, "correctAnswers"))));
        }
    }
}

bool writeSurveySummaryPdf(const SurveySummary &summary, const QString &path, QString *error)
{
    return writeOnePagePdf(
        path,
        QString::fromStdString(summary.survey.title),
        12,
        [&summary](QPainter &painter, const QRectF &page)
        {
            painter.setRenderHint(QPainter::Antialiasing);
            paintSurveySummary(painter, page, summary);
        },
        error);
}

} // namespace nextevent::console
