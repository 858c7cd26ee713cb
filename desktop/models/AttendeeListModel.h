// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Attendee.h"

#include "desktop/models/PagedTableModel.h"

namespace nextevent::console
{

/// One page of an event's attendees from `GET /v2/events/{id}/attendees`, searched, filtered and
/// paged on the server. The API has no sort parameter for attendees, so the view sorts the page
/// through a QSortFilterProxyModel on RawValueRole (waitlisted rows sort by their position).
///
/// With setSearchRequired(true) (the `checkin` role) the model asks only when there is search text.
class AttendeeListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        StatusColumn,
        WaitlistColumn,
        CheckedInAtColumn,
        CheckedInByColumn,
        CodeColumn,
        ColumnCount
    };

    explicit AttendeeListModel(ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The event whose attendees are listed; an empty id empties the model.
    void setEventId(const QString &eventId);
    QString eventId() const;
    void setSearchRequired(bool required);

    const Attendee *attendeeAt(int row) const;

public slots:
    void setPageData(const nextevent::console::ListPage<nextevent::Attendee> &page);
    /// Replaces the row of an attendee that changed (same id), e.g. after a check-in.
    void updateAttendee(const nextevent::Attendee &attendee);

protected:
    void fetch(int ticket) override;
    bool canFetch() const override;
    void dropRows() override;

private:
    QString m_eventId;
    bool m_searchRequired = false;
    std::vector<Attendee> m_attendees;
};

} // namespace nextevent::console
