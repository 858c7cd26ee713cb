// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class AttendeeListModel;
struct CheckInResult;

/// The check-in desk: a code field a USB barcode scanner types into (Enter submits, the field is
/// cleared and keeps the focus for the next ticket), a large coloured verdict, live counts, a log of
/// the last check-ins, and a search by name or phone for people without their ticket. It is the only
/// attendee view door staff get: the search never lists anyone without search text.
class CheckInPanel : public QWidget
{
    Q_OBJECT

public:
    /// The verdict shown after a code was submitted.
    enum class Outcome
    {
        None,
        CheckedIn,
        AlreadyCheckedIn,
        WrongEvent,
        Unknown,
        Closed,
        Failed
    };
    Q_ENUM(Outcome)

    explicit CheckInPanel(ApiClient *api, QWidget *parent = nullptr);

    void setEvent(const std::optional<Event> &event);
    /// Submits `code` as if it had been scanned.
    void submitCode(const QString &code);
    /// Checks in someone found by name (a manual check-in; door staff have no codes to send).
    void submitAttendee(const Attendee &attendee);

    Outcome lastOutcome() const;
    QString verdictText() const;
    QLineEdit *codeField() const;
    QLineEdit *searchField() const;
    AttendeeListModel *searchModel() const;

signals:
    /// The event's counts changed (fetched again after a check-in).
    void eventUpdated(const nextevent::Event &event);

private:
    void showOutcome(Outcome outcome, const QString &text);
    void handleResult(const QString &code, const CheckInResult &result);
    void handleError(const QString &code, const ApiError &error);
    void updateCounts();
    void refetchEvent();
    void checkInSelected();

    ApiClient *m_api;
    std::optional<Event> m_event;
    QLabel *m_title;
    QLineEdit *m_code;
    QLabel *m_verdict;
    QLabel *m_counts;
    QListWidget *m_log;
    QLineEdit *m_search;
    QTableView *m_results;
    QPushButton *m_checkInButton;
    AttendeeListModel *m_model;
    QTimer *m_searchTimer;
    Outcome m_outcome = Outcome::None;
};

} // namespace nextevent::console
