// SPDX-License-Identifier: MIT
#include "desktop/views/ModerationPage.h"

#include <algorithm>
#include <utility>

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/EventChoice.h"
#include "desktop/models/LiveInteractionModels.h"
#include "desktop/models/LiveRefetch.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
/// Bursts of votes and posts become one refetch per this interval.
constexpr int kRefetchMs = 300;

QListView *makeList(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *list = new QListView(parent);
    list->setObjectName(name);
    list->setModel(model);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setAlternatingRowColors(true);
    return list;
}

int selectedRow(QListView *list)
{
    const QModelIndexList rows = list->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void selectRow(QListView *list, int row)
{
    const int count = list->model()->rowCount();
    if (count == 0)
        return;
    const QModelIndex index = list->model()->index(std::clamp(row, 0, count - 1), 0);
    list->setCurrentIndex(index);
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}
} // namespace

ModerationPage::ModerationPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_questions(new AudienceListModel(AudienceListModel::Kind::Questions, this))
    , m_wall(new AudienceListModel(AudienceListModel::Kind::WallMessages, this))
    , m_bans(new BanListModel(this))
    , m_qaFeed(new LiveRefetch(
          realtime, [this] { fetchQuestions(); }, kRefetchMs, this))
    , m_wallFeed(new LiveRefetch(
          realtime, [this] { fetchWall(); }, kRefetchMs, this))
    , m_events(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_qaList(makeList(QStringLiteral("qaQueue"), m_questions, this))
    , m_wallList(makeList(QStringLiteral("wallQueue"), m_wall, this))
    , m_banList(makeList(QStringLiteral("banList"), m_bans, this))
    , m_reason(new QLineEdit(this))
    , m_qaTitle(new QLabel(this))
    , m_wallTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("moderationPage"));
    // Waiting items first (oldest first, as the queue topic lists them), then those the public sees.
    m_questions->setStates({QStringLiteral("pending"), QStringLiteral("approved")});
    m_wall->setStates({QStringLiteral("pending"), QStringLiteral("approved")});
    m_events->setObjectName(QStringLiteral("moderationEvent"));
    m_events->setMinimumContentsLength(30);
    m_counts->setObjectName(QStringLiteral("moderationCounts"));
    QFont big = m_counts->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_counts->setFont(big);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_reason->setObjectName(QStringLiteral("banReason"));
    m_reason->setPlaceholderText(tr("Reason for the next ban (optional)"));
    m_reason->setMaxLength(200);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *eventLabel = new QLabel(tr("&Event"), this);
    eventLabel->setBuddy(m_events);
    top->addWidget(eventLabel);
    top->addWidget(m_events, 1);
    top->addSpacing(24);
    top->addWidget(m_counts);
    layout->addLayout(top);
    layout->addWidget(m_error);
    auto *keys =
        new QLabel(tr("Keys on a queue: A approve · R reject · Enter answered · P pin or unpin · B ban the "
                      "author · Tab next list. On the ban list: Delete lifts the ban. ⚑ marks text the "
                      "profanity list caught."),
                   this);
    keys->setWordWrap(true);
    layout->addWidget(keys);

    const auto button = [this](const QString &text, const QString &name, auto slot)
    {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus); // the keys work on the list; the buttons are for the mouse
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *queues = new QHBoxLayout;
    auto *qaBox = new QVBoxLayout;
    m_qaTitle->setBuddy(m_qaList);
    qaBox->addWidget(m_qaTitle);
    qaBox->addWidget(m_qaList, 1);
    auto *qaButtons = new QHBoxLayout;
    qaButtons->addWidget(button(tr("Approve (A)"),
                                QStringLiteral("qaApprove"),
                                [this] { moderateQuestion(QStringLiteral("approved"), false); }));
    qaButtons->addWidget(button(tr("Reject (R)"),
                                QStringLiteral("qaReject"),
                                [this] { moderateQuestion(QStringLiteral("rejected"), false); }));
    qaButtons->addWidget(button(tr("Answered (Enter)"),
                                QStringLiteral("qaAnswered"),
                                [this] { moderateQuestion(QStringLiteral("answered"), false); }));
    qaButtons->addWidget(
        button(tr("Pin (P)"), QStringLiteral("qaPin"), [this] { moderateQuestion(QString(), true); }));
    qaButtons->addWidget(
        button(tr("Ban author (B)"), QStringLiteral("qaBan"), [this] { banAuthor(m_qaList); }));
    qaBox->addLayout(qaButtons);
    queues->addLayout(qaBox, 3);
    auto *wallBox = new QVBoxLayout;
    m_wallTitle->setBuddy(m_wallList);
    wallBox->addWidget(m_wallTitle);
    wallBox->addWidget(m_wallList, 1);
    auto *wallButtons = new QHBoxLayout;
    wallButtons->addWidget(button(tr("Approve (A)"),
                                  QStringLiteral("wallApprove"),
                                  [this] { moderateWall(QStringLiteral("approved")); }));
    wallButtons->addWidget(button(tr("Reject (R)"),
                                  QStringLiteral("wallReject"),
                                  [this] { moderateWall(QStringLiteral("rejected")); }));
    wallButtons->addWidget(
        button(tr("Ban author (B)"), QStringLiteral("wallBan"), [this] { banAuthor(m_wallList); }));
    wallBox->addLayout(wallButtons);
    queues->addLayout(wallBox, 2);
    layout->addLayout(queues, 3);
    // The reason goes with the next B (ban) on either queue.
    auto *reasonRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("Ban &reason"), this);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    auto *bansTitle = new QLabel(tr("&Banned respondents"), this);
    bansTitle->setBuddy(m_banList);
    layout->addWidget(bansTitle);
    layout->addWidget(m_banList, 1);
    auto *banRow = new QHBoxLayout;
    banRow->addStretch();
    banRow->addWidget(button(tr("Lift ban (Delete)"), QStringLiteral("liftBan"), [this] { liftBan(); }));
    layout->addLayout(banRow);

    for (QListView *list : {m_qaList, m_wallList, m_banList})
        list->installEventFilter(this);
    connect(m_events,
            &QComboBox::currentIndexChanged,
            this,
            [this] { setEvent(m_events->currentData().toString()); });
    connect(m_questions,
            &AudienceListModel::itemsChanged,
            this,
            [this]
            {
                if (m_qaRow >= 0)
                    selectRow(m_qaList, m_qaRow);
                updateCounts();
            });
    connect(m_wall,
            &AudienceListModel::itemsChanged,
            this,
            [this]
            {
                if (m_wallRow >= 0)
                    selectRow(m_wallList, m_wallRow);
                updateCounts();
            });
    for (QListView *list : {m_qaList, m_wallList, m_banList})
    {
        connect(list->selectionModel(),
                &QItemSelectionModel::currentChanged,
                this,
                &ModerationPage::updateButtons);
        connect(list->selectionModel(),
                &QItemSelectionModel::selectionChanged,
                this,
                &ModerationPage::updateButtons);
        connect(list->model(), &QAbstractItemModel::modelReset, this, &ModerationPage::updateButtons);
        connect(list->model(), &QAbstractItemModel::rowsRemoved, this, &ModerationPage::updateButtons);
    }
    updateCounts();
}

