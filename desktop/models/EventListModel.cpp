// SPDX-License-Identifier: MIT
#include "desktop/models/EventListModel.h"

#include <algorithm>
#include <limits>

#include <QBrush>
#include <QDateTime>
#include <QPalette>

#include "nextevent/EventLifecycle.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/EventChoice.h"
#include "desktop/models/StatusText.h"

namespace nextevent::console
{
namespace
{
qint64 rawTime(const std::optional<TimePoint> &time)
{
    return time ? time->time_since_epoch().count() : std::numeric_limits<qint64>::min();
}
} // namespace

EventListModel::EventListModel(ApiClient *api, QObject *parent)
    : PagedListModel<Event>(api, parent)
{
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = rowAt(index);
    if (role == IdRole)
        return toQString(event.id);
    if (role == RawValueRole)
    {
        switch (index.column())
        {
        case TitleColumn:
            return toQString(event.title);
        case StatusColumn:
            return static_cast<int>(event.status);
        case StartColumn:
            return rawTime(event.startDate);
        case EndColumn:
            return rawTime(event.endDate);
        case LocationColumn:
            return toQString(event.location);
        case CapacityColumn:
            return event.capacity ? *event.capacity : std::numeric_limits<qint64>::max();
        case RegisteredColumn:
            return static_cast<qint64>(event.counts.registered);
        case WaitlistedColumn:
            return static_cast<qint64>(event.counts.waitlisted);
        case CheckedInColumn:
            return static_cast<qint64>(event.counts.checkedIn);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole)
    {
        switch (index.column())
        {
        case TitleColumn:
            return toQString(event.title);
        case StatusColumn:
            return StatusText::event(event.status);
        case StartColumn:
            return formatLocal(event.startDate);
        case EndColumn:
            return formatLocal(event.endDate);
        case LocationColumn:
            return toQString(event.location);
        case CapacityColumn:
            return event.capacity ? QString::number(*event.capacity) : tr("unlimited");
        case RegisteredColumn:
            return QString::number(event.counts.registered);
        case WaitlistedColumn:
            return QString::number(event.counts.waitlisted);
        case CheckedInColumn:
            return QString::number(event.counts.checkedIn);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return toQString(event.description).left(500);
    if (role == Qt::TextAlignmentRole && index.column() >= CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole &&
        (event.status == EventStatus::Cancelled || event.status == EventStatus::Completed))
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case LocationColumn:
        return tr("Location");
    case CapacityColumn:
        return tr("Capacity");
    case RegisteredColumn:
        return tr("Registered");
    case WaitlistedColumn:
        return tr("Waitlist");
    case CheckedInColumn:
        return tr("Checked in");
    default:
        return {};
    }
}

QString EventListModel::sortField(int column)
{
    switch (column)
    {
    case TitleColumn:
        return QStringLiteral("title");
    case StatusColumn:
        return QStringLiteral("status");
    case StartColumn:
        return QStringLiteral("startDate");
    case EndColumn:
        return QStringLiteral("endDate");
    case LocationColumn:
        return QStringLiteral("location");
    case CapacityColumn:
        return QStringLiteral("capacity");
    default:
        return {};
    }
}

void EventListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (!field.isEmpty())
        setSortField(field, order == Qt::DescendingOrder);
}

const Event *EventListModel::eventAt(int row) const
{
    return itemAt(row);
}

void EventListModel::setCheckInOnly(bool checkInOnly)
{
    if (m_checkInOnly == checkInOnly)
        return;
    m_checkInOnly = checkInOnly;
    beginResetModel();
    m_rows = arrangeRows(std::move(m_rows));
    endResetModel();
}

bool EventListModel::checkInOnly() const
{
    return m_checkInOnly;
}

bool EventListModel::isToday(const Event &event)
{
    if (!event.startDate)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime start = toQDateTime(*event.startDate).toLocalTime();
    if (start.date() == now.date())
        return true;
    const QDateTime end = event.endDate ? toQDateTime(*event.endDate).toLocalTime() : start;
    return start <= now && now <= end;
}

int EventListModel::preferredRow(TimePoint now) const
{
    return preferredEvent(m_rows, now);
}

std::vector<Event> EventListModel::arrangeRows(std::vector<Event> events) const
{
    if (!m_checkInOnly)
        return events;
    std::erase_if(events, [](const Event &event) { return !acceptsCheckIns(event.status); });
    // Today's events (an active one before a published one), then the rest by start.
    auto rank = [](const Event &event)
    {
        return isToday(event) ? (event.status == EventStatus::Active ? 0 : 1) : 2;
    };
    std::stable_sort(events.begin(),
                     events.end(),
                     [&rank](const Event &a, const Event &b)
                     {
                         const int ra = rank(a);
                         const int rb = rank(b);
                         if (ra != rb)
                             return ra < rb;
                         return rawTime(a.startDate) < rawTime(b.startDate);
                     });
    return events;
}

void EventListModel::setPageData(const ListPage<Event> &page)
{
    takePage(page);
}

void EventListModel::updateEvent(const Event &event)
{
    replaceItem(event);
}

void EventListModel::fetch(int ticket)
{
    api()->listEvents(query(),
                      this,
                      [this, ticket](const ApiResult<ListPage<Event>> &result)
                      { takeResult(ticket, result); });
}

} // namespace nextevent::console
