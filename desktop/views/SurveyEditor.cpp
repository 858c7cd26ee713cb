// SPDX-License-Identifier: MIT
#include "desktop/views/SurveyEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include "nextevent/Validation.h"

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{
namespace
{
constexpr int KeyRole = Qt::UserRole;
constexpr int OptionIdRole = Qt::UserRole + 1;
constexpr QuestionType kTypes[] = {QuestionType::SingleChoice,
                                   QuestionType::MultipleChoice,
                                   QuestionType::Rating,
                                   QuestionType::Text,
                                   QuestionType::WordCloud,
                                   QuestionType::Quiz};

bool hasOptions(QuestionType type)
{
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice ||
           type == QuestionType::Quiz;
}

/// An id for a new quiz option, made here because the correct options name their ids before the server
/// has seen them; the server keeps ids of its shape (letters, digits, - and _).
std::string newOptionId()
{
    return "o" + QUuid::createUuid().toString(QUuid::Id128).left(10).toStdString();
}
} // namespace

SurveyEditor::SurveyEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("Add question"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_upButton(new QPushButton(tr("Up"), this))
    , m_downButton(new QPushButton(tr("Down"), this))
    , m_questionBox(new QWidget(this))
    , m_type(new QComboBox(m_questionBox))
    , m_text(new QLineEdit(m_questionBox))
    , m_required(new QCheckBox(tr("An answer is required"), m_questionBox))
    , m_optionsBox(new QWidget(m_questionBox))
    , m_options(new QListWidget(m_optionsBox))
    , m_addOption(new QPushButton(tr("Add option"), m_optionsBox))
    , m_removeOption(new QPushButton(tr("Remove option"), m_optionsBox))
    , m_maxSelections(new QSpinBox(m_questionBox))
    , m_maxSelectionsLabel(new QLabel(tr("At most"), m_questionBox))
    , m_scale(new QComboBox(m_questionBox))
    , m_scaleLabel(new QLabel(tr("Scale"), m_questionBox))
    , m_maxLength(new QSpinBox(m_questionBox))
    , m_maxLengthLabel(new QLabel(tr("Maximum length"), m_questionBox))
    , m_maxEntries(new QSpinBox(m_questionBox))
    , m_timeLimit(new QSpinBox(m_questionBox))
    , m_points(new QSpinBox(m_questionBox))
    , m_correctHint(new QLabel(tr("Tick the correct option(s) in the list; at least one must stay wrong."),
                               m_questionBox))
    , m_mode(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyEditor"));
    setUpSurveyFields();
    setUpQuestionFields();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildSurveyForm());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildQuestionList(splitter));
    buildQuestionForm();
    splitter->addWidget(m_questionBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 45, fontMetrics().averageCharWidth() * 70});
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errors);

    connectSurveyFields();
    connectQuestionList();
    connectQuestionFields();
    loadQuestion(0);
}

void SurveyEditor::setUpSurveyFields()
{
    m_title->setObjectName(QStringLiteral("surveyTitleEdit"));
    m_title->setPlaceholderText(tr("Survey title"));
    m_description->setObjectName(QStringLiteral("surveyDescriptionEdit"));
    m_description->setPlaceholderText(tr("What the survey is about (shown to respondents)"));
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_mode->setObjectName(QStringLiteral("surveyModeCombo"));
    m_mode->addItem(tr("Self-paced: every question open"), static_cast<int>(SurveyMode::SelfPaced));
    m_mode->addItem(tr("Presenter-paced: the presenter opens one question at a time"),
                    static_cast<int>(SurveyMode::PresenterPaced));
    m_audience->setObjectName(QStringLiteral("surveyAudienceCombo"));
    m_audience->addItem(tr("Anyone"), static_cast<int>(SurveyAudience::Anyone));
    m_audience->addItem(tr("Registered attendees of the event"),
                        static_cast<int>(SurveyAudience::Registered));
    m_audience->addItem(tr("Checked-in attendees of the event"), static_cast<int>(SurveyAudience::CheckedIn));
    m_audience->setToolTip(
        tr("Attendees only: WeChat respondents who registered (or checked in) for the survey's event."));
    m_event->setObjectName(QStringLiteral("surveyEventCombo"));
    m_event->addItem(tr("No event"), QString());
    m_errors->setObjectName(QStringLiteral("surveyErrors"));
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errors->setWordWrap(true);
    m_errors->hide();
}

