// SPDX-License-Identifier: MIT
// Draws in SQL: one row per draw, the pool and the picks as JSON arrays (a pool is read and written whole).
#include <nlohmann/json.hpp>

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;
using nlohmann::json;

const std::string kDrawColumns =
    "id, event_id, title, pool, survey_id, winner_count, exclude_previous, state, "
    "pool_size, pool_hash, seed, commitment, picks, winners, replaced, created_by, "
    "created_at, run_at";

std::vector<DrawWinner> winnersFrom(const std::string &text)
{
    std::vector<DrawWinner> out;
    const auto document = json::parse(text, nullptr, false);
    if (!document.is_array())
        return out;
    for (const auto &item : document)
    {
        if (!item.is_object())
            continue;
        DrawWinner w;
        w.attendeeId = item.value("attendeeId", "");
        w.displayName = item.value("displayName", "");
        w.maskedPhone = item.value("maskedPhone", "");
        w.round = item.value("round", std::int64_t{0});
        if (item.contains("replacedAt") && item["replacedAt"].is_string())
            w.replacedAt = parseIso8601(item["replacedAt"].get<std::string>());
        out.push_back(std::move(w));
    }
    return out;
}

Draw drawFromRow(const SqlRow &r)
{
    Draw d;
    d.id = r.text(0);
    d.eventId = r.text(1);
    d.title = r.text(2);
    d.pool = drawPoolFromString(r.text(3)).value_or(DrawPool::CheckedIn);
    d.surveyId = r.optionalText(4);
    d.winnerCount = r.integer(5);
    d.excludePreviousWinners = r.integer(6) != 0;
    d.state = drawStateFromString(r.text(7)).value_or(DrawState::Ready);
    d.poolSize = r.integer(8);
    d.poolHash = r.text(9);
    d.seed = r.text(10);
    d.commitment = r.text(11);
    d.picks = r.integer(12);
    d.winners = winnersFrom(r.text(13));
    d.replaced = winnersFrom(r.text(14));
    d.createdBy = r.text(15);
    d.createdAt = time(r, 16);
    d.runAt = optionalTime(r, 17);
    return d;
}

class SqlDraws : public app::DrawRepository
{
public:
    explicit SqlDraws(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Draw &d, const std::vector<std::string> &poolIds) override
    {
        m_c.execute("INSERT INTO draws (" + kDrawColumns +
                        ", pool_ids) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    {d.id,
                     d.eventId,
                     d.title,
                     std::string(toString(d.pool)),
                     orNull(d.surveyId),
                     d.winnerCount,
                     flag(d.excludePreviousWinners),
                     std::string(toString(d.state)),
                     d.poolSize,
                     d.poolHash,
                     d.seed.value_or(""),
                     d.commitment,
                     d.picks,
                     json(d.winners).dump(),
                     json(d.replaced).dump(),
                     d.createdBy,
                     iso(d.createdAt),
                     orNull(d.runAt),
                     json(poolIds).dump()});
    }

    std::optional<Draw> find(const std::string &id, bool forUpdate) override
    {
        const std::string lock = forUpdate && m_c.dialect() == Dialect::MySQL ? " FOR UPDATE" : "";
        auto rows = m_c.query("SELECT " + kDrawColumns + " FROM draws WHERE id = ?" + lock, {id});
        return rows.empty() ? std::nullopt : std::optional(drawFromRow(rows.front()));
    }

    std::vector<std::string> poolIds(const std::string &id) override
    {
        auto rows = m_c.query("SELECT pool_ids FROM draws WHERE id = ?", {id});
        std::vector<std::string> out;
        if (rows.empty())
            return out;
        const auto document = json::parse(rows.front().text(0), nullptr, false);
        if (document.is_array())
            for (const auto &item : document)
                if (item.is_string())
                    out.push_back(item.get<std::string>());
        return out;
    }

    std::vector<Draw> forEvent(const std::string &eventId) override
    {
        std::vector<Draw> out;
        for (const auto &row :
             m_c.query("SELECT " + kDrawColumns + " FROM draws WHERE event_id = ? ORDER BY created_at, id",
                       {eventId}))
            out.push_back(drawFromRow(row));
        return out;
    }

    bool update(const Draw &d, DrawState expectedState, std::int64_t expectedPicks) override
    {
        return m_c.execute("UPDATE draws SET state = ?, picks = ?, winners = ?, replaced = ?, run_at = ? "
                           "WHERE id = ? AND state = ? AND picks = ?",
                           {std::string(toString(d.state)),
                            d.picks,
                            json(d.winners).dump(),
                            json(d.replaced).dump(),
                            orNull(d.runAt),
                            d.id,
                            std::string(toString(expectedState)),
                            expectedPicks}) == 1;
    }

private:
    Connection &m_c;
};
} // namespace

std::unique_ptr<app::DrawRepository> makeSqlDraws(Connection &connection)
{
    return std::make_unique<SqlDraws>(connection);
}

} // namespace nextevent::server::store
