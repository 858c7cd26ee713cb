// SPDX-License-Identifier: MIT
// SQL repository of the live interaction: audience Q&A with votes, the message wall and bans (both dialects).
#include <algorithm>

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;

const std::string kQaColumns =
    "id, event_id, respondent, text, name, state, votes, pinned, filtered, created_at, updated_at";

QaItem qaFromRow(const SqlRow &r)
{
    QaItem item;
    item.id = r.text(0);
    item.eventId = r.text(1);
    item.respondent = r.text(2);
    item.text = r.text(3);
    item.name = r.text(4);
    item.state = qaStateFromString(r.text(5)).value_or(QaState::Pending);
    item.votes = r.integer(6);
    item.pinned = r.integer(7) != 0;
    item.filtered = r.integer(8) != 0;
    item.createdAt = time(r, 9);
    item.updatedAt = time(r, 10);
    return item;
}

const std::string kWallColumns = "id, event_id, respondent, text, state, filtered, created_at";

WallMessage wallFromRow(const SqlRow &r)
{
    WallMessage m;
    m.id = r.text(0);
    m.eventId = r.text(1);
    m.respondent = r.text(2);
    m.text = r.text(3);
    m.state = wallStateFromString(r.text(4)).value_or(WallState::Pending);
    m.filtered = r.integer(5) != 0;
    m.createdAt = time(r, 6);
    return m;
}

template <typename E> std::string stateList(const std::vector<E> &states, std::vector<SqlValue> &params)
{
    if (states.empty())
        return {};
    std::string sql = " AND state IN (";
    for (std::size_t i = 0; i < states.size(); ++i)
    {
        sql += i == 0 ? "?" : ",?";
        params.emplace_back(std::string(toString(states[i])));
    }
    return sql + ")";
}

class SqlInteraction : public app::InteractionRepository
{
public:
    explicit SqlInteraction(Connection &c)
        : m_c(c)
    {
    }

    void insertQa(const QaItem &i) override
    {
        m_c.execute("INSERT INTO qa_items (" + kQaColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    {i.id,
                     i.eventId,
                     i.respondent,
                     i.text,
                     i.name,
                     std::string(toString(i.state)),
                     i.votes,
                     flag(i.pinned),
                     flag(i.filtered),
                     iso(i.createdAt),
                     iso(i.updatedAt)});
    }

