// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>

#include "nextevent/Survey.h"

class QPainter;

namespace nextevent::console
{

/// What the one-page summary of a finished session shows: the survey, its final tallies
/// (GET /v2/surveys/{id}/live-results) and, when it has quiz questions, the top of the leaderboard
/// (GET /v2/surveys/{id}/leaderboard).
struct SurveySummary
{
    Survey survey;          ///< as staff read it (quiz questions with their correct options)
    nlohmann::json results; ///< the live-results document
    nlohmann::json
        leaderboard; ///< {"items":[{"rank","displayName","score","correctAnswers"}],"total"}, or null
    QDateTime generatedAt;
};

/// One bar of a question's final chart.
struct SummaryBar
{
    QString label;
    qint64 count = 0;
    bool correct = false; ///< a quiz's correct option
};

/// The bars of question `index` of the summary: options (choice, quiz), ratings 1…N, or the top words of a
/// word cloud (at most `maxWords`); empty for free text.
QList<SummaryBar> summaryBars(const SurveySummary &summary, int index, int maxWords = 12);

/// Paints the summary into `page` (in the painter's coordinates): title, counts, one chart per question in a
/// grid that fits, and the top quiz scorers.
void paintSurveySummary(QPainter &painter, const QRectF &page, const SurveySummary &summary);

/// Writes the summary as a one-page A4 PDF; false and `error` on failure.
bool writeSurveySummaryPdf(const SurveySummary &summary, const QString &path, QString *error);

} // namespace nextevent::console
