// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QBarSet;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;
class QVBoxLayout;

namespace nextevent::console
{

class SurveyResultsModel;

/// The results of a survey: the number of respondents, then a horizontal bar chart per choice or
/// rating question (counts, with percent in the labels) and the number of answers of text questions.
/// It redraws from the model, which follows the survey's realtime topic.
class SurveyResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsView(SurveyResultsModel *model, QWidget *parent = nullptr);

    /// The chart of question `index`, or nullptr (text questions have none).
    QChart *chartOf(int index) const;
    QString totalText() const;

private:
    void rebuild();
    void updateValues();

    struct QuestionChart
    {
        QChart *chart = nullptr;
        QBarSet *set = nullptr;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *values = nullptr;
        QLabel *note = nullptr;
    };

    SurveyResultsModel *m_model;
    QLabel *m_total;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    QList<QuestionChart> m_charts;
};

} // namespace nextevent::console
