// SPDX-License-Identifier: MIT
#include "desktop/views/SurveyResultsView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include "desktop/models/SurveyResultsModel.h"

namespace nextevent::console
{

SurveyResultsView::SurveyResultsView(SurveyResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_total(new QLabel(this))
    , m_content(new QWidget)
    , m_contentLayout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("surveyResultsView"));
    auto *layout = new QVBoxLayout(this);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setObjectName(QStringLiteral("resultsTotal"));
    layout->addWidget(m_total);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SurveyResultsView::rebuild);
    connect(m_model, &SurveyResultsModel::resultsChanged, this, &SurveyResultsView::updateValues);
    rebuild();
}

QChart *SurveyResultsView::chartOf(int index) const
{
    return index >= 0 && index < m_charts.size() ? m_charts[index].chart : nullptr;
}

QString SurveyResultsView::totalText() const
{
    return m_total->text();
}

void SurveyResultsView::rebuild()
{
    while (QLayoutItem *item = m_contentLayout->takeAt(0))
    {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    for (int q = 0; q < m_model->questionCount(); ++q)
    {
        const auto *question = m_model->question(q);
        QuestionChart entry;
        auto *heading = new QLabel(tr("%1. %2").arg(q + 1).arg(question->text), m_content);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setWordWrap(true);
        m_contentLayout->addWidget(heading);
        entry.note = new QLabel(m_content);
        m_contentLayout->addWidget(entry.note);
        if (!question->bars.empty())
        {
            entry.chart = new QChart;
            entry.chart->legend()->hide();
            // No chart animation: votes can arrive many times a second and each would restart it.
            entry.chart->setAnimationOptions(QChart::NoAnimation);
            auto *series = new QHorizontalBarSeries(entry.chart);
            entry.set = new QBarSet(tr("Answers"), series);
            series->append(entry.set);
            series->setLabelsVisible(true);
            series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
            entry.chart->addSeries(series);
            entry.categories = new QBarCategoryAxis(entry.chart);
            entry.values = new QValueAxis(entry.chart);
            entry.values->setLabelFormat(QStringLiteral("%d"));
            entry.chart->addAxis(entry.categories, Qt::AlignLeft);
            entry.chart->addAxis(entry.values, Qt::AlignBottom);
            series->attachAxis(entry.categories);
            series->attachAxis(entry.values);
            QStringList labels;
            for (const auto &bar : question->bars)
                labels << bar.label;
            entry.categories->append(labels);
            auto *view = new QChartView(entry.chart, m_content);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(
                std::max(160, fontMetrics().lineSpacing() * 3 * static_cast<int>(labels.size()) + 60));
            m_contentLayout->addWidget(view);
        }
        m_charts.append(entry);
    }
    m_contentLayout->addStretch();
    updateValues();
}

void SurveyResultsView::updateValues()
{
    if (m_charts.size() != m_model->questionCount())
    {
        rebuild();
        return;
    }
    m_total->setText(m_model->surveyId().isEmpty()
                         ? tr("Choose a survey to see its results.")
                         : tr("%n respondent(s)", nullptr, static_cast<int>(m_model->totalResponses())));
    for (int q = 0; q < m_charts.size(); ++q)
    {
        const auto *question = m_model->question(q);
        QuestionChart &entry = m_charts[q];
        QString note = tr("%n answered", nullptr, static_cast<int>(question->answered));
        if (question->mean)
            note += tr(" · mean %1").arg(QLocale().toString(*question->mean, 'f', 2));
        if (question->type == QLatin1String("text"))
            note += tr(" · free-text answers are in the CSV export");
        entry.note->setText(note);
        if (!entry.set)
            continue;
        qint64 peak = 0;
        for (int b = 0; b < static_cast<int>(question->bars.size()); ++b)
        {
            const qint64 count = question->bars[static_cast<std::size_t>(b)].count;
            peak = std::max(peak, count);
            if (b < entry.set->count())
                entry.set->replace(b, static_cast<qreal>(count));
            else
                entry.set->append(static_cast<qreal>(count));
        }
        entry.values->setRange(0, static_cast<qreal>(std::max<qint64>(peak, 4)) * 1.1);
    }
}

} // namespace nextevent::console
