// SPDX-License-Identifier: MIT
#include "desktop/views/CheckInPanel.h"

#include <algorithm>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include "nextevent/EventLifecycle.h"

#include "desktop/api/ApiClient.h"
#include "desktop/door/DoorDesk.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/Convert.h"
#include "desktop/models/StatusText.h"
#include "desktop/models/SyncProblemModel.h"
#include "desktop/views/BadgeDialog.h"
#include "desktop/views/CheckinConflictsDialog.h"
#include "desktop/views/DoorDevicesDialog.h"

namespace nextevent::console
{
namespace
{
constexpr int kLogSize = 12;
/// How long a verdict stays in rapid mode before the desk says "Ready" again.
constexpr int kRapidVerdictMs = 1500;

QString displayName(const Attendee &attendee)
{
    return attendee.name.empty() ? CheckInPanel::tr("(WeChat user)") : toQString(attendee.name);
}

/// A scanned code as the log shows it: a signed ticket is long and says nothing to door staff.
QString shortCode(const QString &code)
{
    return code.size() > 16 ? code.left(12) + QStringLiteral("…") : code;
}

/// Whether `widget` is a text field with nothing typed in it.
bool isEmptyText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text().isEmpty();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return text->document()->isEmpty();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->document()->isEmpty();
    return false;
}

/// Whether `widget` is somewhere a person types text, whose keys must stay there.
bool takesText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox *>(widget) != nullptr;
}
} // namespace

