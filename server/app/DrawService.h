// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Draw.h"

#include "server/app/ChangeFeed.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// SHA-256 and HMAC-SHA256 from libsodium, for the shared draw algorithm.
class SodiumDrawHasher : public DrawHasher
{
public:
    Sha256Digest sha256(std::string_view data) const override;
    Sha256Digest hmacSha256(std::string_view key, std::string_view message) const override;
};

/// Verifiable draws (抽奖): the pool and a commitment to a secret seed are fixed at creation, a run picks the
/// winners once with the shared algorithm (nextevent/Draw.h) and reveals the seed, a redraw replaces an
/// absent winner with the next pick. Every creation, run and redraw is audit-logged with the acting user.
///
/// No attendee wins twice within a draw (picks leave the pool). Across draws of one event,
/// excludePreviousWinners leaves out everyone who currently wins an earlier draw; to keep that true for
/// good, such a draw cannot be created while another draw of the event has not run (CONFLICT draw_pending),
/// and an earlier draw cannot be redrawn once a later draw excluded its winners (CONFLICT later_draw).
class DrawService
{
public:
    /// `feed` (optional) hears of every run and redraw: the draw:ID topic carries the draw.
    DrawService(Store &store, ChangeFeed *feed = nullptr);

    /// Body {"title","pool":"checked_in|registered|respondents","surveyId"?,"winners":1..1000,
    /// "excludePreviousWinners"?:true}. NOT_FOUND for an unknown event; VALIDATION_ERROR for bad fields;
    /// CONFLICT (details[0].message: empty_pool, draw_pending) when nobody is in the pool or an earlier
    /// draw has not run while this one must exclude its winners.
    Draw create(const std::string &eventId, const nlohmann::json &body, const Principal &actor);
    /// The event's draws, oldest first (seeds only of draws that ran). NOT_FOUND for an unknown event.
    std::vector<Draw> list(const std::string &eventId);
    /// A draw as staff see it; `staff` false: only a draw that has run (else NOT_FOUND), for anyone who
    /// wants to check it.
    Draw get(const std::string &id, bool staff);

    struct Pool
    {
        std::vector<std::string> ids; ///< sorted ascending (byte order)
        std::string poolHash;
    };

    /// The draw's pool, so a third party can recompute the winners; same visibility as get().
    Pool pool(const std::string &id, bool staff);

    /// Picks the winners once; CONFLICT already_run on a second run (also when two run at once: one wins).
    Draw run(const std::string &id, const Principal &actor);
    /// Body {"attendeeId"}: moves that winner to replaced and appends the next pick to winners.
    /// VALIDATION_ERROR when the attendee is not a current winner; CONFLICT not_run, exhausted, later_draw.
    Draw redraw(const std::string &id, const nlohmann::json &body, const Principal &actor);

    static const DrawHasher &hasher();

private:
    /// Masked name and phone of one pick.
    DrawWinner winnerOf(UnitOfWork &unit, const std::string &eventId, std::string attendeeId, std::int64_t k);

    Store &m_store;
    ChangeFeed *m_feed;
};

} // namespace nextevent::server::app
