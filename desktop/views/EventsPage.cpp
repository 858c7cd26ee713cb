// SPDX-License-Identifier: MIT
#include "desktop/views/EventsPage.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "nextevent/EventLifecycle.h"

#include "desktop/api/ApiClient.h"
#include "desktop/app/Settings.h"
#include "desktop/models/Convert.h"
#include "desktop/models/EventListModel.h"
#include "desktop/models/StatusText.h"
#include "desktop/views/ApprovalsPanel.h"
#include "desktop/views/AttendeesPanel.h"
#include "desktop/views/CheckInPanel.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/EventDialog.h"
#include "desktop/views/ListSearch.h"
#include "desktop/views/PagingBar.h"
#include "desktop/views/TeamPanel.h"

namespace nextevent::console
{
EventsPage::EventsPage(ApiClient *api, Settings *settings, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_settings(settings)
    , m_model(new EventListModel(api, this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_newButton(new QPushButton(tr("&New event"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_lifecycleButton(new QToolButton(this))
    , m_qrButton(new QPushButton(tr("&QR code"), this))
    , m_table(new QTableView(this))
    , m_errorLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_checkIn(new CheckInPanel(api, this))
{
    setObjectName(QStringLiteral("eventsPage"));
    setUpControls();
    setUpTable();
    QWidget *list = buildEventList();
    QWidget *panels = buildPanels();
    buildSplitter(list, panels);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    setUpTabOrder();
    connectSignals();
    updateActions();
}

void EventsPage::setUpControls()
{
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));
    m_statusFilter->addItem(tr("All states"), QString());
    for (EventStatus status : {EventStatus::Draft,
                               EventStatus::Published,
                               EventStatus::Active,
                               EventStatus::Completed,
                               EventStatus::Cancelled})
        m_statusFilter->addItem(StatusText::event(status), toQString(std::string(toString(status))));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    // Door staff only see events open for check-in, all published or active: nothing to filter.
    m_statusFilter->setVisible(!isDoorStaff());
    m_newButton->setToolTip(tr("Create an event (Ctrl+N)"));
    m_lifecycleButton->setObjectName(QStringLiteral("lifecycleButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteEventButton"));
    m_editButton->setObjectName(QStringLiteral("editEventButton"));
    m_lifecycleButton->setText(tr("Change &status"));
    m_lifecycleButton->setPopupMode(QToolButton::InstantPopup);
    m_lifecycleButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lifecycleButton->setMenu(new QMenu(m_lifecycleButton));
    m_qrButton->setToolTip(tr("Make, export and print the event's QR code"));
    // The button opens the QR codes page, which only those who may present have.
    m_qrButton->setVisible(m_api->may(Capability::SurveysPresent));

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 0.4em;"));
    m_errorLabel->hide();
    QFont bold = m_selectionLabel->font();
    bold.setBold(true);
    m_selectionLabel->setFont(bold);
}

void EventsPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::StartColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::LocationColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // Door staff: only the events they can check people in to, today's first and selected on arrival
    // (the model's first row), one large page so the paging bar has nothing to do.
    if (isDoorStaff())
    {
        m_model->setCheckInOnly(true);
        m_model->setPageSize(100);
    }
}

QWidget *EventsPage::buildEventList()
{
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_statusFilter);
    toolbar->addStretch(1);
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_lifecycleButton);
    toolbar->addWidget(m_qrButton);
    toolbar->addWidget(m_deleteButton);

    auto *list = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    auto *pagingBar = new PagingBar(m_model, list);
    pagingBar->setVisible(!isDoorStaff()); // one large page for door staff
    layout->addWidget(pagingBar);
    return list;
}

QWidget *EventsPage::buildPanels()
{
    auto *panels = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(panels);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selectionLabel);
    layout->addWidget(m_tabs, 1);

    if (m_api->may(Capability::AttendeesBrowse))
    {
        m_attendees = new AttendeesPanel(m_api, this);
        m_tabs->addTab(m_attendees, tr("&Attendees"));
        connect(m_attendees, &AttendeesPanel::eventCountsChanged, this, &EventsPage::refreshEvent);
    }
    addRegistrationTabs();
    if (m_api->may(Capability::AttendeesCheckIn))
        m_tabs->addTab(m_checkIn, tr("Check-&in"));
    else
        m_checkIn->hide();
    if (isDoorStaff())
        m_tabs->tabBar()->hide(); // a single tab: its name says nothing the panel does not
    connect(m_checkIn,
            &CheckInPanel::eventUpdated,
            this,
            [this](const Event &event)
            {
                m_model->updateEvent(event);
                if (m_attendees)
                    m_attendees->setEvent(event);
            });
    return panels;
}

void EventsPage::buildSplitter(QWidget *list, QWidget *panels)
{
    m_splitter->addWidget(list);
    m_splitter->addWidget(isDoorStaff() ? panels : scrollable(panels));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (m_settings)
        m_splitter->restoreState(m_settings->viewState(QStringLiteral("eventsSplitter")));
    connect(m_splitter,
            &QSplitter::splitterMoved,
            this,
            [this]
            {
                if (m_settings)
                    m_settings->setViewState(QStringLiteral("eventsSplitter"), m_splitter->saveState());
            });
}

void EventsPage::setUpTabOrder()
{
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_newButton);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_lifecycleButton);
    setTabOrder(m_lifecycleButton, m_qrButton);
    setTabOrder(m_qrButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
}

