// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QDialog>

#include "nextevent/Attendee.h"
#include "nextevent/Error.h"
#include "nextevent/RegistrationForm.h"

namespace Ui
{
class AttendeeDialog;
}

namespace nextevent::console
{

/// Collects a name, a phone number, the party size and the answers to the event's registration form for
/// registering someone at the desk. Checked with nextevent::validateRegistration() and
/// nextevent::validateAnswers(); emits addRequested() and stays open until finish() or an error.
class AttendeeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AttendeeDialog(const QString &eventTitle, QWidget *parent = nullptr);
    ~AttendeeDialog() override;

    /// Asks the event's own questions and offers a party of up to `maxPartySize` (1: no party size).
    void setRegistrationForm(const std::vector<FormField> &form, int maxPartySize);
    Attendee attendee() const;
    /// Shows `errors` next to the fields; returns how many.
    int showFieldErrors(const std::vector<FieldError> &errors);
    void showMessage(const QString &message);
    void finish();
    void accept() override;

signals:
    void addRequested(const nextevent::Attendee &attendee);

private:
    /// What the shared rules find wrong with `entered` (name, phone, answers).
    std::vector<FieldError> problems(const Attendee &entered) const;

    std::unique_ptr<Ui::AttendeeDialog> m_ui;
    bool m_checkAsYouType = false;
};

} // namespace nextevent::console
