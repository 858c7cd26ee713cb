// SPDX-License-Identifier: MIT
#include "desktop/models/LiveInteractionModels.h"

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QLocale>

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/models/Convert.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

bool boolean(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

QDateTime time(const json &object, const char *key)
{
    QDateTime out = QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
    return out.isValid() ? out.toUTC() : out;
}
} // namespace

// ---- session

std::optional<SessionState> SessionState::fromJson(const json &document)
{
    if (!document.is_object() || !document.contains("surveyId") || !document.contains("mode"))
        return std::nullopt;
    SessionState out;
    out.surveyId = text(document, "surveyId");
    out.presenterPaced = text(document, "mode") == QLatin1String("presenter_paced");
    out.currentQuestionId = text(document, "currentQuestionId");
    out.openedAt = time(document, "openedAt");
    out.timeLimitSeconds = static_cast<int>(integer(document, "timeLimitSeconds"));
    out.answerRevealed = boolean(document, "answerRevealed");
    if (const auto it = document.find("correctOptionIds"); it != document.end() && it->is_array())
        for (const json &id : *it)
            if (id.is_string())
                out.correctOptionIds << QString::fromStdString(id.get<std::string>());
    return out;
}

SessionState SessionState::fromSurvey(const Survey &survey)
{
    SessionState out;
    out.surveyId = toQString(survey.id);
    out.presenterPaced = survey.mode == SurveyMode::PresenterPaced;
    out.currentQuestionId = survey.currentQuestionId ? toQString(*survey.currentQuestionId) : QString();
    out.openedAt = survey.openedAt ? toQDateTime(*survey.openedAt).toUTC() : QDateTime();
    out.answerRevealed = survey.answerRevealed;
    if (survey.currentQuestionId)
        if (const Question *q = survey.question(*survey.currentQuestionId))
            if (q->type == QuestionType::Quiz)
            {
                // The same rule as the session topic: only presenter-paced quizzes run a clock.
                if (out.presenterPaced)
                    out.timeLimitSeconds =
                        static_cast<int>(q->timeLimitSeconds.value_or(kDefaultQuizSeconds));
                if (survey.revealed(*q))
                    for (const std::string &id : q->correctOptionIds)
                        out.correctOptionIds << toQString(id);
            }
    return out;
}

double SessionState::remainingSeconds(const QDateTime &now) const
{
    if (timeLimitSeconds <= 0 || !openedAt.isValid())
        return -1;
    // Clocks of the console and the server may differ a little; the clock never shows more than its limit.
    const double elapsed = std::max<double>(0.0, static_cast<double>(openedAt.msecsTo(now)) / 1000.0);
    return std::clamp(timeLimitSeconds - elapsed, 0.0, static_cast<double>(timeLimitSeconds));
}

LiveSessionModel::LiveSessionModel(RealtimeClient *realtime, QObject *parent)
    : QObject(parent)
    , m_realtime(realtime)
{
    if (m_realtime)
        connect(m_realtime,
                &RealtimeClient::topicChanged,
                this,
                [this](const QString &topic, const json &data)
                {
                    if (!m_topic.isEmpty() && topic == m_topic)
                        apply(data);
                });
}

LiveSessionModel::~LiveSessionModel()
{
    if (m_realtime && !m_topic.isEmpty())
        m_realtime->unsubscribe(m_topic);
}

void LiveSessionModel::follow(const Survey &survey)
{
    apply(survey);
    const QString topic = QStringLiteral("session:") + toQString(survey.id);
    if (topic == m_topic)
        return;
    if (m_realtime && !m_topic.isEmpty())
        m_realtime->unsubscribe(m_topic);
    m_topic = topic;
    if (m_realtime)
        m_realtime->subscribe(m_topic);
}

const SessionState &LiveSessionModel::state() const
{
    return m_state;
}

bool LiveSessionModel::apply(const json &document)
{
    auto parsed = SessionState::fromJson(document);
    if (!parsed)
        return false;
    m_state = std::move(*parsed);
    ++m_revision;
    emit changed();
    return true;
}

void LiveSessionModel::apply(const Survey &survey)
{
    m_state = SessionState::fromSurvey(survey);
    ++m_revision;
    emit changed();
}

int LiveSessionModel::revision() const
{
    return m_revision;
}

// ---- audience questions and wall messages

AudienceListModel::AudienceListModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{
}

AudienceListModel::Kind AudienceListModel::kind() const
{
    return m_kind;
}

void AudienceListModel::setStates(const QStringList &states)
{
    m_states = states;
}

bool AudienceListModel::setDocument(const json &document)
{
    if (!document.is_object() || !document.contains("items") || !document["items"].is_array())
        return false;
    std::vector<AudienceItem> items;
    for (const json &entry : document["items"])
    {
        if (!entry.is_object())
            return false;
        AudienceItem item;
        item.id = text(entry, "id");
        item.text = text(entry, "text");
        item.name = text(entry, "name");
        item.state = text(entry, "state");
        item.votes = integer(entry, "votes");
        item.pinned = boolean(entry, "pinned");
        item.filtered = boolean(entry, "filtered");
        item.respondentId = text(entry, "respondentId");
        item.createdAt = time(entry, "createdAt");
        if (item.id.isEmpty())
            return false;
        if (m_states.isEmpty() || m_states.contains(item.state))
            items.push_back(std::move(item));
    }
    // Queues: the states in the order asked for (pending first); the server's order within each.
    if (!m_states.isEmpty())
        std::stable_sort(items.begin(),
                         items.end(),
                         [this](const AudienceItem &a, const AudienceItem &b)
                         { return m_states.indexOf(a.state) < m_states.indexOf(b.state); });
    beginResetModel();
    m_items = std::move(items);
    ++m_revision;
    endResetModel();
    emit itemsChanged();
    return true;
}

