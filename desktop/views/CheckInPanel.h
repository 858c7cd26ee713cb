// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

class QKeyEvent;
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
///
/// While the desk is on screen the code field owns the focus whenever nobody is typing elsewhere (after
/// choosing an event, switching tabs, closing a dialog, a verdict), and printable keys typed while the
/// focus is on something that takes no text (the events table, a tab, a button) go to the code field, so
/// a scanner's keystrokes and its Enter are never lost.
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
        Waitlisted,
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
    /// Puts the focus in the code field if the desk is on screen and open, and nobody is typing into
    /// another field of this window (the attendee search, the event search).
    void focusScan();

    Outcome lastOutcome() const;
    QString verdictText() const;
    QLineEdit *codeField() const;
    QLineEdit *searchField() const;
    AttendeeListModel *searchModel() const;

signals:
    /// The event's counts changed (fetched again after a check-in).
    void eventUpdated(const nextevent::Event &event);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sends a key that reached `target` (not a text field) to the code field; true when taken.
    bool routeKey(QWidget *target, const QKeyEvent *key);
    /// Submits what the code field holds and clears it for the next scan.
    void submitField();
    void showOutcome(Outcome outcome, const QString &text);
    void handleResult(const QString &code, const CheckInResult &result);
    void handleError(const QString &code, const ApiError &error);
    void updateCounts();
    void refetchEvent();
    /// Replaces a scanned code by the person's name in a waitlisted verdict.
    void nameWaitlisted(const QString &label);
    void updateCheckInButton();
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
