// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "nextevent/Error.h"
#include "nextevent/User.h"

#include "desktop/views/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class UserListModel;

/// Staff accounts (admins only): list and search; create an account with roles and a first password;
/// change roles and contact details; deactivate or reactivate; set a new password (which signs the
/// person out everywhere). Input is checked with the shared rules before it is sent.
class UsersPage : public Page
{
    Q_OBJECT

public:
    UsersPage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    bool createNew() override;
    void reload() override;
    void activate() override;

    UserListModel *model() const;
    QTableView *table() const;
    std::optional<User> selectedUser() const;
    void selectUser(const QString &id);

    /// Creates an account; false (with the problems shown) when the shared rules refuse it.
    bool createUser(const User &user, const QString &password);
    /// Sends the roles, names and contact details of `user` (same id).
    void saveUser(const User &user);
    void setActive(const QString &id, bool active);
    /// False (with the problem shown) when the password breaks the rules.
    bool resetPassword(const QString &id, const QString &password);
    QString errorText() const;

signals:
    void statusMessage(const QString &message);
    /// A change was stored (create, save, activate, password).
    void changed();

private:
    void editSelected();
    void resetSelected();
    void updateActions();
    void showError(const QString &message);
    void showApiError(const ApiError &error);
    bool showProblems(const std::vector<FieldError> &problems);

    ApiClient *m_api;
    UserListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_errorLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_activeButton;
    QPushButton *m_passwordButton;
    bool m_started = false;
};

} // namespace nextevent::console