CheckInPanel::CheckInPanel(ApiClient *api, QWidget *parent, const QString &databasePath)
    : QWidget(parent)
    , m_api(api)
    , m_desk(new DoorDesk(api, databasePath, this))
    , m_title(new QLabel(this))
    , m_gate(new QComboBox(this))
    , m_entry(new QRadioButton(tr("Entry (F7)"), this))
    , m_exit(new QRadioButton(tr("Exit (F8)"), this))
    , m_rapid(new QCheckBox(tr("&Rapid mode (F9)"), this))
    , m_code(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_occupancy(new QLabel(this))
    , m_log(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_checkInButton(new QPushButton(tr("Check in &selected"), this))
    , m_model(new AttendeeListModel(api, this))
    , m_searchTimer(new QTimer(this))
    , m_rapidTimer(new QTimer(this))
    , m_deskStatus(new QLabel(this))
    , m_syncButton(new QPushButton(tr("S&ync now"), this))
    , m_conflictsButton(new QPushButton(tr("C&onflicts…"), this))
    , m_devicesButton(new QPushButton(tr("Door de&vices…"), this))
    , m_badgesButton(new QPushButton(tr("&Badges…"), this))
    , m_problemBox(new QGroupBox(tr("Offline scans the server did not take"), this))
    , m_problems(new QTableView(m_problemBox))
    , m_problemModel(new SyncProblemModel(this))
{
    setObjectName(QStringLiteral("checkInPanel"));
    styleScanArea();
    setUpSearch();
    setUpProblems();
    layOut();
    showOnlyWhatTheUserMayDo();
    setUpControls();
    followDesk();
    setEvent(std::nullopt);
}

// The scan field, verdict and counts: large enough to read from a step away.
void CheckInPanel::styleScanArea()
{
    m_code->setObjectName(QStringLiteral("checkInCode"));
    m_code->setPlaceholderText(tr("Scan or type the ticket code, then press Enter"));
    m_code->setAccessibleName(tr("Ticket code"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_code->setFont(big);

    QFont huge = m_verdict->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.0);
    huge.setBold(true);
    m_verdict->setFont(huge);
    m_verdict->setObjectName(QStringLiteral("checkInVerdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setWordWrap(true);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing() * 3);
    m_verdict->setAutoFillBackground(true);
    m_verdict->setAccessibleName(tr("Check-in result"));

    QFont countsFont = m_counts->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.3);
    m_counts->setFont(countsFont);
    m_occupancy->setFont(countsFont);
    m_occupancy->setObjectName(QStringLiteral("checkInOccupancy"));
    m_occupancy->setAccessibleName(tr("Occupancy"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_gate->setObjectName(QStringLiteral("checkInGate"));
    m_gate->setAccessibleName(tr("Gate"));
    m_gate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gate->setPlaceholderText(tr("Main entrance")); // until the event's gates have arrived
    m_entry->setChecked(true);
    auto *directions = new QButtonGroup(this);
    directions->addButton(m_entry);
    directions->addButton(m_exit);
    m_rapid->setToolTip(tr("Each verdict clears after a moment, ready for the next person"));
    m_deskStatus->setObjectName(QStringLiteral("deskStatus"));
    m_deskStatus->setAccessibleName(tr("Desk connection"));
    m_syncButton->setToolTip(tr("Upload the scans decided offline now"));
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictsButton->setToolTip(tr("Tickets two devices let in while offline, as the server lists them"));
}

// The search for people without their ticket.
void CheckInPanel::setUpSearch()
{
    m_search->setPlaceholderText(tr("No ticket? Search by name or phone (3+ characters, or 2 Chinese)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search attendee"));
    m_model->setSearchRequired(true); // door staff may search, never browse
    m_results->setObjectName(QStringLiteral("checkInResults"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(AttendeeListModel::NameColumn, QHeaderView::Stretch);
    m_results->setColumnHidden(AttendeeListModel::CheckedInByColumn, true);
    m_results->setColumnHidden(AttendeeListModel::CodeColumn, true);
    m_log->setAccessibleName(tr("Recent check-ins"));

    connect(m_code, &QLineEdit::returnPressed, this, &CheckInPanel::submitField);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search,
            &QLineEdit::returnPressed,
            this,
            [this]
            {
                m_searchTimer->stop();
                m_model->setSearch(m_search->text());
            });
    connect(m_checkInButton, &QPushButton::clicked, this, &CheckInPanel::checkInSelected);
    // Enabled only with someone selected: a button that does nothing when pressed helps nobody.
    connect(m_results->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CheckInPanel::updateCheckInButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CheckInPanel::updateCheckInButton);
    connect(m_results, &QTableView::doubleClicked, this, &CheckInPanel::checkInSelected);
    connect(m_model,
            &AttendeeListModel::loadFailed,
            this,
            [this](const ApiError &error) { showOutcome(Outcome::Failed, error.userMessage()); });
}

// Offline scans the server did not take, shown only when there are some.
void CheckInPanel::setUpProblems()
{
    m_problems->setModel(m_problemModel);
    m_problems->setObjectName(QStringLiteral("syncProblems"));
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(SyncProblemModel::ResultColumn,
                                                         QHeaderView::Stretch);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setAccessibleName(tr("Offline scans the server did not take"));
    auto *problemLayout = new QVBoxLayout(m_problemBox);
    problemLayout->addWidget(m_problems);
    m_problemBox->setVisible(false);
}

// Scanning on the left, searching on the right, the desk's connection along the bottom.
void CheckInPanel::layOut()
{
    auto *gateLabel = new QLabel(tr("&Gate:"), this);
    gateLabel->setBuddy(m_gate);
    auto *controls = new QHBoxLayout;
    controls->addWidget(gateLabel);
    controls->addWidget(m_gate);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(m_entry);
    controls->addWidget(m_exit);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(m_rapid);
    controls->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addLayout(controls);
    left->addWidget(m_code);
    left->addWidget(m_verdict);
    left->addWidget(m_occupancy);
    left->addWidget(m_counts);
    left->addWidget(new QLabel(tr("Recent:"), this));
    left->addWidget(m_log, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_search);
    right->addWidget(m_results, 1);
    right->addWidget(m_checkInButton);
    right->addWidget(m_problemBox, 1);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_deskStatus, 1);
    statusLine->addWidget(m_syncButton);
    statusLine->addWidget(m_conflictsButton);
    statusLine->addWidget(m_devicesButton);
    statusLine->addWidget(m_badgesButton);
    auto *layout = new QGridLayout(this);
    layout->addLayout(left, 0, 0);
    layout->addLayout(right, 0, 1);
    layout->addLayout(statusLine, 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    setTabOrder(m_code, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_checkInButton);
}

void CheckInPanel::showOnlyWhatTheUserMayDo()
{
    m_devicesButton->setToolTip(tr("Pair, list and revoke the event's door devices"));
    m_badgesButton->setToolTip(tr("Print badges or save them as PDF (checks nobody in)"));
    // Each only for those the server lets do it: door devices for editors, badges for those who see
    // attendees (and their tickets).
    m_devicesButton->setVisible(m_api->may(Capability::EventsEdit) && !m_api->isDoorDevice());
    m_badgesButton->setVisible(m_api->may(Capability::AttendeesBrowse) && !m_api->isDoorDevice());
    connect(m_devicesButton, &QPushButton::clicked, this, &CheckInPanel::openDoorDevices);
    connect(m_badgesButton, &QPushButton::clicked, this, &CheckInPanel::openBadges);
    // A paired door device reads no attendee lists: the search has nothing to offer it.
    if (m_api->isDoorDevice())
    {
        m_search->hide();
        m_results->hide();
        m_checkInButton->hide();
    }
}

// Gate, direction, rapid mode and sync, by key or by mouse; each hands focus back to the scan field.
void CheckInPanel::setUpControls()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot)
    {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F7), [this] { setExit(false); });
    shortcut(QKeySequence(Qt::Key_F8), [this] { setExit(true); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { setRapidMode(!rapidMode()); });
    connect(m_entry, &QRadioButton::toggled, this, [this] { focusScan(); });
    connect(m_gate,
            qOverload<int>(&QComboBox::activated),
            this,
            [this]
            {
                cancelPending();
                updateOccupancy();
                focusScan();
            });
    connect(m_rapid, &QCheckBox::toggled, this, [this] { focusScan(); });
    m_rapidTimer->setSingleShot(true);
    m_rapidTimer->setInterval(kRapidVerdictMs);
    connect(m_rapidTimer,
            &QTimer::timeout,
            this,
            [this]
            {
                if (m_outcome != Outcome::AwaitingConfirmation && m_code->isEnabled())
                    showOutcome(Outcome::None, tr("Ready to scan"));
            });
    connect(m_syncButton,
            &QPushButton::clicked,
            this,
            [this]
            {
                m_desk->syncNow();
                focusScan();
            });
}

void CheckInPanel::followDesk()
{
    connect(m_desk, &DoorDesk::verdictReady, this, &CheckInPanel::showVerdict);
    connect(m_desk, &DoorDesk::listsChanged, this, &CheckInPanel::fillGates);
    connect(m_desk, &DoorDesk::occupancyChanged, this, &CheckInPanel::updateOccupancy);
    connect(m_desk, &DoorDesk::statusChanged, this, &CheckInPanel::updateDeskStatus);
    connect(m_desk, &DoorDesk::problemsChanged, this, &CheckInPanel::updateProblems);
    connect(m_desk, &DoorDesk::conflictsChanged, this, &CheckInPanel::updateConflictsButton);
    connect(m_conflictsButton, &QPushButton::clicked, this, &CheckInPanel::openConflicts);
}

void CheckInPanel::submitField()
{
    const QString code = m_code->text().trimmed();
    m_code->clear(); // ready for the next scan at once
    // Enter on an empty field while someone awaits confirmation: admit them.
    if (code.isEmpty() && m_outcome == Outcome::AwaitingConfirmation)
    {
        confirmPending();
        return;
    }
    submitCode(code);
}

void CheckInPanel::focusScan()
{
    if (!isVisible() || !m_code->isEnabled() || QApplication::activeModalWidget() ||
        QApplication::activePopupWidget())
        return;
    const QWidget *current = window()->focusWidget();
    // Someone is typing (a search with text in it): leave them be. An empty field that got the focus
    // only because it comes first in the window (door staff have no navigation list) is idle.
    if (current && current != m_code && current->isVisible() && takesText(current) && !isEmptyText(current))
        return;
    m_code->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followEvent();
    updateDeskStatus();
    // Application-wide, because keys go to whichever widget has the focus, not to this panel.
    qApp->installEventFilter(this);
    // After the tab widget or stacked page has finished moving the focus itself.
    QTimer::singleShot(0, this, &CheckInPanel::focusScan);
}

void CheckInPanel::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    QWidget::hideEvent(event);
    // The status bar drops the desk's state while the desk is out of sight.
    emit deskStatusChanged(QString());
}

bool CheckInPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Esc lets the person awaiting confirmation go, wherever the focus is in this window.
    if (event->type() == QEvent::KeyPress && m_outcome == Outcome::AwaitingConfirmation &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == window() && !QApplication::activeModalWidget())
    {
        cancelPending();
        return true;
    }
    if (event->type() == QEvent::KeyPress && watched->isWidgetType() &&
        routeKey(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event)))
        return true;
    // A dialog closed (or the person came back to the window): the desk is idle again.
    if (event->type() == QEvent::WindowActivate && watched == window())
        QTimer::singleShot(0, this, &CheckInPanel::focusScan);
    return QWidget::eventFilter(watched, event);
}

bool CheckInPanel::routeKey(QWidget *target, const QKeyEvent *key)
{
    if (target == m_code || !isVisible() || !m_code->isEnabled() || target->window() != window() ||
        takesText(target) || QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return false;
    if ((key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != Qt::NoModifier)
        return false; // shortcuts keep working
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
    {
        // The Enter that ends a scan whose first keys were routed here.
        if (m_code->text().trimmed().isEmpty())
            return false;
        m_code->setFocus(Qt::OtherFocusReason);
        submitField();
        return true;
    }
    const QString text = key->text();
    // Printable characters only: Space still presses the focused button, arrows still move in the table.
    if (text.isEmpty() ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); }))
        return false;
    m_code->setFocus(Qt::OtherFocusReason);
    m_code->insert(text);
    return true;
}

CheckInPanel::Outcome CheckInPanel::lastOutcome() const
{
    return m_outcome;
}

QString CheckInPanel::verdictText() const
{
    return m_verdict->text();
}

QString CheckInPanel::occupancyText() const
{
    return m_occupancy->text();
}

QString CheckInPanel::deskStatusText() const
{
    return m_deskStatus->text();
}

QLineEdit *CheckInPanel::codeField() const
{
    return m_code;
}

QLineEdit *CheckInPanel::searchField() const
{
    return m_search;
}

AttendeeListModel *CheckInPanel::searchModel() const
{
    return m_model;
}

SyncProblemModel *CheckInPanel::problemModel() const
{
    return m_problemModel;
}

DoorDesk *CheckInPanel::desk() const
{
    return m_desk;
}

void CheckInPanel::setRealtime(RealtimeClient *realtime)
{
    m_desk->setRealtime(realtime);
}

void CheckInPanel::setGate(const QString &listId)
{
    const int index = m_gate->findData(listId);
    if (index >= 0)
        m_gate->setCurrentIndex(index);
    cancelPending();
    updateOccupancy();
}

QString CheckInPanel::gate() const
{
    return m_gate->currentData().toString();
}

void CheckInPanel::setExit(bool exit)
{
    (exit ? m_exit : m_entry)->setChecked(true);
    focusScan();
}

bool CheckInPanel::isExit() const
{
    return m_exit->isChecked();
}

void CheckInPanel::setRapidMode(bool rapid)
{
    m_rapid->setChecked(rapid);
}

bool CheckInPanel::rapidMode() const
{
    return m_rapid->isChecked();
}

QString CheckInPanel::direction() const
{
    return isExit() ? QStringLiteral("exit") : QStringLiteral("entry");
}

void CheckInPanel::setEvent(const std::optional<Event> &event)
{
    const bool changed = (event ? event->id : std::string()) != (m_event ? m_event->id : std::string());
    m_event = event;
    const bool open = event && acceptsCheckIns(event->status);
    m_code->setEnabled(open);
    m_search->setEnabled(open);
    m_gate->setEnabled(open);
    m_devicesButton->setEnabled(open);
    m_badgesButton->setEnabled(event.has_value());
    updateCheckInButton();
    if (!event)
        m_title->setText(tr("Select an event."));
    else
        m_title->setText(open ? tr("Check-in for %1").arg(toQString(event->title))
                              : tr("%1 is %2: check-in is open only while the event is published or active.")
                                    .arg(toQString(event->title), StatusText::event(event->status)));
    if (changed)
    {
        m_pendingCode.clear();
        m_log->clear();
        m_search->clear();
        m_model->setEventId(event ? toQString(event->id) : QString());
        showOutcome(Outcome::None, open ? tr("Ready to scan") : QString());
        focusScan();
    }
    followEvent();
    updateCounts();
}

void CheckInPanel::followEvent()
{
    // Closed events need no door copy: the desk follows only events open for check-in (an event published
    // while selected starts it), and only once the desk has been on screen, so that browsing events does
    // not download every event's snapshot.
    const bool open = m_event && acceptsCheckIns(m_event->status);
    if (!isVisible() && m_desk->eventId().isEmpty())
        return;
    m_desk->setEvent(open ? toQString(m_event->id) : QString());
}

void CheckInPanel::fillGates()
{
    const QString current = gate();
    m_gate->clear();
    for (const DoorListInfo &list : m_desk->lists())
    {
        QString label =
            list.name == QLatin1String("Main entrance") && list.isDefault ? tr("Main entrance") : list.name;
        if (list.allowReentry)
            label += tr(" (re-entry)");
        if (list.requiresConfirmation)
            label += tr(" (confirm)");
        m_gate->addItem(label, list.id);
    }
    int index = m_gate->findData(current);
    if (index < 0)
        for (int i = 0; i < m_gate->count(); ++i)
            if (const auto l = m_desk->list(m_gate->itemData(i).toString()); l && l->isDefault)
                index = i;
    m_gate->setCurrentIndex(std::max(index, 0));
    updateOccupancy();
}

void CheckInPanel::updateCounts()
{
    if (!m_event)
    {
        m_counts->clear();
        return;
    }
    m_counts->setText(
        tr("Checked in: %1 of %2 registered").arg(m_event->counts.checkedIn).arg(m_event->counts.registered));
}

void CheckInPanel::updateOccupancy()
{
    if (!m_event || m_desk->eventId().isEmpty())
    {
        m_occupancy->clear();
        return;
    }
    QString text = tr("Inside now: %1").arg(m_desk->insideTotal());
    if (m_gate->count() > 1)
        text += tr("  ·  at %1: %2").arg(m_gate->currentText()).arg(m_desk->insideAt(gate()));
    if (m_desk->occupancyIsLocal())
        text += tr("  (this desk's count)");
    m_occupancy->setText(text);
}

void CheckInPanel::updateDeskStatus()
{
    const DoorDesk::Status status = m_desk->status();
    QString colour = QStringLiteral("#1e7d32");
    if (status == DoorDesk::Status::Offline)
        colour = QStringLiteral("#b3261e");
    else if (status == DoorDesk::Status::Syncing)
        colour = QStringLiteral("#b26a00");
    m_deskStatus->setText(m_desk->eventId().isEmpty() ? QString() : m_desk->statusText());
    m_deskStatus->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_syncButton->setVisible(!m_desk->eventId().isEmpty());
    updateConflictsButton();
    m_syncButton->setEnabled(m_desk->queuedCount() > 0 && status != DoorDesk::Status::Syncing);
    if (!m_desk->storeOpen())
        m_deskStatus->setText(tr("No offline copy: %1").arg(m_desk->storeError()));
    emit deskStatusChanged(deskStatusForWindow());
}

QString CheckInPanel::deskStatusForWindow() const
{
    return isVisible() && !m_desk->eventId().isEmpty() ? m_deskStatus->text() : QString();
}

void CheckInPanel::updateProblems()
{
    m_problemModel->setProblems(m_desk->problems());
    m_problemBox->setVisible(m_problemModel->rowCount() > 0);
    updateDeskStatus();
}

void CheckInPanel::showOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    QString background;
    switch (outcome)
    {
    case Outcome::CheckedIn:
        background = QStringLiteral("#1e7d32");
        break;
    case Outcome::CheckedOut:
        background = QStringLiteral("#1565c0");
        break;
    case Outcome::AlreadyCheckedIn:
    case Outcome::AwaitingConfirmation:
        background = QStringLiteral("#b26a00");
        break;
    case Outcome::Waitlisted:
    case Outcome::WrongEvent:
    case Outcome::Unknown:
    case Outcome::Closed:
    case Outcome::Failed:
    case Outcome::ReentryRefused:
    case Outcome::NotInside:
    case Outcome::Forged:
        background = QStringLiteral("#b3261e");
        break;
    case Outcome::None:
        break;
    }
    m_verdict->setStyleSheet(
        background.isEmpty()
            ? QString()
            : QStringLiteral("color: white; background: %1; border-radius: 6px; padding: 0.3em;")
                  .arg(background));
    m_verdict->setText(text);
    if (m_rapid->isChecked() && outcome != Outcome::None && outcome != Outcome::AwaitingConfirmation)
        m_rapidTimer->start();
    else
        m_rapidTimer->stop();
}

