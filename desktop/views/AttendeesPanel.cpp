// SPDX-License-Identifier: MIT
#include "desktop/views/AttendeesPanel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "nextevent/EventLifecycle.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/AttendeeSortFilterProxy.h"
#include "desktop/models/Convert.h"
#include "desktop/models/StatusText.h"
#include "desktop/views/AttendeeDialog.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/ListSearch.h"
#include "desktop/views/PagingBar.h"

namespace nextevent::console
{

AttendeesPanel::AttendeesPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new AttendeeListModel(api, this))
    , m_proxy(new AttendeeSortFilterProxy(m_model, this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_addButton(new QPushButton(tr("Add &attendee…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel &registration"), this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_answerColumn(new QComboBox(this))
    , m_answerFilter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("attendeesPanel"));
    m_search->setPlaceholderText(tr("Search by name, phone or code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search attendees"));
    m_statusFilter->addItem(tr("Everyone"), QString());
    for (AttendeeStatus status : {AttendeeStatus::Registered,
                                  AttendeeStatus::Pending,
                                  AttendeeStatus::Waitlisted,
                                  AttendeeStatus::Offered,
                                  AttendeeStatus::Cancelled,
                                  AttendeeStatus::Rejected})
        m_statusFilter->addItem(StatusText::attendee(status), toQString(std::string(toString(status))));
    m_statusFilter->setAccessibleName(tr("Filter by registration status"));

    m_table->setObjectName(QStringLiteral("attendeeTable"));
    m_table->setModel(m_proxy); // sorted on the server, answers within the page
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttendeeListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttendeeListModel::NameColumn, QHeaderView::Stretch);
    // A long answer may be read in its tooltip; it must not push the name off the table.
    m_table->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 32);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_statusFilter);
    toolbar->addStretch(1);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_cancelButton);
    toolbar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(buildAnswerFilter());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(new PagingBar(m_model, this));

    bindSearch(m_search, m_model);
    connect(m_statusFilter,
            &QComboBox::currentIndexChanged,
            this,
            [this]
            {
                const QString status = m_statusFilter->currentData().toString();
                m_model->setStatusFilter(status);
                // The waitlist is shown in its order.
                if (status == QLatin1String("waitlisted"))
                    m_table->sortByColumn(AttendeeListModel::WaitlistColumn, Qt::AscendingOrder);
            });
    connect(m_addButton, &QPushButton::clicked, this, &AttendeesPanel::addAttendee);
    connect(m_cancelButton, &QPushButton::clicked, this, &AttendeesPanel::cancelSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &AttendeesPanel::exportCsv);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AttendeesPanel::updateActions);
    connect(m_model, &AttendeeListModel::modelReset, this, &AttendeesPanel::updateActions);
    connect(m_model,
            &AttendeeListModel::loadFailed,
            this,
            [this](const ApiError &error)
            { showMessage(tr("Could not load attendees: %1").arg(error.userMessage()), true); });
    updateActions();
}

AttendeeListModel *AttendeesPanel::model() const
{
    return m_model;
}

QTableView *AttendeesPanel::table() const
{
    return m_table;
}

QHBoxLayout *AttendeesPanel::buildAnswerFilter()
{
    m_answerColumn->setObjectName(QStringLiteral("answerFilterColumn"));
    m_answerColumn->setAccessibleName(tr("Filter which answers"));
    m_answerFilter->setObjectName(QStringLiteral("answerFilter"));
    m_answerFilter->setPlaceholderText(tr("Filter this page by answer"));
    m_answerFilter->setClearButtonEnabled(true);
    m_answerFilter->setAccessibleName(tr("Filter by answer"));
    const auto apply = [this]
    {
        const int column = m_answerColumn->currentData().toInt();
        m_proxy->setTextFilter(column, m_answerFilter->text());
        // The answers are right of the fixed columns: bring the filtered one into view.
        if (column >= 0 && m_proxy->rowCount() > 0)
            m_table->scrollTo(m_proxy->index(0, column));
    };
    connect(m_answerFilter, &QLineEdit::textChanged, this, apply);
    connect(m_answerColumn, &QComboBox::currentIndexChanged, this, apply);
    m_answerColumn->hide(); // until the event has a form
    m_answerFilter->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_answerColumn);
    row->addWidget(m_answerFilter, 1);
    return row;
}

