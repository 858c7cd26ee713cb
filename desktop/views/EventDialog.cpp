// SPDX-License-Identifier: MIT
#include "desktop/views/EventDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QScreen>

#include "nextevent/Json.h"
#include "nextevent/Validation.h"

#include "desktop/api/ApiError.h"
#include "desktop/models/Convert.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/RegistrationFormBuilder.h"
#include "ui_EventDialog.h"

namespace nextevent::console
{
namespace
{
const QString kErrorStyle = QStringLiteral("color: #b3261e;");
}

EventDialog::EventDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EventDialog>())
{
    m_ui->setupUi(this);
    setupFields();
    setupButtons();
    connectRecheck();
    Event fresh;
    const QDateTime start = QDateTime(QDate::currentDate().addDays(7), QTime(9, 0));
    fresh.startDate = toTimePoint(start);
    fresh.endDate = toTimePoint(start.addSecs(3 * 3600));
    setEvent(fresh);
    if (const QScreen *screen = this->screen())
        resize(sizeHint().boundedTo(screen->availableGeometry().size()).expandedTo(minimumSizeHint()));
}

void EventDialog::setupFields()
{
    const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_ui->startEdit->setDisplayFormat(format);
    m_ui->endEdit->setDisplayFormat(format);
    m_ui->titleEdit->setPlaceholderText(tr("What the event is called"));
    m_ui->interactionCodeEdit->setPlaceholderText(tr("optional, e.g. spring-meetup"));
    m_ui->capacitySpin->setSuffix(tr(" people"));
    m_ui->maxPartySizeSpin->setSuffix(tr(" people"));
    m_ui->offerHoldHoursSpin->setSuffix(tr(" hours"));
    const int lines = fontMetrics().lineSpacing();
    m_ui->descriptionEdit->setMinimumHeight(lines * 5);
    m_ui->scanMessageEdit->setMaximumHeight(lines * 4);
    m_ui->autoReplyEdit->setMaximumHeight(lines * 4);
    // The layout sets the least size (the form builder and its phone preview need their width); the
    // dialog opens at its preferred size as far as the screen allows, not at Qt's two thirds of it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    for (QLabel *label : findChildren<QLabel *>())
        if (label->objectName().endsWith(QLatin1String("Error")))
        {
            label->setStyleSheet(kErrorStyle);
            label->hide();
        }
    m_ui->messageLabel->hide();
    connect(m_ui->unlimitedCheck, &QCheckBox::toggled, m_ui->capacitySpin, &QSpinBox::setDisabled);
    connect(m_ui->maxPartySizeSpin,
            &QSpinBox::valueChanged,
            m_ui->formBuilder,
            &RegistrationFormBuilder::setMaxPartySize);
}

void EventDialog::setupButtons()
{
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    // One owner for Ctrl+S: a second QShortcut would make the key ambiguous and neither would fire.
    const QKeySequence saveKey = QKeySequence(QKeySequence::Save).isEmpty()
                                     ? QKeySequence(Qt::CTRL | Qt::Key_S)
                                     : QKeySequence(QKeySequence::Save);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setShortcut(saveKey);
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setToolTip(
            tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

void EventDialog::connectRecheck()
{
    // After a first failed save, re-check on every change so fixed fields lose their message.
    const auto recheck = [this]
    {
        if (m_checkAsYouType && showFieldErrors(validate(event())) == 0)
            m_ui->messageLabel->hide();
    };
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, recheck);
    connect(m_ui->locationEdit, &QLineEdit::textChanged, this, recheck);
    connect(m_ui->interactionCodeEdit, &QLineEdit::textChanged, this, recheck);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, recheck);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this, recheck);
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, this, recheck);
    connect(m_ui->unlimitedCheck, &QCheckBox::toggled, this, recheck);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_ui->scanMessageEdit, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_ui->autoReplyEdit, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_ui->maxPartySizeSpin, &QSpinBox::valueChanged, this, recheck);
    connect(m_ui->offerHoldHoursSpin, &QSpinBox::valueChanged, this, recheck);
    connect(m_ui->formBuilder, &RegistrationFormBuilder::formChanged, this, recheck);
}

EventDialog::~EventDialog() = default;

