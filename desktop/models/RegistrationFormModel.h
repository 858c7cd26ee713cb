// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractListModel>
#include <QHash>

#include "nextevent/Error.h"
#include "nextevent/RegistrationForm.h"

namespace nextevent::console
{

/// An event's registration form while the organiser builds it: the questions in order, with the
/// problems found in each (by the shared rules or by the server) so the list can mark them.
class RegistrationFormModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The question's type (FormFieldType as int).
    static constexpr int TypeRole = Qt::UserRole + 1;
    /// The question's key (the answer's id on the wire).
    static constexpr int KeyRole = Qt::UserRole + 2;
    /// The problems of the question, one per line; empty when none.
    static constexpr int ProblemsRole = Qt::UserRole + 3;

    explicit RegistrationFormModel(QObject *parent = nullptr);

    /// The translated name of a field type, as the builder and the preview show it.
    static QString typeName(FormFieldType type);
    /// Every type the server takes, in the order the builder offers them.
    static const std::vector<FormFieldType> &types();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const std::vector<FormField> &fields() const;
    void setFields(const std::vector<FormField> &fields);
    const FormField *fieldAt(int row) const;

    /// Appends a question of `type` with a fresh key and a placeholder label; returns its row, or -1 when
    /// the form already has the most questions the server takes.
    int addField(FormFieldType type);
    /// Replaces the question at `row` (its edits from the builder).
    void setField(int row, const FormField &field);
    void removeField(int row);
    /// Moves the question at `row` by `delta` places; returns its new row (or `row` when it cannot move).
    int moveField(int row, int delta);

    /// Takes the errors about "registrationForm[i]…" from `errors` (the rest are ignored) and marks
    /// their rows; returns how many were taken.
    int setProblems(const std::vector<FieldError> &errors);
    QString problemsAt(int row) const;

signals:
    /// The form changed (a question added, edited, removed or moved).
    void formChanged();

private:
    QString uniqueKey() const;

    std::vector<FormField> m_fields;
    QHash<int, QStringList> m_problems;
};

} // namespace nextevent::console
