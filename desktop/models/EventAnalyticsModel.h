// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;
class LiveRefetch;
class RealtimeClient;

/// Per-minute activity of one event over the last hour (`GET /v2/events/{id}/analytics`): a row per
/// minute, a column per series. The minute column holds milliseconds since the epoch so a chart can
/// map it straight onto a time axis (QVXYModelMapper). Refetched when `event:ID` changes, at most
/// every two seconds.
class EventAnalyticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MinuteColumn,
        RegistrationsColumn,
        CheckInsColumn,
        ResponsesColumn,
        ArticleViewsColumn,
        ColumnCount
    };

    EventAnalyticsModel(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);

    void setEventId(const QString &id);
    QString eventId() const;
    void refresh();
    /// Applies an analytics document; false when it is not one.
    bool setAnalytics(const nlohmann::json &document);

    /// The series' total over the window (column RegistrationsColumn..ArticleViewsColumn).
    qint64 total(int column) const;
    /// Largest value of any series in any minute (for the chart's axis).
    qint64 peak() const;
    QDateTime from() const;
    QDateTime to() const;
    int loads() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void analyticsChanged();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    struct Minute
    {
        QDateTime minute;
        qint64 values[ColumnCount - 1] = {};
    };

    QPointer<ApiClient> m_api;
    LiveRefetch *m_live;
    QString m_eventId;
    std::vector<Minute> m_minutes;
    qint64 m_totals[ColumnCount - 1] = {};
    QDateTime m_from;
    QDateTime m_to;
    int m_loads = 0;
    int m_ticket = 0;
};

} // namespace nextevent::console
