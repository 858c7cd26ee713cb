// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

#include "nextevent/User.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace nextevent::console
{

/// The account form: names, contact, roles and (for a new account) the first password twice. Checks
/// what it can before the server does; its strings belong to the Users page's translation context.
class UserDialog : public QDialog
{
public:
    UserDialog(const User &user, bool creating, QWidget *parent);

    /// The account as edited (roles as ticked).
    User user() const;
    /// The first password; empty when editing.
    QString password() const;

private:
    void check();

    User m_user;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    QLabel *m_problems;
};

} // namespace nextevent::console