void SurveyEditor::setUpQuestionFields()
{
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAccessibleName(tr("Questions; drag to reorder"));
    m_list->setToolTip(tr("Drag a question to reorder, or use Alt+Up and Alt+Down."));
    m_type->setObjectName(QStringLiteral("questionTypeCombo"));
    for (QuestionType type : kTypes)
        m_type->addItem(typeName(type), static_cast<int>(type));
    m_text->setObjectName(QStringLiteral("questionTextEdit"));
    m_text->setPlaceholderText(tr("The question as respondents see it"));
    m_options->setObjectName(QStringLiteral("optionList"));
    m_options->setDragDropMode(QAbstractItemView::InternalMove);
    m_options->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::SelectedClicked);
    m_maxSelections->setRange(0, 20);
    m_maxSelections->setSpecialValueText(tr("no limit"));
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    m_scale->addItem(tr("1 to 5"), 5);
    m_scale->addItem(tr("1 to 10"), 10);
    m_maxLength->setObjectName(QStringLiteral("maxLengthSpin"));
    m_maxLength->setRange(0, static_cast<int>(kDefaultTextMaxLength));
    m_maxLength->setSpecialValueText(tr("default (%1)").arg(kDefaultTextMaxLength));
    m_maxLength->setSuffix(tr(" characters"));
    m_maxEntries->setObjectName(QStringLiteral("maxEntriesSpin"));
    m_maxEntries->setRange(1, static_cast<int>(kMaxEntriesLimit));
    m_maxEntries->setValue(static_cast<int>(kDefaultMaxEntries));
    m_maxEntries->setSuffix(tr(" words"));
    m_timeLimit->setObjectName(QStringLiteral("timeLimitSpin"));
    m_timeLimit->setRange(static_cast<int>(kQuizSecondsMin), static_cast<int>(kQuizSecondsMax));
    m_timeLimit->setValue(static_cast<int>(kDefaultQuizSeconds));
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(
        tr("How long a presenter-paced quiz question takes answers; a self-paced quiz is untimed."));
    m_points->setObjectName(QStringLiteral("pointsSpin"));
    m_points->setRange(1, static_cast<int>(kQuizPointsMax));
    m_points->setValue(static_cast<int>(kDefaultQuizPoints));
    m_points->setSingleStep(100);
    m_points->setToolTip(
        tr("Points for an instant correct answer; a later one gets fewer, down to half at the limit."));
    m_correctHint->setWordWrap(true);
    auto *addMenu = new QMenu(m_addButton);
    for (QuestionType type : kTypes)
        connect(addMenu->addAction(typeName(type)),
                &QAction::triggered,
                this,
                [this, type] { addQuestion(type); });
    m_addButton->setMenu(addMenu);
    m_addButton->setObjectName(QStringLiteral("addQuestionButton"));
}

QFormLayout *SurveyEditor::buildSurveyForm()
{
    auto *head = new QFormLayout;
    head->addRow(tr("&Title"), m_title);
    head->addRow(tr("&Description"), m_description);
    head->addRow(tr("&Event"), m_event);
    head->addRow(tr("Who may &answer"), m_audience);
    head->addRow(tr("&Pacing"), m_mode);
    return head;
}

