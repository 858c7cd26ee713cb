// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <vector>

#include <QWidget>

#include "nextevent/Error.h"
#include "nextevent/Survey.h"

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace nextevent::console
{

/// The survey builder: title and description, the event it belongs to, who may answer (anyone, or only
/// the event's registered or checked-in attendees), self- or presenter-paced, the questions in a list
/// that can be reordered by dragging (or Alt+Up/Down), and the chosen question's editor (type, text,
/// required, its options, at most how many choices, rating scale, maximum text length; for a word cloud
/// how many words and how long; for a quiz the correct option(s) — checked in the option list — the time
/// limit and the points). survey() gives the edited survey; validate() checks it with the shared rules
/// (the server's) before anything is sent.
class SurveyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyEditor(QWidget *parent = nullptr);

    /// Loads `survey` for editing; not modified afterwards.
    void setSurvey(const Survey &survey);
    /// Takes the state flags and version of `stored` (same survey) without touching edits in progress.
    void updateState(const Survey &stored);
    /// The survey as edited (ids of new questions and options empty: the server assigns them).
    Survey survey() const;
    bool isModified() const;
    void setModified(bool modified);
    /// Questions cannot change once a survey has responses: the builder becomes read-only for them.
    void setQuestionsLocked(bool locked);
    void setReadOnly(bool readOnly);

    /// Checks survey() with nextevent::validate(); shows the problems and returns false when there are.
    bool validate();
    /// Shows problems the server reported.
    void showErrors(const std::vector<FieldError> &errors);

    int questionCount() const;
    /// Adds a question of `type` with placeholder text and, for choices, two options; selects it.
    void addQuestion(QuestionType type);
    void removeCurrentQuestion();
    /// Moves the current question by `delta` places.
    void moveCurrentQuestion(int delta);
    void selectQuestion(int row);
    /// The editors of the current question (tests drive them).
    QLineEdit *questionTextEdit() const;
    QComboBox *typeCombo() const;
    QListWidget *optionList() const;
    QListWidget *questionList() const;
    QSpinBox *maxLengthSpin() const;
    QComboBox *scaleCombo() const;
    QLineEdit *titleEdit() const;
    QComboBox *modeCombo() const;
    QComboBox *audienceCombo() const;
    QComboBox *eventCombo() const;
    QSpinBox *maxEntriesSpin() const;
    QSpinBox *timeLimitSpin() const;
    QSpinBox *pointsSpin() const;
    /// The problems on screen (validate() or the server's), one per line.
    QString errorText() const;
    /// The events a survey can belong to (id, title), for the event chooser; keeps the chosen one.
    void setEvents(const QList<QPair<QString, QString>> &events);

signals:
    void modifiedChanged(bool modified);

private:
    // The constructor's steps, in order.
    void setUpSurveyFields();
    void setUpQuestionFields();
    /// Title, description, event, audience and pacing.
    QFormLayout *buildSurveyForm();
    /// The question list with its add, remove and move buttons.
    QWidget *buildQuestionList(QWidget *parent);
    /// The chosen question's editors, in m_questionBox.
    void buildQuestionForm();
    void connectSurveyFields();
    void connectQuestionList();
    /// Every edit of the chosen question is stored in it at once and marks the survey modified.
    void connectQuestionFields();

    void loadQuestion(int key);
    void storeQuestion();
    void syncOrder();
    void updateQuestionItem(int key);
    void updateTypeFields();
    void configureLengthSpin(QuestionType type);
    QString describeError(const FieldError &error) const;
    void changed();
    static QString typeName(QuestionType type);
    static QString fieldName(const std::string &field);
    QString describeField(const std::string &field) const;

    Survey m_base;
    std::map<int, Question> m_questions; ///< by local key (kept in each list item)
    std::vector<int> m_order;
    int m_nextKey = 1;
    int m_currentKey = 0;
    bool m_loading = false;
    bool m_modified = false;
    bool m_locked = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QWidget *m_questionBox;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type;
    QLineEdit *m_text;
    QCheckBox *m_required;
    QWidget *m_optionsBox;
    QListWidget *m_options;
    QPushButton *m_addOption;
    QPushButton *m_removeOption;
    QSpinBox *m_maxSelections;
    QLabel *m_maxSelectionsLabel;
    QComboBox *m_scale;
    QLabel *m_scaleLabel;
    QSpinBox *m_maxLength;
    QLabel *m_maxLengthLabel;
    QSpinBox *m_maxEntries;
    QSpinBox *m_timeLimit;
    QSpinBox *m_points;
    QLabel *m_correctHint;
    QComboBox *m_mode;
    QComboBox *m_audience;
    QComboBox *m_event;
    QLabel *m_errors;
};

} // namespace nextevent::console
