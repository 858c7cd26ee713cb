// SPDX-License-Identifier: MIT
#include "desktop/views/TeamPanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/TeamMemberModel.h"
#include "desktop/models/UserListModel.h"
#include "desktop/views/Confirm.h"

namespace nextevent::console
{

TeamPanel::TeamPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new TeamMemberModel(this))
    , m_table(new QTableView(this))
    , m_username(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_addButton(new QPushButton(tr("Add to &team"), this))
    , m_removeButton(new QPushButton(tr("Remo&ve from team…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPanel"));
    buildLayout();
    connect(m_username, &QLineEdit::returnPressed, this, &TeamPanel::addMember);
    connect(m_username, &QLineEdit::textChanged, this, &TeamPanel::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &TeamPanel::addMember);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    auto *remove = new QAction(m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] { removeSelected(); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamPanel::updateActions);
    updateActions();
}

void TeamPanel::buildLayout()
{
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Team members"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeamMemberModel::NameColumn, QHeaderView::Stretch);
    m_username->setObjectName(QStringLiteral("teamUsername"));
    m_username->setPlaceholderText(tr("User name of a staff account"));
    m_username->setAccessibleName(tr("User name"));
    m_role->setObjectName(QStringLiteral("teamRole"));
    m_role->setAccessibleName(tr("Role on this event"));
    // Admin is a global role only.
    for (Role role : {Role::Organizer, Role::Presenter, Role::Checkin, Role::Viewer})
        m_role->addItem(UserListModel::roleName(role), static_cast<int>(role));
    m_addButton->setObjectName(QStringLiteral("addMemberButton"));
    m_removeButton->setObjectName(QStringLiteral("removeMemberButton"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *hint = new QLabel(
        tr("A member's role acts on this event only, in addition to their own roles everywhere."), this);
    hint->setWordWrap(true);

    auto *form = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_username);
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_role);
    form->addWidget(userLabel);
    form->addWidget(m_username, 2);
    form->addWidget(roleLabel);
    form->addWidget(m_role, 1);
    form->addWidget(m_addButton);
    form->addStretch(1);
    form->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
}

TeamMemberModel *TeamPanel::model() const
{
    return m_model;
}

QTableView *TeamPanel::table() const
{
    return m_table;
}

bool TeamPanel::isBusy() const
{
    return m_busy > 0;
}

void TeamPanel::setEvent(const std::optional<Event> &event)
{
    const bool changed = (event ? event->id : std::string()) != (m_event ? m_event->id : std::string());
    m_event = event;
    if (changed)
    {
        m_message->hide();
        m_model->setMembers({});
        reload();
    }
    updateActions();
}

void TeamPanel::reload()
{
    if (!m_event)
        return;
    const QString eventId = toQString(m_event->id);
    ++m_busy;
    m_api->listEventMembers(
        eventId,
        this,
        [this, eventId](const ApiResult<std::vector<TeamMember>> &result)
        {
            --m_busy;
            if (!m_event || toQString(m_event->id) != eventId)
                return; // another event was chosen meanwhile
            if (!result.ok())
            {
                showMessage(tr("Could not load the team: %1").arg(result.error.userMessage()), true);
                return;
            }
            m_model->setMembers(*result.value);
            updateActions();
        });
}

void TeamPanel::addMember()
{
    const QString username = m_username->text().trimmed();
    if (!m_event || username.isEmpty())
        return;
    const QString eventId = toQString(m_event->id);
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    ++m_busy;
    updateActions();
    m_api->addEventMember(
        eventId,
        username,
        role,
        this,
        [this, username, eventId](const ApiResult<TeamMember> &result)
        {
            --m_busy;
            updateActions();
            if (!result.ok())
            {
                showMessage(result.error.is(ErrorCode::NotFound)
                                ? tr("There is no user named “%1”.").arg(username)
                                : tr("Could not add %1: %2").arg(username, result.error.userMessage()),
                            true);
                return;
            }
            const TeamMember &member = *result.value;
            const bool known = m_model->rowOf(member.userId) >= 0;
            showMessage((known ? tr("%1 is now %2 on this event.") : tr("Added %1 to the team as %2."))
                            .arg(member.displayName.isEmpty() ? member.username : member.displayName,
                                 UserListModel::roleName(member.role)),
                        false);
            m_username->clear();
            if (m_event && toQString(m_event->id) == eventId)
                reload();
        });
}

void TeamPanel::removeSelected(bool confirmed)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const TeamMember *member = rows.isEmpty() ? nullptr : m_model->memberAt(rows.first().row());
    if (!member || !m_event)
        return;
    const QString name = member->displayName.isEmpty() ? member->username : member->displayName;
    const QString userId = member->userId;
    if (!confirmed &&
        !confirmDestructive(this,
                            tr("Remove from team"),
                            tr("Remove %1 from the team of “%2”?").arg(name, toQString(m_event->title)),
                            tr("Their role on this event ends at once; their own roles stay."),
                            tr("Re&move from team")))
        return;
    const QString eventId = toQString(m_event->id);
    ++m_busy;
    updateActions();
    m_api->removeEventMember(
        eventId,
        userId,
        this,
        [this, name, eventId](const ApiResult<Done> &result)
        {
            --m_busy;
            updateActions();
            if (!result.ok() && !result.error.is(ErrorCode::NotFound))
            {
                showMessage(tr("Could not remove %1: %2").arg(name, result.error.userMessage()), true);
                return;
            }
            showMessage(tr("Removed %1 from the team.").arg(name), false);
            emit statusMessage(tr("Removed %1 from the team.").arg(name));
            if (m_event && toQString(m_event->id) == eventId)
                reload();
        });
}

void TeamPanel::updateActions()
{
    const bool haveEvent = m_event.has_value();
    m_username->setEnabled(haveEvent);
    m_addButton->setEnabled(haveEvent && !m_username->text().trimmed().isEmpty() && m_busy == 0);
    m_removeButton->setEnabled(haveEvent && m_table->selectionModel()->hasSelection() && m_busy == 0);
}

void TeamPanel::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace nextevent::console