void ModerationPage::updateButtons()
{
    // A button acts on the chosen row of its list: with none chosen (an empty queue) it would do nothing.
    const std::pair<QListView *, QStringList> groups[] = {
        {m_qaList,
         {QStringLiteral("qaApprove"),
          QStringLiteral("qaReject"),
          QStringLiteral("qaAnswered"),
          QStringLiteral("qaPin"),
          QStringLiteral("qaBan")}},
        {m_wallList,
         {QStringLiteral("wallApprove"), QStringLiteral("wallReject"), QStringLiteral("wallBan")}},
        {m_banList, {QStringLiteral("liftBan")}}};
    for (const auto &[list, names] : groups)
    {
        const bool chosen = selectedRow(list) >= 0;
        for (const QString &name : names)
            if (auto *button = findChild<QPushButton *>(name))
                button->setEnabled(chosen);
    }
}

ModerationPage::~ModerationPage() = default;

QString ModerationPage::title() const
{
    return tr("Moderation");
}

void ModerationPage::activate()
{
    if (!m_loaded)
        reload();
}

void ModerationPage::reload()
{
    m_loaded = true;
    m_error->hide();
    loadEvents();
    if (!m_eventId.isEmpty())
    {
        fetchQuestions();
        fetchWall();
        fetchBans();
    }
}

void ModerationPage::chooseEvent(const QString &id)
{
    m_wanted = id;
    const int index = m_events->findData(id);
    if (index >= 0)
        m_events->setCurrentIndex(index);
    else
        reload();
}

QString ModerationPage::eventId() const
{
    return m_eventId;
}

AudienceListModel *ModerationPage::questions() const
{
    return m_questions;
}

AudienceListModel *ModerationPage::wallMessages() const
{
    return m_wall;
}

BanListModel *ModerationPage::bans() const
{
    return m_bans;
}

QListView *ModerationPage::questionList() const
{
    return m_qaList;
}

QListView *ModerationPage::wallList() const
{
    return m_wallList;
}

QListView *ModerationPage::banList() const
{
    return m_banList;
}

QString ModerationPage::countsText() const
{
    return m_counts->text();
}

int ModerationPage::actionsDone() const
{
    return m_actions;
}

