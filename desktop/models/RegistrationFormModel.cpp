// SPDX-License-Identifier: MIT
#include "desktop/models/RegistrationFormModel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{
namespace
{
/// "registrationForm[3].options[1]" → row 3, rest "options[1]"; row -1 when the path is not a question's.
std::pair<int, QString> splitPath(const std::string &field)
{
    static const QRegularExpression kPath(QStringLiteral("^registrationForm\\[(\\d+)\\]\\.?(.*)$"));
    const auto match = kPath.match(toQString(field));
    if (!match.hasMatch())
        return {-1, {}};
    return {match.captured(1).toInt(), match.captured(2)};
}
} // namespace

RegistrationFormModel::RegistrationFormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

const std::vector<FormFieldType> &RegistrationFormModel::types()
{
    static const std::vector<FormFieldType> kTypes{FormFieldType::Text,
                                                   FormFieldType::Number,
                                                   FormFieldType::Email,
                                                   FormFieldType::Phone,
                                                   FormFieldType::Date,
                                                   FormFieldType::Choice,
                                                   FormFieldType::MultiChoice,
                                                   FormFieldType::Bool};
    return kTypes;
}

QString RegistrationFormModel::typeName(FormFieldType type)
{
    switch (type)
    {
    case FormFieldType::Text:
        return tr("Text");
    case FormFieldType::Number:
        return tr("Number");
    case FormFieldType::Email:
        return tr("E-mail");
    case FormFieldType::Phone:
        return tr("Phone number");
    case FormFieldType::Date:
        return tr("Date");
    case FormFieldType::Choice:
        return tr("One choice");
    case FormFieldType::MultiChoice:
        return tr("Several choices");
    case FormFieldType::Bool:
        return tr("Yes/no (checkbox)");
    }
    return {};
}

int RegistrationFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

QVariant RegistrationFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FormField &field = m_fields[static_cast<std::size_t>(index.row())];
    const QString problems = problemsAt(index.row());
    switch (role)
    {
    case Qt::DisplayRole:
        return tr("%1. %2%3 · %4")
            .arg(index.row() + 1)
            .arg(field.label.empty() ? tr("(no question text)") : toQString(field.label),
                 field.required ? QStringLiteral(" *") : QString(),
                 typeName(field.type));
    case Qt::ToolTipRole:
        return problems.isEmpty() ? tr("Key: %1").arg(toQString(field.id)) : problems;
    case Qt::ForegroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xb3, 0x26, 0x1e)));
    case TypeRole:
        return static_cast<int>(field.type);
    case KeyRole:
        return toQString(field.id);
    case ProblemsRole:
        return problems;
    default:
        return {};
    }
}

const std::vector<FormField> &RegistrationFormModel::fields() const
{
    return m_fields;
}

void RegistrationFormModel::setFields(const std::vector<FormField> &fields)
{
    beginResetModel();
    m_fields = fields;
    m_problems.clear();
    endResetModel();
    emit formChanged();
}

const FormField *RegistrationFormModel::fieldAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_fields[static_cast<std::size_t>(row)];
}

QString RegistrationFormModel::uniqueKey() const
{
    // Keys name the answers on the server and in the CSV; a short, stable one the organiser may rename.
    for (int n = static_cast<int>(m_fields.size()) + 1;; ++n)
    {
        const std::string key = "q" + std::to_string(n);
        if (std::none_of(m_fields.begin(), m_fields.end(), [&](const FormField &f) { return f.id == key; }))
            return toQString(key);
    }
}

int RegistrationFormModel::addField(FormFieldType type)
{
    if (m_fields.size() >= limits::kFormFieldsMax)
        return -1;
    FormField field;
    field.id = toStdString(uniqueKey());
    field.type = type;
    if (type == FormFieldType::Choice || type == FormFieldType::MultiChoice)
        field.options = {toStdString(tr("Option 1")), toStdString(tr("Option 2"))};
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_fields.push_back(std::move(field));
    endInsertRows();
    emit formChanged();
    return row;
}

void RegistrationFormModel::setField(int row, const FormField &field)
{
    if (!fieldAt(row) || m_fields[static_cast<std::size_t>(row)] == field)
        return;
    m_fields[static_cast<std::size_t>(row)] = field;
    emit dataChanged(index(row), index(row));
    emit formChanged();
}

void RegistrationFormModel::removeField(int row)
{
    if (!fieldAt(row))
        return;
    beginRemoveRows({}, row, row);
    m_fields.erase(m_fields.begin() + row);
    m_problems.clear(); // their rows moved; the next check marks them again
    endRemoveRows();
    emit dataChanged(index(0), index(std::max(0, rowCount() - 1)));
    emit formChanged();
}

int RegistrationFormModel::moveField(int row, int delta)
{
    const int to = row + delta;
    if (!fieldAt(row) || to < 0 || to >= rowCount() || delta == 0)
        return row;
    // beginMoveRows names the destination as the row the item goes before (in the old numbering).
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    std::swap(m_fields[static_cast<std::size_t>(row)], m_fields[static_cast<std::size_t>(to)]);
    std::swap(m_problems[row], m_problems[to]);
    endMoveRows();
    // The numbers in front of the questions changed.
    emit dataChanged(index(std::min(row, to)), index(std::max(row, to)));
    emit formChanged();
    return to;
}

int RegistrationFormModel::setProblems(const std::vector<FieldError> &errors)
{
    m_problems.clear();
    int taken = 0;
    for (const FieldError &error : errors)
    {
        if (error.field == "registrationForm")
        {
            ++taken; // about the whole form (too many questions): the builder's own line shows it
            continue;
        }
        const auto [row, rest] = splitPath(error.field);
        if (row < 0)
            continue;
        QString part;
        static const QRegularExpression kOption(QStringLiteral("^options\\[(\\d+)\\]$"));
        if (const auto option = kOption.match(rest); option.hasMatch())
            part = tr("Option %1").arg(option.captured(1).toInt() + 1);
        else if (rest == QLatin1String("id"))
            part = tr("Key");
        else if (rest == QLatin1String("label"))
            part = tr("Question");
        else if (rest == QLatin1String("options"))
            part = tr("Options");
        else if (rest == QLatin1String("type"))
            part = tr("Type");
        else
            part = rest;
        m_problems[row] << tr("%1 %2").arg(part, ApiError::fieldMessage(error));
        ++taken;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
    return taken;
}

QString RegistrationFormModel::problemsAt(int row) const
{
    return m_problems.value(row).join(QLatin1Char('\n'));
}

} // namespace nextevent::console
