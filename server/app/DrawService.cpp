// SPDX-License-Identifier: MIT
#include "server/app/DrawService.h"

#include <algorithm>
#include <set>

#include <sodium.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent::server::app
{
namespace
{
using nlohmann::json;

constexpr std::int64_t kMaxWinners = 1000;
constexpr std::size_t kSeedBytes = 32;

Error noSuchDraw()
{
    return Error(ErrorCode::NotFound, "No such draw");
}

Error noSuchEvent()
{
    return Error(ErrorCode::NotFound, "No such event");
}

/// The seed stays in the store and the audit trail only; what callers get shows it once the draw ran.
Draw hideSeedUnlessDone(Draw draw)
{
    if (draw.state != DrawState::Done)
        draw.seed.reset();
    return draw;
}

std::string rawSeed(const Draw &draw)
{
    const auto bytes = fromHex(draw.seed.value_or(""));
    if (!bytes || bytes->size() != kSeedBytes)
        throw Error(ErrorCode::Internal, "A draw's stored seed is damaged");
    return *bytes;
}

std::string poolText(DrawPool pool)
{
    switch (pool)
    {
    case DrawPool::CheckedIn:
        return "nobody has checked in yet";
    case DrawPool::Registered:
        return "nobody is registered";
    case DrawPool::Respondents:
        return "no registered attendee has answered the survey with their WeChat identity";
    }
    return {};
}
} // namespace

Sha256Digest SodiumDrawHasher::sha256(std::string_view data) const
{
    Sha256Digest out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char *>(data.data()), data.size());
    return out;
}

Sha256Digest SodiumDrawHasher::hmacSha256(std::string_view key, std::string_view message) const
{
    // crypto_auth_hmacsha256_init takes a key of any length, as HMAC does (longer keys are hashed first).
    Sha256Digest out{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.data()), key.size());
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char *>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&state, out.data());
    return out;
}

const DrawHasher &DrawService::hasher()
{
    static const SodiumDrawHasher instance;
    return instance;
}

DrawService::DrawService(Store &store, ChangeFeed *feed)
    : m_store(store)
    , m_feed(feed)
{
}

