// SPDX-License-Identifier: MIT
#include "desktop/views/AttendeeDialog.h"

#include <QPushButton>

#include "nextevent/Validation.h"

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"
#include "ui_AttendeeDialog.h"

namespace nextevent::console
{

AttendeeDialog::AttendeeDialog(const QString &eventTitle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttendeeDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add attendee – %1").arg(eventTitle));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    for (QLabel *label : {m_ui->nameError, m_ui->phoneError, m_ui->messageLabel})
    {
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->hide();
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttendeeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttendeeDialog::reject);
}

AttendeeDialog::~AttendeeDialog() = default;

Attendee AttendeeDialog::attendee() const
{
    Attendee attendee;
    attendee.name = toStdString(m_ui->nameEdit->text().trimmed());
    attendee.phone = toStdString(m_ui->phoneEdit->text().trimmed());
    return attendee;
}

int AttendeeDialog::showFieldErrors(const std::vector<FieldError> &errors)
{
    m_ui->nameError->hide();
    m_ui->phoneError->hide();
    QStringList other;
    for (const FieldError &error : errors)
    {
        QLabel *label = error.field == "name"    ? m_ui->nameError
                        : error.field == "phone" ? m_ui->phoneError
                                                 : nullptr;
        const QString text =
            ApiError::fieldLabel(error.field) + QLatin1Char(' ') + ApiError::fieldMessage(error);
        if (label)
        {
            label->setText(text);
            label->show();
        }
        else
            other << text;
    }
    if (!other.isEmpty())
        showMessage(other.join(QLatin1Char('\n')));
    return static_cast<int>(errors.size());
}

void AttendeeDialog::showMessage(const QString &message)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void AttendeeDialog::finish()
{
    QDialog::accept();
}

void AttendeeDialog::accept()
{
    const Attendee entered = attendee();
    m_ui->messageLabel->hide();
    if (showFieldErrors(validateRegistration(entered)) > 0)
        return;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    emit addRequested(entered);
}

} // namespace nextevent::console
