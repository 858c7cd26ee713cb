// SPDX-License-Identifier: MIT
#include "desktop/views/RegistrationFormBuilder.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "desktop/models/Convert.h"
#include "desktop/models/RegistrationFormModel.h"
#include "desktop/views/RegistrationFormWidget.h"

namespace nextevent::console
{
namespace
{
/// The width of the preview: a common phone's screen (375 CSS pixels) less the page's margins.
constexpr int kPhoneWidth = 360;

bool hasOptions(FormFieldType type)
{
    return type == FormFieldType::Choice || type == FormFieldType::MultiChoice;
}
} // namespace

RegistrationFormBuilder::RegistrationFormBuilder(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegistrationFormModel(this))
    , m_list(new QListView(this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_upButton(new QToolButton(this))
    , m_downButton(new QToolButton(this))
    , m_editor(new QWidget(this))
    , m_type(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_required(new QCheckBox(tr("Req&uired"), this))
    , m_optionsLabel(new QLabel(tr("&Options (one per line):"), this))
    , m_options(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_formProblem(new QLabel(this))
    , m_partySizePreview(new QLabel(this))
    , m_preview(new RegistrationFormWidget(this))
{
    setObjectName(QStringLiteral("registrationFormBuilder"));
    m_list->setObjectName(QStringLiteral("formFieldList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Questions"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_list->setWordWrap(true); // long questions wrap rather than scroll sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QLabel *label : {m_problems, m_formProblem})
    {
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->hide();
    }
    buildEditor();
    buildButtons();

    auto *left = new QVBoxLayout;
    left->addWidget(m_formProblem);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
    {
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never cut their words
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    left->addLayout(buttons);

    // The preview: a phone-wide white page that scrolls like one.
    auto *phone = new QFrame(this);
    phone->setObjectName(QStringLiteral("phonePreview"));
    phone->setFrameShape(QFrame::StyledPanel);
    auto *scroll = new QScrollArea(phone);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    page->setAutoFillBackground(true);
    QPalette white = page->palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, Qt::black);
    page->setPalette(white);
    auto *pageLayout = new QVBoxLayout(page);
    m_preview->setParent(page);
    m_partySizePreview->setParent(page);
    pageLayout->addWidget(m_preview);
    pageLayout->addWidget(m_partySizePreview);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
    auto *phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(2, 2, 2, 2);
    auto *heading = new QLabel(tr("Preview at phone width"), phone);
    phoneLayout->addWidget(heading);
    phoneLayout->addWidget(scroll, 1);
    phone->setFixedWidth(kPhoneWidth + 2 * 2 + scroll->verticalScrollBar()->sizeHint().width());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_editor, 3);
    layout->addWidget(phone);

    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &RegistrationFormBuilder::loadEditor);
    connect(m_model,
            &RegistrationFormModel::formChanged,
            this,
            [this]
            {
                updatePreview();
                updateButtons();
                emit formChanged();
            });
    connect(m_model, &RegistrationFormModel::dataChanged, this, [this] { loadEditor(); });
    updatePreview();
    loadEditor();
}

void RegistrationFormBuilder::buildEditor()
{
    m_editor->setObjectName(QStringLiteral("formFieldEditor"));
    m_type->setObjectName(QStringLiteral("formFieldType"));
    m_label->setObjectName(QStringLiteral("formFieldLabel"));
    m_key->setObjectName(QStringLiteral("formFieldKey"));
    m_required->setObjectName(QStringLiteral("formFieldRequired"));
    m_options->setObjectName(QStringLiteral("formFieldOptions"));
    for (FormFieldType type : RegistrationFormModel::types())
        m_type->addItem(RegistrationFormModel::typeName(type), static_cast<int>(type));
    m_label->setPlaceholderText(tr("What the attendee is asked"));
    m_key->setPlaceholderText(tr("letters, digits, - and _"));
    m_key->setToolTip(tr("Names the answer in the CSV export and for integrations. Changing it after people "
                         "registered separates their answers from new ones."));
    m_options->setTabChangesFocus(true);
    m_options->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_optionsLabel->setBuddy(m_options);
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *typeLabel = new QLabel(tr("T&ype:"), m_editor);
    typeLabel->setBuddy(m_type);
    auto *labelLabel = new QLabel(tr("Question &text:"), m_editor);
    labelLabel->setBuddy(m_label);
    auto *keyLabel = new QLabel(tr("&Key:"), m_editor);
    keyLabel->setBuddy(m_key);
    form->addRow(typeLabel, m_type);
    form->addRow(labelLabel, m_label);
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), m_required);
    form->addRow(m_optionsLabel, m_options);
    form->addRow(m_problems);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RegistrationFormBuilder::storeEditor);
    connect(m_label, &QLineEdit::textEdited, this, &RegistrationFormBuilder::storeEditor);
    connect(m_key, &QLineEdit::textEdited, this, &RegistrationFormBuilder::storeEditor);
    connect(m_required, &QCheckBox::toggled, this, &RegistrationFormBuilder::storeEditor);
    connect(m_options, &QPlainTextEdit::textChanged, this, &RegistrationFormBuilder::storeEditor);
}

void RegistrationFormBuilder::buildButtons()
{
    m_addButton->setObjectName(QStringLiteral("addFormField"));
    m_addButton->setText(tr("Add &question"));
    m_addButton->setToolTip(tr("Add a question (Insert chooses its type)"));
    m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_addButton);
    for (FormFieldType type : RegistrationFormModel::types())
        connect(menu->addAction(RegistrationFormModel::typeName(type)),
                &QAction::triggered,
                this,
                [this, type] { addQuestion(type); });
    m_addButton->setMenu(menu);
    connect(m_addButton, &QToolButton::clicked, this, [this] { addQuestion(FormFieldType::Text); });

    m_removeButton->setObjectName(QStringLiteral("removeFormField"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setToolTip(tr("Remove the question (Delete in the list)"));
    // Arrows, not words: the four buttons share the width of the question list.
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setAccessibleName(tr("Up"));
    m_upButton->setToolTip(tr("Move the question up (Alt+Up)"));
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setAccessibleName(tr("Down"));
    m_downButton->setToolTip(tr("Move the question down (Alt+Down)"));
    connect(m_removeButton, &QToolButton::clicked, this, &RegistrationFormBuilder::removeCurrent);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    const auto shortcut =
        [this](QWidget *owner, const QKeySequence &keys, Qt::ShortcutContext context, auto slot)
    {
        auto *action = new QAction(owner);
        action->setShortcut(keys);
        action->setShortcutContext(context);
        owner->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    // While a question's text is edited, Insert and Alt+arrows still reach the list's commands.
    shortcut(m_editor,
             QKeySequence(Qt::Key_Insert),
             Qt::WidgetWithChildrenShortcut,
             [this] { m_addButton->showMenu(); });
    shortcut(m_editor,
             QKeySequence(Qt::ALT | Qt::Key_Up),
             Qt::WidgetWithChildrenShortcut,
             [this] { moveCurrent(-1); });
    shortcut(m_editor,
             QKeySequence(Qt::ALT | Qt::Key_Down),
             Qt::WidgetWithChildrenShortcut,
             [this] { moveCurrent(1); });
    // The list takes its keys itself: an item view keeps arrow keys (with or without Alt) for moving the
    // current item, so a shortcut on them would never see them.
    m_list->installEventFilter(this);
}

bool RegistrationFormBuilder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool alt = key->modifiers() == Qt::AltModifier;
    if (alt && key->key() == Qt::Key_Up)
        moveCurrent(-1);
    else if (alt && key->key() == Qt::Key_Down)
        moveCurrent(1);
    else if (key->matches(QKeySequence::Delete))
        removeCurrent();
    else if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier)
        m_addButton->showMenu();
    else
        return QWidget::eventFilter(watched, event);
    return true;
}

void RegistrationFormBuilder::setFields(const std::vector<FormField> &fields)
{
    m_model->setFields(fields);
    selectRow(fields.empty() ? -1 : 0);
}

const std::vector<FormField> &RegistrationFormBuilder::fields() const
{
    return m_model->fields();
}

void RegistrationFormBuilder::setMaxPartySize(int size)
{
    m_maxPartySize = size;
    updatePreview();
}

RegistrationFormModel *RegistrationFormBuilder::model() const
{
    return m_model;
}

QListView *RegistrationFormBuilder::list() const
{
    return m_list;
}

RegistrationFormWidget *RegistrationFormBuilder::preview() const
{
    return m_preview;
}

int RegistrationFormBuilder::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void RegistrationFormBuilder::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        m_list->setCurrentIndex({});
    else
        m_list->setCurrentIndex(m_model->index(row));
    loadEditor();
}

void RegistrationFormBuilder::addQuestion(FormFieldType type)
{
    const int row = m_model->addField(type);
    if (row < 0)
    {
        m_formProblem->setText(tr("A form has at most %1 questions.").arg(limits::kFormFieldsMax));
        m_formProblem->show();
        return;
    }
    selectRow(row);
    m_label->setFocus();
}

void RegistrationFormBuilder::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeField(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
    m_list->setFocus();
}

void RegistrationFormBuilder::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    selectRow(m_model->moveField(row, delta));
}