void CheckInPanel::sound(bool accepted)
{
    // A scanner operator looks at the person, not the screen: one beep admits, two refuse.
    QApplication::beep();
    if (!accepted)
        QTimer::singleShot(180, this, [] { QApplication::beep(); });
}

void CheckInPanel::addLog(const QString &line)
{
    m_log->insertItem(
        0, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + line);
    while (m_log->count() > kLogSize)
        delete m_log->takeItem(m_log->count() - 1);
}

void CheckInPanel::submitCode(const QString &code)
{
    if (code.isEmpty() || !m_event)
        return;
    if (!acceptsCheckIns(m_event->status))
    {
        showOutcome(Outcome::Closed, tr("Check-in is closed for this event."));
        return;
    }
    m_lastCode = code;
    const auto list = m_desk->list(gate());
    if (list && list->requiresConfirmation && !isExit())
    {
        // Shown before anything is sent: staff look at the person, then Enter admits or Esc cancels.
        if (const auto who = m_desk->lookup(code))
        {
            m_pendingCode = code;
            m_pendingName = who->name.isEmpty() ? tr("(WeChat user)") : who->name;
            showOutcome(Outcome::AwaitingConfirmation,
                        tr("Confirm: %1\nEnter admits, Esc cancels").arg(m_pendingName));
            return;
        }
    }
    m_pendingCode.clear();
    showOutcome(Outcome::None, tr("Checking %1…").arg(shortCode(code)));
    m_desk->scan(code, gate(), direction());
}

