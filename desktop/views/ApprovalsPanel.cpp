// SPDX-License-Identifier: MIT
#include "desktop/views/ApprovalsPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/Convert.h"
#include "desktop/models/LiveRefetch.h"
#include "desktop/views/Confirm.h"

namespace nextevent::console
{
namespace
{
/// A burst of registrations refetches the queue at most this often.
constexpr int kLiveIntervalMs = 1000;
} // namespace

ApprovalsPanel::ApprovalsPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new AttendeeListModel(api, this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_approveButton(new QPushButton(tr("Approve (A)"), this))
    , m_rejectButton(new QPushButton(tr("Reject (R)…"), this))
{
    setObjectName(QStringLiteral("approvalsPanel"));
    m_model->setStatusFilter(toQString(std::string(toString(AttendeeStatus::Pending))));
    m_model->setPageSize(100); // the server's largest page: a queue is worked through, not paged
    buildLayout();

    // Single keys on the table: it has no text to type into, and the queue is worked from the keyboard.
    const auto addKey = [this](Qt::Key key, bool approve)
    {
        auto *action = new QAction(m_table);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, [this, approve] { decideSelected(approve); });
    };
    addKey(Qt::Key_A, true);
    addKey(Qt::Key_R, false);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ApprovalsPanel::updateActions);
    connect(m_model,
            &AttendeeListModel::modelReset,
            this,
            [this]
            {
                updateCounts();
                updateActions();
                // Keep working from the keyboard: the next one in the queue is selected.
                if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
                    m_table->selectRow(0);
            });
    connect(m_model,
            &AttendeeListModel::loadFailed,
            this,
            [this](const ApiError &error)
            {
                m_message->setText(tr("Could not load the queue: %1").arg(error.userMessage()));
                m_message->show();
            });
    updateCounts();
    updateActions();
}

void ApprovalsPanel::buildLayout()
{
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Registrations awaiting approval"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttendeeListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 32);
    // What a decision needs: who, how many, and the answers; not check-in columns.
    for (int column : {AttendeeListModel::StatusColumn,
                       AttendeeListModel::WaitlistColumn,
                       AttendeeListModel::CheckedInAtColumn,
                       AttendeeListModel::CheckedInByColumn,
                       AttendeeListModel::CodeColumn})
        m_table->setColumnHidden(column, true);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_approveButton->setToolTip(tr("Approve the selected registrations: they take a place, or join the "
                                   "waiting list when the event is full"));
    m_rejectButton->setToolTip(tr("Reject the selected registrations; WeChat users are told"));
    m_counts->setObjectName(QStringLiteral("approvalCounts"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_approveButton);
    bar->addWidget(m_rejectButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
}

void ApprovalsPanel::setRealtime(RealtimeClient *realtime)
{
    delete m_live;
    m_live = realtime ? new LiveRefetch(
                            realtime, [this] { m_model->refresh(); }, kLiveIntervalMs, this)
                      : nullptr;
    if (m_live && m_event)
        m_live->setTopic(QStringLiteral("event:") + toQString(m_event->id));
}

void ApprovalsPanel::setEvent(const std::optional<Event> &event)
{
    const QString id = event ? toQString(event->id) : QString();
    const bool changed = id != m_model->eventId();
    m_event = event;
    m_model->setForm(event ? event->registrationForm : std::vector<FormField>{});
    if (changed)
    {
        m_message->hide();
        m_model->setEventId(id);
        if (m_live)
            m_live->setTopic(id.isEmpty() ? QString() : QStringLiteral("event:") + id);
    }
    updateCounts();
    updateActions();
}

void ApprovalsPanel::reload()
{
    m_model->refresh();
}

AttendeeListModel *ApprovalsPanel::model() const
{
    return m_model;
}

QTableView *ApprovalsPanel::table() const
{
    return m_table;
}

int ApprovalsPanel::inFlight() const
{
    return m_inFlight;
}

void ApprovalsPanel::updateCounts()
{
    if (!m_event)
    {
        m_counts->setText(tr("Select an event to see its registrations awaiting approval."));
        return;
    }
    const qint64 waiting = m_model->total();
    QString text = tr("%n awaiting approval", nullptr, static_cast<int>(waiting));
    const QString places = m_event->capacity ? tr("%1 of %2 places taken")
                                                   .arg(m_event->counts.registered + m_event->counts.offered)
                                                   .arg(*m_event->capacity)
                                             : tr("%1 places taken").arg(m_event->counts.registered);
    text += QStringLiteral(" · ") + places + QStringLiteral(" · ") +
            tr("%n waitlisted", nullptr, static_cast<int>(m_event->counts.waitlisted));
    if (!m_event->registrationApproval)
        text += QStringLiteral(" · ") + tr("approval is off: new registrations take a place at once");
    m_counts->setText(text);
}

void ApprovalsPanel::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection() && m_inFlight == 0;
    m_approveButton->setEnabled(selected);
    m_rejectButton->setEnabled(selected);
}

void ApprovalsPanel::decideSelected(bool approve, bool confirmed)
{
    if (!m_event || m_inFlight > 0)
        return;
    std::vector<std::pair<QString, QString>> chosen; // id, name
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const Attendee *attendee = m_model->attendeeAt(row.row()))
            chosen.emplace_back(toQString(attendee->id), toQString(attendee->name));
    if (chosen.empty())
        return;
    const int count = static_cast<int>(chosen.size());
    if (!approve && !confirmed &&
        !confirmDestructive(this,
                            tr("Reject registrations"),
                            count == 1 ? tr("Reject the registration of %1?").arg(chosen.front().second)
                                       : tr("Reject %n registrations?", nullptr, count),
                            tr("They get no place; WeChat users are told at once. This cannot be undone."),
                            tr("&Reject"),
                            tr("&Keep waiting")))
        return;
    const QString eventId = toQString(m_event->id);
    m_inFlight = count;
    m_approved = m_rejected = 0;
    m_failures.clear();
    updateActions();
    for (const auto &[id, name] : chosen)
        m_api->decideRegistration(eventId,
                                  id,
                                  approve,
                                  this,
                                  [this, eventId, name = name, approve](const ApiResult<Attendee> &result)
                                  {
                                      if (result.ok())
                                          ++(approve ? m_approved : m_rejected);
                                      else
                                          m_failures << tr("%1: %2").arg(name, result.error.userMessage());
                                      if (--m_inFlight == 0)
                                          finishBatch(eventId);
                                  });
}

void ApprovalsPanel::finishBatch(const QString &eventId)
{
    QStringList parts;
    if (m_approved > 0)
        parts << tr("Approved %n.", nullptr, m_approved);
    if (m_rejected > 0)
        parts << tr("Rejected %n.", nullptr, m_rejected);
    if (!m_failures.isEmpty())
        parts << tr("Not done: %1").arg(m_failures.join(QStringLiteral("; ")));
    m_message->setStyleSheet(m_failures.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setText(parts.join(QLatin1Char(' ')));
    m_message->setVisible(!parts.isEmpty());
    emit statusMessage(parts.join(QLatin1Char(' ')));
    m_table->clearSelection();
    m_model->refresh();
    emit eventCountsChanged(eventId);
    updateActions();
}

} // namespace nextevent::console
