// SPDX-License-Identifier: MIT
#include "desktop/views/SignInDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include "desktop/api/ApiClient.h"
#include "ui_SignInDialog.h"

namespace nextevent::console
{

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->serverCombo->lineEdit()->setPlaceholderText(tr("https://events.example.org"));
    m_ui->messageLabel->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_ui->serverCombo->setMinimumContentsLength(36);
    m_ui->serverCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // A console at the door can run on a door token instead of a staff account.
    QPushButton *pair = m_ui->buttonBox->addButton(tr("Pair as &door device…"), QDialogButtonBox::ActionRole);
    pair->setObjectName(QStringLiteral("pairDoorButton"));
    connect(pair, &QPushButton::clicked, this, &SignInDialog::pairRequested);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setRecentServers(const QStringList &servers)
{
    const QString current = serverText();
    m_ui->serverCombo->clear();
    m_ui->serverCombo->addItems(servers);
    m_ui->serverCombo->setEditText(current);
}

void SignInDialog::setServer(const QString &server)
{
    m_ui->serverCombo->setEditText(server);
}

void SignInDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString SignInDialog::serverText() const
{
    return m_ui->serverCombo->currentText().trimmed();
}

QString SignInDialog::username() const
{
    return m_ui->usernameEdit->text().trimmed();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->serverCombo->setEnabled(!busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
    {
        m_ui->messageLabel->setStyleSheet(QString());
        m_ui->messageLabel->setText(tr("Signing in…"));
        m_ui->messageLabel->show();
        setCursor(Qt::BusyCursor);
    }
    else
        unsetCursor();
}

void SignInDialog::showError(const QString &message, bool passwordProblem)
{
    setBusy(false);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; "
                                                     "padding: 0.4em; border-radius: 3px;"));
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    adjustSize(); // the wrapped message needs its height
    if (passwordProblem)
    {
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
    else
        m_ui->serverCombo->setFocus();
}

void SignInDialog::finishSignIn()
{
    setBusy(false);
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

void SignInDialog::accept()
{
    const QUrl server = ApiClient::normaliseServerUrl(serverText());
    if (!server.isValid())
    {
        showError(tr("Enter the server address, for example https://events.example.org or 127.0.0.1:8080."),
                  false);
        return;
    }
    if (username().isEmpty())
    {
        showError(tr("Enter your user name."), false);
        m_ui->usernameEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty())
    {
        showError(tr("Enter your password."), true);
        return;
    }
    setBusy(true);
    emit signInRequested(server, username(), m_ui->passwordEdit->text());
}

} // namespace nextevent::console