    std::optional<QaItem> findQa(const std::string &id) override
    {
        auto rows = m_c.query("SELECT " + kQaColumns + " FROM qa_items WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : std::optional(qaFromRow(rows.front()));
    }

    void updateQa(const QaItem &i) override
    {
        m_c.execute("UPDATE qa_items SET state = ?, pinned = ?, updated_at = ? WHERE id = ?",
                    {std::string(toString(i.state)), flag(i.pinned), iso(i.updatedAt), i.id});
    }

    std::vector<QaItem>
    listQa(const std::string &eventId, const std::vector<QaState> &states, std::size_t limit) override
    {
        std::vector<SqlValue> params{eventId};
        const std::string where = " WHERE event_id = ?" + stateList(states, params);
        params.emplace_back(static_cast<std::int64_t>(limit));
        std::vector<QaItem> out;
        for (const auto &row :
             m_c.query("SELECT " + kQaColumns + " FROM qa_items" + where + " ORDER BY created_at, id LIMIT ?",
                       params))
            out.push_back(qaFromRow(row));
        return out;
    }

    std::optional<QaItem> lockQa(const std::string &id) override
    {
        const std::string lock = m_c.dialect() == Dialect::MySQL ? " FOR UPDATE" : "";
        auto rows = m_c.query("SELECT " + kQaColumns + " FROM qa_items WHERE id = ?" + lock, {id});
        return rows.empty() ? std::nullopt : std::optional(qaFromRow(rows.front()));
    }

    std::vector<std::string> votersAmong(const std::string &qaId,
                                         const std::vector<std::string> &respondents) override
    {
        return among("SELECT respondent FROM qa_votes WHERE qa_id = ?", qaId, respondents);
    }

    void applyVotes(const QaItem &item,
                    const std::vector<std::string> &add,
                    const std::vector<std::string> &remove,
                    TimePoint at) override
    {
        for (const auto &respondent : remove)
            m_c.execute("DELETE FROM qa_votes WHERE qa_id = ? AND respondent = ?", {item.id, respondent});
        const std::string when = iso(at);
        for (const auto &respondent : add)
            m_c.execute("INSERT INTO qa_votes (qa_id, respondent, event_id, created_at) VALUES (?,?,?,?)",
                        {item.id, respondent, item.eventId, when});
        const auto delta = static_cast<std::int64_t>(add.size()) - static_cast<std::int64_t>(remove.size());
        if (delta != 0)
            m_c.execute("UPDATE qa_items SET votes = votes + ? WHERE id = ?", {delta, item.id});
    }

    std::vector<std::string> bannedAmong(const std::string &eventId,
                                         const std::vector<std::string> &respondents) override
    {
        return among("SELECT respondent FROM event_bans WHERE event_id = ?", eventId, respondents);
    }

    std::vector<std::string> votedBy(const std::string &eventId, const std::string &respondent) override
    {
        std::vector<std::string> out;
        for (const auto &row : m_c.query("SELECT qa_id FROM qa_votes WHERE event_id = ? AND respondent = ?",
                                         {eventId, respondent}))
            out.push_back(row.text(0));
        return out;
    }

    std::optional<TimePoint> lastQaAt(const std::string &eventId, const std::string &respondent) override
    {
        auto rows = m_c.query("SELECT MAX(created_at) FROM qa_items WHERE event_id = ? AND respondent = ?",
                              {eventId, respondent});
        return rows.empty() ? std::nullopt : optionalTime(rows.front(), 0);
    }

    void insertWall(const WallMessage &m) override
    {
        m_c.execute("INSERT INTO wall_messages (" + kWallColumns + ") VALUES (?,?,?,?,?,?,?)",
                    {m.id,
                     m.eventId,
                     m.respondent,
                     m.text,
                     std::string(toString(m.state)),
                     flag(m.filtered),
                     iso(m.createdAt)});
    }

    std::optional<WallMessage> findWall(const std::string &id) override
    {
        auto rows = m_c.query("SELECT " + kWallColumns + " FROM wall_messages WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : std::optional(wallFromRow(rows.front()));
    }

    void updateWallState(const std::string &id, WallState state) override
    {
        m_c.execute("UPDATE wall_messages SET state = ? WHERE id = ?", {std::string(toString(state)), id});
    }

    std::optional<TimePoint> lastWallAt(const std::string &eventId, const std::string &respondent) override
    {
        auto rows =
            m_c.query("SELECT MAX(created_at) FROM wall_messages WHERE event_id = ? AND respondent = ?",
                      {eventId, respondent});
        return rows.empty() ? std::nullopt : optionalTime(rows.front(), 0);
    }

    std::vector<WallMessage> listWall(const std::string &eventId,
                                      const std::vector<WallState> &states,
                                      bool withFiltered,
                                      std::size_t limit) override
    {
        std::vector<SqlValue> params{eventId};
        std::string where = " WHERE event_id = ?" + stateList(states, params);
        if (!withFiltered)
            where += " AND filtered = 0";
        params.emplace_back(static_cast<std::int64_t>(limit));
        std::vector<WallMessage> out;
        for (const auto &row : m_c.query("SELECT " + kWallColumns + " FROM wall_messages" + where +
                                             " ORDER BY created_at DESC, id DESC LIMIT ?",
                                         params))
            out.push_back(wallFromRow(row));
        return out;
    }

    void putBan(const Ban &b) override
    {
        m_c.execute("DELETE FROM event_bans WHERE event_id = ? AND respondent = ?",
                    {b.eventId, b.respondent});
        m_c.execute("INSERT INTO event_bans (event_id, respondent, reason, created_by, created_at) VALUES "
                    "(?,?,?,?,?)",
                    {b.eventId, b.respondent, b.reason, b.createdBy, iso(b.createdAt)});
    }

    bool deleteBan(const std::string &eventId, const std::string &respondent) override
    {
        return m_c.execute("DELETE FROM event_bans WHERE event_id = ? AND respondent = ?",
                           {eventId, respondent}) == 1;
    }

    bool isBanned(const std::string &eventId, const std::string &respondent) override
    {
        return !m_c.query("SELECT 1 FROM event_bans WHERE event_id = ? AND respondent = ?",
                          {eventId, respondent})
                    .empty();
    }

    std::vector<Ban> bans(const std::string &eventId) override
    {
        std::vector<Ban> out;
        for (const auto &row :
             m_c.query("SELECT event_id, respondent, reason, created_by, created_at FROM event_bans "
                       "WHERE event_id = ? ORDER BY created_at, respondent",
                       {eventId}))
            out.push_back({row.text(0), row.text(1), row.text(2), row.text(3), time(row, 4)});
        return out;
    }

private:
    /// `select` (one `?` for `key`) narrowed to `AND respondent IN (…)`, a bounded number of values a query.
    std::vector<std::string>
    among(const std::string &select, const std::string &key, const std::vector<std::string> &respondents)
    {
        constexpr std::size_t kChunk = 200;
        std::vector<std::string> out;
        for (std::size_t from = 0; from < respondents.size(); from += kChunk)
        {
            const auto to = std::min(respondents.size(), from + kChunk);
            std::vector<SqlValue> params{key};
            std::string sql = select + " AND respondent IN (";
            for (auto i = from; i < to; ++i)
            {
                sql += i == from ? "?" : ",?";
                params.emplace_back(respondents[i]);
            }
            for (const auto &row : m_c.query(sql + ")", params))
                out.push_back(row.text(0));
        }
        return out;
    }

    Connection &m_c;
};
} // namespace

std::unique_ptr<app::InteractionRepository> makeSqlInteraction(Connection &connection)
{
    return std::make_unique<SqlInteraction>(connection);
}

} // namespace nextevent::server::store