QWidget *SurveyEditor::buildQuestionList(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Questions (drag to reorder)"), left));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout; // two rows, so the builder fits a 1280-pixel screen
    listButtons->addWidget(m_addButton, 0, 0);
    listButtons->addWidget(m_removeButton, 0, 1);
    listButtons->addWidget(m_upButton, 1, 0);
    listButtons->addWidget(m_downButton, 1, 1);
    leftLayout->addLayout(listButtons);

    return left;
}

void SurveyEditor::buildQuestionForm()
{
    auto *form = new QFormLayout(m_questionBox);
    m_form = form;
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("&Question"), m_text);
    form->addRow(QString(), m_required);
    auto *optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_options);
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();
    optionsLayout->addLayout(optionButtons);
    form->addRow(tr("Options"), m_optionsBox);
    form->addRow(m_maxSelectionsLabel, m_maxSelections);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(m_maxLengthLabel, m_maxLength);
    form->addRow(QString(), m_correctHint);
    form->addRow(tr("Words per answer"), m_maxEntries);
    form->addRow(tr("Time limit"), m_timeLimit);
    form->addRow(tr("Points"), m_points);
}

void SurveyEditor::connectSurveyFields()
{
    connect(m_title, &QLineEdit::textEdited, this, &SurveyEditor::changed);
    for (QComboBox *combo : {m_mode, m_audience, m_event})
        connect(combo, &QComboBox::currentIndexChanged, this, &SurveyEditor::changed);
    connect(m_description,
            &QPlainTextEdit::textChanged,
            this,
            [this]
            {
                if (!m_loading)
                    changed();
            });
}

void SurveyEditor::connectQuestionList()
{
    connect(m_list,
            &QListWidget::currentItemChanged,
            this,
            [this](QListWidgetItem *current)
            {
                if (m_loading)
                    return;
                storeQuestion();
                loadQuestion(current ? current->data(KeyRole).toInt() : 0);
            });
    // A drop removes and inserts rows; the order is read back once the drop is over.
    connect(m_list->model(),
            &QAbstractItemModel::rowsMoved,
            this,
            [this] { QTimer::singleShot(0, this, &SurveyEditor::syncOrder); });
    connect(m_list->model(),
            &QAbstractItemModel::rowsInserted,
            this,
            [this] { QTimer::singleShot(0, this, &SurveyEditor::syncOrder); });
    connect(m_removeButton, &QPushButton::clicked, this, &SurveyEditor::removeCurrentQuestion);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrentQuestion(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrentQuestion(1); });
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list);
    connect(up, &QShortcut::activated, this, [this] { moveCurrentQuestion(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list);
    connect(down, &QShortcut::activated, this, [this] { moveCurrentQuestion(1); });
}

void SurveyEditor::connectQuestionFields()
{
    const auto questionEdited = [this]
    {
        if (m_loading || m_currentKey == 0)
            return;
        storeQuestion();
        updateQuestionItem(m_currentKey);
        changed();
    };
    connect(m_type,
            &QComboBox::currentIndexChanged,
            this,
            [this, questionEdited]
            {
                updateTypeFields();
                questionEdited();
            });
    connect(m_text, &QLineEdit::textEdited, this, questionEdited);
    connect(m_required, &QCheckBox::toggled, this, questionEdited);
    connect(m_maxSelections, &QSpinBox::valueChanged, this, questionEdited);
    connect(m_scale, &QComboBox::currentIndexChanged, this, questionEdited);
    connect(m_maxLength, &QSpinBox::valueChanged, this, questionEdited);
    connect(m_maxEntries, &QSpinBox::valueChanged, this, questionEdited);
    connect(m_timeLimit, &QSpinBox::valueChanged, this, questionEdited);
    connect(m_points, &QSpinBox::valueChanged, this, questionEdited);
    connect(m_options, &QListWidget::itemChanged, this, questionEdited);
    connect(m_options->model(), &QAbstractItemModel::rowsMoved, this, questionEdited);
    connect(m_addOption,
            &QPushButton::clicked,
            this,
            [this, questionEdited]
            {
                auto *item = new QListWidgetItem(tr("Option %1").arg(m_options->count() + 1), m_options);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                if (static_cast<QuestionType>(m_type->currentData().toInt()) == QuestionType::Quiz)
                {
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Unchecked);
                }
                questionEdited();
                m_options->setCurrentItem(item);
                m_options->editItem(item);
            });
    connect(m_removeOption,
            &QPushButton::clicked,
            this,
            [this, questionEdited]
            {
                delete m_options->currentItem();
                questionEdited();
            });
}