const AudienceItem *AudienceListModel::itemAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_items.size()) ? &m_items[static_cast<std::size_t>(row)]
                                                              : nullptr;
}

int AudienceListModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int AudienceListModel::countIn(const QString &state) const
{
    return static_cast<int>(std::count_if(
        m_items.begin(), m_items.end(), [&](const AudienceItem &i) { return i.state == state; }));
}

int AudienceListModel::revision() const
{
    return m_revision;
}

int AudienceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant AudienceListModel::data(const QModelIndex &index, int role) const
{
    const AudienceItem *item = itemAt(index.row());
    if (!item || index.column() != 0)
        return {};
    switch (role)
    {
    case Qt::DisplayRole:
    {
        QStringList parts;
        if (item->filtered)
            parts << tr("⚑ FLAGGED");
        if (item->state == QLatin1String("pending"))
            parts << tr("waiting");
        else if (item->state == QLatin1String("approved"))
            parts << tr("approved");
        else if (item->state == QLatin1String("answered"))
            parts << tr("answered");
        else if (item->state == QLatin1String("rejected"))
            parts << tr("rejected");
        if (m_kind == Kind::Questions)
        {
            if (item->pinned)
                parts << tr("★ pinned");
            parts << tr("▲ %1").arg(QLocale().toString(item->votes));
        }
        QString line =
            QLatin1Char('[') + parts.join(QStringLiteral(" · ")) + QStringLiteral("]  ") + item->text;
        if (!item->name.isEmpty())
            line += QStringLiteral(" — ") + item->name;
        return line;
    }
    case Qt::ToolTipRole:
        return tr("%1\nFrom %2, %3")
            .arg(item->text,
                 item->respondentId,
                 QLocale().toString(item->createdAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::ForegroundRole:
        return item->filtered ? QVariant(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    case Qt::FontRole:
        if (item->state == QLatin1String("pending") || item->pinned)
        {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return item->id;
    case StateRole:
        return item->state;
    case VotesRole:
        return item->votes;
    case PinnedRole:
        return item->pinned;
    case FilteredRole:
        return item->filtered;
    case RespondentRole:
        return item->respondentId;
    default:
        return {};
    }
}

// ---- leaderboard

LeaderboardModel::LeaderboardModel(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void LeaderboardModel::setSurveyId(const QString &id)
{
    m_surveyId = id;
    ++m_ticket;
}

void LeaderboardModel::refresh(int limit)
{
    if (!m_api || m_surveyId.isEmpty())
        return;
    const int ticket = ++m_ticket;
    m_api->fetchLeaderboard(m_surveyId,
                            limit,
                            this,
                            [this, ticket](const ApiResult<json> &result)
                            {
                                if (ticket != m_ticket)
                                    return;
                                if (!result.ok())
                                {
                                    emit loadFailed(result.error);
                                    return;
                                }
                                setDocument(*result.value);
                            });
}

bool LeaderboardModel::setDocument(const json &document)
{
    if (!document.is_object() || !document.contains("items") || !document["items"].is_array())
        return false;
    std::vector<LeaderboardEntry> entries;
    for (const json &row : document["items"])
    {
        if (!row.is_object())
            return false;
        entries.push_back({static_cast<int>(integer(row, "rank")),
                           text(row, "displayName"),
                           integer(row, "score"),
                           integer(row, "correctAnswers")});
    }
    m_entries = std::move(entries);
    m_players = integer(document, "total");
    ++m_revision;
    emit changed();
    return true;
}

const std::vector<LeaderboardEntry> &LeaderboardModel::entries() const
{
    return m_entries;
}

qint64 LeaderboardModel::players() const
{
    return m_players;
}

int LeaderboardModel::revision() const
{
    return m_revision;
}

// ---- bans

BanListModel::BanListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

bool BanListModel::setDocument(const json &document)
{
    if (!document.is_object() || !document.contains("items") || !document["items"].is_array())
        return false;
    std::vector<Ban> bans;
    for (const json &row : document["items"])
        if (row.is_object())
            bans.push_back({text(row, "respondentId"),
                            text(row, "reason"),
                            text(row, "createdBy"),
                            time(row, "createdAt")});
    beginResetModel();
    m_bans = std::move(bans);
    endResetModel();
    return true;
}

const BanListModel::Ban *BanListModel::banAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_bans.size()) ? &m_bans[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

int BanListModel::rowOf(const QString &respondentId) const
{
    for (std::size_t i = 0; i < m_bans.size(); ++i)
        if (m_bans[i].respondentId == respondentId)
            return static_cast<int>(i);
    return -1;
}

int BanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bans.size());
}

QVariant BanListModel::data(const QModelIndex &index, int role) const
{
    const Ban *ban = banAt(index.row());
    if (!ban || role != Qt::DisplayRole)
        return {};
    const QString when = QLocale().toString(ban->createdAt.toLocalTime(), QLocale::ShortFormat);
    return ban->reason.isEmpty()
               ? tr("%1 — banned by %2, %3").arg(ban->respondentId, ban->createdBy, when)
               : tr("%1 — %2 (banned by %3, %4)").arg(ban->respondentId, ban->reason, ban->createdBy, when);
}

} // namespace nextevent::console
