// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include "desktop/views/Page.h"

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QListWidget;
class QValueAxis;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class DashboardModel;
class EventAnalyticsModel;
class RealtimeClient;

/// Today at a glance: key figures (events, registrations, check-ins, survey responses, article views),
/// the day's events, and a per-minute chart of the chosen event's last hour. Both follow their realtime
/// topics (`dashboard`, `event:ID`), so the figures move while the page is watched.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    DashboardPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void activate() override;

    DashboardModel *model() const;
    EventAnalyticsModel *analytics() const;
    QChart *chart() const;
    /// The text of the tile of KPI `kpi` (DashboardModel::Kpi).
    QString tileText(int kpi) const;
    /// Shows the analytics of event `id` (must be in the chooser).
    void chooseEvent(const QString &id);

signals:
    void statusMessage(const QString &message);

private:
    void updateTiles();
    void updateEvents();
    void updateChart();
    void showError(const ApiError &error);
    void fillChooserFromList();

    ApiClient *m_api;
    DashboardModel *m_model;
    EventAnalyticsModel *m_analytics;
    QList<QLabel *> m_values;
    QLabel *m_dateLabel;
    QLabel *m_errorLabel;
    QListWidget *m_events;
    QComboBox *m_eventChooser;
    QChart *m_chart;
    QChartView *m_chartView;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QLabel *m_totalsLabel;
    bool m_started = false;
};

} // namespace nextevent::console
