// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include "nextevent/Survey.h"

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;
class RealtimeClient;

/// Where the room is in a survey (DESIGN.md "Live interaction", pacing): the `session:SURVEY_ID` topic
/// `{"surveyId","mode","currentQuestionId","openedAt","timeLimitSeconds","answerRevealed","correctOptionIds"?}`.
struct SessionState
{
    QString surveyId;
    bool presenterPaced = false;
    QString currentQuestionId;
    QDateTime openedAt;       ///< UTC; invalid when no question is open
    int timeLimitSeconds = 0; ///< 0: untimed
    bool answerRevealed = false;
    QStringList correctOptionIds; ///< only once revealed

    /// A session document; nullopt when it is not one.
    static std::optional<SessionState> fromJson(const nlohmann::json &document);
    /// The state a survey as the REST API returns it describes (before the topic's first snapshot).
    static SessionState fromSurvey(const Survey &survey);
    /// Seconds left on the current question's clock at `now` (clamped to [0, limit]); -1 when untimed.
    double remainingSeconds(const QDateTime &now) const;
};

/// Follows `session:SURVEY_ID`, so the presenter's screen shows the question, clock and reveal the phones
/// show, whoever moved the room.
class LiveSessionModel : public QObject
{
    Q_OBJECT

public:
    LiveSessionModel(RealtimeClient *realtime, QObject *parent = nullptr);
    ~LiveSessionModel() override;

    /// Starts from `survey`'s pacing state and follows its topic.
    void follow(const Survey &survey);
    const SessionState &state() const;
    /// Applies a session document or the state a survey carries (the answer of POST …/state).
    bool apply(const nlohmann::json &document);
    void apply(const Survey &survey);
    int revision() const;

signals:
    void changed();

private:
    QPointer<RealtimeClient> m_realtime;
    QString m_topic;
    SessionState m_state;
    int m_revision = 0;
};

/// One audience question or wall message as the server lists it (staff lists add respondentId and
/// filtered).
struct AudienceItem
{
    QString id;
    QString text;
    QString name;
    QString state;
    qint64 votes = 0;
    bool pinned = false;
    bool filtered = false;
    QString respondentId;
    QDateTime createdAt;
};

/// A list of audience questions or wall messages, from a topic's `{"items":[…]}` or a REST list (same
/// shape). `setStates` keeps only items in those states (the moderation queues).
class AudienceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,
        VotesRole,
        PinnedRole,
        FilteredRole,
        RespondentRole
    };

    enum class Kind
    {
        Questions,
        WallMessages
    };

    explicit AudienceListModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const;
    /// Keeps only items in `states` (empty: all), in the order given (items of the first state first).
    void setStates(const QStringList &states);
    /// Replaces the items with a `{"items":[…]}` document; false (nothing changed) when it is not one.
    bool setDocument(const nlohmann::json &document);
    const AudienceItem *itemAt(int row) const;
    int rowOf(const QString &id) const;
    /// Items in `state`.
    int countIn(const QString &state) const;
    int revision() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void itemsChanged();

private:
    Kind m_kind;
    QStringList m_states;
    std::vector<AudienceItem> m_items;
    int m_revision = 0;
};

/// One leaderboard row: `{"rank","displayName","score","correctAnswers"}`.
struct LeaderboardEntry
{
    int rank = 0;
    QString displayName;
    qint64 score = 0;
    qint64 correctAnswers = 0;

    bool operator==(const LeaderboardEntry &) const = default;
};

/// A quiz's leaderboard, fetched from `GET /v2/surveys/{id}/leaderboard` when asked (after a reveal).
class LeaderboardModel : public QObject
{
    Q_OBJECT

public:
    LeaderboardModel(ApiClient *api, QObject *parent = nullptr);

    void setSurveyId(const QString &id);
    void refresh(int limit = 10);
    bool setDocument(const nlohmann::json &document);
    const std::vector<LeaderboardEntry> &entries() const;
    qint64 players() const;
    int revision() const;

signals:
    void changed();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    QPointer<ApiClient> m_api;
    QString m_surveyId;
    std::vector<LeaderboardEntry> m_entries;
    qint64 m_players = 0;
    int m_revision = 0;
    int m_ticket = 0;
};

/// One ban: `{"eventId","respondentId","reason","createdBy","createdAt"}`.
class BanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Ban
    {
        QString respondentId;
        QString reason;
        QString createdBy;
        QDateTime createdAt;
    };

    explicit BanListModel(QObject *parent = nullptr);
    bool setDocument(const nlohmann::json &document);
    const Ban *banAt(int row) const;
    int rowOf(const QString &respondentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Ban> m_bans;
};

} // namespace nextevent::console