void RegistrationFormBuilder::loadEditor()
{
    if (m_loading)
        return;
    const FormField *field = m_model->fieldAt(currentRow());
    m_editor->setEnabled(field != nullptr);
    m_loading = true;
    if (field)
    {
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(field->type)));
        if (m_label->text() != toQString(field->label))
            m_label->setText(toQString(field->label));
        if (m_key->text() != toQString(field->id))
            m_key->setText(toQString(field->id));
        m_required->setChecked(field->required);
        QStringList options;
        for (const std::string &option : field->options)
            options << toQString(option);
        if (m_options->toPlainText() != options.join(QLatin1Char('\n')))
            m_options->setPlainText(options.join(QLatin1Char('\n')));
    }
    else
    {
        m_label->clear();
        m_key->clear();
        m_required->setChecked(false);
        m_options->clear();
    }
    const bool choice = field && hasOptions(field->type);
    m_options->setVisible(choice);
    m_optionsLabel->setVisible(choice);
    const QString problems = m_model->problemsAt(currentRow());
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_loading = false;
    updateButtons();
}

void RegistrationFormBuilder::storeEditor()
{
    if (m_loading)
        return;
    const int row = currentRow();
    const FormField *current = m_model->fieldAt(row);
    if (!current)
        return;
    FormField field = *current;
    field.type = static_cast<FormFieldType>(m_type->currentData().toInt());
    field.label = toStdString(m_label->text().trimmed());
    field.id = toStdString(m_key->text().trimmed());
    field.required = m_required->isChecked();
    field.options.clear();
    if (hasOptions(field.type))
    {
        for (const QString &line : m_options->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                field.options.push_back(toStdString(line.trimmed()));
        // A question that just became a choice starts with two options to edit.
        if (field.options.empty() && !hasOptions(current->type))
            field.options = {toStdString(tr("Option 1")), toStdString(tr("Option 2"))};
    }
    // The editor already shows what it stores: reload it only when the type changed what it offers.
    const bool typeChanged = field.type != current->type;
    m_loading = true;
    m_model->setField(row, field);
    m_loading = false;
    if (typeChanged)
        loadEditor();
    else
        updateButtons();
}

void RegistrationFormBuilder::updatePreview()
{
    m_preview->setForm(m_model->fields());
    m_partySizePreview->setVisible(m_maxPartySize > 1);
    m_partySizePreview->setText(tr("Party size: 1 to %1 people").arg(m_maxPartySize));
}

void RegistrationFormBuilder::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_addButton->setEnabled(m_model->rowCount() < static_cast<int>(limits::kFormFieldsMax));
}

int RegistrationFormBuilder::showErrors(const std::vector<FieldError> &errors)
{
    const int taken = m_model->setProblems(errors);
    QStringList whole;
    for (const FieldError &error : errors)
        if (error.field == "registrationForm")
            whole << tr("A form has at most %1 questions.").arg(limits::kFormFieldsMax);
    m_formProblem->setText(whole.join(QLatin1Char('\n')));
    m_formProblem->setVisible(!whole.isEmpty());
    // Show the first question with a problem.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!m_model->problemsAt(row).isEmpty())
        {
            selectRow(row);
            break;
        }
    loadEditor();
    return taken;
}

} // namespace nextevent::console
