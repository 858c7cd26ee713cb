// SPDX-License-Identifier: MIT
#include "desktop/views/SurveyResultsView.h"

#include <algorithm>
#include <memory>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include "desktop/api/ApiClient.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/models/SurveySummary.h"

namespace nextevent::console
{

SurveyResultsView::SurveyResultsView(SurveyResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_total(new QLabel(this))
    , m_exportChart(new QPushButton(tr("Export c&hart…"), this))
    , m_exportSummary(new QPushButton(tr("Session &summary (PDF)…"), this))
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
    auto *top = new QHBoxLayout;
    top->addWidget(m_total, 1);
    m_exportChart->setObjectName(QStringLiteral("exportChartButton"));
    m_exportChart->setToolTip(tr("Save a question's chart as PNG or PDF"));
    m_exportSummary->setObjectName(QStringLiteral("exportSummaryButton"));
    m_exportSummary->setToolTip(tr("One page: every question's final result and the top quiz scorers"));
    m_exportSummary->setEnabled(false); // until the view can fetch what the summary needs
    top->addWidget(m_exportChart);
    top->addWidget(m_exportSummary);
    layout->addLayout(top);
    connect(m_exportChart, &QPushButton::clicked, this, &SurveyResultsView::chooseChartToExport);
    connect(m_exportSummary, &QPushButton::clicked, this, &SurveyResultsView::chooseSummaryFile);
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
            entry.view = view;
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

void SurveyResultsView::setApiClient(ApiClient *api)
{
    m_api = api;
    m_exportSummary->setEnabled(m_api && !m_model->surveyId().isEmpty());
}

bool SurveyResultsView::exportChart(int index, const QString &path, QString *error)
{
    const auto fail = [&](const QString &text)
    {
        if (error)
            *error = text;
        return false;
    };
    if (index < 0 || index >= m_charts.size() || !m_charts[index].view)
        return fail(tr("This question has no chart."));
    QChartView *view = m_charts[index].view;
    // The chart as it is on screen, at least 1200 pixels wide so it prints sharply.
    const QSize size =
        view->size().width() >= 1200 ? view->size() : view->size().scaled(1200, 10000, Qt::KeepAspectRatio);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        writer.setTitle(m_model->question(index) ? m_model->question(index)->text : QString());
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Cannot write %1.").arg(path));
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        QFont heading = painter.font();
        heading.setPixelSize(page.height() / 24);
        heading.setBold(true);
        painter.setFont(heading);
        const QRect titleRect(0, 0, page.width(), page.height() / 12);
        painter.drawText(titleRect,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1. %2").arg(index + 1).arg(m_model->question(index)->text));
        view->render(&painter,
                     QRectF(0, titleRect.bottom(), page.width(), page.height() - titleRect.height()));
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    if (!image.save(path, "PNG"))
        return fail(tr("Cannot write %1.").arg(path));
    return true;
}

void SurveyResultsView::chooseChartToExport()
{
    QStringList names;
    QList<int> indexes;
    for (int i = 0; i < m_charts.size(); ++i)
        if (m_charts[i].view)
        {
            names << tr("%1. %2").arg(i + 1).arg(m_model->question(i)->text);
            indexes << i;
        }
    if (names.isEmpty())
        return;
    int index = indexes.front();
    if (names.size() > 1)
    {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Export chart"), tr("Which question's chart?"), names, 0, false, &ok);
        if (!ok)
            return;
        index = indexes.value(names.indexOf(chosen), index);
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), tr("chart.png"), tr("PNG image (*.png);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(index, path, &error))
        m_total->setToolTip(error);
}

void SurveyResultsView::chooseSummaryFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Session summary"), tr("session-summary.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportSummaryPdf(path);
}

void SurveyResultsView::exportSummaryPdf(const QString &path)
{
    const QString surveyId = m_model->surveyId();
    if (!m_api || surveyId.isEmpty())
    {
        emit summaryExported(path, false, tr("Choose a survey first."));
        return;
    }
    auto summary = std::make_shared<SurveySummary>();
    const auto failed = [this, path](const ApiResult<nlohmann::json> &result)
    {
        emit summaryExported(path, false, result.error.userMessage());
    };
    m_api->getSurvey(surveyId,
                     this,
                     [this, path, surveyId, summary, failed](const ApiResult<Survey> &survey)
                     {
                         if (!survey.ok())
                         {
                             emit summaryExported(path, false, survey.error.userMessage());
                             return;
                         }
                         summary->survey = *survey.value;
                         m_api->fetchLiveResults(
                             surveyId,
                             this,
                             [this, path, surveyId, summary, failed](const ApiResult<nlohmann::json> &results)
                             {
                                 if (!results.ok())
                                 {
                                     failed(results);
                                     return;
                                 }
                                 summary->results = *results.value;
                                 const auto write = [this, path, summary]
                                 {
                                     summary->generatedAt = QDateTime::currentDateTimeUtc();
                                     QString error;
                                     const bool ok = writeSurveySummaryPdf(*summary, path, &error);
                                     emit summaryExported(path, ok, error);
                                 };
                                 const bool quiz = std::any_of(summary->survey.questions.begin(),
                                                               summary->survey.questions.end(),
                                                               [](const Question &q)
                                                               { return q.type == QuestionType::Quiz; });
                                 if (!quiz)
                                 {
                                     write();
                                     return;
                                 }
                                 m_api->fetchLeaderboard(
                                     surveyId,
                                     10,
                                     this,
                                     [summary, write, failed](const ApiResult<nlohmann::json> &board)
                                     {
                                         if (!board.ok())
                                         {
                                             failed(board);
                                             return;
                                         }
                                         summary->leaderboard = *board.value;
                                         write();
                                     });
                             });
                     });
}

void SurveyResultsView::updateValues()
{
    m_exportSummary->setEnabled(m_api && !m_model->surveyId().isEmpty());
    m_exportChart->setEnabled(
        std::any_of(m_charts.begin(), m_charts.end(), [](const QuestionChart &c) { return c.view; }));
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