QString SurveyEditor::typeName(QuestionType type)
{
    switch (type)
    {
    case QuestionType::SingleChoice:
        return tr("Single choice");
    case QuestionType::MultipleChoice:
        return tr("Multiple choice");
    case QuestionType::Rating:
        return tr("Rating");
    case QuestionType::Text:
        return tr("Free text");
    case QuestionType::WordCloud:
        return tr("Word cloud");
    case QuestionType::Quiz:
        return tr("Quiz");
    }
    return {};
}

void SurveyEditor::setSurvey(const Survey &survey)
{
    m_loading = true;
    m_base = survey;
    m_title->setText(toQString(survey.title));
    m_description->setPlainText(toQString(survey.description));
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(survey.mode)));
    m_audience->setCurrentIndex(m_audience->findData(static_cast<int>(survey.audience)));
    const QString eventId = survey.eventId ? toQString(*survey.eventId) : QString();
    if (m_event->findData(eventId) < 0)
        m_event->addItem(eventId, eventId); // an event not in the loaded list keeps its id
    m_event->setCurrentIndex(m_event->findData(eventId));
    m_questions.clear();
    m_order.clear();
    m_list->clear();
    m_currentKey = 0;
    for (const Question &question : survey.questions)
    {
        const int key = m_nextKey++;
        m_questions[key] = question;
        m_order.push_back(key);
        auto *item = new QListWidgetItem(m_list);
        item->setData(KeyRole, key);
        updateQuestionItem(key);
    }
    m_errors->hide();
    m_loading = false;
    loadQuestion(m_order.empty() ? 0 : m_order.front());
    if (!m_order.empty())
    {
        m_loading = true;
        m_list->setCurrentRow(0);
        m_loading = false;
    }
    setModified(false);
}

void SurveyEditor::updateState(const Survey &stored)
{
    m_base.isActive = stored.isActive;
    m_base.isLive = stored.isLive;
    m_base.resultsVisible = stored.resultsVisible;
    m_base.currentQuestionId = stored.currentQuestionId;
    m_base.openedAt = stored.openedAt;
    m_base.answerRevealed = stored.answerRevealed;
    m_base.updatedAt = stored.updatedAt;
}

Survey SurveyEditor::survey() const
{
    Survey out = m_base;
    out.title = toStdString(m_title->text().trimmed());
    out.description = toStdString(m_description->toPlainText().trimmed());
    out.mode = static_cast<SurveyMode>(m_mode->currentData().toInt());
    out.audience = static_cast<SurveyAudience>(m_audience->currentData().toInt());
    const QString eventId = m_event->currentData().toString();
    out.eventId = eventId.isEmpty() ? std::nullopt : std::optional<std::string>(toStdString(eventId));
    out.questions.clear();
    for (int key : m_order)
        out.questions.push_back(m_questions.at(key));
    return out;
}

bool SurveyEditor::isModified() const
{
    return m_modified;
}

void SurveyEditor::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void SurveyEditor::changed()
{
    if (m_loading)
        return;
    m_errors->hide();
    setModified(true);
}

