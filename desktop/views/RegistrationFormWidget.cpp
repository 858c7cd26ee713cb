// SPDX-License-Identifier: MIT
#include "desktop/views/RegistrationFormWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"

using nlohmann::json;

namespace nextevent::console
{

RegistrationFormWidget::RegistrationFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

const std::vector<FormField> &RegistrationFormWidget::form() const
{
    return m_form;
}

void RegistrationFormWidget::setForm(const std::vector<FormField> &form)
{
    m_form = form;
    m_questions.clear();
    while (QLayoutItem *item = m_layout->takeAt(0))
    {
        delete item->widget();
        delete item;
    }
    QWidget *previous = nullptr;
    for (const FormField &field : form)
    {
        Question question;
        question.field = field;
        // A bool is one checkbox that carries its own label (a consent line reads as a sentence).
        if (field.type != FormFieldType::Bool)
        {
            auto *label = new QLabel(this);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->setText(field.required ? tr("%1 *").arg(toQString(field.label)) : toQString(field.label));
            m_layout->addWidget(label);
            label->show();
        }
        question.input = makeInput(field);
        question.input->setObjectName(QStringLiteral("answer_") + toQString(field.id));
        question.input->setAccessibleName(toQString(field.label));
        m_layout->addWidget(question.input);
        question.error = new QLabel(this);
        question.error->setWordWrap(true);
        question.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        question.error->hide();
        m_layout->addWidget(question.error);
        // Made while the form may be on screen: children added then stay hidden until shown.
        for (QWidget *part : {question.input, static_cast<QWidget *>(question.error)})
            part->setVisible(part != question.error);
        if (previous)
            setTabOrder(previous, question.input);
        previous = question.input;
        m_questions.push_back(question);
    }
    m_layout->addStretch(1);
}

QWidget *RegistrationFormWidget::makeInput(const FormField &field)
{
    const auto notify = [this]
    {
        emit edited();
    };
    switch (field.type)
    {
    case FormFieldType::Choice:
    case FormFieldType::MultiChoice:
    {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *group = new QButtonGroup(box);
        group->setExclusive(field.type == FormFieldType::Choice);
        for (const std::string &option : field.options)
        {
            QAbstractButton *button = field.type == FormFieldType::Choice
                                          ? static_cast<QAbstractButton *>(new QRadioButton(box))
                                          : new QCheckBox(box);
            button->setText(toQString(option));
            group->addButton(button);
            layout->addWidget(button);
            connect(button, &QAbstractButton::toggled, this, notify);
        }
        box->setFocusProxy(group->buttons().isEmpty() ? nullptr : group->buttons().first());
        return box;
    }
    case FormFieldType::Bool:
    {
        auto *check = new QCheckBox(this);
        check->setText(field.required ? tr("%1 *").arg(toQString(field.label)) : toQString(field.label));
        connect(check, &QCheckBox::toggled, this, notify);
        return check;
    }
    default:
        break;
    }
    auto *edit = new QLineEdit(this);
    switch (field.type)
    {
    case FormFieldType::Email:
        edit->setPlaceholderText(tr("name@example.com"));
        edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        break;
    case FormFieldType::Phone:
        edit->setPlaceholderText(tr("e.g. 138 0000 0000"));
        edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case FormFieldType::Number:
        edit->setPlaceholderText(tr("a number"));
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        break;
    case FormFieldType::Date:
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    default:
        break;
    }
    connect(edit, &QLineEdit::textChanged, this, notify);
    return edit;
}

json RegistrationFormWidget::answerOf(const Question &question) const
{
    const FormField &field = question.field;
    if (auto *check = qobject_cast<QCheckBox *>(question.input))
        return check->isChecked();
    if (auto *edit = qobject_cast<QLineEdit *>(question.input))
    {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return nullptr;
        if (field.type == FormFieldType::Number)
        {
            // Both "3.5" and the person's own locale ("3,5"); anything else goes as typed, so the server
            // says what is wrong with it.
            bool ok = false;
            double value = text.toDouble(&ok);
            if (!ok)
                value = QLocale().toDouble(text, &ok);
            if (ok)
                return value == static_cast<double>(static_cast<long long>(value))
                           ? json(static_cast<long long>(value))
                           : json(value);
        }
        return toStdString(text);
    }
    json chosen = json::array();
    for (auto *button : question.input->findChildren<QAbstractButton *>())
        if (button->isChecked())
            chosen.push_back(toStdString(button->text()));
    if (field.type == FormFieldType::Choice)
        return chosen.empty() ? json(nullptr) : chosen.front();
    return chosen.empty() ? json(nullptr) : chosen;
}

json RegistrationFormWidget::answers() const
{
    json out = json::object();
    for (const Question &question : m_questions)
        if (json value = answerOf(question); !value.is_null())
            out[question.field.id] = std::move(value);
    return out;
}

int RegistrationFormWidget::showErrors(const std::vector<FieldError> &errors)
{
    int shown = 0;
    for (Question &question : m_questions)
    {
        QStringList lines;
        for (const FieldError &error : errors)
            if (error.field == "answers." + question.field.id)
                lines << ApiError::fieldMessage(error);
        question.error->setText(lines.join(QLatin1Char('\n')));
        question.error->setVisible(!lines.isEmpty());
        shown += static_cast<int>(lines.size());
    }
    return shown;
}

QWidget *RegistrationFormWidget::inputFor(const QString &key) const
{
    for (const Question &question : m_questions)
        if (toQString(question.field.id) == key)
            return question.input;
    return nullptr;
}

} // namespace nextevent::console