void CheckInPanel::confirmPending()
{
    if (m_pendingCode.isEmpty())
        return;
    const QString code = m_pendingCode;
    m_pendingCode.clear();
    showOutcome(Outcome::None, tr("Checking %1…").arg(shortCode(code)));
    m_desk->scan(code, gate(), direction());
}

void CheckInPanel::cancelPending()
{
    if (m_pendingCode.isEmpty())
        return;
    m_pendingCode.clear();
    addLog(tr("%1 – not confirmed, not let in").arg(m_pendingName));
    showOutcome(Outcome::None, tr("Cancelled. Ready to scan"));
    focusScan();
}

void CheckInPanel::showVerdict(const DoorVerdict &v)
{
    using Kind = DoorVerdict::Kind;
    const QString name = v.attendeeName.isEmpty()
                             ? (v.attendeeId.isEmpty() ? shortCode(v.code) : tr("(WeChat user)"))
                             : v.attendeeName;
    Outcome outcome = Outcome::Failed;
    QString text;
    QString log;
    switch (v.kind)
    {
    case Kind::Admitted:
        outcome = Outcome::CheckedIn;
        text = tr("✓ Checked in\n%1").arg(name);
        log = tr("%1 – checked in").arg(name);
        break;
    case Kind::Left:
        outcome = Outcome::CheckedOut;
        text = tr("Checked out\n%1").arg(name);
        log = tr("%1 – checked out").arg(name);
        break;
    case Kind::AlreadyInside:
        outcome = Outcome::AlreadyCheckedIn;
        text = tr("Already checked in\n%1 is inside already.").arg(name);
        log = tr("%1 – already checked in").arg(name);
        break;
    case Kind::ReentryRefused:
        outcome = Outcome::ReentryRefused;
        text = tr("No re-entry\n%1 left earlier; this gate does not allow re-entry.").arg(name);
        log = tr("%1 – re-entry refused").arg(name);
        break;
    case Kind::NotInside:
        outcome = Outcome::NotInside;
        text = tr("Not inside\n%1 has not entered here, so cannot leave.").arg(name);
        log = tr("%1 – exit refused, not inside").arg(name);
        break;
    case Kind::Unknown:
        outcome = Outcome::Unknown;
        text = tr("Unknown code\n%1 is not a ticket of this event.").arg(shortCode(v.code));
        log = tr("%1 – refused").arg(shortCode(v.code));
        break;
    case Kind::WrongEvent:
        outcome = Outcome::WrongEvent;
        text = tr("Wrong event\nThis ticket is for another event.");
        log = tr("%1 – refused").arg(shortCode(v.code));
        break;
    case Kind::Forged:
        outcome = Outcome::Forged;
        text = tr("Forged ticket\nIts signature is not this event's. Do not let them in.");
        log = tr("%1 – forged ticket").arg(shortCode(v.code));
        break;
    case Kind::Cancelled:
        text = tr("Registration cancelled\nThis ticket is no longer valid.");
        log = tr("%1 – refused").arg(name);
        break;
    case Kind::Waitlisted:
        outcome = Outcome::Waitlisted;
        text = tr("Waitlisted: %1\nThis person has no seat yet; do not let them in.").arg(name);
        log = tr("%1 – waitlisted, not let in").arg(name);
        break;
    case Kind::NotAdmitted:
        text = tr("Not admitted\n%1: this registration does not admit anyone.").arg(name);
        log = tr("%1 – refused").arg(name);
        break;
    case Kind::Closed:
        outcome = Outcome::Closed;
        text = tr("Check-in is closed for this event.");
        log = tr("%1 – refused").arg(name);
        break;
    case Kind::Failed:
        text = v.message.isEmpty() ? tr("The scan could not be decided.") : v.message;
        log = tr("%1 – not decided").arg(name);
        break;
    }
    if (v.offline)
    {
        text += tr("\n(decided on this desk, offline)");
        log += tr(" (offline)");
    }
    showOutcome(outcome, text);
    addLog(log);
    sound(v.accepted());
    if (v.kind == Kind::Waitlisted && v.attendeeName.isEmpty() && !v.code.isEmpty())
        nameWaitlisted(v.code);
    if (v.accepted() && !v.offline)
        refetchEvent();
    focusScan();
}

