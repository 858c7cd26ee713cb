// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;

namespace nextevent::console
{

class ApiClient;
class AttendeeListModel;
class CheckinConflictsDialog;
class DoorDesk;
class RealtimeClient;
class SyncProblemModel;
struct DoorVerdict;

/// The check-in desk: a gate (check-in list) and direction (entry, exit) chooser, a code field a USB
/// barcode scanner types into (Enter submits, the field is cleared and keeps the focus for the next ticket),
/// a large coloured verdict with a sound, live occupancy per gate and in total, a log of the last scans, and
/// a search by name or phone for people without their ticket. It is the only attendee view door staff get:
/// the search never lists anyone without search text. A gate that requires confirmation shows who the
/// ticket is and waits for Enter (admit) or Esc (cancel). Rapid mode clears each verdict after a moment.
///
/// The decisions are the DoorDesk's: online by the server; offline (the server unreachable) on this
/// computer from its copy of the snapshot, queued and uploaded when the server is back. The line at the
/// bottom says which ("Online", "Offline (N queued)", "Syncing…") and lists the uploaded scans the server
/// did not take (conflicts); "Conflicts…" opens the server's list of tickets two devices let in while
/// offline, whichever device uploaded them.
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
        Failed,
        CheckedOut,
        ReentryRefused,
        NotInside,
        Forged,
        AwaitingConfirmation
    };
    Q_ENUM(Outcome)

    /// `databasePath`: the desk's local copy (empty: the default in the user's data folder).
    explicit CheckInPanel(ApiClient *api, QWidget *parent = nullptr, const QString &databasePath = QString());

    void setEvent(const std::optional<Event> &event);
    /// Live occupancy from the `event:ID` topic.
    void setRealtime(RealtimeClient *realtime);
    /// Submits `code` as if it had been scanned.
    void submitCode(const QString &code);
    /// Checks in someone found by name (a manual check-in; door staff have no codes to send).
    void submitAttendee(const Attendee &attendee);
    /// Puts the focus in the code field if the desk is on screen and open, and nobody is typing into
    /// another field of this window (the attendee search, the event search).
    void focusScan();

    /// The gate scans go to (empty: the event's main entrance) and their direction.
    void setGate(const QString &listId);
    QString gate() const;
    void setExit(bool exit);
    bool isExit() const;
    void setRapidMode(bool rapid);
    bool rapidMode() const;
    /// Admits the person awaiting confirmation (Enter) or lets them go (Esc).
    void confirmPending();
    void cancelPending();

    Outcome lastOutcome() const;
    QString verdictText() const;
    QString occupancyText() const;
    QString deskStatusText() const;
    QLineEdit *codeField() const;
    QLineEdit *searchField() const;
    AttendeeListModel *searchModel() const;
    SyncProblemModel *problemModel() const;
    DoorDesk *desk() const;
    /// Opens the server's conflict list (the "Conflicts…" button, Alt+O); raises it when already open.
    void openConflicts();
    /// The conflict list while it is open, else null.
    CheckinConflictsDialog *conflictsDialog() const;

signals:
    /// The event's counts changed (fetched again after a check-in).
    void eventUpdated(const nextevent::Event &event);
    /// The door desk's state for the main window's status bar ("Online", "Offline (N queued)", "Syncing…");
    /// empty while the desk is not in use (panel hidden, or no event open for check-in).
    void deskStatusChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void styleScanArea();
    void setUpSearch();
    void setUpProblems();
    void layOut();
    void showOnlyWhatTheUserMayDo();
    void setUpControls();
    void followDesk();
    /// Sends a key that reached `target` (not a text field) to the code field; true when taken.
    bool routeKey(QWidget *target, const QKeyEvent *key);
    /// Submits what the code field holds and clears it for the next scan.
    void submitField();
    void showOutcome(Outcome outcome, const QString &text);
    void showVerdict(const DoorVerdict &verdict);
    void addLog(const QString &line);
    void updateCounts();
    void updateOccupancy();
    void updateDeskStatus();
    /// What deskStatusChanged() says now: the status line while the desk is shown and following an event.
    QString deskStatusForWindow() const;
    void updateProblems();
    void fillGates();
    /// Points the DoorDesk at the selected event when it is open for check-in and the desk is in use.
    void followEvent();
    void refetchEvent();
    /// Replaces a scanned code by the person's name in a waitlisted verdict.
    void nameWaitlisted(const QString &label);
    void updateCheckInButton();
    void checkInSelected();
    QString direction() const;
    void sound(bool accepted);
    void openDoorDevices();
    void openBadges();
    void updateConflictsButton();

    ApiClient *m_api;
    DoorDesk *m_desk;
    std::optional<Event> m_event;
    QLabel *m_title;
    QComboBox *m_gate;
    QRadioButton *m_entry;
    QRadioButton *m_exit;
    QCheckBox *m_rapid;
    QLineEdit *m_code;
    QLabel *m_verdict;
    QLabel *m_counts;
    QLabel *m_occupancy;
    QListWidget *m_log;
    QLineEdit *m_search;
    QTableView *m_results;
    QPushButton *m_checkInButton;
    AttendeeListModel *m_model;
    QTimer *m_searchTimer;
    QTimer *m_rapidTimer;
    QLabel *m_deskStatus;
    QPushButton *m_syncButton;
    QPushButton *m_conflictsButton;
    QPointer<CheckinConflictsDialog> m_conflictsDialog;
    QPushButton *m_devicesButton;
    QPushButton *m_badgesButton;
    QGroupBox *m_problemBox;
    QTableView *m_problems;
    SyncProblemModel *m_problemModel;
    Outcome m_outcome = Outcome::None;
    QString m_pendingCode; ///< awaiting confirmation
    QString m_pendingName;
    QString m_lastCode;
};

} // namespace nextevent::console
