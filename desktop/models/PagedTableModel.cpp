// SPDX-License-Identifier: MIT
#include "desktop/models/PagedTableModel.h"

#include "desktop/api/ApiClient.h"

namespace nextevent::console
{

PagedTableModel::PagedTableModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

const ListQuery &PagedTableModel::query() const
{
    return m_query;
}

qint64 PagedTableModel::total() const
{
    return m_total;
}

int PagedTableModel::pageCount() const
{
    const qint64 size = std::max(1, m_query.pageSize);
    return static_cast<int>(std::max<qint64>(1, (m_total + size - 1) / size));
}

bool PagedTableModel::isLoading() const
{
    return m_loading;
}

ApiClient *PagedTableModel::api() const
{
    return m_api;
}

int PagedTableModel::latestTicket() const
{
    return m_ticket;
}

void PagedTableModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_query.search)
        return;
    m_query.search = trimmed;
    m_query.page = 1;
    emit pageInfoChanged();
    refresh();
}

void PagedTableModel::setStatusFilter(const QString &status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    m_query.page = 1;
    emit pageInfoChanged();
    refresh();
}

void PagedTableModel::setPage(int page)
{
    page = std::clamp(page, 1, pageCount());
    if (page == m_query.page)
        return;
    m_query.page = page;
    emit pageInfoChanged();
    refresh();
}

void PagedTableModel::setPageSize(int pageSize)
{
    pageSize = std::clamp(pageSize, 1, 100); // the API's maximum
    if (pageSize == m_query.pageSize)
        return;
    m_query.pageSize = pageSize;
    m_query.page = 1;
    emit pageInfoChanged();
    refresh();
}

void PagedTableModel::setSortField(const QString &field, bool descending)
{
    if (field == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = field;
    m_query.descending = descending;
    m_query.page = 1;
    emit pageInfoChanged();
    refresh();
}

bool PagedTableModel::canFetch() const
{
    return true;
}

void PagedTableModel::refresh()
{
    if (!m_api)
        return;
    if (!canFetch())
    {
        clearPage();
        return;
    }
    setLoading(true);
    fetch(++m_ticket);
}

bool PagedTableModel::acceptPage(int ticket, qint64 total, const std::function<void()> &apply)
{
    if (ticket != m_ticket)
        return false;
    setLoading(false);
    beginResetModel();
    apply();
    m_total = total;
    endResetModel();
    emit pageInfoChanged();
    // The page can fall off the end when rows were deleted elsewhere: go to the last page.
    if (m_query.page > pageCount())
        setPage(pageCount());
    return true;
}

void PagedTableModel::rejectPage(int ticket, const ApiError &error)
{
    if (ticket != m_ticket)
        return;
    setLoading(false);
    emit loadFailed(error);
}

void PagedTableModel::clearPage()
{
    ++m_ticket; // anything in flight is now stale
    setLoading(false);
    beginResetModel();
    dropRows();
    m_total = 0;
    endResetModel();
    emit pageInfoChanged();
}

void PagedTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace nextevent::console
