// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Attendee.h"
#include "nextevent/RegistrationForm.h"

#include "desktop/models/PagedListModel.h"

namespace nextevent::console
{

/// One page of an event's attendees from `GET /v2/events/{id}/attendees`, searched, filtered,
/// sorted (sort(); the waitlist by position) and paged on the server. With the event's registration
/// form set, each question adds a column (from AnswerColumnsStart on) holding the attendee's answer.
class AttendeeListModel : public PagedListModel<Attendee>
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
        PartySizeColumn,
        ColumnCount,
        AnswerColumnsStart = ColumnCount ///< the first answer column, when the event has a form
    };

    explicit AttendeeListModel(ApiClient *api, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts on the server; columns the server cannot sort by are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The wire field the server sorts `column` by, or an empty string.
    static QString sortField(int column);

    /// The event's registration questions: one answer column each, after the fixed columns.
    void setForm(const std::vector<FormField> &form);
    const std::vector<FormField> &form() const;

    /// The event whose attendees are listed; an empty id empties the model.
    void setEventId(const QString &eventId);
    QString eventId() const;
    /// Door staff may search but not browse: the model then asks only for at least
    /// kMinSearchLength characters of search text (the server's rule).
    void setSearchRequired(bool required);
    static constexpr int kMinSearchLength = 3;

    const Attendee *attendeeAt(int row) const;

public slots:
    void setPageData(const nextevent::console::ListPage<nextevent::Attendee> &page);
    /// Replaces the row of an attendee that changed (same id), e.g. after a check-in.
    void updateAttendee(const nextevent::Attendee &attendee);

protected:
    void fetch(int ticket) override;
    bool canFetch() const override;

private:
    QString m_eventId;
    bool m_searchRequired = false;
    QVariant answerData(const Attendee &attendee, int column, int role) const;

    std::vector<FormField> m_form;
};

} // namespace nextevent::console