void SurveyEditor::setQuestionsLocked(bool locked)
{
    m_locked = locked;
    const bool editable = !locked && !m_readOnly;
    m_list->setDragDropMode(editable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    m_addButton->setEnabled(editable);
    // The rest act on the chosen question; before one exists they stay disabled.
    for (QWidget *widget : {static_cast<QWidget *>(m_removeButton),
                            static_cast<QWidget *>(m_upButton),
                            static_cast<QWidget *>(m_downButton),
                            m_questionBox})
        widget->setEnabled(editable && m_currentKey != 0);
    m_list->setToolTip(locked ? tr("The questions cannot change: this survey already has responses.")
                              : tr("Drag a question to reorder, or use Alt+Up and Alt+Down."));
}

void SurveyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    for (QComboBox *combo : {m_mode, m_audience, m_event})
        combo->setEnabled(!readOnly);
    setQuestionsLocked(m_locked);
}

int SurveyEditor::questionCount() const
{
    return static_cast<int>(m_order.size());
}

void SurveyEditor::addQuestion(QuestionType type)
{
    storeQuestion();
    Question question;
    question.type = type;
    question.text = toStdString(tr("New question"));
    if (hasOptions(type))
        question.options = {QuestionOption{{}, toStdString(tr("Option 1"))},
                            QuestionOption{{}, toStdString(tr("Option 2"))}};
    if (type == QuestionType::Rating)
        question.scale = 5;
    if (type == QuestionType::WordCloud)
    {
        question.maxEntries = kDefaultMaxEntries;
        question.maxLength = kDefaultWordMaxLength;
    }
    if (type == QuestionType::Quiz)
    {
        for (auto &option : question.options)
            option.id = newOptionId();
        question.timeLimitSeconds = kDefaultQuizSeconds;
        question.points = kDefaultQuizPoints;
    }
    const int key = m_nextKey++;
    m_questions[key] = question;
    m_order.push_back(key);
    m_loading = true;
    auto *item = new QListWidgetItem(m_list);
    item->setData(KeyRole, key);
    m_loading = false;
    updateQuestionItem(key);
    m_list->setCurrentItem(item);
    m_text->setFocus();
    m_text->selectAll();
    changed();
}

void SurveyEditor::removeCurrentQuestion()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int key = item->data(KeyRole).toInt();
    m_loading = true;
    delete item;
    m_loading = false;
    m_questions.erase(key);
    m_order.erase(std::remove(m_order.begin(), m_order.end(), key), m_order.end());
    m_currentKey = 0;
    for (int row = 0; row < m_list->count(); ++row)
        updateQuestionItem(m_list->item(row)->data(KeyRole).toInt());
    loadQuestion(m_list->currentItem() ? m_list->currentItem()->data(KeyRole).toInt() : 0);
    changed();
}

void SurveyEditor::moveCurrentQuestion(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count() || m_locked || m_readOnly)
        return;
    storeQuestion();
    m_loading = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentItem(item);
    m_loading = false;
    syncOrder();
}

void SurveyEditor::selectQuestion(int row)
{
    m_list->setCurrentRow(row);
}

void SurveyEditor::syncOrder()
{
    std::vector<int> order;
    for (int row = 0; row < m_list->count(); ++row)
    {
        const int key = m_list->item(row)->data(KeyRole).toInt();
        if (m_questions.count(key))
            order.push_back(key);
    }
    if (order.size() != m_questions.size())
        return; // in the middle of a drop; called again when it is over
    if (order == m_order)
        return;
    m_order = order;
    for (int key : m_order)
        updateQuestionItem(key);
    changed();
}

void SurveyEditor::updateQuestionItem(int key)
{
    for (int row = 0; row < m_list->count(); ++row)
    {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(KeyRole).toInt() != key)
            continue;
        const Question &question = m_questions.at(key);
        const bool wasLoading = m_loading;
        m_loading = true;
        item->setText(tr("%1. %2 — %3").arg(row + 1).arg(toQString(question.text), typeName(question.type)));
        m_loading = wasLoading;
        return;
    }
}

