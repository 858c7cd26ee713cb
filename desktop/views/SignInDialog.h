// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>
#include <QUrl>

namespace Ui
{
class SignInDialog;
}

namespace nextevent::console
{

/// Collects the server address (with the recent ones to pick from), the user name and the password.
/// It checks the form, then emits signInRequested() and stays open, busy, until its owner calls
/// finishSignIn() or showError(); it performs no I/O itself.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setRecentServers(const QStringList &servers);
    void setServer(const QString &server);
    void setUsername(const QString &username);
    QString serverText() const;
    QString username() const;

    /// Disables the form while a sign-in runs.
    void setBusy(bool busy);
    /// Shows a problem under the form, ends the busy state and selects the field to fix.
    void showError(const QString &message, bool passwordProblem);
    /// Closes the dialog as accepted.
    void finishSignIn();

    /// Checks the form and emits signInRequested(); does not close the dialog.
    void accept() override;

signals:
    void signInRequested(const QUrl &server, const QString &username, const QString &password);
    /// The person wants to pair this console as a door device instead of signing in.
    void pairRequested();

private:
    std::unique_ptr<Ui::SignInDialog> m_ui;
};

} // namespace nextevent::console