void ModerationPage::loadEvents()
{
    ListQuery query;
    query.pageSize = 100;
    query.sort = QStringLiteral("startDate");
    query.descending = true;
    m_api->listEvents(
        query,
        this,
        [this](const ApiResult<ListPage<Event>> &result)
        {
            if (!result.ok())
            {
                failed(tr("The events could not be loaded"), result.error);
                return;
            }
            const QString keep = m_wanted.isEmpty() ? m_eventId : m_wanted;
            const QSignalBlocker quiet(m_events);
            m_events->clear();
            for (const Event &event : result.value->items)
                m_events->addItem(
                    event.startDate
                        ? tr("%1 (%2)").arg(
                              toQString(event.title),
                              QLocale().toString(toQDateTime(*event.startDate).date(), QLocale::ShortFormat))
                        : toQString(event.title),
                    toQString(event.id));
            int index = m_events->findData(keep);
            if (index < 0)
                index = preferredEvent(result.value->items, nextevent::now());
            m_events->setCurrentIndex(index);
            setEvent(m_events->currentData().toString());
        });
}

void ModerationPage::setEvent(const QString &id)
{
    if (id == m_eventId)
        return;
    m_eventId = id;
    m_wanted.clear();
    m_qaRow = m_wallRow = -1;
    m_questions->setDocument(json{{"items", json::array()}});
    m_wall->setDocument(json{{"items", json::array()}});
    m_bans->setDocument(json{{"items", json::array()}});
    // qa-queue changes with every question, vote and decision; wall with every post and decision.
    m_qaFeed->setTopic(id.isEmpty() ? QString() : QStringLiteral("qa-queue:") + id);
    m_wallFeed->setTopic(id.isEmpty() ? QString() : QStringLiteral("wall:") + id);
    if (id.isEmpty())
        return;
    fetchQuestions();
    fetchWall();
    fetchBans();
    selectRow(m_qaList, 0);
}

void ModerationPage::fetchQuestions()
{
    if (m_eventId.isEmpty())
        return;
    const QString id = m_eventId;
    m_api->listQuestions(id,
                         QString(),
                         QStringLiteral("recent"),
                         this,
                         [this, id](const ApiResult<json> &result)
                         {
                             if (id != m_eventId)
                                 return;
                             if (!result.ok())
                             {
                                 failed(tr("The questions could not be loaded"), result.error);
                                 return;
                             }
                             // Waiting questions oldest first (first come, first judged); approved ones in
                             // the room's order (pinned, votes).
                             json pending = json::array();
                             json rest = json::array();
                             const json &items = (*result.value)["items"];
                             for (auto it = items.rbegin(); it != items.rend(); ++it)
                                 if ((*it).value("state", "") == "pending")
                                     pending.push_back(*it);
                             std::vector<json> approved;
                             for (const json &item : items)
                                 if (item.value("state", "") == "approved")
                                     approved.push_back(item);
                             std::stable_sort(approved.begin(),
                                              approved.end(),
                                              [](const json &a, const json &b)
                                              {
                                                  if (a.value("pinned", false) != b.value("pinned", false))
                                                      return a.value("pinned", false);
                                                  return a.value("votes", 0) > b.value("votes", 0);
                                              });
                             for (json &item : pending)
                                 rest.push_back(std::move(item));
                             for (json &item : approved)
                                 rest.push_back(std::move(item));
                             m_questions->setDocument(json{{"items", rest}});
                         });
}

void ModerationPage::fetchWall()
{
    if (m_eventId.isEmpty())
        return;
    const QString id = m_eventId;
    m_api->listWall(id,
                    QString(),
                    this,
                    [this, id](const ApiResult<json> &result)
                    {
                        if (id != m_eventId)
                            return;
                        if (!result.ok())
                        {
                            failed(tr("The wall could not be loaded"), result.error);
                            return;
                        }
                        m_wall->setDocument(*result.value);
                    });
}

void ModerationPage::fetchBans()
{
    if (m_eventId.isEmpty())
        return;
    const QString id = m_eventId;
    m_api->listBans(id,
                    this,
                    [this, id](const ApiResult<json> &result)
                    {
                        if (id != m_eventId)
                            return;
                        if (!result.ok())
                        {
                            failed(tr("The bans could not be loaded"), result.error);
                            return;
                        }
                        m_bans->setDocument(*result.value);
                    });
}

void ModerationPage::updateCounts()
{
    const int questions = m_questions->countIn(QStringLiteral("pending"));
    const int messages = m_wall->countIn(QStringLiteral("pending"));
    m_counts->setText(tr("%n question(s) waiting", nullptr, questions) + QStringLiteral(" · ") +
                      tr("%n wall message(s) waiting", nullptr, messages));
    m_qaTitle->setText(tr("Audience &questions — %n waiting", nullptr, questions));
    m_wallTitle->setText(tr("&Wall messages — %n waiting", nullptr, messages));
    updateButtons();
}

