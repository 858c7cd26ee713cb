// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Event.h"

#include "desktop/models/PagedListModel.h"

namespace nextevent::console
{

/// One page of events from `GET /v2/events`. Searching, filtering by status, sorting (clicking a
/// header calls sort()) and paging happen on the server, so they cover every event, not only the
/// rows on screen.
class EventListModel : public PagedListModel<Event>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        LocationColumn,
        CapacityColumn,
        RegisteredColumn,
        WaitlistedColumn,
        CheckedInColumn,
        ColumnCount
    };

    explicit EventListModel(ApiClient *api, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts on the server by the column's field; columns the server cannot sort by are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The wire field the server sorts `column` by, or an empty string.
    static QString sortField(int column);

    /// The event in `row`, or nullptr.
    const Event *eventAt(int row) const;
    /// The row of the event with `id`, or -1.

    /// Door staff: keep only the events open for check-in (published or active) and put today's first
    /// (running now or starting today), then the others by start. The server filters by one status at a
    /// time, so this narrows each page here; door staff ask for large pages (setPageSize) so one page holds
    /// every event they can use.
    void setCheckInOnly(bool checkInOnly);
    bool checkInOnly() const;
    /// The row of the event to open with when none is chosen: the one running at `now` (preferredEvent()).
    int preferredRow(TimePoint now) const;
    /// Whether `event` runs now or starts today (local time): the one door staff want first.
    static bool isToday(const Event &event);

public slots:
    /// Replaces the rows with `page` (what the API client delivers).
    void setPageData(const nextevent::console::ListPage<nextevent::Event> &page);
    /// Replaces the row of an event that changed (same id); ignored when it is not on this page.
    void updateEvent(const nextevent::Event &event);

protected:
    void fetch(int ticket) override;
    /// Applies the check-in-only narrowing and order to a page from the server.
    std::vector<Event> arrangeRows(std::vector<Event> events) const override;

private:
    bool m_checkInOnly = false;
};

} // namespace nextevent::console
