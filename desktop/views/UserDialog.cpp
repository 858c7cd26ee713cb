// SPDX-License-Identifier: MIT
#include "desktop/views/UserDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "nextevent/Validation.h"

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"
#include "desktop/models/UserListModel.h"
#include "desktop/views/UsersPage.h"

namespace nextevent::console
{
namespace
{
constexpr Role kRoles[] = {Role::Admin, Role::Organizer, Role::Presenter, Role::Checkin, Role::Viewer};
} // namespace

UserDialog::UserDialog(const User &user, bool creating, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(creating ? UsersPage::tr("New account") : UsersPage::tr("Edit account"));
    auto *form = new QFormLayout;
    m_username = new QLineEdit(toQString(user.username), this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setReadOnly(!creating);
    m_displayName = new QLineEdit(toQString(user.displayName), this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_email = new QLineEdit(toQString(user.email), this);
    m_phone = new QLineEdit(toQString(user.phone), this);
    form->addRow(UsersPage::tr("&User name"), m_username);
    form->addRow(UsersPage::tr("&Name"), m_displayName);
    form->addRow(UsersPage::tr("&E-mail"), m_email);
    form->addRow(UsersPage::tr("&Phone"), m_phone);
    auto *roles = new QVBoxLayout;
    for (Role role : kRoles)
    {
        auto *box = new QCheckBox(UserListModel::roleName(role), this);
        box->setObjectName(QStringLiteral("role_") + QString::fromLatin1(toString(role).data()));
        box->setChecked(user.hasRole(role));
        roles->addWidget(box);
        m_roles.append({role, box});
    }
    form->addRow(UsersPage::tr("Roles"), roles);
    if (creating)
    {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(UsersPage::tr("First &password"), m_password);
        form->addRow(UsersPage::tr("&Repeat it"), m_confirm);
    }
    m_problems = new QLabel(this);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

User UserDialog::user() const
{
    User out = m_user;
    out.username = toStdString(m_username->text().trimmed());
    out.displayName = toStdString(m_displayName->text().trimmed());
    out.email = toStdString(m_email->text().trimmed());
    out.phone = toStdString(m_phone->text().trimmed());
    out.roles.clear();
    for (const auto &[role, box] : m_roles)
        if (box->isChecked())
            out.roles.push_back(role);
    return out;
}

QString UserDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void UserDialog::check()
{
    std::vector<FieldError> problems = validate(user());
    const bool differ = m_password && m_password->text() != m_confirm->text();
    if (m_password)
    {
        auto more = validatePassword(toStdString(m_password->text()));
        problems.insert(problems.end(), more.begin(), more.end());
    }
    if (problems.empty() && !differ)
    {
        accept();
        return;
    }
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << UsersPage::tr("%1: %2").arg(ApiError::fieldLabel(problem.field),
                                             ApiError::fieldMessage(problem));
    if (differ)
        lines << UsersPage::tr("The two passwords differ.");
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
}

} // namespace nextevent::console
