// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "desktop/api/ApiTypes.h"
#include "desktop/models/Convert.h"
#include "desktop/models/PagedTableModel.h"

namespace nextevent::console
{

/// The row store the list models share on top of PagedTableModel's paging: one page of `T` (anything with
/// a string `id`), looked up by row or id, a row replaced in place when its object changes elsewhere, and
/// the API's answer taken (or its error reported) for the request it answers. A model adds its columns
/// (data(), headerData()) and the request (fetch()); arrangeRows() lets it reorder or narrow a page.
/// (A template, so it has no Q_OBJECT of its own: the signals are PagedTableModel's.)
template <typename T> class PagedListModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    /// The object of `row`, or null outside the page.
    const T *itemAt(int row) const
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        return &m_rows[static_cast<std::size_t>(row)];
    }

    /// The row of the object with `id` on this page, or -1.
    int rowOf(const QString &id) const
    {
        const std::string key = toStdString(id);
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].id == key)
                return static_cast<int>(row);
        return -1;
    }

    /// Replaces the row of `item` (same id); ignored when it is not on this page.
    void replaceItem(const T &item)
    {
        const int row = rowOf(toQString(item.id));
        if (row < 0)
            return;
        m_rows[static_cast<std::size_t>(row)] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

protected:
    /// The page as shown; by default as the server sent it.
    virtual std::vector<T> arrangeRows(std::vector<T> rows) const
    {
        return rows;
    }

    /// Takes `page` as the answer to the latest request (pages fed from outside).
    void takePage(const ListPage<T> &page)
    {
        acceptPage(latestTicket(), page.total, [this, &page] { m_rows = arrangeRows(page.items); });
    }

    /// What an ApiClient list call answers to: the page if `ticket` is still the latest, else nothing.
    void takeResult(int ticket, const ApiResult<ListPage<T>> &result)
    {
        if (!result.ok())
        {
            rejectPage(ticket, result.error);
            return;
        }
        acceptPage(
            ticket, result.value->total, [this, &result] { m_rows = arrangeRows(result.value->items); });
    }

    void dropRows() override
    {
        m_rows.clear();
    }

    const T &rowAt(const QModelIndex &index) const
    {
        return m_rows[static_cast<std::size_t>(index.row())];
    }

    std::vector<T> m_rows;
};

} // namespace nextevent::console