void EventsPage::connectSignals()
{
    bindSearch(m_search, m_model);
    connect(m_statusFilter,
            &QComboBox::currentIndexChanged,
            this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { createNew(); });
    connect(m_editButton, &QPushButton::clicked, this, &EventsPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &EventsPage::deleteSelected);
    connect(m_qrButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (const auto event = selectedEvent())
                    emit qrCodeRequested(*event);
            });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &EventsPage::selectionChanged);
    connect(m_model,
            &EventListModel::modelReset,
            this,
            [this]
            {
                m_errorLabel->hide();
                if (!m_selectedId.isEmpty())
                    selectEvent(m_selectedId);
                // Nothing chosen yet: the event running now, not the first row (often one long over).
                if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
                    m_table->selectRow(isDoorStaff() ? 0 // already today's first
                                                     : std::max(0, m_model->preferredRow(nextevent::now())));
                selectionChanged();
            });
    connect(m_model, &EventListModel::dataChanged, this, &EventsPage::selectionChanged);
    connect(m_model,
            &EventListModel::loadFailed,
            this,
            [this](const ApiError &error)
            { showError(tr("Could not load events: %1").arg(error.userMessage())); });
}

EventsPage::~EventsPage() = default;

QString EventsPage::title() const
{
    return tr("Events");
}

void EventsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool EventsPage::createNew()
{
    if (!canEdit())
        return false;
    openEditor(Event{});
    return true;
}

void EventsPage::reload()
{
    m_model->refresh();
    if (m_attendees)
        m_attendees->reload();
    if (m_approvals)
        m_approvals->reload();
    if (m_team)
        m_team->reload();
}

void EventsPage::activate()
{
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->refresh();
}

EventListModel *EventsPage::model() const
{
    return m_model;
}

QTableView *EventsPage::table() const
{
    return m_table;
}

AttendeesPanel *EventsPage::attendeesPanel() const
{
    return m_attendees;
}

CheckInPanel *EventsPage::checkInPanel() const
{
    return m_checkIn;
}

