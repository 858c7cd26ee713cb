// SPDX-License-Identifier: MIT
// SQL repository for event teams (SQLite and MySQL).
#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;
using app::EventMember;

const std::string kMemberColumns = "m.event_id, m.user_id, m.role, m.created_by, m.created_at, m.updated_at, "
                                   "COALESCE(u.username, ''), COALESCE(u.display_name, '')";

EventMember memberFromRow(const SqlRow &row)
{
    EventMember m;
    m.eventId = row.text(0);
    m.userId = row.text(1);
    // Written by this server from a validated role; an unknown one reads as the least of them.
    m.role = roleFromString(row.text(2)).value_or(Role::Viewer);
    m.createdBy = row.text(3);
    m.createdAt = time(row, 4);
    m.updatedAt = time(row, 5);
    m.username = row.text(6);
    m.displayName = row.text(7);
    return m;
}

class SqlTeams : public app::TeamRepository
{
public:
    explicit SqlTeams(Connection &c)
        : m_c(c)
    {
    }

    std::optional<EventMember> find(const std::string &eventId, const std::string &userId) override
    {
        auto rows = m_c.query("SELECT " + kMemberColumns +
                                  " FROM event_members m LEFT JOIN users u ON u.id = m.user_id"
                                  " WHERE m.event_id = ? AND m.user_id = ?",
                              {eventId, userId});
        return rows.empty() ? std::nullopt : std::optional(memberFromRow(rows.front()));
    }

    void insert(const EventMember &m) override
    {
        m_c.execute("INSERT INTO event_members (event_id, user_id, role, created_by, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?)",
                    {m.eventId,
                     m.userId,
                     std::string(toString(m.role)),
                     m.createdBy,
                     iso(m.createdAt),
                     iso(m.updatedAt)});
    }

    void updateRole(const EventMember &m) override
    {
        m_c.execute("UPDATE event_members SET role = ?, updated_at = ? WHERE event_id = ? AND user_id = ?",
                    {std::string(toString(m.role)), iso(m.updatedAt), m.eventId, m.userId});
    }

    bool remove(const std::string &eventId, const std::string &userId) override
    {
        return m_c.execute("DELETE FROM event_members WHERE event_id = ? AND user_id = ?",
                           {eventId, userId}) == 1;
    }

    std::vector<EventMember> list(const std::string &eventId) override
    {
        std::vector<EventMember> out;
        for (const auto &row : m_c.query("SELECT " + kMemberColumns +
                                             " FROM event_members m LEFT JOIN users u ON u.id = m.user_id"
                                             " WHERE m.event_id = ? ORDER BY u.username, m.user_id",
                                         {eventId}))
            out.push_back(memberFromRow(row));
        return out;
    }

    bool hasMemberships(const std::string &userId) override
    {
        return !m_c.query("SELECT 1 FROM event_members m JOIN events e ON e.id = m.event_id"
                          " WHERE m.user_id = ? AND e.deleted_at IS NULL LIMIT 1",
                          {userId})
                    .empty();
    }

private:
    Connection &m_c;
};
} // namespace

std::unique_ptr<app::TeamRepository> makeSqlTeams(Connection &connection)
{
    return std::make_unique<SqlTeams>(connection);
}

} // namespace nextevent::server::store