Draw DrawService::create(const std::string &eventId, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    Draw draw;
    draw.title = reader.string("title", true).value_or("");
    const auto poolName = reader.string("pool", true);
    const auto surveyId = reader.string("surveyId");
    const auto winners = reader.integer("winners", true);
    draw.excludePreviousWinners = reader.boolean("excludePreviousWinners").value_or(true);
    if (reader.has("title") && draw.title.find_first_not_of(" \t\r\n") == std::string::npos)
        reader.fail("title", FieldCode::Required, "must not be blank");
    else if (utf8Length(draw.title) > static_cast<std::int64_t>(limits::kTitleMax))
        reader.fail("title",
                    FieldCode::TooLong,
                    "must be at most " + std::to_string(limits::kTitleMax) + " characters");
    if (poolName)
    {
        if (auto pool = drawPoolFromString(*poolName))
            draw.pool = *pool;
        else
            reader.fail(
                "pool", FieldCode::InvalidChoice, "must be one of checked_in, registered, respondents");
    }
    if (winners && (*winners < 1 || *winners > kMaxWinners))
        reader.fail("winners", FieldCode::OutOfRange, "must be between 1 and " + std::to_string(kMaxWinners));
    if (poolName && draw.pool == DrawPool::Respondents && (!surveyId || surveyId->empty()))
        reader.fail("surveyId", FieldCode::Required, "is required for the respondents pool");
    if (surveyId && poolName && draw.pool != DrawPool::Respondents)
        reader.fail("surveyId", FieldCode::NotAllowed, "is only for the respondents pool");
    throwIfInvalid(std::move(errors));
    draw.winnerCount = *winners;
    if (draw.pool == DrawPool::Respondents)
        draw.surveyId = surveyId;

    // The seed exists before the pool is fixed, and only its hash leaves this function.
    std::string seed(kSeedBytes, '\0');
    randombytes_buf(seed.data(), seed.size());

    auto unit = m_store.write();
    // Locking the event serialises draws of one event (create, run, redraw) across instances.
    if (!unit->events().find(eventId, true))
        throw noSuchEvent();
    std::set<std::string> excluded;
    if (draw.excludePreviousWinners)
        for (const Draw &earlier : unit->draws().forEvent(eventId))
        {
            if (earlier.state == DrawState::Ready)
                throw Error(ErrorCode::Conflict,
                            "Draw \"" + earlier.title +
                                "\" has not run yet; run it first, so this draw can leave out its winners",
                            {{"excludePreviousWinners", std::nullopt, "draw_pending"}});
            for (const auto &w : earlier.winners)
                excluded.insert(w.attendeeId);
        }
    std::set<std::string> respondents;
    const auto attendees = unit->attendees().all(eventId);
    if (draw.pool == DrawPool::Respondents)
    {
        if (!unit->surveys().find(*draw.surveyId))
            throw Error::validation({{"surveyId", FieldCode::InvalidChoice, "is not an existing survey"}});
        // One identity from registration to votes: a WeChat respondent is "wx:<the openid they registered
        // with>".
        std::vector<std::string> candidates;
        for (const auto &a : attendees)
            if (a.status == AttendeeStatus::Registered && !a.openid.empty())
                candidates.push_back("wx:" + a.openid);
        // Any answer counts, whichever question it was for (a presenter-paced survey stores one per
        // question).
        for (auto &candidate : candidates)
            if (unit->surveys().hasResponded(*draw.surveyId, candidate))
                respondents.insert(std::move(candidate));
    }
    std::vector<std::string> pool;
    for (const auto &a : attendees)
    {
        if (a.status != AttendeeStatus::Registered || excluded.contains(a.id))
            continue;
        if (draw.pool == DrawPool::CheckedIn && !a.checkedInAt)
            continue;
        if (draw.pool == DrawPool::Respondents &&
            (a.openid.empty() || !respondents.contains("wx:" + a.openid)))
            continue;
        pool.push_back(a.id);
    }
    canonicalPool(pool);
    if (pool.empty())
        throw Error(ErrorCode::Conflict,
                    "The pool is empty: " + poolText(draw.pool) +
                        (excluded.empty() ? "" : " (earlier winners are left out)"),
                    {{"pool", std::nullopt, "empty_pool"}});

    draw.id = newUuid();
    draw.eventId = eventId;
    draw.state = DrawState::Ready;
    draw.poolSize = static_cast<std::int64_t>(pool.size());
    draw.poolHash = poolHash(hasher(), pool);
    draw.commitment = toHex(hasher().sha256(seed));
    draw.seed = toHex(seed);
    draw.createdBy = actor.username;
    draw.createdAt = nextevent::now();
    unit->draws().insert(draw, pool);
    unit->audit().append({actor.username,
                          "create",
                          "draw",
                          draw.id,
                          {{"eventId", eventId},
                           {"title", draw.title},
                           {"pool", toString(draw.pool)},
                           {"poolSize", draw.poolSize},
                           {"poolHash", draw.poolHash},
                           {"commitment", draw.commitment},
                           {"winners", draw.winnerCount},
                           {"excludePreviousWinners", draw.excludePreviousWinners}}});
    unit->commit();
    if (m_feed)
        m_feed->changed("draw:" + draw.id);
    return hideSeedUnlessDone(std::move(draw));
}

std::vector<Draw> DrawService::list(const std::string &eventId)
{
    auto unit = m_store.read();
    if (!unit->events().find(eventId))
        throw noSuchEvent();
    std::vector<Draw> out;
    for (auto &d : unit->draws().forEvent(eventId))
        out.push_back(hideSeedUnlessDone(std::move(d)));
    return out;
}

Draw DrawService::get(const std::string &id, bool staff)
{
    auto draw = m_store.read()->draws().find(id);
    if (!draw || (!staff && draw->state != DrawState::Done))
        throw noSuchDraw();
    return hideSeedUnlessDone(std::move(*draw));
}

DrawService::Pool DrawService::pool(const std::string &id, bool staff)
{
    auto unit = m_store.read();
    auto draw = unit->draws().find(id);
    if (!draw || (!staff && draw->state != DrawState::Done))
        throw noSuchDraw();
    return {unit->draws().poolIds(id), draw->poolHash};
}

DrawWinner
DrawService::winnerOf(UnitOfWork &unit, const std::string &eventId, std::string attendeeId, std::int64_t k)
{
    DrawWinner w;
    if (auto a = unit.attendees().find(eventId, attendeeId))
    {
        w.displayName = maskName(a->name);
        w.maskedPhone = maskPhone(a->phone);
    }
    w.attendeeId = std::move(attendeeId);
    w.round = k + 1;
    return w;
}

