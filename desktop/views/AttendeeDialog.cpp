// SPDX-License-Identifier: MIT
#include "desktop/views/AttendeeDialog.h"

#include <algorithm>

#include <QPushButton>
#include <QScreen>

#include "nextevent/Validation.h"

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"
#include "desktop/views/RegistrationFormWidget.h"
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
    for (QLabel *label : {m_ui->nameError, m_ui->phoneError, m_ui->partySizeError, m_ui->messageLabel})
    {
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->hide();
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttendeeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttendeeDialog::reject);
    // After a refused attempt, messages go as the answers are fixed.
    const auto recheck = [this]
    {
        if (m_checkAsYouType)
            showFieldErrors(problems(attendee()));
    };
    connect(m_ui->answersForm, &RegistrationFormWidget::edited, this, recheck);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, recheck);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, recheck);
    setRegistrationForm({}, 1);
}

void AttendeeDialog::setRegistrationForm(const std::vector<FormField> &form, int maxPartySize)
{
    m_ui->answersForm->setForm(form);
    m_ui->answersScroll->setVisible(!form.empty());
    // As tall as the questions need, within the screen; a long form scrolls.
    const int available = screen() ? screen()->availableGeometry().height() * 2 / 3 : 600;
    m_ui->answersScroll->setMinimumHeight(std::min(m_ui->answersForm->sizeHint().height(), available));
    m_ui->partySizeSpin->setMaximum(std::max(1, maxPartySize));
    m_ui->partySizeLabel->setVisible(maxPartySize > 1);
    m_ui->partySizeSpin->setVisible(maxPartySize > 1);
}

AttendeeDialog::~AttendeeDialog() = default;

Attendee AttendeeDialog::attendee() const
{
    Attendee attendee;
    attendee.name = toStdString(m_ui->nameEdit->text().trimmed());
    attendee.phone = toStdString(m_ui->phoneEdit->text().trimmed());
    attendee.partySize = m_ui->partySizeSpin->value();
    attendee.answers = m_ui->answersForm->answers();
    return attendee;
}

int AttendeeDialog::showFieldErrors(const std::vector<FieldError> &errors)
{
    m_ui->nameError->hide();
    m_ui->phoneError->hide();
    m_ui->partySizeError->hide();
    m_ui->answersForm->showErrors(errors);
    QStringList other;
    for (const FieldError &error : errors)
    {
        if (error.field.rfind("answers.", 0) == 0 &&
            m_ui->answersForm->inputFor(toQString(error.field.substr(8))))
            continue; // shown under its question
        QLabel *label = error.field == "name"        ? m_ui->nameError
                        : error.field == "phone"     ? m_ui->phoneError
                        : error.field == "partySize" ? m_ui->partySizeError
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

std::vector<FieldError> AttendeeDialog::problems(const Attendee &entered) const
{
    std::vector<FieldError> errors = validateRegistration(entered);
    for (FieldError &error : validateAnswers(m_ui->answersForm->form(), entered.answers))
        errors.push_back(std::move(error));
    return errors;
}

void AttendeeDialog::finish()
{
    QDialog::accept();
}

void AttendeeDialog::accept()
{
    const Attendee entered = attendee();
    m_ui->messageLabel->hide();
    if (showFieldErrors(problems(entered)) > 0)
    {
        m_checkAsYouType = true;
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    emit addRequested(entered);
}

} // namespace nextevent::console