void CheckInPanel::nameWaitlisted(const QString &label)
{
    // The refusal carries no name and this desk's copy has none (not loaded yet): a scanned code is looked
    // up (door staff may search by code) so the verdict and the log say who it is.
    if (!m_event || m_api->isDoorDevice())
        return;
    ListQuery query;
    query.search = label;
    query.pageSize = 2;
    const QString eventId = toQString(m_event->id);
    m_api->listAttendees(
        eventId,
        query,
        this,
        [this, label, eventId](const ApiResult<ListPage<Attendee>> &result)
        {
            if (!result.ok() || result.value->items.size() != 1 || !m_event ||
                toQString(m_event->id) != eventId || m_outcome != Outcome::Waitlisted)
                return;
            const Attendee &attendee = result.value->items.front();
            const QString name = displayName(attendee);
            showOutcome(Outcome::Waitlisted,
                        tr("Waitlisted: %1\nThis person has no seat yet; do not let them in.").arg(name));
            if (QListWidgetItem *item = m_log->item(0))
                item->setText(item->text().replace(shortCode(label), name));
        });
}

void CheckInPanel::updateCheckInButton()
{
    const bool open = m_event && acceptsCheckIns(m_event->status);
    m_checkInButton->setEnabled(open && m_results->selectionModel()->hasSelection());
}

