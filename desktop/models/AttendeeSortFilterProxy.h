// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace nextevent::console
{

class AttendeeListModel;

/// The attendee table's view of an AttendeeListModel: columns the server sorts by (name, status,
/// waitlist, check-in time) are sorted there, across pages; the others — answers to the registration
/// form above all — are sorted here, within the page, by their raw values. A text filter, on one column
/// or on all, narrows the page to the rows that contain it.
class AttendeeSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AttendeeSortFilterProxy(AttendeeListModel *source, QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Keeps the rows whose `column` (-1: any column) contains `text`, ignoring case; empty: all rows.
    void setTextFilter(int column, const QString &text);

    AttendeeListModel *attendees() const;

private:
    AttendeeListModel *m_source;
};

} // namespace nextevent::console
