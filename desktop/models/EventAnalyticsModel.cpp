// SPDX-License-Identifier: MIT
#include "desktop/models/EventAnalyticsModel.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/LiveRefetch.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
constexpr const char *kSeries[] = {"registrations", "checkIns", "responses", "articleViews"};

QDateTime parseTime(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODateWithMs);
}
} // namespace

EventAnalyticsModel::EventAnalyticsModel(ApiClient *api, RealtimeClient *realtime, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_live(new LiveRefetch(
          realtime, [this] { refresh(); }, 2000, this))
{
}

void EventAnalyticsModel::setEventId(const QString &id)
{
    if (id == m_eventId)
        return;
    m_eventId = id;
    ++m_ticket;
    beginResetModel();
    m_minutes.clear();
    std::fill(std::begin(m_totals), std::end(m_totals), 0);
    endResetModel();
    m_live->setTopic(id.isEmpty() ? QString() : QStringLiteral("event:") + id);
    emit analyticsChanged();
    refresh();
}

QString EventAnalyticsModel::eventId() const
{
    return m_eventId;
}

void EventAnalyticsModel::refresh()
{
    if (!m_api || m_eventId.isEmpty())
        return;
    const int ticket = ++m_ticket;
    m_api->fetchEventAnalytics(m_eventId,
                               this,
                               [this, ticket](const ApiResult<json> &result)
                               {
                                   if (ticket != m_ticket)
                                       return;
                                   if (!result.ok())
                                       emit loadFailed(result.error);
                                   else if (!setAnalytics(*result.value))
                                       emit loadFailed(ApiError::transport(ApiError::Kind::BadResponse,
                                                                           m_api->serverUrl().authority(),
                                                                           QStringLiteral("analytics")));
                               });
}

bool EventAnalyticsModel::setAnalytics(const json &document)
{
    if (!document.is_object() || !document.contains("series") || !document["series"].is_array())
        return false;
    std::vector<Minute> minutes;
    qint64 totals[ColumnCount - 1] = {};
    for (const json &item : document["series"])
    {
        if (!item.is_object())
            return false;
        Minute minute;
        minute.minute = parseTime(item, "minute");
        if (!minute.minute.isValid())
            return false;
        for (int s = 0; s < ColumnCount - 1; ++s)
        {
            const auto it = item.find(kSeries[s]);
            minute.values[s] = it != item.end() && it->is_number_integer() ? it->get<qint64>() : 0;
            totals[s] += minute.values[s];
        }
        minutes.push_back(minute);
    }
    beginResetModel();
    m_minutes = std::move(minutes);
    std::copy(std::begin(totals), std::end(totals), std::begin(m_totals));
    m_from = parseTime(document, "from");
    m_to = parseTime(document, "to");
    endResetModel();
    ++m_loads;
    emit analyticsChanged();
    return true;
}

qint64 EventAnalyticsModel::total(int column) const
{
    if (column <= MinuteColumn || column >= ColumnCount)
        return 0;
    return m_totals[column - 1];
}

qint64 EventAnalyticsModel::peak() const
{
    qint64 peak = 0;
    for (const Minute &minute : m_minutes)
        for (qint64 value : minute.values)
            peak = std::max(peak, value);
    return peak;
}

QDateTime EventAnalyticsModel::from() const
{
    return m_from;
}

QDateTime EventAnalyticsModel::to() const
{
    return m_to;
}

int EventAnalyticsModel::loads() const
{
    return m_loads;
}

int EventAnalyticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_minutes.size());
}

int EventAnalyticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventAnalyticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Minute &minute = m_minutes[static_cast<std::size_t>(index.row())];
    if (role == Qt::EditRole || role == Qt::UserRole)
    {
        // What QVXYModelMapper reads: numbers only.
        if (index.column() == MinuteColumn)
            return static_cast<double>(minute.minute.toMSecsSinceEpoch());
        return static_cast<double>(minute.values[index.column() - 1]);
    }
    if (role == Qt::DisplayRole)
    {
        if (index.column() == MinuteColumn)
            return minute.minute.toLocalTime().toString(QStringLiteral("HH:mm"));
        return minute.values[index.column() - 1];
    }
    return {};
}

QVariant EventAnalyticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case MinuteColumn:
        return tr("Minute");
    case RegistrationsColumn:
        return tr("Registrations");
    case CheckInsColumn:
        return tr("Check-ins");
    case ResponsesColumn:
        return tr("Responses");
    case ArticleViewsColumn:
        return tr("Article views");
    default:
        return {};
    }
}

} // namespace nextevent::console
