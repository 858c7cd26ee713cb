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
    /// Adds the respondent's vote, or takes it back when there is one; returns whether a vote now stands.
    /// The item's vote count changes in the same transaction.
    virtual bool toggleVote(const std::string &qaId, const std::string &respondent) = 0;
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
