// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractItemModel>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;
class RealtimeClient;

/// The tallies of one survey as a tree: a row per question (text, number who answered, mean rating),
/// under it a row per bar (an option, or a rating 1..N) with its count and percent. Filled from
/// `GET /v2/surveys/{id}/live-results` and kept current by the `survey:ID` topic, which carries the
/// same document. An update with the same questions changes cells in place (dataChanged), so views
/// keep their selection and charts can animate. While the live channel is down it polls every 3 s.
class SurveyResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        CountColumn,
        PercentColumn,
        ColumnCount
    };

    struct Bar
    {
        QString label;
        QString optionId; ///< choice and quiz options; empty for ratings
        qint64 count = 0;
        double percent = 0;
    };

    struct QuestionResult
    {
        QString id;
        QString type; ///< wire value: single_choice, multiple_choice, rating, text
        QString text;
        qint64 answered = 0;
        std::optional<double> mean;
        std::vector<Bar> bars;
        /// Word clouds: the counted words (at most 100, by count then text), as the server sends them.
        std::vector<std::pair<QString, qint64>> words;
    };

    /// `api` and `realtime` may be null: the model is then fed only through setResults() (tests).
    SurveyResultsModel(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);
    ~SurveyResultsModel() override;

    /// Loads the results of survey `id` and follows its topic; an empty id stops following.
    void setSurveyId(const QString &id);
    QString surveyId() const;
    /// Asks the server for the whole document again.
    void refresh();

    /// Replaces the tallies with a live-results document; false (and nothing changed) when it is not
    /// one.
    bool setResults(const nlohmann::json &document);

    qint64 totalResponses() const;
    int questionCount() const;
    const QuestionResult *question(int index) const;
    /// Number of documents applied (initial load and every update).
    int revision() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// New tallies were applied (totals and bars may have changed).
    void resultsChanged();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    static std::optional<std::vector<QuestionResult>> parse(const nlohmann::json &document, qint64 *total);
    QString topic() const;
    void updatePolling();

    QPointer<ApiClient> m_api;
    QPointer<RealtimeClient> m_realtime;
    QString m_surveyId;
    std::vector<QuestionResult> m_questions;
    qint64 m_total = 0;
    int m_revision = 0;
    int m_ticket = 0;
    QTimer m_poll; ///< refetches while the live channel is down, so a projector never freezes
};

} // namespace nextevent::console
