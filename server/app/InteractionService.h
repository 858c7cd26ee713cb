// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/LiveInteraction.h"

#include "server/app/CallerGroupCommit.h"
#include "server/app/ChangeFeed.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// An event's audience Q&A (questions, votes, moderation), its message wall and its bans (DESIGN.md "Live
/// interaction"). Every accepted write is committed before it returns, and its live topics (`qa:ID`,
/// `qa-queue:ID`, `wall:ID`) are reported to the change feed.
class InteractionService
{
public:
    using Clock = std::function<TimePoint()>;

    /// `filter`: the profanity list applied when an event's interaction.profanityFilter is on.
    InteractionService(Store &store, const WordFilter &filter, ChangeFeed *feed = nullptr);
    ~InteractionService();
    InteractionService(const InteractionService &) = delete;
    InteractionService &operator=(const InteractionService &) = delete;

    /// Replaces the clock (tests); the default is nextevent::now.
    void setClock(Clock clock);

    /// Seconds between two questions (30) and two wall posts (10) of one respondent at one event.
    static constexpr std::int64_t kQaPaceSeconds = 30;
    static constexpr std::int64_t kWallPaceSeconds = 10;
    /// How many wall messages the topic and the public list carry.
    static constexpr std::size_t kWallLatest = 50;

    // ---- Q&A
    /// Body {"text","name"?}. NOT_FOUND for an unknown event, FORBIDDEN (banned) for a banned
    /// respondent, RATE_LIMITED within kQaPaceSeconds of the respondent's previous question.
    QaItem ask(const std::string &eventId, const std::string &respondent, const nlohmann::json &body);
    /// {"items":[…],"total"}. The public sees approved and answered items only (never filtered ones); staff
    /// see every state with respondentId and filtered. `sort`: "votes" (default) or "recent".
    nlohmann::json listQuestions(const std::string &eventId,
                                 const std::optional<std::string> &state,
                                 const std::optional<std::string> &sort,
                                 bool staff);

    struct Vote
    {
        std::int64_t votes = 0;
        bool voted = false;
    };

    /// Toggles the respondent's one vote on a public item (NOT_FOUND otherwise). Votes go through a group
    /// commit (one transaction for all votes queued meanwhile, written by one of their callers); this returns
    /// once the vote is committed, with the item's count right after it.
    Vote toggleVote(const std::string &qaId, const std::string &respondent);
    /// Body {"state"?,"pinned"?}: approved|rejected|answered|archived.
    QaItem moderateQuestion(const std::string &qaId, const nlohmann::json &body, const Principal &actor);
    /// Ids of the event's items the respondent voted for (pages mark them).
    std::vector<std::string> votedBy(const std::string &eventId, const std::string &respondent);

    // ---- message wall
    /// Body {"text"} (≤ 60 characters). Rules as for ask(), with kWallPaceSeconds.
    WallMessage post(const std::string &eventId, const std::string &respondent, const nlohmann::json &body);
    /// Public: the latest approved messages; staff: every state (or `state`), with respondentId and filtered.
    nlohmann::json listWall(const std::string &eventId, const std::optional<std::string> &state, bool staff);
    /// Body {"state":"approved|rejected"}.
    WallMessage
    moderateWall(const std::string &messageId, const nlohmann::json &body, const Principal &actor);

    // ---- bans
    /// Body {"respondentId","reason"?}; "wx:OPENID" or "anon:ID".
    Ban ban(const std::string &eventId, const nlohmann::json &body, const Principal &actor);
    void unban(const std::string &eventId, const std::string &respondent, const Principal &actor);
    nlohmann::json bans(const std::string &eventId);

    // ---- topics (documents of the live topics; NOT_FOUND for an unknown event)
    struct TopicDocument
    {
        nlohmann::json data;
        bool publicVisible = false; ///< qa: and wall: are public, qa-queue: is not
    };

    TopicDocument qaTopic(const std::string &eventId);
    TopicDocument qaQueueTopic(const std::string &eventId);
    TopicDocument wallTopic(const std::string &eventId);

    /// Whether `text` is filtered under the event's settings (profanity filter on, and the list matches).
    bool isFiltered(const Event &event, std::string_view text) const;

    /// The event as the public may reach it (NOT_FOUND for unknown or deleted).
    Event publicEvent(UnitOfWork &unit, const std::string &eventId) const;

private:
    struct PendingVote
    {
        std::string qaId;
        std::string respondent;
        std::promise<Vote> done;
    };

    void notify(const std::string &eventId, bool qa, bool wall);
    /// Applies a batch of toggles in one transaction, in arrival order per item, and settles each.
    void writeVotes(std::vector<PendingVote> &batch);

    Store &m_store;
    const WordFilter &m_filter;
    ChangeFeed *m_feed;
    Clock m_clock;
    CallerGroupCommit<PendingVote> m_votes;
};

/// The FORBIDDEN error of a banned respondent (detail code "banned").
Error bannedError();

} // namespace nextevent::server::app
