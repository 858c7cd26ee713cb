// SPDX-License-Identifier: MIT
#include "desktop/views/UsersPage.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "nextevent/Validation.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/UserListModel.h"
#include "desktop/views/ListSearch.h"
#include "desktop/views/PagingBar.h"
#include "desktop/views/UserDialog.h"

namespace nextevent::console
{
namespace
{

nlohmann::json editableFields(const User &user)
{
    nlohmann::json roles = nlohmann::json::array();
    for (Role role : user.roles)
        roles.push_back(std::string(toString(role)));
    return nlohmann::json{
        {"displayName", user.displayName}, {"email", user.email}, {"phone", user.phone}, {"roles", roles}};
}
} // namespace

UsersPage::UsersPage(ApiClient *api, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_model(new UserListModel(api, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_errorLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New account…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_activeButton(new QPushButton(tr("Deactivate"), this))
    , m_passwordButton(new QPushButton(tr("Set &password…"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_search->setPlaceholderText(tr("Search accounts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The column people read takes the room; states, counts and dates take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserListModel::RolesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    for (QPushButton *button : {m_newButton, m_editButton, m_activeButton, m_passwordButton})
        toolbar->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(new PagingBar(m_model, this));

    bindSearch(m_search, m_model);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editSelected);
    connect(m_model, &UserListModel::loadFailed, this, &UsersPage::showApiError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_newButton, &QPushButton::clicked, this, &UsersPage::createNew);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersPage::resetSelected);
    connect(m_activeButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                if (const auto user = selectedUser())
                    setActive(toQString(user->id), !user->active);
            });
    updateActions();
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::reload()
{
    m_errorLabel->hide();
    m_model->refresh();
}

void UsersPage::activate()
{
    if (m_started)
        return;
    m_started = true;
    m_model->refresh();
}

UserListModel *UsersPage::model() const
{
    return m_model;
}

QTableView *UsersPage::table() const
{
    return m_table;
}

QString UsersPage::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const User *user = m_model->userAt(rows.first().row());
    return user ? std::optional<User>(*user) : std::nullopt;
}

void UsersPage::selectUser(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void UsersPage::updateActions()
{
    const auto user = selectedUser();
    m_editButton->setEnabled(user.has_value());
    m_passwordButton->setEnabled(user.has_value());
    m_activeButton->setEnabled(user.has_value() && user->id != m_api->currentUser().id);
    m_activeButton->setText(user && !user->active ? tr("Reactivate") : tr("Deactivate"));
}

bool UsersPage::showProblems(const std::vector<FieldError> &problems)
{
    if (problems.empty())
        return false;
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << tr("%1: %2").arg(ApiError::fieldLabel(problem.field), ApiError::fieldMessage(problem));
    showError(lines.join(QLatin1Char('\n')));
    return true;
}

bool UsersPage::createNew()
{
    User fresh;
    fresh.roles = {Role::Viewer};
    UserDialog dialog(fresh, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return true;
    createUser(dialog.user(), dialog.password());
    return true;
}

bool UsersPage::createUser(const User &user, const QString &password)
{
    std::vector<FieldError> problems = validate(user);
    auto more = validatePassword(toStdString(password));
    problems.insert(problems.end(), more.begin(), more.end());
    if (showProblems(problems))
        return false;
    m_api->createUser(user,
                      password,
                      this,
                      [this](const ApiResult<User> &result)
                      {
                          if (!result.ok())
                          {
                              showApiError(result.error);
                              return;
                          }
                          m_errorLabel->hide();
                          emit statusMessage(
                              tr("Account %1 created.").arg(toQString(result.value->username)));
                          m_search->clear();
                          m_model->setSearch(toQString(result.value->username));
                          emit changed();
                      });
    return true;
}

void UsersPage::editSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserDialog dialog(*user, false, this);
    if (dialog.exec() == QDialog::Accepted)
        saveUser(dialog.user());
}

void UsersPage::saveUser(const User &user)
{
    if (showProblems(validate(user)))
        return;
    m_api->patchUser(toQString(user.id),
                     editableFields(user),
                     this,
                     [this](const ApiResult<User> &result)
                     {
                         if (!result.ok())
                         {
                             showApiError(result.error);
                             return;
                         }
                         m_errorLabel->hide();
                         m_model->updateUser(*result.value);
                         updateActions();
                         emit statusMessage(tr("Account %1 saved.").arg(toQString(result.value->username)));
                         emit changed();
                     });
}

void UsersPage::setActive(const QString &id, bool active)
{
    m_api->patchUser(id,
                     nlohmann::json{{"active", active}},
                     this,
                     [this, active](const ApiResult<User> &result)
                     {
                         if (!result.ok())
                         {
                             showApiError(result.error);
                             return;
                         }
                         m_errorLabel->hide();
                         m_model->updateUser(*result.value);
                         updateActions();
                         emit statusMessage(
                             active ? tr("Account %1 reactivated.").arg(toQString(result.value->username))
                                    : tr("Account %1 deactivated.").arg(toQString(result.value->username)));
                         emit changed();
                     });
}

void UsersPage::resetSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New password for %1").arg(toQString(user->username)));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *confirm = new QLineEdit(&dialog);
    confirm->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("The person is signed out everywhere and signs in with the new password."), &dialog));
    form->addRow(tr("New &password"), password);
    form->addRow(tr("&Repeat it"), confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != confirm->text())
    {
        showError(tr("The two passwords differ; nothing was changed."));
        return;
    }
    resetPassword(toQString(user->id), password->text());
}

bool UsersPage::resetPassword(const QString &id, const QString &password)
{
    if (showProblems(validatePassword(toStdString(password))))
        return false;
    m_api->resetPassword(id,
                         password,
                         this,
                         [this](const ApiResult<Done> &result)
                         {
                             if (!result.ok())
                             {
                                 showApiError(result.error);
                                 return;
                             }
                             m_errorLabel->hide();
                             emit statusMessage(
                                 tr("Password changed; the account was signed out everywhere."));
                             emit changed();
                         });
    return true;
}

void UsersPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void UsersPage::showApiError(const ApiError &error)
{
    showError(error.userMessage());
}

} // namespace nextevent::console
