// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractListModel>
#include <QPointer>

#include "nextevent/Event.h"

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;
class LiveRefetch;
class RealtimeClient;

/// Today's key figures from `GET /v2/dashboard`, one row per figure (name, value), and the events of
/// the day. Refetched when the `dashboard` topic reports a change (at most once a second).
class DashboardModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Kpi
    {
        EventsToday,
        Registrations,
        CheckIns,
        Responses,
        ArticleViews,
        KpiCount
    };

    static constexpr int ValueRole = Qt::UserRole + 1;

    DashboardModel(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);

    /// Loads the figures and starts following the `dashboard` topic.
    void start();
    void refresh();
    /// Applies a `/v2/dashboard` document; false when it is not one.
    bool setDashboard(const nlohmann::json &document);

    qint64 value(Kpi kpi) const;
    static QString label(Kpi kpi);
    const std::vector<Event> &eventsToday() const;
    /// The day the figures are for (YYYY-MM-DD, UTC).
    QString date() const;
    int loads() const;
    bool isLoaded() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void dashboardChanged();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    QPointer<ApiClient> m_api;
    LiveRefetch *m_live;
    qint64 m_values[KpiCount] = {};
    std::vector<Event> m_events;
    QString m_date;
    int m_loads = 0;
    int m_ticket = 0;
};

} // namespace nextevent::console