Draw DrawService::run(const std::string &id, const Principal &actor)
{
    auto unit = m_store.write();
    // Locks before any plain read: the draw, then its event (as create() does), so that on MySQL this
    // transaction's snapshot already includes every draw committed before it got the locks.
    const auto locked = unit->draws().find(id, true);
    if (!locked)
        throw noSuchDraw();
    unit->events().find(locked->eventId, true);
    Draw draw = *unit->draws().find(id, true);
    if (draw.state != DrawState::Ready)
        throw Error(ErrorCode::Conflict,
                    "This draw has already run; redraw an absent winner instead",
                    {{"state", std::nullopt, "already_run"}});
    auto remaining = unit->draws().poolIds(id);
    const auto picked = drawPicks(hasher(), rawSeed(draw), draw.poolHash, remaining, 0, draw.winnerCount);
    for (std::size_t k = 0; k < picked.size(); ++k)
        draw.winners.push_back(winnerOf(*unit, draw.eventId, picked[k], static_cast<std::int64_t>(k)));
    draw.picks = static_cast<std::int64_t>(picked.size());
    draw.state = DrawState::Done;
    draw.runAt = nextevent::now();
    if (!unit->draws().update(draw, DrawState::Ready, 0))
        throw Error(
            ErrorCode::Conflict, "This draw has already run", {{"state", std::nullopt, "already_run"}});
    json winnerIds = json::array();
    for (const auto &w : draw.winners)
        winnerIds.push_back(w.attendeeId);
    unit->audit().append({actor.username,
                          "run",
                          "draw",
                          id,
                          {{"eventId", draw.eventId}, {"seed", *draw.seed}, {"winners", winnerIds}}});
    unit->commit();
    if (m_feed)
        m_feed->changed("draw:" + id);
    return draw;
}

Draw DrawService::redraw(const std::string &id, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto attendeeId = reader.string("attendeeId", true);
    throwIfInvalid(std::move(errors));

    auto unit = m_store.write();
    // Locks before any plain read: the draw, then its event (as create() does), so that on MySQL this
    // transaction's snapshot already includes every draw committed before it got the locks.
    const auto locked = unit->draws().find(id, true);
    if (!locked)
        throw noSuchDraw();
    unit->events().find(locked->eventId, true);
    Draw draw = *unit->draws().find(id, true);
    if (draw.state != DrawState::Done)
        throw Error(
            ErrorCode::Conflict, "Run the draw before redrawing", {{"state", std::nullopt, "not_run"}});
    const auto winner = std::find_if(draw.winners.begin(),
                                     draw.winners.end(),
                                     [&](const DrawWinner &w) { return w.attendeeId == *attendeeId; });
    if (winner == draw.winners.end())
    {
        const bool wasReplaced =
            std::any_of(draw.replaced.begin(),
                        draw.replaced.end(),
                        [&](const DrawWinner &w) { return w.attendeeId == *attendeeId; });
        throw Error::validation(
            {{"attendeeId",
              FieldCode::InvalidChoice,
              wasReplaced ? "was already replaced in this draw" : "is not a winner of this draw"}});
    }
    // A later draw left this draw's winners out of its pool: a new winner here might be one of its winners.
    bool later = false;
    for (const Draw &other : unit->draws().forEvent(draw.eventId))
    {
        if (other.id == draw.id)
        {
            later = true;
            continue;
        }
        if (later && other.excludePreviousWinners)
            throw Error(
                ErrorCode::Conflict,
                "Draw \"" + other.title +
                    "\" was created after this one and left its winners out; a redraw here could pick "
                    "one of its winners",
                {{"draw", std::nullopt, "later_draw"}});
    }
    // Everyone picked so far (winners and replaced) has left the pool: the rest keeps the sorted order, as
    // in a run that had made all these picks in a row.
    std::set<std::string> picked;
    for (const auto &w : draw.winners)
        picked.insert(w.attendeeId);
    for (const auto &w : draw.replaced)
        picked.insert(w.attendeeId);
    std::vector<std::string> remaining;
    for (auto &poolId : unit->draws().poolIds(id))
        if (!picked.contains(poolId))
            remaining.push_back(std::move(poolId));
    if (remaining.empty())
        throw Error(ErrorCode::Conflict,
                    "Everyone in the pool has been drawn; nobody is left to redraw",
                    {{"pool", std::nullopt, "exhausted"}});
    const std::int64_t k = draw.picks;
    const auto next = drawPicks(hasher(), rawSeed(draw), draw.poolHash, remaining, k, 1);
    DrawWinner out = *winner;
    out.replacedAt = nextevent::now();
    draw.winners.erase(winner);
    draw.replaced.push_back(out);
    draw.winners.push_back(winnerOf(*unit, draw.eventId, next.front(), k));
    draw.picks = k + 1;
    if (!unit->draws().update(draw, DrawState::Done, k))
        throw Error(ErrorCode::Conflict, "The draw was changed at the same time; reload it and try again");
    unit->audit().append(
        {actor.username,
         "redraw",
         "draw",
         id,
         {{"eventId", draw.eventId}, {"replaced", *attendeeId}, {"winner", next.front()}, {"k", k}}});
    unit->commit();
    if (m_feed)
        m_feed->changed("draw:" + id);
    return draw;
}

} // namespace nextevent::server::app
