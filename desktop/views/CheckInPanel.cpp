// SPDX-License-Identifier: MIT
#include "desktop/views/CheckInPanel.h"

#include <algorithm>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include "nextevent/EventLifecycle.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/Convert.h"
#include "desktop/models/StatusText.h"

namespace nextevent::console
{
namespace
{
constexpr int kLogSize = 12;

QString displayName(const Attendee &attendee)
{
    return attendee.name.empty() ? CheckInPanel::tr("(WeChat user)") : toQString(attendee.name);
}

/// Whether the server's 404/409 says the code belongs to another event (rather than to none).
bool mentionsOtherEvent(const ApiError &error)
{
    if (error.is(ErrorCode::Conflict))
        return true;
    for (const FieldError &detail : error.details())
    {
        const QString text = toQString(detail.field + ' ' + detail.message).toLower();
        if (text.contains(QLatin1String("event")))
            return true;
    }
    const QString message = error.serverMessage().toLower();
    return message.contains(QLatin1String("another event")) ||
           message.contains(QLatin1String("different event")) ||
           message.contains(QLatin1String("other event"));
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

CheckInPanel::CheckInPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_log(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_checkInButton(new QPushButton(tr("Check in &selected"), this))
    , m_model(new AttendeeListModel(api, this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("checkInPanel"));
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
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search->setPlaceholderText(tr("No ticket? Search by name or phone (3+ characters, or 2 Chinese)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search attendee"));
    m_model->setSearchRequired(true); // door staff may search, never browse
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(AttendeeListModel::NameColumn, QHeaderView::Stretch);
    m_results->setColumnHidden(AttendeeListModel::CheckedInByColumn, true);
    m_results->setColumnHidden(AttendeeListModel::CodeColumn, true);
    m_log->setAccessibleName(tr("Recent check-ins"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_code);
    left->addWidget(m_verdict);
    left->addWidget(m_counts);
    left->addWidget(new QLabel(tr("Recent:"), this));
    left->addWidget(m_log, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_search);
    right->addWidget(m_results, 1);
    right->addWidget(m_checkInButton);
    auto *layout = new QGridLayout(this);
    layout->addLayout(left, 0, 0);
    layout->addLayout(right, 0, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    setTabOrder(m_code, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_checkInButton);

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
    setEvent(std::nullopt);
}

void CheckInPanel::submitField()
{
    const QString code = m_code->text().trimmed();
    m_code->clear(); // ready for the next scan at once
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
    // Application-wide, because keys go to whichever widget has the focus, not to this panel.
    qApp->installEventFilter(this);
    // After the tab widget or stacked page has finished moving the focus itself.
    QTimer::singleShot(0, this, &CheckInPanel::focusScan);
}

void CheckInPanel::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    QWidget::hideEvent(event);
}

bool CheckInPanel::eventFilter(QObject *watched, QEvent *event)
{
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

void CheckInPanel::setEvent(const std::optional<Event> &event)
{
    const bool changed = (event ? event->id : std::string()) != (m_event ? m_event->id : std::string());
    m_event = event;
    const bool open = event && acceptsCheckIns(event->status);
    m_code->setEnabled(open);
    m_search->setEnabled(open);
    updateCheckInButton();
    if (!event)
        m_title->setText(tr("Select an event."));
    else
        m_title->setText(open ? tr("Check-in for %1").arg(toQString(event->title))
                              : tr("%1 is %2: check-in is open only while the event is published or active.")
                                    .arg(toQString(event->title), StatusText::event(event->status)));
    if (changed)
    {
        m_log->clear();
        m_search->clear();
        m_model->setEventId(event ? toQString(event->id) : QString());
        showOutcome(Outcome::None, open ? tr("Ready to scan") : QString());
        focusScan();
    }
    updateCounts();
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

void CheckInPanel::showOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    QString background;
    switch (outcome)
    {
    case Outcome::CheckedIn:
        background = QStringLiteral("#1e7d32");
        break;
    case Outcome::AlreadyCheckedIn:
        background = QStringLiteral("#b26a00");
        break;
    case Outcome::Waitlisted:
    case Outcome::WrongEvent:
    case Outcome::Unknown:
    case Outcome::Closed:
    case Outcome::Failed:
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
    showOutcome(Outcome::None, tr("Checking %1…").arg(code));
    m_api->checkIn(toQString(m_event->id),
                   code,
                   this,
                   [this, code](const ApiResult<CheckInResult> &result)
                   {
                       if (result.ok())
                           handleResult(code, *result.value);
                       else
                           handleError(code, result.error);
                   });
}

void CheckInPanel::handleResult(const QString &code, const CheckInResult &result)
{
    const QString name = displayName(result.attendee);
    const QString time =
        result.attendee.checkedInAt
            ? QLocale().toString(toQDateTime(*result.attendee.checkedInAt).time(), QStringLiteral("HH:mm"))
            : QString();
    if (result.alreadyCheckedIn)
    {
        showOutcome(Outcome::AlreadyCheckedIn, tr("Already checked in at %1\n%2").arg(time, name));
        m_log->insertItem(0,
                          tr("%1  %2 – already checked in (%3)")
                              .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), name, code));
    }
    else
    {
        showOutcome(Outcome::CheckedIn, tr("✓ Checked in\n%1").arg(name));
        m_log->insertItem(0, tr("%1  %2 – checked in").arg(time, name));
    }
    while (m_log->count() > kLogSize)
        delete m_log->takeItem(m_log->count() - 1);
    m_model->updateAttendee(result.attendee);
    refetchEvent();
    focusScan();
}

void CheckInPanel::handleError(const QString &code, const ApiError &error)
{
    Outcome outcome = Outcome::Failed;
    QString text = error.userMessage();
    // The server names the reason in details[].message of the field "code".
    std::string reason;
    for (const FieldError &detail : error.details())
        if (detail.field == "code")
            reason = detail.message;
    if (reason == "wrong_event")
    {
        outcome = Outcome::WrongEvent;
        text = tr("Wrong event\nThis ticket is for another event.");
    }
    else if (reason == "unknown" || error.is(ErrorCode::Validation))
    {
        outcome = Outcome::Unknown;
        text = tr("Unknown code\n%1 is not a ticket of this event.").arg(code);
    }
    else if (reason == "cancelled")
        text = tr("Registration cancelled\nThis ticket is no longer valid.");
    else if (reason == "waitlisted")
    {
        outcome = Outcome::Waitlisted;
        text = tr("Waitlisted: %1\nThis person has no seat yet; do not let them in.").arg(code);
        nameWaitlisted(code);
    }
    else if (reason == "event_closed")
    {
        outcome = Outcome::Closed;
        text = tr("Check-in is closed for this event.");
    }
    else if (error.is(ErrorCode::NotFound) || error.is(ErrorCode::Conflict))
    {
        if (mentionsOtherEvent(error))
        {
            outcome = Outcome::WrongEvent;
            text = tr("Wrong event\nThis ticket is for another event.");
        }
        else
        {
            outcome = Outcome::Unknown;
            text = tr("Unknown code\n%1 is not a ticket of this event.").arg(code);
        }
    }
    showOutcome(outcome, text);
    const QString now = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    m_log->insertItem(0,
                      outcome == Outcome::Waitlisted ? tr("%1  %2 – waitlisted, not let in").arg(now, code)
                                                     : tr("%1  %2 – refused").arg(now, code));
    while (m_log->count() > kLogSize)
        delete m_log->takeItem(m_log->count() - 1);
    focusScan();
}

void CheckInPanel::nameWaitlisted(const QString &label)
{
    // The refusal carries no name; a scanned code is looked up (door staff may search by code) so the
    // verdict and the log say who it is. A manual check-in already passed the name as the label.
    if (!m_event)
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
                item->setText(item->text().replace(label, name));
        });
}

void CheckInPanel::updateCheckInButton()
{
    const bool open = m_event && acceptsCheckIns(m_event->status);
    m_checkInButton->setEnabled(open && m_results->selectionModel()->hasSelection());
}

void CheckInPanel::refetchEvent()
{
    if (!m_event)
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
    const QString label = displayName(attendee);
    showOutcome(Outcome::None, tr("Checking %1…").arg(label));
    m_api->checkInAttendee(toQString(m_event->id),
                           toQString(attendee.id),
                           this,
                           [this, label](const ApiResult<CheckInResult> &result)
                           {
                               if (result.ok())
                                   handleResult(label, *result.value);
                               else
                                   handleError(label, result.error);
                           });
}

} // namespace nextevent::console
