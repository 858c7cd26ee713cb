// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Event.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace nextevent::console
{

class ApiClient;
class AttendeeListModel;

/// An event's attendees for organisers: search, status filter, paging, add at the desk, cancel a
/// registration, and CSV export with progress.
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

    ApiClient *m_api;
    std::optional<Event> m_event;
    AttendeeListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QPushButton *m_addButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_message;
    QTimer *m_searchTimer;
};

} // namespace nextevent::console