void EventDialog::setEvent(const Event &event)
{
    m_event = event;
    m_checkAsYouType = false;
    setWindowTitle(isNew() ? tr("New event") : tr("Edit event – %1").arg(toQString(event.title)));
    m_ui->titleEdit->setText(toQString(event.title));
    m_ui->descriptionEdit->setPlainText(toQString(event.description));
    m_ui->locationEdit->setText(toQString(event.location));
    if (event.startDate)
        m_ui->startEdit->setDateTime(toQDateTime(*event.startDate));
    if (event.endDate)
        m_ui->endEdit->setDateTime(toQDateTime(*event.endDate));
    m_ui->unlimitedCheck->setChecked(!event.capacity);
    m_ui->capacitySpin->setEnabled(event.capacity.has_value());
    m_ui->capacitySpin->setValue(event.capacity ? static_cast<int>(*event.capacity) : 100);
    m_ui->interactionCodeEdit->setText(toQString(event.wechatConfig.interactionCode));
    m_ui->scanMessageEdit->setPlainText(toQString(event.wechatConfig.scanMessage));
    m_ui->autoReplyEdit->setPlainText(toQString(event.wechatConfig.autoReply));
    m_ui->approvalCheck->setChecked(event.registrationApproval);
    m_ui->maxPartySizeSpin->setValue(static_cast<int>(event.maxPartySize));
    m_ui->offerHoldHoursSpin->setValue(static_cast<int>(event.offerHoldHours));
    m_ui->formBuilder->setMaxPartySize(static_cast<int>(event.maxPartySize));
    m_ui->formBuilder->setFields(event.registrationForm);
    m_ui->qaModerationCombo->setCurrentIndex(event.interaction.qaModeration == Moderation::Pre ? 0 : 1);
    m_ui->wallModerationCombo->setCurrentIndex(event.interaction.wallModeration == Moderation::Pre ? 0 : 1);
    m_ui->profanityFilterCheck->setChecked(event.interaction.profanityFilter);
    m_ui->tabs->setCurrentWidget(m_ui->detailsTab);
    showFieldErrors({});
    m_ui->messageLabel->hide();
    m_ui->titleEdit->setFocus();
    m_loaded = formSnapshot();
}

QString EventDialog::formSnapshot() const
{
    return QStringList({m_ui->titleEdit->text(),
                        m_ui->descriptionEdit->toPlainText(),
                        m_ui->locationEdit->text(),
                        m_ui->startEdit->dateTime().toString(Qt::ISODate),
                        m_ui->endEdit->dateTime().toString(Qt::ISODate),
                        m_ui->unlimitedCheck->isChecked() ? QStringLiteral("-")
                                                          : QString::number(m_ui->capacitySpin->value()),
                        m_ui->interactionCodeEdit->text(),
                        m_ui->scanMessageEdit->toPlainText(),
                        m_ui->autoReplyEdit->toPlainText(),
                        m_ui->approvalCheck->isChecked() ? QStringLiteral("approval") : QString(),
                        QString::number(m_ui->maxPartySizeSpin->value()),
                        QString::number(m_ui->offerHoldHoursSpin->value()),
                        toQString(nlohmann::json(m_ui->formBuilder->fields()).dump()),
                        QString::number(m_ui->qaModerationCombo->currentIndex()),
                        QString::number(m_ui->wallModerationCombo->currentIndex()),
                        m_ui->profanityFilterCheck->isChecked() ? QStringLiteral("filter") : QString()})
        .join(QChar(0x1f));
}

bool EventDialog::isModified() const
{
    return formSnapshot() != m_loaded;
}

void EventDialog::reject()
{
    // Esc is pressed by reflex; typed work is not thrown away without asking, and the safe answer is
    // the default.
    if (isModified() && !confirmDestructive(this,
                                            tr("Discard changes"),
                                            isNew() ? tr("Discard this new event?")
                                                    : tr("Discard your changes to this event?"),
                                            tr("What you typed in this form is lost."),
                                            tr("&Discard changes"),
                                            tr("&Keep editing")))
        return;
    QDialog::reject();
}

