// SPDX-License-Identifier: MIT
#include "desktop/models/AttendeeSortFilterProxy.h"

#include "desktop/models/AttendeeListModel.h"

namespace nextevent::console
{

AttendeeSortFilterProxy::AttendeeSortFilterProxy(AttendeeListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AttendeeListModel::RawValueRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void AttendeeSortFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!AttendeeListModel::sortField(column).isEmpty())
    {
        // The server's order, over every page: no local sorting on top of it.
        QSortFilterProxyModel::sort(-1, order);
        m_source->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void AttendeeSortFilterProxy::setTextFilter(int column, const QString &text)
{
    setFilterKeyColumn(column);
    setFilterFixedString(text.trimmed());
}

AttendeeListModel *AttendeeSortFilterProxy::attendees() const
{
    return m_source;
}

} // namespace nextevent::console