void CheckInPanel::refetchEvent()
{
    if (!m_event || m_api->isDoorDevice())
        return;
    m_api->getEvent(toQString(m_event->id),
                    this,
                    [this](const ApiResult<Event> &result)
                    {
                        if (!result.ok() || !m_event || result.value->id != m_event->id)
                            return;
                        m_event = *result.value;
                        updateCounts();
                        emit eventUpdated(*result.value);
                    });
}

void CheckInPanel::checkInSelected()
{
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Attendee *attendee = m_model->attendeeAt(rows.first().row());
    if (!attendee)
        return;
    if (attendee->status != AttendeeStatus::Registered)
    {
        showOutcome(Outcome::Failed,
                    tr("%1 is %2, not registered.")
                        .arg(displayName(*attendee), StatusText::attendee(attendee->status)));
        return;
    }
    // By id, not code: door staff never see ticket codes (the server leaves them out), and the server
    // records this check-in as manual.
    submitAttendee(*attendee);
    m_code->setFocus();
}

void CheckInPanel::submitAttendee(const Attendee &attendee)
{
    if (!m_event)
        return;
    if (!acceptsCheckIns(m_event->status))
    {
        showOutcome(Outcome::Closed, tr("Check-in is closed for this event."));
        return;
    }
    m_pendingCode.clear();
    showOutcome(Outcome::None, tr("Checking %1…").arg(displayName(attendee)));
    m_desk->scanAttendee(toQString(attendee.id), gate(), direction());
}