Event EventDialog::event() const
{
    Event event = m_event;
    event.title = toStdString(m_ui->titleEdit->text().trimmed());
    event.description = toStdString(m_ui->descriptionEdit->toPlainText());
    event.location = toStdString(m_ui->locationEdit->text().trimmed());
    event.startDate = toTimePoint(m_ui->startEdit->dateTime());
    event.endDate = toTimePoint(m_ui->endEdit->dateTime());
    event.capacity = m_ui->unlimitedCheck->isChecked()
                         ? std::nullopt
                         : std::optional<std::int64_t>(m_ui->capacitySpin->value());
    event.wechatConfig.interactionCode = toStdString(m_ui->interactionCodeEdit->text().trimmed());
    event.wechatConfig.scanMessage = toStdString(m_ui->scanMessageEdit->toPlainText());
    event.wechatConfig.autoReply = toStdString(m_ui->autoReplyEdit->toPlainText());
    event.registrationApproval = m_ui->approvalCheck->isChecked();
    event.maxPartySize = m_ui->maxPartySizeSpin->value();
    event.offerHoldHours = m_ui->offerHoldHoursSpin->value();
    event.registrationForm = m_ui->formBuilder->fields();
    event.interaction.qaModeration =
        m_ui->qaModerationCombo->currentIndex() == 0 ? Moderation::Pre : Moderation::Post;
    event.interaction.wallModeration =
        m_ui->wallModerationCombo->currentIndex() == 0 ? Moderation::Pre : Moderation::Post;
    event.interaction.profanityFilter = m_ui->profanityFilterCheck->isChecked();
    return event;
}

bool EventDialog::isNew() const
{
    return m_event.id.empty();
}

QLabel *EventDialog::errorLabelFor(const std::string &field) const
{
    if (field == "title")
        return m_ui->titleError;
    if (field == "startDate")
        return m_ui->startError;
    if (field == "endDate")
        return m_ui->endError;
    if (field == "location")
        return m_ui->locationError;
    if (field == "capacity")
        return m_ui->capacityError;
    if (field == "description")
        return m_ui->descriptionError;
    if (field == "wechatConfig.interactionCode")
        return m_ui->interactionCodeError;
    if (field == "wechatConfig.scanMessage")
        return m_ui->scanMessageError;
    if (field == "wechatConfig.autoReply")
        return m_ui->autoReplyError;
    if (field == "maxPartySize")
        return m_ui->maxPartySizeError;
    if (field == "offerHoldHours")
        return m_ui->offerHoldHoursError;
    if (field.rfind("interaction", 0) == 0)
        return m_ui->interactionError;
    return nullptr;
}

int EventDialog::showFieldErrors(const std::vector<FieldError> &errors)
{
    for (QLabel *label : findChildren<QLabel *>())
        if (label->objectName().endsWith(QLatin1String("Error")))
        {
            label->clear();
            label->hide();
        }
    QStringList unplaced;
    // The form builder marks the questions; the first tab with a problem comes to the front.
    int shown = m_ui->formBuilder->showErrors(errors);
    QList<QWidget *> tabsWithErrors;
    if (shown > 0)
        tabsWithErrors << m_ui->registrationTab;
    for (const FieldError &error : errors)
    {
        if (error.field.rfind("registrationForm", 0) == 0)
            continue;
        QLabel *label = errorLabelFor(error.field);
        if (label)
            tabsWithErrors << tabOf(label);
        const QString text =
            ApiError::fieldLabel(error.field) + QLatin1Char(' ') + ApiError::fieldMessage(error);
        if (!label)
        {
            unplaced << text;
            continue;
        }
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->show();
        ++shown;
    }
    if (!unplaced.isEmpty())
        showMessage(unplaced.join(QLatin1Char('\n')));
    if (!tabsWithErrors.isEmpty() && !tabsWithErrors.contains(m_ui->tabs->currentWidget()))
        m_ui->tabs->setCurrentWidget(tabsWithErrors.first());
    return shown + static_cast<int>(unplaced.size());
}

QWidget *EventDialog::tabOf(QWidget *widget) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        if (widget && (m_ui->tabs->widget(i) == widget || m_ui->tabs->widget(i)->isAncestorOf(widget)))
            return m_ui->tabs->widget(i);
    return m_ui->tabs->currentWidget();
}

void EventDialog::showMessage(const QString &message, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? kErrorStyle : QString());
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void EventDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy)
        showMessage(tr("Saving…"), false);
}

void EventDialog::finishSave()
{
    setBusy(false);
    QDialog::accept();
}

void EventDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return; // a save is already running
    const Event edited = event();
    const std::vector<FieldError> errors = validate(edited);
    m_ui->messageLabel->hide();
    if (showFieldErrors(errors) > 0)
    {
        m_checkAsYouType = true;
        showMessage(tr("Please correct the highlighted fields."));
        return;
    }
    setBusy(true);
    emit saveRequested(edited);
}

} // namespace nextevent::console
