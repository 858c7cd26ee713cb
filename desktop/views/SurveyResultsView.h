// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QBarSet;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QValueAxis;
class QVBoxLayout;

namespace nextevent::console
{

class ApiClient;
class SurveyResultsModel;

/// The results of a survey: the number of respondents, then a horizontal bar chart per choice or
/// rating question (counts, with percent in the labels) and the number of answers of text questions.
/// It redraws from the model, which follows the survey's realtime topic. A chart exports as PNG or PDF, and
/// the whole session as a one-page PDF summary (every question's final tallies and the top quiz scorers).
class SurveyResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsView(SurveyResultsModel *model, QWidget *parent = nullptr);

    /// The chart of question `index`, or nullptr (text questions have none).
    QChart *chartOf(int index) const;
    QString totalText() const;

    /// Lets the view fetch what the session summary needs (the survey, results and leaderboard).
    void setApiClient(ApiClient *api);
    /// Writes the chart of question `index` to `path`: PDF when it ends in .pdf, else PNG.
    bool exportChart(int index, const QString &path, QString *error = nullptr);
    /// Fetches the survey, its final results and leaderboard and writes the one-page summary;
    /// summaryExported() tells how it went.
    void exportSummaryPdf(const QString &path);

signals:
    void summaryExported(const QString &path, bool ok, const QString &error);

private:
    void chooseChartToExport();
    void chooseSummaryFile();
    void rebuild();
    void updateValues();

    struct QuestionChart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QBarSet *set = nullptr;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *values = nullptr;
        QLabel *note = nullptr;
    };

    SurveyResultsModel *m_model;
    QLabel *m_total;
    ApiClient *m_api = nullptr;
    QPushButton *m_exportChart;
    QPushButton *m_exportSummary;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    QList<QuestionChart> m_charts;
};

} // namespace nextevent::console
