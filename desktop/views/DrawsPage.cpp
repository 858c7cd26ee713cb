// SPDX-License-Identifier: MIT
#include "desktop/views/DrawsPage.h"

#include <memory>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QWindow>

#include "nextevent/Json.h"

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/DrawListModel.h"
#include "desktop/models/DrawVerifier.h"
#include "desktop/models/EventChoice.h"
#include "desktop/views/Confirm.h"
#include "desktop/views/DrawScreen.h"

namespace nextevent::console
{
using nlohmann::json;

// ---------------------------------------------------------------- DrawDialog

DrawDialog::DrawDialog(ApiClient *api, const QString &eventId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_eventId(eventId)
    , m_title(new QLineEdit(this))
    , m_pool(new QComboBox(this))
    , m_survey(new QComboBox(this))
    , m_winners(new QSpinBox(this))
    , m_exclude(new QCheckBox(tr("Leave out those who won an earlier draw of this event"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("drawDialog"));
    setWindowTitle(tr("New draw"));
    m_title->setObjectName(QStringLiteral("drawTitleEdit"));
    m_title->setPlaceholderText(tr("The prize, as the big screen shows it"));
    m_pool->setObjectName(QStringLiteral("drawPoolCombo"));
    m_pool->addItem(tr("Checked-in attendees"), QStringLiteral("checked_in"));
    m_pool->addItem(tr("Registered attendees"), QStringLiteral("registered"));
    m_pool->addItem(tr("Attendees who answered a survey"), QStringLiteral("respondents"));
    m_survey->setObjectName(QStringLiteral("drawSurveyCombo"));
    m_winners->setObjectName(QStringLiteral("drawWinnersSpin"));
    m_winners->setRange(1, 1000);
    m_winners->setValue(1);
    m_exclude->setObjectName(QStringLiteral("drawExcludeCheck"));
    m_exclude->setChecked(true);
    m_error->setObjectName(QStringLiteral("drawDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Prize"), m_title);
    form->addRow(tr("P&ool"), m_pool);
    form->addRow(tr("&Survey"), m_survey);
    form->addRow(tr("&Winners"), m_winners);
    form->addRow(QString(), m_exclude);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create draw"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("The pool is fixed and the commitment published when the draw is created."), this));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DrawDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &DrawDialog::updatePool);

    // The event's surveys, for a pool of respondents.
    ListQuery query;
    query.pageSize = 100;
    m_api->listSurveys(query,
                       this,
                       [this](const ApiResult<ListPage<Survey>> &result)
                       {
                           if (!result.ok())
                               return;
                           for (const Survey &s : result.value->items)
                               if (s.eventId && toQString(*s.eventId) == m_eventId)
                                   m_survey->addItem(toQString(s.title), toQString(s.id));
                           updatePool();
                       });
    updatePool();
}

void DrawDialog::updatePool()
{
    const bool respondents = m_pool->currentData().toString() == QLatin1String("respondents");
    m_survey->setEnabled(respondents && m_survey->count() > 0);
    if (respondents && m_survey->count() == 0)
        m_survey->setPlaceholderText(tr("This event has no surveys"));
}

json DrawDialog::body() const
{
    json body{{"title", toStdString(m_title->text().trimmed())},
              {"pool", toStdString(m_pool->currentData().toString())},
              {"winners", m_winners->value()},
              {"excludePreviousWinners", m_exclude->isChecked()}};
    if (m_pool->currentData().toString() == QLatin1String("respondents") && m_survey->currentIndex() >= 0)
        body["surveyId"] = toStdString(m_survey->currentData().toString());
    return body;
}

void DrawDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DrawDialog::submit()
{
    if (m_title->text().trimmed().isEmpty())
    {
        showError(tr("Name the prize."));
        m_title->setFocus();
        return;
    }
    if (m_pool->currentData().toString() == QLatin1String("respondents") && m_survey->currentIndex() < 0)
    {
        showError(tr("Choose the survey whose respondents take part."));
        return;
    }
    showError({});
    m_ok->setEnabled(false);
    m_api->createDraw(m_eventId,
                      body(),
                      this,
                      [this](const ApiResult<json> &result)
                      {
                          m_ok->setEnabled(true);
                          if (!result.ok())
                          {
                              QStringList lines{result.error.userMessage()};
                              for (const FieldError &e : result.error.details())
                                  if (e.code)
                                      lines << ApiError::fieldLabel(e.field) + QLatin1Char(' ') +
                                                   ApiError::fieldMessage(e);
                              showError(lines.join(QLatin1Char('\n')));
                              return;
                          }
                          emit created(*result.value);
                          accept();
                      });
}

QLineEdit *DrawDialog::titleEdit() const
{
    return m_title;
}

QComboBox *DrawDialog::poolCombo() const
{
    return m_pool;
}

QComboBox *DrawDialog::surveyCombo() const
{
    return m_survey;
}

QSpinBox *DrawDialog::winnersSpin() const
{
    return m_winners;
}

QCheckBox *DrawDialog::excludeCheck() const
{
    return m_exclude;
}

QString DrawDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// ---------------------------------------------------------------- DrawsPage

DrawsPage::DrawsPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_model(new DrawListModel(api, this))
    , m_event(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_winners(new QListWidget(this))
    , m_verification(new QLabel(this))
    , m_new(new QPushButton(tr("&New draw…"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_redraw(new QPushButton(tr("Re&draw…"), this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_exportPdf(new QPushButton(tr("Export P&DF…"), this))
    , m_screen(new QPushButton(tr("&Big screen"), this))
{
    setObjectName(QStringLiteral("drawsPage"));
    m_event->setObjectName(QStringLiteral("drawEventCombo"));
    m_event->setMinimumContentsLength(30);
    m_table->setObjectName(QStringLiteral("drawTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(DrawListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_details->setObjectName(QStringLiteral("drawDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_winners->setObjectName(QStringLiteral("drawWinners"));
    m_verification->setObjectName(QStringLiteral("drawVerification"));
    m_verification->setWordWrap(true);
    for (QPushButton *b : {m_new, m_run, m_redraw, m_verify, m_exportJson, m_exportPdf, m_screen})
        b->setAutoDefault(false);
    m_new->setObjectName(QStringLiteral("newDrawButton"));
    m_run->setObjectName(QStringLiteral("runDrawButton"));
    m_redraw->setObjectName(QStringLiteral("redrawButton"));
    m_verify->setObjectName(QStringLiteral("verifyDrawButton"));
    m_screen->setObjectName(QStringLiteral("bigScreenButton"));
    m_screen->setToolTip(tr("The draw on a full screen for the hall: Space draws, R redraws, N next round."));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *eventLabel = new QLabel(tr("&Event"), this);
    eventLabel->setBuddy(m_event);
    top->addWidget(eventLabel);
    top->addWidget(m_event, 1);
    top->addWidget(m_new);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    left->addWidget(m_details);
    left->addWidget(m_verification);
    left->addStretch();
    detailLayout->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    auto *winnersLabel = new QLabel(tr("W&inners"), detail);
    winnersLabel->setBuddy(m_winners);
    right->addWidget(winnersLabel);
    right->addWidget(m_winners, 1);
    detailLayout->addLayout(right, 2);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_redraw, m_verify, m_exportJson, m_exportPdf, m_screen})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);

    connect(m_event,
            &QComboBox::currentIndexChanged,
            this,
            [this]
            {
                m_model->setEventId(m_event->currentData().toString());
                showSelected();
            });
    connect(m_model,
            &DrawListModel::loaded,
            this,
            [this]
            {
                if (!m_pendingDraw.isEmpty())
                    selectDraw(std::exchange(m_pendingDraw, QString()));
                else if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
                    m_table->selectRow(m_model->rowCount() - 1);
                showSelected();
            });
    connect(m_model, &DrawListModel::loadFailed, this, &DrawsPage::fail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DrawsPage::showSelected);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DrawsPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &DrawsPage::createNew);
    connect(m_run, &QPushButton::clicked, this, [this] { runSelected(); });
    connect(m_redraw, &QPushButton::clicked, this, &DrawsPage::requestRedraw);
    connect(m_verify, &QPushButton::clicked, this, &DrawsPage::verifySelected);
    connect(m_exportJson,
            &QPushButton::clicked,
            this,
            [this]
            {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export draw record"), tr("draw-record.json"), tr("JSON (*.json)"));
                if (!path.isEmpty())
                    exportJson(path);
            });
    connect(m_exportPdf,
            &QPushButton::clicked,
            this,
            [this]
            {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export draw record"), tr("draw-record.pdf"), tr("PDF (*.pdf)"));
                if (!path.isEmpty())
                    exportPdf(path);
            });
    connect(m_screen, &QPushButton::clicked, this, &DrawsPage::openBigScreen);
    if (m_realtime)
        connect(m_realtime,
                &RealtimeClient::topicChanged,
                this,
                [this](const QString &topic, const json &draw)
                {
                    if (topic == m_subscribed)
                        m_model->putDraw(draw);
                });
    showSelected();
}

DrawsPage::~DrawsPage()
{
    if (m_realtime && !m_subscribed.isEmpty())
        m_realtime->unsubscribe(m_subscribed);
}

QString DrawsPage::title() const
{
    return tr("Draws");
}

void DrawsPage::activate()
{
    if (!m_eventsLoaded)
        loadEvents(m_pendingEvent);
}

void DrawsPage::reload()
{
    loadEvents(eventId());
    m_model->reload();
}

void DrawsPage::loadEvents(const QString &choose)
{
    m_eventsLoaded = true;
    ListQuery query;
    query.pageSize = 100;
    query.sort = QStringLiteral("startDate");
    query.descending = true;
    m_api->listEvents(query,
                      this,
                      [this, choose](const ApiResult<ListPage<Event>> &result)
                      {
                          if (!result.ok())
                          {
                              fail(result.error);
                              return;
                          }
                          const QString keep = choose.isEmpty() ? eventId() : choose;
                          const QSignalBlocker blocker(m_event);
                          m_event->clear();
                          for (const Event &e : result.value->items)
                              m_event->addItem(toQString(e.title), toQString(e.id));
                          const int index = m_event->findData(keep);
                          m_event->setCurrentIndex(
                              index >= 0 ? index : preferredEvent(result.value->items, nextevent::now()));
                          m_model->setEventId(m_event->currentData().toString());
                          showSelected();
                      });
}

void DrawsPage::chooseEvent(const QString &id)
{
    const int index = m_event->findData(id);
    if (index >= 0)
        m_event->setCurrentIndex(index);
    else
    {
        m_pendingEvent = id;
        loadEvents(id);
    }
}

QString DrawsPage::eventId() const
{
    return m_event->currentData().toString();
}

DrawListModel *DrawsPage::model() const
{
    return m_model;
}

QTableView *DrawsPage::table() const
{
    return m_table;
}

QListWidget *DrawsPage::winnerList() const
{
    return m_winners;
}

void DrawsPage::selectDraw(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_pendingDraw = id;
}

std::optional<json> DrawsPage::selectedDraw() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->jsonAt(rows.front().row());
}

QString DrawsPage::detailsText() const
{
    QString text = m_details->text();
    for (int i = 0; i < m_winners->count(); ++i)
        text += QLatin1Char('\n') + m_winners->item(i)->text();
    return text;
}

QString DrawsPage::verificationText() const
{
    return m_verification->text();
}

bool DrawsPage::createNew()
{
    if (!m_api->may(Capability::DrawsRun) || eventId().isEmpty())
        return false;
    auto *dialog = new DrawDialog(m_api, eventId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &DrawDialog::created,
            this,
            [this](const json &draw)
            {
                const int row = m_model->putDraw(draw);
                if (row >= 0)
                    m_table->selectRow(row);
                emit statusMessage(tr("Draw created; its commitment is published."));
            });
    dialog->open();
    return true;
}

void DrawsPage::subscribeSelected()
{
    const auto draw = selectedDraw();
    const QString topic =
        draw ? QStringLiteral("draw:") + toQString(draw->value("id", std::string())) : QString();
    if (topic == m_subscribed || !m_realtime)
        return;
    if (!m_subscribed.isEmpty())
        m_realtime->unsubscribe(m_subscribed);
    m_subscribed = topic;
    if (!topic.isEmpty())
        m_realtime->subscribe(topic);
}

void DrawsPage::showSelected()
{
    subscribeSelected();
    m_winners->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
    {
        m_details->setText(m_model->eventId().isEmpty() ? tr("Choose an event.")
                           : m_model->rowCount() == 0 ? tr("This event has no draws yet. Ctrl+N creates one.")
                                                      : tr("Choose a draw."));
        m_verification->clear();
        updateActions();
        return;
    }
    const Draw &d = m_model->drawAt(rows.front().row());
    QStringList lines;
    lines << tr("Prize: %1").arg(toQString(d.title));
    lines << tr("Pool: %1, %n people", nullptr, static_cast<int>(d.poolSize))
                 .arg(DrawListModel::poolText(d.pool));
    lines << tr("Winners asked for: %1").arg(d.winnerCount);
    lines << tr("Pool hash: %1").arg(toQString(d.poolHash));
    lines << tr("Commitment: %1").arg(toQString(d.commitment));
    lines << (d.seed ? tr("Seed: %1").arg(toQString(*d.seed)) : tr("Seed: secret until the draw runs"));
    lines << tr("Created %1 by %2").arg(formatLocal(d.createdAt), toQString(d.createdBy));
    if (d.runAt)
        lines << tr("Run %1").arg(formatLocal(d.runAt));
    m_details->setText(lines.join(QLatin1Char('\n')));
    for (const DrawWinner &w : d.winners)
        m_winners->addItem(
            tr("%1. %2  %3").arg(w.round).arg(toQString(w.displayName), toQString(w.maskedPhone)));
    for (const DrawWinner &w : d.replaced)
        m_winners->addItem(tr("%1. %2  %3 — replaced (absent)")
                               .arg(w.round)
                               .arg(toQString(w.displayName), toQString(w.maskedPhone)));
    if (d.state != DrawState::Done)
        m_verification->setText(tr("Not run yet: the seed behind the commitment is revealed by the run."));
    updateActions();
}

void DrawsPage::updateActions()
{
    const auto draw = selectedDraw();
    const bool runner = m_api->may(Capability::DrawsRun);
    const bool done = draw && draw->value("state", std::string()) == "done";
    m_new->setEnabled(runner && !eventId().isEmpty());
    m_run->setEnabled(runner && draw && !done);
    m_redraw->setEnabled(runner && done);
    m_verify->setEnabled(done);
    m_exportJson->setEnabled(draw.has_value());
    m_exportPdf->setEnabled(draw.has_value());
    m_screen->setEnabled(draw.has_value());
}

void DrawsPage::fail(const ApiError &error)
{
    emit statusMessage(error.userMessage());
}

void DrawsPage::runSelected(bool confirmed)
{
    const auto draw = selectedDraw();
    if (!draw)
        return;
    if (!confirmed &&
        !confirmDestructive(this,
                            tr("Run draw"),
                            tr("Draw %n winner(s) for “%1” now?", nullptr, draw->value("winnerCount", 1))
                                .arg(toQString(draw->value("title", std::string()))),
                            tr("A draw runs once; the seed is revealed and the winners are final (an absent "
                               "winner can be redrawn)."),
                            tr("Run draw")))
        return;
    m_api->runDraw(toQString(draw->value("id", std::string())),
                   this,
                   [this](const ApiResult<json> &result)
                   {
                       if (!result.ok())
                       {
                           fail(result.error);
                           m_model->reload();
                           return;
                       }
                       m_model->putDraw(*result.value);
                       emit statusMessage(tr("Draw run."));
                   });
}

void DrawsPage::requestRedraw()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Draw &d = m_model->drawAt(rows.front().row());
    if (d.winners.empty())
        return;
    QStringList items;
    for (const DrawWinner &w : d.winners)
        items << tr("%1. %2  %3").arg(w.round).arg(toQString(w.displayName), toQString(w.maskedPhone));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Redraw"), tr("Which winner is absent?"), items, 0, false, &ok);
    if (!ok)
        return;
    const auto index = items.indexOf(chosen);
    if (index < 0)
        return;
    const DrawWinner &w = d.winners[static_cast<std::size_t>(index)];
    if (!confirmDestructive(this,
                            tr("Redraw"),
                            tr("Replace %1 with the next pick?").arg(toQString(w.displayName)),
                            tr("%1 stays in the record as replaced and cannot win this draw again.")
                                .arg(toQString(w.displayName)),
                            tr("Redraw")))
        return;
    redraw(toQString(w.attendeeId));
}

void DrawsPage::redraw(const QString &attendeeId)
{
    const auto draw = selectedDraw();
    if (!draw)
        return;
    m_api->redrawWinner(toQString(draw->value("id", std::string())),
                        attendeeId,
                        this,
                        [this](const ApiResult<json> &result)
                        {
                            if (!result.ok())
                            {
                                fail(result.error);
                                return;
                            }
                            m_model->putDraw(*result.value);
                            emit statusMessage(tr("Winner replaced."));
                        });
}

void DrawsPage::prepareRecord(std::function<void(std::optional<DrawRecord>)> done)
{
    const auto draw = selectedDraw();
    if (!draw)
    {
        done(std::nullopt);
        return;
    }
    const QString id = toQString(draw->value("id", std::string()));
    auto record = std::make_shared<DrawRecord>();
    record->eventTitle = m_event->currentText();
    record->exportedBy = toQString(m_api->currentUser().username);
    // Fetched afresh, so the record is what the server says now, not what this page last saw.
    m_api->getDraw(id,
                   this,
                   [this, id, record, done](const ApiResult<json> &got)
                   {
                       if (!got.ok())
                       {
                           fail(got.error);
                           done(std::nullopt);
                           return;
                       }
                       record->draw = *got.value;
                       m_model->putDraw(*got.value);
                       m_api->getDrawPool(
                           id,
                           this,
                           [this, record, done](const ApiResult<json> &pool)
                           {
                               if (!pool.ok())
                               {
                                   fail(pool.error);
                                   done(std::nullopt);
                                   return;
                               }
                               record->pool = *pool.value;
                               std::vector<std::string> ids;
                               for (const auto &item : pool.value->value("items", json::array()))
                                   if (item.is_string())
                                       ids.push_back(item.get<std::string>());
                               try
                               {
                                   record->verification = verifyDraw(drawFromJson(record->draw), ids);
                               }
                               catch (const std::exception &)
                               {
                                   record->verification.problems << tr("The draw could not be read.");
                               }
                               record->exportedAt = QDateTime::currentDateTimeUtc();
                               done(*record);
                           });
                   });
}

void DrawsPage::verifySelected()
{
    prepareRecord(
        [this](std::optional<DrawRecord> record)
        {
            if (!record)
                return;
            const auto &v = record->verification;
            if (v.verified)
                m_verification->setText(
                    tr("✔ Verified: the seed matches the commitment, the pool matches its hash "
                       "and all %n pick(s) were recomputed here.",
                       nullptr,
                       static_cast<int>(v.recomputed.size())));
            else
                m_verification->setText(tr("✘ Not verified:\n%1").arg(v.problems.join(QLatin1Char('\n'))));
            m_verification->setStyleSheet(v.verified ? QStringLiteral("color: #1b5e20;")
                                                     : QStringLiteral("color: #b3261e;"));
            emit verified(v.verified);
        });
}

void DrawsPage::exportJson(const QString &path)
{
    prepareRecord(
        [this, path](std::optional<DrawRecord> record)
        {
            bool ok = false;
            if (record)
            {
                QSaveFile file(path);
                if (file.open(QIODevice::WriteOnly))
                {
                    file.write(QByteArray::fromStdString(drawRecordJson(*record).dump(2)));
                    ok = file.commit();
                }
            }
            emit statusMessage(ok ? tr("Draw record saved to %1.").arg(path)
                                  : tr("Cannot write %1.").arg(path));
            emit exported(path, ok);
        });
}

void DrawsPage::exportPdf(const QString &path)
{
    prepareRecord(
        [this, path](std::optional<DrawRecord> record)
        {
            QString error;
            const bool ok = record && writeDrawRecordPdf(*record, path, &error);
            emit statusMessage(ok ? tr("Draw record saved to %1.").arg(path)
                                  : (error.isEmpty() ? tr("Cannot write %1.").arg(path) : error));
            emit exported(path, ok);
        });
}

DrawScreen *DrawsPage::openBigScreen()
{
    const auto draw = selectedDraw();
    if (!draw)
        return nullptr;
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << toQString(m_model->drawAt(row).id);
    const int round = static_cast<int>(ids.indexOf(toQString(draw->value("id", std::string()))));
    auto *screen = new DrawScreen(
        m_api, m_realtime, eventId(), m_event->currentText(), ids, std::max(0, round), nullptr);
    connect(screen, &DrawScreen::closed, this, [this] { m_model->reload(); });
    // The hall's projector: another screen than the console's when there is one.
    QScreen *target = nullptr;
    const QScreen *own = window() && window()->windowHandle() ? window()->windowHandle()->screen() : nullptr;
    for (QScreen *candidate : QGuiApplication::screens())
        if (candidate != own)
        {
            target = candidate;
            break;
        }
    screen->present(target);
    return screen;
}

} // namespace nextevent::console