QWidget *EventsPage::scrollable(QWidget *panels)
{
    // The tabs under the table (the check-in desk above all) need more height than a 1440×900 screen at
    // 150 % leaves once the table shows its rows. They scroll instead of taking the events table's rows;
    // the divider still gives them room when wanted (and remembers it).
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("eventPanelsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(panels);
    // Scrolling is for height only: the panels' width still counts for the page's.
    scroll->setMinimumWidth(panels->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

ApprovalsPanel *EventsPage::approvalsPanel() const
{
    return m_approvals;
}

TeamPanel *EventsPage::teamPanel() const
{
    return m_team;
}

void EventsPage::setRealtime(RealtimeClient *realtime)
{
    checkInPanel()->setRealtime(realtime); // live occupancy at the door
    if (m_approvals)
        m_approvals->setRealtime(realtime);
}

void EventsPage::addRegistrationTabs()
{
    // Created for everyone who might hold a role on some event's team; updateTabs() shows each only
    // where the user may use it (globally, or as a member of the selected event).
    if (isDoorStaff())
        return;
    {
        m_approvals = new ApprovalsPanel(m_api, this);
        m_tabs->addTab(m_approvals, tr("A&pprovals"));
        connect(m_approvals, &ApprovalsPanel::eventCountsChanged, this, &EventsPage::refreshEvent);
        connect(m_approvals, &ApprovalsPanel::statusMessage, this, &EventsPage::statusMessage);
    }
    {
        m_team = new TeamPanel(m_api, this);
        m_tabs->addTab(m_team, tr("Tea&m"));
        connect(m_team, &TeamPanel::statusMessage, this, &EventsPage::statusMessage);
    }
}

bool EventsPage::isDoorStaff() const
{
    return m_api->may(Capability::AttendeesCheckIn) && !m_api->may(Capability::EventsEdit);
}

bool EventsPage::canEdit() const
{
    return m_api->may(Capability::EventsEdit);
}

bool EventsPage::mayOnSelected(Capability capability) const
{
    const auto event = selectedEvent();
    return event ? m_api->mayOnEvent(capability, toQString(event->id)) : m_api->may(capability);
}

void EventsPage::learnEventRoles(const Event &event)
{
    // Only those without the global right need to know their role on this event's team.
    const QString id = toQString(event.id);
    if (isDoorStaff() || m_api->may(Capability::EventsEdit) || m_api->knowsEventRoles(id))
        return;
    m_api->listEventMembers(id,
                            this,
                            [this, id](const ApiResult<std::vector<TeamMember>> &result)
                            {
                                std::vector<Role> roles;
                                if (result.ok())
                                    for (const TeamMember &member : *result.value)
                                        if (member.userId == toQString(m_api->currentUser().id))
                                            roles.push_back(member.role);
                                m_api->noteEventRoles(id, std::move(roles));
                                if (m_selectedId == id)
                                    selectionChanged();
                            });
}

void EventsPage::updateTabs()
{
    if (m_approvals)
        m_tabs->setTabVisible(m_tabs->indexOf(m_approvals), mayOnSelected(Capability::AttendeesApprove));
    if (m_team)
        m_tabs->setTabVisible(m_tabs->indexOf(m_team), mayOnSelected(Capability::EventsEdit));
}

std::optional<Event> EventsPage::selectedEvent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const Event *event = m_model->eventAt(rows.first().row()))
        return *event;
    return std::nullopt;
}

void EventsPage::selectEvent(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void EventsPage::selectionChanged()
{
    const auto event = selectedEvent();
    if (event)
        m_selectedId = toQString(event->id);
    if (event)
    {
        learnEventRoles(*event);
        QString capacity = event->capacity ? QString::number(*event->capacity) : tr("unlimited");
        m_selectionLabel->setText(tr("%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)")
                                      .arg(toQString(event->title), StatusText::event(event->status))
                                      .arg(event->counts.registered)
                                      .arg(event->counts.waitlisted)
                                      .arg(event->counts.checkedIn)
                                      .arg(capacity));
    }
    else
        m_selectionLabel->setText(tr("Select an event to see its attendees and check-in desk."));
    if (m_attendees)
        m_attendees->setEvent(event);
    if (m_approvals)
        m_approvals->setEvent(event);
    if (m_team)
        m_team->setEvent(event);
    m_checkIn->setEvent(event);
    updateActions();
}

void EventsPage::updateActions()
{
    const auto event = selectedEvent();
    const bool editable = mayOnSelected(Capability::EventsEdit);
    m_newButton->setVisible(canEdit());
    m_editButton->setVisible(editable);
    m_deleteButton->setVisible(editable);
    m_lifecycleButton->setVisible(editable);
    updateTabs();
    m_editButton->setEnabled(event.has_value());
    m_deleteButton->setEnabled(event.has_value());
    m_qrButton->setEnabled(event.has_value());
    QMenu *menu = m_lifecycleButton->menu();
    menu->clear();
    if (event)
    {
        for (EventStatus to : allowedTransitions(event->status))
        {
            QAction *action = menu->addAction(StatusText::transitionAction(to));
            connect(action, &QAction::triggered, this, [this, to] { transitionSelected(to); });
        }
    }
    m_lifecycleButton->setEnabled(!menu->isEmpty());
    m_lifecycleButton->setToolTip(
        event && menu->isEmpty()
            ? tr("A %1 event cannot change its status any more.").arg(StatusText::event(event->status))
            : tr("Move the event along its lifecycle"));
}

void EventsPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void EventsPage::editSelected()
{
    if (const auto event = selectedEvent(); event && mayOnSelected(Capability::EventsEdit))
        openEditor(*event);
}

void EventsPage::openEditor(const Event &event)
{
    auto *dialog = new EventDialog(this);
    dialog->setObjectName(QStringLiteral("eventDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!event.id.empty())
        dialog->setEvent(event);
    connect(dialog,
            &EventDialog::saveRequested,
            this,
            [this, dialog](const Event &edited) { save(dialog, edited); });
    dialog->open();
}

void EventsPage::save(EventDialog *dialog, const Event &event)
{
    const bool isNew = event.id.empty();
    auto done = [this, dialog, event, isNew](const ApiResult<Event> &result)
    {
        if (!result.ok())
        {
            handleSaveError(dialog, event, result.error);
            return;
        }
        m_selectedId = toQString(result.value->id);
        dialog->finishSave();
        emit statusMessage(isNew ? tr("Created “%1”.").arg(toQString(result.value->title))
                                 : tr("Saved “%1”.").arg(toQString(result.value->title)));
        if (isNew)
            m_model->refresh();
        else
        {
            m_model->updateEvent(*result.value);
            selectionChanged();
        }
    };
    if (isNew)
        m_api->createEvent(event, dialog, done);
    else
        m_api->updateEvent(event, dialog, done);
}

void EventsPage::handleSaveError(EventDialog *dialog, const Event &event, const ApiError &error)
{
    dialog->setBusy(false);
    if (error.is(ErrorCode::Validation) && !error.details().empty())
    {
        dialog->showFieldErrors(error.details());
        return;
    }
    if (error.is(ErrorCode::Conflict) && !event.id.empty())
    {
        QMessageBox box(QMessageBox::Warning,
                        tr("The event was changed"),
                        tr("Someone else saved “%1” after you opened it, so your changes were not saved.")
                            .arg(toQString(event.title)),
                        QMessageBox::NoButton,
                        dialog);
        box.setInformativeText(
            tr("Reload shows the current version (your edits in this form are replaced). "
               "Overwrite saves your version over theirs. Keep editing does nothing yet."));
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(reload);
        box.exec();
        if (box.clickedButton() == reload || box.clickedButton() == overwrite)
        {
            const bool force = box.clickedButton() == overwrite;
            m_api->getEvent(toQString(event.id),
                            dialog,
                            [this, dialog, event, force](const ApiResult<Event> &latest)
                            {
                                if (!latest.ok())
                                {
                                    dialog->showMessage(latest.error.userMessage());
                                    return;
                                }
                                m_model->updateEvent(*latest.value);
                                if (force)
                                {
                                    Event mine = event;
                                    mine.updatedAt = latest.value->updatedAt;
                                    mine.status = latest.value->status;
                                    dialog->setBusy(true);
                                    save(dialog, mine);
                                }
                                else
                                {
                                    dialog->setEvent(*latest.value);
                                    dialog->showMessage(tr("Reloaded the current version."), false);
                                }
                            });
        }
        else
            dialog->showMessage(error.userMessage());
        return;
    }
    dialog->showMessage(error.userMessage());
}

void EventsPage::deleteSelected()
{
    const auto event = selectedEvent();
    if (!event || !mayOnSelected(Capability::EventsEdit))
        return;
    const int people = static_cast<int>(event->counts.registered + event->counts.waitlisted);
    if (!confirmDestructive(
            this,
            tr("Delete event"),
            tr("Delete the event “%1”?").arg(toQString(event->title)),
            tr("Its %n registration(s) and their check-ins go with it. This cannot be undone.",
               nullptr,
               people),
            tr("&Delete event")))
        return;
    const QString title = toQString(event->title);
    m_api->deleteEvent(toQString(event->id),
                       this,
                       [this, title](const ApiResult<Done> &result)
                       {
                           if (!result.ok() && !result.error.is(ErrorCode::NotFound))
                           {
                               showError(
                                   tr("Could not delete “%1”: %2").arg(title, result.error.userMessage()));
                               return;
                           }
                           m_selectedId.clear();
                           emit statusMessage(tr("Deleted “%1”.").arg(title));
                           m_model->refresh();
                       });
}

void EventsPage::transitionSelected(EventStatus to)
{
    const auto event = selectedEvent();
    if (!event)
        return;
    if (to == EventStatus::Cancelled)
    {
        if (!confirmDestructive(this,
                                tr("Cancel event"),
                                tr("Cancel the event “%1”?").arg(toQString(event->title)),
                                tr("This cannot be undone; registered people keep their tickets but cannot "
                                   "check in."),
                                tr("C&ancel event"),
                                tr("&Keep event")))
            return;
    }
    const QString id = toQString(event->id);
    const QString title = toQString(event->title);
    m_api->transitionEvent(
        id,
        to,
        this,
        [this, id, title, to](const ApiResult<Done> &result)
        {
            if (!result.ok())
            {
                if (result.error.is(ErrorCode::Conflict))
                    showError(
                        tr("“%1” could not become %2: it was changed in the meantime. The list has been "
                           "reloaded; check its status and try again.")
                            .arg(title, StatusText::event(to)));
                else
                    showError(result.error.userMessage());
                m_model->refresh();
                return;
            }
            showError(QString());
            emit statusMessage(tr("“%1” is now %2.").arg(title, StatusText::event(to)));
            refreshEvent(id);
        });
}

void EventsPage::refreshEvent(const QString &id)
{
    m_api->getEvent(id,
                    this,
                    [this](const ApiResult<Event> &result)
                    {
                        if (!result.ok())
                        {
                            m_model->refresh();
                            return;
                        }
                        m_model->updateEvent(*result.value);
                        selectionChanged();
                    });
}

} // namespace nextevent::console
