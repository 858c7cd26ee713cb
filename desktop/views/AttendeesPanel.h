// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class AttendeeListModel;
class AttendeeSortFilterProxy;

/// An event's attendees for organisers: search, status filter, paging, the answers to the event's
/// registration form as columns (sorted and filtered within the page), add at the desk (asking the
/// form's questions), cancel a registration, and CSV export with progress (the server's CSV carries the
/// answers too).
class AttendeesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendeesPanel(ApiClient *api, QWidget *parent = nullptr);

    /// Shows the attendees of `event` (reloads only when the event changes).
    void setEvent(const std::optional<Event> &event);
    void reload();
    AttendeeListModel *model() const;
    QTableView *table() const;
    /// What the table shows: the model sorted and filtered by answer.
    AttendeeSortFilterProxy *proxy() const;
    /// Opens the "add attendee" dialog.
    void addAttendee();
    /// Downloads the CSV export into `filePath`, showing progress.
    void exportCsvTo(const QString &filePath);

signals:
    /// Registrations changed; the page refetches the event's counts.
    void eventCountsChanged(const QString &eventId);
    void statusMessage(const QString &message);

private:
    void cancelSelected();
    void exportCsv();
    void updateActions();
    void showMessage(const QString &message, bool error);
    QHBoxLayout *buildAnswerFilter();
    void updateAnswerFilter();
    const Attendee *selectedAttendee() const;

    ApiClient *m_api;
    std::optional<Event> m_event;
    AttendeeListModel *m_model;
    AttendeeSortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QPushButton *m_addButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_message;
    QComboBox *m_answerColumn;
    QLineEdit *m_answerFilter;
};

} // namespace nextevent::console
