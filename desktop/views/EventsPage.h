// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "nextevent/Event.h"
#include "nextevent/Permissions.h"

#include "desktop/views/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolButton;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class ApprovalsPanel;
class AttendeesPanel;
class CheckInPanel;
class EventDialog;
class EventListModel;
class RealtimeClient;
class Settings;
class TeamPanel;

/// Events: a searchable, filterable, sortable, paged table; create, edit, delete and lifecycle
/// actions (only those nextevent::allowedTransitions() permits, and only for admins and organisers);
/// below it the selected event's attendees, approvals queue, check-in desk and team. Door staff (`checkin`)
/// get the check-in desk only.
class EventsPage : public Page
{
    Q_OBJECT

public:
    EventsPage(ApiClient *api, Settings *settings, QWidget *parent = nullptr);
    ~EventsPage() override;

    QString title() const override;
    void focusSearch() override;
    bool createNew() override;
    void reload() override;
    void activate() override;

    EventListModel *model() const;
    QTableView *table() const;
    AttendeesPanel *attendeesPanel() const;
    CheckInPanel *checkInPanel() const;
    /// The approvals queue (null when the user may not approve registrations).
    ApprovalsPanel *approvalsPanel() const;
    /// The event's team (null when the user may not edit events).
    TeamPanel *teamPanel() const;
    /// Lets the panels that follow an event live use `realtime`.
    void setRealtime(RealtimeClient *realtime);
    /// The event selected in the table, if any.
    std::optional<Event> selectedEvent() const;
    /// Selects the row of `id` if it is on the current page.
    void selectEvent(const QString &id);
    /// Opens the editor for the selected event.
    void editSelected();

signals:
    /// The user asked for the QR code of `event`.
    void qrCodeRequested(const nextevent::Event &event);
    /// A short note for the status bar.
    void statusMessage(const QString &message);

private:
    // The constructor's steps, in order.
    void setUpControls();
    void setUpTable();
    /// The search and action row, the events table and its paging bar.
    QWidget *buildEventList();
    /// The selected event's name and the tabs under the table (attendees, approvals, team, check-in).
    QWidget *buildPanels();
    /// The list above the panels, with the divider where this person left it.
    void buildSplitter(QWidget *list, QWidget *panels);
    void setUpTabOrder();
    void connectSignals();

    void openEditor(const Event &event);
    void save(EventDialog *dialog, const Event &event);
    void handleSaveError(EventDialog *dialog, const Event &event, const ApiError &error);
    void deleteSelected();
    void transitionSelected(EventStatus to);
    void selectionChanged();
    void updateActions();
    void showError(const QString &message);
    /// Refetches one event and updates its row and the panels below.
    void refreshEvent(const QString &id);
    bool canEdit() const;
    /// `capability` on the selected event: globally, or by the user's role on its team.
    bool mayOnSelected(Capability capability) const;
    /// Asks the event's team for the user's role there (once per event), for those without global rights.
    void learnEventRoles(const Event &event);
    /// Shows the approvals and team tabs only where the user may use them.
    void updateTabs();
    /// May check people in but not edit events (role checkin): the door-staff landing.
    bool isDoorStaff() const;
    /// The approvals queue and the team, for those whose capabilities allow them.
    void addRegistrationTabs();
    /// `panels` in a vertical scroll area (organisers: the table keeps its rows at 150 %).
    QWidget *scrollable(QWidget *panels);

    ApiClient *m_api;
    Settings *m_settings;
    EventListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QToolButton *m_lifecycleButton;
    QPushButton *m_qrButton;
    QTableView *m_table;
    QLabel *m_errorLabel;
    QLabel *m_selectionLabel;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    AttendeesPanel *m_attendees = nullptr;
    ApprovalsPanel *m_approvals = nullptr;
    TeamPanel *m_team = nullptr;
    CheckInPanel *m_checkIn;
    QString m_selectedId;
};

} // namespace nextevent::console
