// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nextevent/LiveInteraction.h"

namespace nextevent::server::app
{

/// Storage of an event's audience Q&A, message wall and bans (implemented in server/store for both SQL
/// dialects).
class InteractionRepository
{
public:
    virtual ~InteractionRepository() = default;

    virtual void insertQa(const QaItem &item) = 0;
    virtual std::optional<QaItem> findQa(const std::string &id) = 0;
    /// Writes state, pinned and updatedAt.
    virtual void updateQa(const QaItem &item) = 0;
    /// The event's items in `states` (every state when empty), at most `limit`.
    virtual std::vector<QaItem>
    listQa(const std::string &eventId, const std::vector<QaState> &states, std::size_t limit) = 0;
    /// The item with its row locked until the transaction ends (MySQL; SQLite's write transactions are
    /// exclusive anyway), so its vote count can be read and moved by one writer at a time.
    virtual std::optional<QaItem> lockQa(const std::string &id) = 0;
    /// Which of `respondents` have a vote standing on the item.
    virtual std::vector<std::string> votersAmong(const std::string &qaId,
                                                 const std::vector<std::string> &respondents) = 0;
    /// Stores the votes of `add` and takes back those of `remove` on the item, and moves its vote count by
    /// the difference, in the current transaction.
    virtual void applyVotes(const QaItem &item,
                            const std::vector<std::string> &add,
                            const std::vector<std::string> &remove,
                            TimePoint at) = 0;
    /// Which of `respondents` are banned at the event.
    virtual std::vector<std::string> bannedAmong(const std::string &eventId,
                                                 const std::vector<std::string> &respondents) = 0;
    /// Which of the event's items the respondent voted for.
    virtual std::vector<std::string> votedBy(const std::string &eventId, const std::string &respondent) = 0;
    /// When the respondent last asked a question at the event (for the per-respondent pace).
    virtual std::optional<TimePoint> lastQaAt(const std::string &eventId, const std::string &respondent) = 0;

    virtual void insertWall(const WallMessage &message) = 0;
    virtual std::optional<WallMessage> findWall(const std::string &id) = 0;
    virtual void updateWallState(const std::string &id, WallState state) = 0;
    virtual std::optional<TimePoint> lastWallAt(const std::string &eventId,
                                                const std::string &respondent) = 0;
    /// Newest first; every state when `states` is empty; unfiltered ones only when `withFiltered` is false.
    virtual std::vector<WallMessage> listWall(const std::string &eventId,
                                              const std::vector<WallState> &states,
                                              bool withFiltered,
                                              std::size_t limit) = 0;

    /// Inserts or replaces the ban of (eventId, respondent).
    virtual void putBan(const Ban &ban) = 0;
    virtual bool deleteBan(const std::string &eventId, const std::string &respondent) = 0;
    virtual bool isBanned(const std::string &eventId, const std::string &respondent) = 0;
    virtual std::vector<Ban> bans(const std::string &eventId) = 0;
};

} // namespace nextevent::server::app
