// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;

/// What the list models share: a ListQuery (page, page size, search, filter, sort) applied on the
/// server, the total the server reported, and a loading flag. Answers to superseded requests are
/// dropped, so a slow page never overwrites a newer one.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The role that gives the unformatted value of a cell (numbers, times, enum order) for sorting.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The role that gives the id of the row's object.
    static constexpr int IdRole = Qt::UserRole + 2;

    /// `api` may be null: the model is then fed only through its page slots (used by tests).
    explicit PagedTableModel(ApiClient *api, QObject *parent = nullptr);

    const ListQuery &query() const;
    qint64 total() const;
    /// At least 1.
    int pageCount() const;
    bool isLoading() const;

    void setSearch(const QString &search);
    void setStatusFilter(const QString &status);
    void setPage(int page);
    void setPageSize(int pageSize);

public slots:
    /// Asks the server for the current page again.
    void refresh();

signals:
    void loadingChanged(bool loading);
    void loadFailed(const nextevent::console::ApiError &error);
    /// total(), pageCount() or query() changed.
    void pageInfoChanged();

protected:
    /// Starts the request for query(); the subclass calls acceptPage() or rejectPage() with `ticket`.
    virtual void fetch(int ticket) = 0;
    /// False when the model must not ask (for example a check-in search with no text).
    virtual bool canFetch() const;

    /// Takes a page if `ticket` is the latest request; `apply` swaps the rows inside a model reset.
    bool acceptPage(int ticket, qint64 total, const std::function<void()> &apply);
    void rejectPage(int ticket, const ApiError &error);
    void setSortField(const QString &field, bool descending);
    /// Empties the row storage; called inside a model reset.
    virtual void dropRows() = 0;
    /// Clears the rows without asking the server; anything in flight becomes stale.
    void clearPage();

    ApiClient *api() const;
    /// The ticket of the latest request (for pages fed from outside).
    int latestTicket() const;

private:
    void setLoading(bool loading);

    QPointer<ApiClient> m_api;
    ListQuery m_query;
    qint64 m_total = 0;
    bool m_loading = false;
    int m_ticket = 0;
};

} // namespace nextevent::console
