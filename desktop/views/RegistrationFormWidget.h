// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include <QWidget>

#include "nextevent/Error.h"
#include "nextevent/RegistrationForm.h"

class QLabel;
class QVBoxLayout;

namespace nextevent::console
{

/// An event's registration questions as inputs, the way the attendee's phone asks them: a line for
/// text, e-mail, phone, number and date, radio buttons for one choice, checkboxes for several, one
/// checkbox for yes/no. Used for the add-attendee dialog and for the form builder's phone preview.
class RegistrationFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationFormWidget(QWidget *parent = nullptr);

    /// Builds the inputs for `form` (the previous ones and what was typed in them go).
    void setForm(const std::vector<FormField> &form);
    const std::vector<FormField> &form() const;

    /// What was entered, typed as the server takes it: strings, a number, "YYYY-MM-DD", the chosen
    /// option or options, true/false. Unanswered questions are left out (a bool is always there).
    nlohmann::json answers() const;
    /// Shows errors about "answers.KEY" under their question; returns how many were shown.
    int showErrors(const std::vector<FieldError> &errors);
    /// The input of the question with `key` (for tests and focus).
    QWidget *inputFor(const QString &key) const;

signals:
    /// Something was entered or changed.
    void edited();

private:
    struct Question
    {
        FormField field;
        QWidget *input = nullptr; ///< the line edit, or the box holding radio buttons / checkboxes
        QLabel *error = nullptr;
    };

    QWidget *makeInput(const FormField &field);
    nlohmann::json answerOf(const Question &question) const;

    std::vector<FormField> m_form;
    std::vector<Question> m_questions;
    QVBoxLayout *m_layout;
};

} // namespace nextevent::console
