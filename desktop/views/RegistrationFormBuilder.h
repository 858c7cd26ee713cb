// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QWidget>

#include "nextevent/Error.h"
#include "nextevent/RegistrationForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QToolButton;

namespace nextevent::console
{

class RegistrationFormModel;
class RegistrationFormWidget;

/// Builds an event's registration form: the questions in order (add by type, remove, move up and
/// down — Insert, Delete, Alt+Up, Alt+Down), the chosen question's type, text, key, required flag and
/// options (one per line), and beside them a live preview at phone width of the form as an attendee sees
/// it. Problems the shared rules or the server find are marked on their question.
class RegistrationFormBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationFormBuilder(QWidget *parent = nullptr);

    void setFields(const std::vector<FormField> &fields);
    const std::vector<FormField> &fields() const;
    /// The party size the preview offers (1: no party size question).
    void setMaxPartySize(int size);
    /// Marks the problems about "registrationForm…" in `errors`; returns how many it took.
    int showErrors(const std::vector<FieldError> &errors);

    RegistrationFormModel *model() const;
    QListView *list() const;
    RegistrationFormWidget *preview() const;
    /// Selects question `row` and shows it in the editor.
    void selectRow(int row);
    int currentRow() const;
    /// Adds a question of `type` after the others and selects it.
    void addQuestion(FormFieldType type);
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void formChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildEditor();
    void buildButtons();
    void loadEditor();
    void storeEditor();
    void updatePreview();
    void updateButtons();

    RegistrationFormModel *m_model;
    QListView *m_list;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QWidget *m_editor;
    QComboBox *m_type;
    QLineEdit *m_label;
    QLineEdit *m_key;
    QCheckBox *m_required;
    QLabel *m_optionsLabel;
    QPlainTextEdit *m_options;
    QLabel *m_problems;
    QLabel *m_formProblem;
    QLabel *m_partySizePreview;
    RegistrationFormWidget *m_preview;
    bool m_loading = false;
    int m_maxPartySize = 1;
};

} // namespace nextevent::console
