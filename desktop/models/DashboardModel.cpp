// SPDX-License-Identifier: MIT
#include "desktop/models/DashboardModel.h"

#include "nextevent/Json.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/LiveRefetch.h"

using nlohmann::json;

namespace nextevent::console
{

DashboardModel::DashboardModel(ApiClient *api, RealtimeClient *realtime, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
    , m_live(new LiveRefetch(
          realtime, [this] { refresh(); }, 1000, this))
{
}

void DashboardModel::start()
{
    m_live->setTopic(QStringLiteral("dashboard"));
    refresh();
}

void DashboardModel::refresh()
{
    if (!m_api)
        return;
    const int ticket = ++m_ticket;
    m_api->fetchDashboard(this,
                          [this, ticket](const ApiResult<json> &result)
                          {
                              if (ticket != m_ticket)
                                  return;
                              if (!result.ok())
                                  emit loadFailed(result.error);
                              else if (!setDashboard(*result.value))
                                  emit loadFailed(ApiError::transport(ApiError::Kind::BadResponse,
                                                                      m_api->serverUrl().authority(),
                                                                      QStringLiteral("dashboard")));
                          });
}

bool DashboardModel::setDashboard(const json &document)
{
    if (!document.is_object() || !document.contains("today") || !document["today"].is_object())
        return false;
    std::vector<Event> events;
    try
    {
        if (const auto list = document.find("eventsToday"); list != document.end() && list->is_array())
            for (const json &item : *list)
                events.push_back(eventFromJson(item));
    }
    catch (const std::exception &)
    {
        return false;
    }
    const json &today = document["today"];
    const auto count = [&today](const char *key) -> qint64
    {
        const auto it = today.find(key);
        return it != today.end() && it->is_number_integer() ? it->get<qint64>() : 0;
    };
    m_values[EventsToday] = static_cast<qint64>(events.size());
    m_values[Registrations] = count("registrations");
    m_values[CheckIns] = count("checkIns");
    m_values[Responses] = count("responses");
    m_values[ArticleViews] = count("articleViews");
    m_events = std::move(events);
    m_date = QString::fromStdString(document.value("date", std::string()));
    ++m_loads;
    emit dataChanged(index(0), index(KpiCount - 1));
    emit dashboardChanged();
    return true;
}

qint64 DashboardModel::value(Kpi kpi) const
{
    return m_values[kpi];
}

QString DashboardModel::label(Kpi kpi)
{
    // Each tile names its period: the server counts the current day (see date()).
    switch (kpi)
    {
    case EventsToday:
        return tr("Events today");
    case Registrations:
        return tr("Registrations today");
    case CheckIns:
        return tr("Check-ins today");
    case Responses:
        return tr("Survey responses today");
    case ArticleViews:
        return tr("Article views today");
    case KpiCount:
        break;
    }
    return {};
}

const std::vector<Event> &DashboardModel::eventsToday() const
{
    return m_events;
}

QString DashboardModel::date() const
{
    return m_date;
}

int DashboardModel::loads() const
{
    return m_loads;
}

bool DashboardModel::isLoaded() const
{
    return m_loads > 0;
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto kpi = static_cast<Kpi>(index.row());
    if (role == Qt::DisplayRole)
        return label(kpi);
    if (role == ValueRole)
        return m_values[kpi];
    return {};
}

} // namespace nextevent::console