void SurveyEditor::loadQuestion(int key)
{
    m_loading = true;
    m_currentKey = m_questions.count(key) ? key : 0;
    m_questionBox->setEnabled(m_currentKey != 0 && !m_locked && !m_readOnly);
    // Remove and move act on the chosen question: with none (a new survey) they would do nothing.
    for (QPushButton *button : {m_removeButton, m_upButton, m_downButton})
        button->setEnabled(m_currentKey != 0 && !m_locked && !m_readOnly);
    const Question question = m_currentKey ? m_questions.at(m_currentKey) : Question{};
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(question.type)));
    configureLengthSpin(question.type); // before its value: the ranges differ by type
    m_text->setText(toQString(question.text));
    m_required->setChecked(question.required);
    m_options->clear();
    for (const QuestionOption &option : question.options)
    {
        auto *item = new QListWidgetItem(toQString(option.text), m_options);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(OptionIdRole, toQString(option.id));
        if (question.type == QuestionType::Quiz)
        {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool correct =
                std::find(question.correctOptionIds.begin(), question.correctOptionIds.end(), option.id) !=
                question.correctOptionIds.end();
            item->setCheckState(correct ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_maxSelections->setValue(static_cast<int>(question.maxSelections.value_or(0)));
    m_scale->setCurrentIndex(m_scale->findData(static_cast<int>(question.scale.value_or(5))));
    m_maxLength->setValue(static_cast<int>(
        question.maxLength.value_or(question.type == QuestionType::WordCloud ? kDefaultWordMaxLength : 0)));
    m_maxEntries->setValue(static_cast<int>(question.maxEntries.value_or(kDefaultMaxEntries)));
    m_timeLimit->setValue(static_cast<int>(question.timeLimitSeconds.value_or(kDefaultQuizSeconds)));
    m_points->setValue(static_cast<int>(question.points.value_or(kDefaultQuizPoints)));
    updateTypeFields();
    m_loading = false;
}

void SurveyEditor::storeQuestion()
{
    if (m_currentKey == 0 || !m_questions.count(m_currentKey))
        return;
    Question &question = m_questions[m_currentKey];
    question.type = static_cast<QuestionType>(m_type->currentData().toInt());
    question.text = toStdString(m_text->text().trimmed());
    question.required = m_required->isChecked();
    const bool quiz = question.type == QuestionType::Quiz;
    question.options.clear();
    question.correctOptionIds.clear();
    if (hasOptions(question.type))
        for (int row = 0; row < m_options->count(); ++row)
        {
            QListWidgetItem *item = m_options->item(row);
            if (quiz && item->data(OptionIdRole).toString().isEmpty())
            {
                const bool wasLoading = m_loading;
                m_loading = true; // an id is not an edit
                item->setData(OptionIdRole, toQString(newOptionId()));
                m_loading = wasLoading;
            }
            const std::string id = toStdString(item->data(OptionIdRole).toString());
            question.options.push_back({id, toStdString(item->text().trimmed())});
            if (quiz && item->checkState() == Qt::Checked)
                question.correctOptionIds.push_back(id);
        }
    question.maxSelections.reset();
    if (question.type == QuestionType::MultipleChoice && m_maxSelections->value() > 0)
        question.maxSelections = m_maxSelections->value();
    question.scale.reset();
    if (question.type == QuestionType::Rating)
        question.scale = m_scale->currentData().toInt();
    question.maxLength.reset();
    if (question.type == QuestionType::Text && m_maxLength->value() > 0)
        question.maxLength = m_maxLength->value();
    if (question.type == QuestionType::WordCloud)
        question.maxLength = m_maxLength->value();
    question.maxEntries.reset();
    if (question.type == QuestionType::WordCloud)
        question.maxEntries = m_maxEntries->value();
    question.timeLimitSeconds.reset();
    question.points.reset();
    if (quiz)
    {
        question.timeLimitSeconds = m_timeLimit->value();
        question.points = m_points->value();
    }
}

void SurveyEditor::configureLengthSpin(QuestionType type)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    if (type == QuestionType::WordCloud)
    {
        // Per word, 1–40; there is always a limit, so no "default" entry.
        m_maxLength->setSpecialValueText(QString());
        m_maxLength->setRange(1, static_cast<int>(kWordMaxLengthLimit));
        if (m_maxLength->value() < 1 || m_maxLength->value() > kWordMaxLengthLimit)
            m_maxLength->setValue(static_cast<int>(kDefaultWordMaxLength));
        m_maxLengthLabel->setText(tr("Characters per word"));
    }
    else
    {
        m_maxLength->setRange(0, static_cast<int>(kDefaultTextMaxLength));
        m_maxLength->setSpecialValueText(tr("default (%1)").arg(kDefaultTextMaxLength));
        m_maxLengthLabel->setText(tr("Maximum length"));
    }
    m_loading = wasLoading;
}

void SurveyEditor::updateTypeFields()
{
    const auto type = static_cast<QuestionType>(m_type->currentData().toInt());
    const bool choice = hasOptions(type);
    const bool quiz = type == QuestionType::Quiz;
    m_form->setRowVisible(m_optionsBox, choice);
    m_form->setRowVisible(m_maxSelections, type == QuestionType::MultipleChoice);
    m_form->setRowVisible(m_scale, type == QuestionType::Rating);
    m_form->setRowVisible(m_maxLength, type == QuestionType::Text || type == QuestionType::WordCloud);
    m_form->setRowVisible(m_maxEntries, type == QuestionType::WordCloud);
    m_form->setRowVisible(m_correctHint, quiz);
    m_form->setRowVisible(m_timeLimit, quiz);
    m_form->setRowVisible(m_points, quiz);
    if (!m_loading)
        configureLengthSpin(type);
    if (choice && m_options->count() == 0 && !m_loading)
        for (int i = 1; i <= 2; ++i)
        {
            auto *item = new QListWidgetItem(tr("Option %1").arg(i), m_options);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    // A quiz marks its correct options with a tick; other types have none.
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_options->count(); ++row)
    {
        QListWidgetItem *item = m_options->item(row);
        if (quiz && !(item->flags() & Qt::ItemIsUserCheckable))
        {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        else if (!quiz && (item->flags() & Qt::ItemIsUserCheckable))
        {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setData(Qt::CheckStateRole, QVariant());
        }
    }
    m_loading = wasLoading;
}

QString SurveyEditor::fieldName(const std::string &field)
{
    if (field == "maxEntries")
        return tr("Words per answer");
    if (field == "timeLimitSeconds")
        return tr("Time limit");
    if (field == "points")
        return tr("Points");
    if (field == "correctOptionIds")
        return tr("Correct options");
    if (field == "audience")
        return tr("Who may answer");
    if (field == "mode")
        return tr("Pacing");
    if (field == "eventId")
        return tr("Event");
    return ApiError::fieldLabel(field);
}

QString SurveyEditor::describeError(const FieldError &error) const
{
    // The new question types have their own limits; the general sentences would name the wrong ones.
    static const QRegularExpression question(QStringLiteral("^questions\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = question.match(toQString(error.field));
    if (match.hasMatch() && error.code)
    {
        const auto index = static_cast<std::size_t>(match.captured(1).toInt());
        const Survey edited = survey();
        const QString leaf = match.captured(2);
        const bool wordCloud =
            index < edited.questions.size() && edited.questions[index].type == QuestionType::WordCloud;
        if (*error.code == FieldCode::OutOfRange)
        {
            if (leaf == QLatin1String("maxLength") && wordCloud)
                return tr("must be between %1 and %2").arg(1).arg(kWordMaxLengthLimit);
            if (leaf == QLatin1String("maxEntries"))
                return tr("must be between %1 and %2").arg(1).arg(kMaxEntriesLimit);
            if (leaf == QLatin1String("timeLimitSeconds"))
                return tr("must be between %1 and %2 seconds").arg(kQuizSecondsMin).arg(kQuizSecondsMax);
            if (leaf == QLatin1String("points"))
                return tr("must be between %1 and %2").arg(1).arg(kQuizPointsMax);
        }
        if (leaf == QLatin1String("correctOptionIds"))
        {
            if (*error.code == FieldCode::Required)
                return tr("— tick the correct option");
            if (*error.code == FieldCode::TooMany)
                return tr("— at least one option must be wrong");
        }
    }
    if (error.field == "audience" && error.code && *error.code == FieldCode::NotAllowed)
        return tr("— attendees only needs the survey's event; choose one");
    return ApiError::fieldMessage(error);
}

QString SurveyEditor::describeField(const std::string &field) const
{
    // "questions[2].options[0].text" → "Question 3, option 1: text"
    static const QRegularExpression path(
        QStringLiteral("^questions\\[(\\d+)\\]\\.(?:options\\[(\\d+)\\]\\.)?(\\w+)$"));
    const auto match = path.match(toQString(field));
    if (!match.hasMatch())
        return fieldName(field);
    const int question = match.captured(1).toInt() + 1;
    const QString leaf = fieldName(toStdString(match.captured(3)));
    if (!match.captured(2).isEmpty())
        return tr("Question %1, option %2: %3").arg(question).arg(match.captured(2).toInt() + 1).arg(leaf);
    return tr("Question %1: %2").arg(question).arg(leaf);
}

void SurveyEditor::showErrors(const std::vector<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << tr("%1 %2").arg(describeField(error.field), describeError(error));
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    // Put the cursor where the first problem is.
    static const QRegularExpression index(QStringLiteral("^questions\\[(\\d+)\\]"));
    if (!errors.empty())
    {
        const auto match = index.match(toQString(errors.front().field));
        if (match.hasMatch())
            m_list->setCurrentRow(match.captured(1).toInt());
        else if (errors.front().field == "title")
            m_title->setFocus();
        else if (errors.front().field == "audience")
            m_event->setFocus();
    }
}

bool SurveyEditor::validate()
{
    storeQuestion();
    const auto errors = nextevent::validate(survey());
    showErrors(errors);
    return errors.empty();
}

QLineEdit *SurveyEditor::questionTextEdit() const
{
    return m_text;
}

QComboBox *SurveyEditor::typeCombo() const
{
    return m_type;
}

QListWidget *SurveyEditor::optionList() const
{
    return m_options;
}

QListWidget *SurveyEditor::questionList() const
{
    return m_list;
}

QSpinBox *SurveyEditor::maxLengthSpin() const
{
    return m_maxLength;
}

QComboBox *SurveyEditor::scaleCombo() const
{
    return m_scale;
}

QLineEdit *SurveyEditor::titleEdit() const
{
    return m_title;
}

QComboBox *SurveyEditor::modeCombo() const
{
    return m_mode;
}

QComboBox *SurveyEditor::audienceCombo() const
{
    return m_audience;
}

QComboBox *SurveyEditor::eventCombo() const
{
    return m_event;
}

QSpinBox *SurveyEditor::maxEntriesSpin() const
{
    return m_maxEntries;
}

QSpinBox *SurveyEditor::timeLimitSpin() const
{
    return m_timeLimit;
}

QSpinBox *SurveyEditor::pointsSpin() const
{
    return m_points;
}

QString SurveyEditor::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void SurveyEditor::setEvents(const QList<QPair<QString, QString>> &events)
{
    const QString chosen = m_event->currentData().toString();
    const bool wasLoading = m_loading;
    m_loading = true; // filling the list is not an edit
    const QSignalBlocker blocker(m_event);
    m_event->clear();
    m_event->addItem(tr("No event"), QString());
    for (const auto &[id, title] : events)
        m_event->addItem(title, id);
    if (m_event->findData(chosen) < 0)
        m_event->addItem(chosen, chosen);
    m_event->setCurrentIndex(m_event->findData(chosen));
    m_loading = wasLoading;
}

} // namespace nextevent::console