void ModerationPage::moderateQuestion(const QString &state, bool togglePin)
{
    const int row = selectedRow(m_qaList);
    const AudienceItem *item = m_questions->itemAt(row);
    if (!item)
        return;
    std::optional<bool> pinned;
    if (togglePin)
        pinned = !item->pinned;
    // The selection stays on this row: the next waiting question takes the place of a judged one.
    m_qaRow = row;
    const QString text = item->text;
    m_api->moderateQuestion(item->id,
                            state,
                            pinned,
                            this,
                            [this, state, pinned, text](const ApiResult<json> &result)
                            {
                                if (!result.ok())
                                {
                                    failed(tr("The question was not changed"), result.error);
                                    return;
                                }
                                QString done;
                                if (pinned)
                                    done =
                                        *pinned ? tr("Pinned: %1").arg(text) : tr("Unpinned: %1").arg(text);
                                else if (state == QLatin1String("approved"))
                                    done = tr("Approved: %1").arg(text);
                                else if (state == QLatin1String("rejected"))
                                    done = tr("Rejected: %1").arg(text);
                                else
                                    done = tr("Answered: %1").arg(text);
                                acted(m_qaList, done);
                                fetchQuestions();
                            });
}

void ModerationPage::moderateWall(const QString &state)
{
    const int row = selectedRow(m_wallList);
    const AudienceItem *item = m_wall->itemAt(row);
    if (!item)
        return;
    m_wallRow = row;
    const QString text = item->text;
    m_api->moderateWall(item->id,
                        state,
                        this,
                        [this, state, text](const ApiResult<json> &result)
                        {
                            if (!result.ok())
                            {
                                failed(tr("The message was not changed"), result.error);
                                return;
                            }
                            acted(m_wallList,
                                  state == QLatin1String("approved") ? tr("On the wall: %1").arg(text)
                                                                     : tr("Rejected: %1").arg(text));
                            fetchWall();
                        });
}

void ModerationPage::banAuthor(QListView *list)
{
    auto *model = list == m_qaList ? m_questions : m_wall;
    const AudienceItem *item = model->itemAt(selectedRow(list));
    if (!item || m_eventId.isEmpty())
        return;
    const QString respondent = item->respondentId;
    if (respondent.isEmpty())
        return;
    m_api->banRespondent(
        m_eventId,
        respondent,
        m_reason->text().trimmed(),
        this,
        [this, list, respondent](const ApiResult<json> &result)
        {
            if (!result.ok())
            {
                failed(tr("The respondent was not banned"), result.error);
                return;
            }
            m_reason->clear();
            acted(list,
                  tr("Banned %1: their questions, wall messages and words are refused from now on. "
                     "Delete on the ban list lifts it.")
                      .arg(respondent));
            fetchBans();
        });
}

void ModerationPage::liftBan()
{
    const BanListModel::Ban *ban = m_bans->banAt(selectedRow(m_banList));
    if (!ban || m_eventId.isEmpty())
        return;
    const QString respondent = ban->respondentId;
    m_api->liftBan(m_eventId,
                   respondent,
                   this,
                   [this, respondent](const ApiResult<Done> &result)
                   {
                       if (!result.ok())
                       {
                           failed(tr("The ban was not lifted"), result.error);
                           return;
                       }
                       acted(m_banList, tr("Ban lifted: %1").arg(respondent));
                       fetchBans();
                   });
}

void ModerationPage::acted(QListView *, const QString &message)
{
    ++m_actions;
    m_error->hide();
    emit statusMessage(message);
}

void ModerationPage::failed(const QString &what, const ApiError &error)
{
    ++m_actions;
    m_error->setText(tr("%1: %2").arg(what, error.userMessage()));
    m_error->show();
}

bool ModerationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return Page::eventFilter(watched, event);
    if (watched == m_qaList)
        switch (key->key())
        {
        case Qt::Key_A:
            moderateQuestion(QStringLiteral("approved"), false);
            return true;
        case Qt::Key_R:
            moderateQuestion(QStringLiteral("rejected"), false);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moderateQuestion(QStringLiteral("answered"), false);
            return true;
        case Qt::Key_P:
            moderateQuestion(QString(), true);
            return true;
        case Qt::Key_B:
            banAuthor(m_qaList);
            return true;
        default:
            break;
        }
    else if (watched == m_wallList)
        switch (key->key())
        {
        case Qt::Key_A:
            moderateWall(QStringLiteral("approved"));
            return true;
        case Qt::Key_R:
            moderateWall(QStringLiteral("rejected"));
            return true;
        case Qt::Key_B:
            banAuthor(m_wallList);
            return true;
        default:
            break;
        }
    else if (watched == m_banList && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace))
    {
        liftBan();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace nextevent::console