void CheckInPanel::openDoorDevices()
{
    if (!m_event)
        return;
    QHash<QString, QString> names;
    for (const DoorListInfo &list : m_desk->lists())
        names.insert(list.id, list.name);
    auto *dialog =
        new DoorDevicesDialog(m_api, toQString(m_event->id), toQString(m_event->title), names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CheckInPanel::updateConflictsButton()
{
    m_conflictsButton->setVisible(!m_desk->eventId().isEmpty());
    const auto count = static_cast<int>(m_desk->conflicts().size());
    m_conflictsButton->setText(count > 0 ? tr("C&onflicts (%1)…").arg(count) : tr("C&onflicts…"));
}

void CheckInPanel::openConflicts()
{
    if (!m_event || m_desk->eventId().isEmpty())
        return;
    if (m_conflictsDialog)
    {
        m_conflictsDialog->raise();
        m_conflictsDialog->activateWindow();
        m_conflictsDialog->refresh();
        return;
    }
    m_conflictsDialog = new CheckinConflictsDialog(m_desk, toQString(m_event->title), this);
    m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Back to the code field when it closes: the scanner's next keystrokes must land there.
    connect(m_conflictsDialog, &QDialog::finished, this, [this] { focusScan(); });
    m_conflictsDialog->open();
}

CheckinConflictsDialog *CheckInPanel::conflictsDialog() const
{
    return m_conflictsDialog;
}

void CheckInPanel::openBadges()
{
    if (!m_event)
        return;
    auto *dialog = new BadgeDialog(m_api, *m_event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace nextevent::console
