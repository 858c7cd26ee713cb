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

namespace nextevent::console
{

class ApiClient;
class TeamMemberModel;

/// The team of one event: who works on it with which role there (a member's role acts on that event
/// only). Add a user by user name with a role (Enter in the name field), change a role by adding them
/// again, remove the selected member (Delete). Offered only to those who may edit events.
class TeamPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPanel(ApiClient *api, QWidget *parent = nullptr);

    void setEvent(const std::optional<Event> &event);
    void reload();
    TeamMemberModel *model() const;
    QTableView *table() const;
    /// Adds (or changes the role of) the user named in the form.
    void addMember();
    /// Removes the selected member; asks first unless `confirmed`.
    void removeSelected(bool confirmed = false);
    /// Requests sent and not answered yet.
    bool isBusy() const;

signals:
    void statusMessage(const QString &message);

private:
    void buildLayout();
    void updateActions();
    void showMessage(const QString &message, bool error);

    ApiClient *m_api;
    std::optional<Event> m_event;
    TeamMemberModel *m_model;
    QTableView *m_table;
    QLineEdit *m_username;
    QComboBox *m_role;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    int m_busy = 0;
};

} // namespace nextevent::console