void AttendeesPanel::updateAnswerFilter()
{
    const auto &form = m_model->form();
    const QSignalBlocker blocker(m_answerColumn);
    m_answerColumn->clear();
    m_answerColumn->addItem(tr("All answers"), -1);
    for (std::size_t i = 0; i < form.size(); ++i)
        m_answerColumn->addItem(toQString(form[i].label),
                                AttendeeListModel::AnswerColumnsStart + static_cast<int>(i));
    m_answerFilter->clear();
    m_proxy->setTextFilter(-1, QString());
    m_answerColumn->setVisible(!form.empty());
    m_answerFilter->setVisible(!form.empty());
    // With answers to read, the name no longer takes all the spare width.
    m_table->horizontalHeader()->setSectionResizeMode(
        AttendeeListModel::NameColumn, form.empty() ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

const Attendee *AttendeesPanel::selectedAttendee() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->attendeeAt(m_proxy->mapToSource(rows.first()).row());
}

AttendeeSortFilterProxy *AttendeesPanel::proxy() const
{
    return m_proxy;
}

void AttendeesPanel::setEvent(const std::optional<Event> &event)
{
    const QString id = event ? toQString(event->id) : QString();
    m_event = event;
    if (m_model->form() != (event ? event->registrationForm : std::vector<FormField>{}))
    {
        m_model->setForm(event ? event->registrationForm : std::vector<FormField>{});
        updateAnswerFilter();
    }
    if (id != m_model->eventId())
    {
        m_message->hide();
        m_model->setEventId(id);
    }
    updateActions();
}

void AttendeesPanel::reload()
{
    m_model->refresh();
}

void AttendeesPanel::updateActions()
{
    const bool haveEvent = m_event.has_value();
    const Attendee *selected = selectedAttendee();
    m_addButton->setEnabled(haveEvent && acceptsRegistrations(m_event->status));
    m_addButton->setToolTip(haveEvent && !acceptsRegistrations(m_event->status)
                                ? tr("Registration is open only while the event is published or active.")
                                : QString());
    m_cancelButton->setEnabled(selected && selected->status != AttendeeStatus::Cancelled);
    m_exportButton->setEnabled(haveEvent);
    // Viewers may look; only admins and organisers change registrations or export them.
    const bool editor =
        m_api->mayOnEvent(Capability::AttendeesManage, haveEvent ? toQString(m_event->id) : QString());
    m_addButton->setVisible(editor);
    m_cancelButton->setVisible(editor);
    m_exportButton->setVisible(editor);
}

void AttendeesPanel::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AttendeesPanel::addAttendee()
{
    if (!m_event || !acceptsRegistrations(m_event->status))
        return;
    auto *dialog = new AttendeeDialog(toQString(m_event->title), this);
    dialog->setObjectName(QStringLiteral("attendeeDialog"));
    dialog->setRegistrationForm(m_event->registrationForm, static_cast<int>(m_event->maxPartySize));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString eventId = toQString(m_event->id);
    connect(dialog,
            &AttendeeDialog::addRequested,
            this,
            [this, dialog, eventId](const Attendee &attendee)
            {
                m_api->registerAttendee(
                    eventId,
                    attendee,
                    dialog,
                    [this, dialog, eventId](const ApiResult<Attendee> &result)
                    {
                        if (!result.ok())
                        {
                            if (result.error.is(ErrorCode::Validation) && !result.error.details().empty())
                                dialog->showFieldErrors(result.error.details());
                            dialog->showMessage(result.error.userMessage());
                            return;
                        }
                        const Attendee &added = *result.value;
                        showMessage(added.status == AttendeeStatus::Waitlisted
                                        ? tr("%1 is on the waitlist at position %2.")
                                              .arg(toQString(added.name))
                                              .arg(added.waitlistPosition.value_or(0))
                                    : added.status == AttendeeStatus::Pending
                                        ? tr("%1 awaits approval (see Approvals).").arg(toQString(added.name))
                                        : tr("%1 is registered; ticket code %2.")
                                              .arg(toQString(added.name), toQString(added.checkInCode)),
                                    false);
                        dialog->finish();
                        m_model->refresh();
                        emit eventCountsChanged(eventId);
                    });
            });
    dialog->open();
}

void AttendeesPanel::cancelSelected()
{
    const Attendee *attendee = selectedAttendee();
    if (!attendee || !m_event)
        return;
    const QString name = toQString(attendee->name);
    if (!confirmDestructive(this,
                            tr("Cancel registration"),
                            tr("Cancel the registration of %1?").arg(name),
                            tr("Their ticket stops working and the first person on the waitlist moves up."),
                            tr("&Cancel registration"),
                            tr("&Keep registration")))
        return;
    const QString eventId = toQString(m_event->id);
    m_api->cancelAttendee(
        eventId,
        toQString(attendee->id),
        this,
        [this, name, eventId](const ApiResult<Done> &result)
        {
            if (!result.ok())
            {
                showMessage(tr("Could not cancel %1: %2").arg(name, result.error.userMessage()), true);
                return;
            }
            showMessage(tr("Cancelled the registration of %1.").arg(name), false);
            m_model->refresh();
            emit eventCountsChanged(eventId);
        });
}

void AttendeesPanel::exportCsv()
{
    if (!m_event)
        return;
    QString name = toQString(m_event->title).simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + tr("-attendees.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export attendees"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void AttendeesPanel::exportCsvTo(const QString &filePath)
{
    if (!m_event)
        return;
    auto *progress = new QProgressDialog(tr("Downloading the attendee list…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export attendees"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    const int id = m_api->downloadAttendeesCsv(
        toQString(m_event->id),
        filePath,
        progress,
        [progress](qint64 received, qint64 total)
        {
            if (total > 0)
            {
                progress->setMaximum(static_cast<int>(total));
                progress->setValue(static_cast<int>(received));
            }
            progress->setLabelText(tr("Downloading the attendee list… %1 KB").arg(received / 1024));
        },
        [this, progress, filePath](const ApiResult<Done> &result)
        {
            progress->close();
            if (result.ok())
            {
                showMessage(tr("Saved the attendee list to %1.").arg(QDir::toNativeSeparators(filePath)),
                            false);
                emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(filePath)));
            }
            else if (result.error.kind() != ApiError::Kind::Cancelled)
                showMessage(tr("Export failed: %1").arg(result.error.userMessage()), true);
        });
    connect(progress, &QProgressDialog::canceled, this, [this, id] { m_api->cancelDownload(id); });
}

} // namespace nextevent::console
