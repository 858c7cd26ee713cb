// SPDX-License-Identifier: MIT
// SQL repositories for WeChat followers, interactions, webhook de-duplication, QR codes and durable jobs
// (SQLite and MySQL).
#include <algorithm>
#include <map>

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;
using app::Page;
using nlohmann::json;

bool isSqlite(Connection &c)
{
    return c.dialect() == Dialect::SQLite;
}

// --------------------------------------------------------------------------------------------- wechat

class SqlWeChat : public app::WeChatRepository
{
public:
    explicit SqlWeChat(Connection &c)
        : m_c(c)
    {
    }

    void upsertUser(const WeChatUser &u) override
    {
        upsertUsers({u});
    }

    void upsertUsers(const std::vector<WeChatUser> &users) override
    {
        // Keep what we knew when a message does not tell (a text message says nothing of the unionid).
        const std::string suffix =
            isSqlite(m_c)
                ? " ON CONFLICT(openid) DO UPDATE SET "
                  "unionid = CASE WHEN excluded.unionid = '' THEN unionid ELSE excluded.unionid END, "
                  "nickname = CASE WHEN excluded.nickname = '' THEN nickname ELSE excluded.nickname END, "
                  "avatar_url = CASE WHEN excluded.avatar_url = '' THEN avatar_url ELSE excluded.avatar_url "
                  "END, "
                  "language = CASE WHEN excluded.language = '' THEN language ELSE excluded.language END, "
                  "subscribed = excluded.subscribed, "
                  "subscribed_at = COALESCE(excluded.subscribed_at, subscribed_at), "
                  "updated_at = excluded.updated_at"
                : " ON DUPLICATE KEY UPDATE "
                  "unionid = IF(VALUES(unionid) = '', unionid, VALUES(unionid)), "
                  "nickname = IF(VALUES(nickname) = '', nickname, VALUES(nickname)), "
                  "avatar_url = IF(VALUES(avatar_url) = '', avatar_url, VALUES(avatar_url)), "
                  "language = IF(VALUES(language) = '', language, VALUES(language)), "
                  "subscribed = VALUES(subscribed), "
                  "subscribed_at = COALESCE(VALUES(subscribed_at), subscribed_at), "
                  "updated_at = VALUES(updated_at)";
        insertRows(
            m_c,
            "INSERT INTO wechat_users (openid, unionid, nickname, avatar_url, language, subscribed, "
            "subscribed_at, created_at, updated_at) VALUES ",
            9,
            users.size(),
            [&users](std::size_t index, std::vector<SqlValue> &params)
            {
                const auto &u = users[index];
                params.insert(params.end(),
                              {u.openid,
                               u.unionid,
                               u.nickname,
                               u.avatarUrl,
                               u.language,
                               flag(u.subscribed),
                               orNull(u.subscribedAt),
                               iso(u.createdAt),
                               iso(u.updatedAt)});
            },
            suffix);
    }

    std::optional<WeChatUser> findUser(const std::string &openid) override
    {
        auto rows =
            m_c.query("SELECT openid, unionid, nickname, avatar_url, language, subscribed, subscribed_at, "
                      "created_at, updated_at FROM wechat_users WHERE openid = ?",
                      {openid});
        if (rows.empty())
            return std::nullopt;
        const auto &r = rows.front();
        WeChatUser u;
        u.openid = r.text(0);
        u.unionid = r.text(1);
        u.nickname = r.text(2);
        u.avatarUrl = r.text(3);
        u.language = r.text(4);
        u.subscribed = r.integer(5) != 0;
        u.subscribedAt = optionalTime(r, 6);
        u.createdAt = time(r, 7);
        u.updatedAt = time(r, 8);
        return u;
    }

    void insertInteraction(const Interaction &i) override
    {
        insertInteractions({i});
    }

    void insertInteractions(const std::vector<Interaction> &rows) override
    {
        insertRows(m_c,
                   "INSERT INTO interactions (id, openid, kind, event_key, event_id, created_at) VALUES ",
                   6,
                   rows.size(),
                   [&rows](std::size_t index, std::vector<SqlValue> &params)
                   {
                       const auto &i = rows[index];
                       params.insert(params.end(),
                                     {i.id,
                                      i.openid,
                                      std::string(toString(i.kind)),
                                      i.eventKey.substr(0, 1024),
                                      orNull(i.eventId),
                                      iso(i.createdAt)});
                   });
    }

    std::vector<Interaction> interactions(const std::string &openid) override
    {
        std::vector<Interaction> out;
        for (const auto &r :
             m_c.query("SELECT id, openid, kind, event_key, event_id, created_at FROM interactions "
                       "WHERE openid = ? ORDER BY created_at, id",
                       {openid}))
        {
            Interaction i;
            i.id = r.text(0);
            i.openid = r.text(1);
            i.kind = interactionKindFromString(r.text(2)).value_or(InteractionKind::Message);
            i.eventKey = r.text(3);
            i.eventId = r.optionalText(4);
            i.createdAt = time(r, 5);
            out.push_back(std::move(i));
        }
        return out;
    }

    std::int64_t countInteractions() override
    {
        return m_c.query("SELECT COUNT(*) FROM interactions").front().integer(0);
    }

    app::DedupEntry claimDedup(const std::string &key,
                               TimePoint expiresAt,
                               TimePoint now,
                               const std::optional<std::string> &reply) override
    {
        const std::string verb = isSqlite(m_c) ? "INSERT OR IGNORE" : "INSERT IGNORE";
        if (m_c.execute(verb + " INTO wechat_dedup (dedup_key, reply, expires_at) VALUES (?, ?, ?)",
                        {key, orNull(reply), iso(expiresAt)}) == 1)
            return {true, std::nullopt};
        // An entry left from long ago no longer protects anything: take it over.
        if (m_c.execute(
                "UPDATE wechat_dedup SET reply = ?, expires_at = ? WHERE dedup_key = ? AND expires_at < ?",
                {orNull(reply), iso(expiresAt), key, iso(now)}) == 1)
            return {true, std::nullopt};
        // On MariaDB a plain read sees the transaction's snapshot, which misses an entry another instance
        // committed after it was taken (the entry that made the insert ignore ours): read the latest.
        auto rows = m_c.query(std::string("SELECT reply FROM wechat_dedup WHERE dedup_key = ?") +
                                  (isSqlite(m_c) ? "" : " LOCK IN SHARE MODE"),
                              {key});
        return {false, rows.empty() ? std::nullopt : rows.front().optionalText(0)};
    }

    std::vector<app::DedupEntry> claimDedups(const std::vector<app::DedupClaim> &claims,
                                             TimePoint now) override
    {
        std::vector<app::DedupEntry> entries(claims.size());
        // The first claim of each key; a later claim of the same key is that claim's duplicate.
        std::map<std::string, std::size_t> first;
        std::vector<std::size_t> owners;
        for (std::size_t i = 0; i < claims.size(); ++i)
            if (first.emplace(claims[i].key, i).second)
                owners.push_back(i);

        // Mostly every key is new: one multi-row insert claims them all. When it falls short (a retry, an
        // expired entry, another instance's insert), which rows it skipped is unknown: the inserts are undone
        // and the keys decided from what is stored.
        if (!insertClaims(claims, owners))
        {
            std::map<std::string, std::pair<std::optional<std::string>, TimePoint>> stored;
            std::vector<std::string> keys;
            for (const std::size_t index : owners)
                keys.push_back(claims[index].key);
            for (const auto &row : selectIn(
                     m_c, "SELECT dedup_key, reply, expires_at FROM wechat_dedup WHERE dedup_key IN ", keys))
                stored.emplace(row.text(0), std::pair(row.optionalText(1), time(row, 2)));
            std::vector<std::size_t> fresh; // claims of keys not stored yet
            std::vector<std::size_t> expired;
            for (const std::size_t index : owners)
            {
                const auto found = stored.find(claims[index].key);
                if (found == stored.end())
                    fresh.push_back(index);
                else if (found->second.second >= now)
                    entries[index] = {false, found->second.first};
                else
                    expired.push_back(index);
            }
            // Another instance may still insert one of the fresh keys between our read and our insert (its
            // transaction open when we read): then each is claimed on its own.
            const bool freshInserted = insertClaims(claims, fresh);
            for (const std::size_t index : fresh)
                entries[index] =
                    freshInserted ? app::DedupEntry{true, std::nullopt} : claimOne(claims[index], now);
            // An entry left from long ago no longer protects anything: taken over, as claimDedup does.
            for (const std::size_t index : expired)
                entries[index] = claimOne(claims[index], now);
        }
        else
            for (const std::size_t index : owners)
                entries[index] = {true, std::nullopt};

        for (std::size_t i = 0; i < claims.size(); ++i)
        {
            const std::size_t owner = first.at(claims[i].key);
            if (owner != i)
                entries[i] = {false, entries[owner].claimed ? claims[owner].reply : entries[owner].reply};
        }
        return entries;
    }

    std::int64_t purgeDedup(TimePoint now) override
    {
        return static_cast<std::int64_t>(
            m_c.execute("DELETE FROM wechat_dedup WHERE expires_at < ?", {iso(now)}));
    }

    void saveQrCode(const app::StoredQrCode &q) override
    {
        const std::vector<SqlValue> params{q.objectType,
                                           q.objectId,
                                           q.content,
                                           orNull(q.ticket),
                                           q.scene,
                                           orNull(q.expiresAt),
                                           iso(q.createdAt),
                                           iso(q.updatedAt)};
        const std::string insert =
            "INSERT INTO qr_codes (object_type, object_id, content, ticket, scene, expires_at, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)";
        if (isSqlite(m_c))
            m_c.execute(
                insert +
                    " ON CONFLICT(object_type, object_id) DO UPDATE SET content = excluded.content, "
                    "ticket = excluded.ticket, scene = excluded.scene, expires_at = excluded.expires_at, "
                    "updated_at = excluded.updated_at",
                params);
        else
            m_c.execute(insert +
                            " ON DUPLICATE KEY UPDATE content = VALUES(content), ticket = VALUES(ticket), "
                            "scene = VALUES(scene), expires_at = VALUES(expires_at), updated_at = "
                            "VALUES(updated_at)",
                        params);
    }

    std::optional<app::StoredQrCode> findQrCode(const std::string &type, const std::string &id) override
    {
        auto rows =
            m_c.query("SELECT object_type, object_id, content, ticket, scene, expires_at, created_at, "
                      "updated_at FROM qr_codes WHERE object_type = ? AND object_id = ?",
                      {type, id});
        if (rows.empty())
            return std::nullopt;
        const auto &r = rows.front();
        return app::StoredQrCode{r.text(0),
                                 r.text(1),
                                 r.text(2),
                                 r.optionalText(3),
                                 r.text(4),
                                 optionalTime(r, 5),
                                 time(r, 6),
                                 time(r, 7)};
    }

    void setObjectQrUrl(const std::string &type, const std::string &id, const std::string &url) override
    {
        if (type == "event")
            m_c.execute("UPDATE events SET qr_code_url = ? WHERE id = ?", {url, id});
        else if (type == "article")
            m_c.execute("UPDATE articles SET qr_code_url = ? WHERE id = ?", {url, id});
    }

private:
    app::DedupEntry claimOne(const app::DedupClaim &claim, TimePoint now)
    {
        return claimDedup(claim.key, claim.expiresAt, now, claim.reply);
    }

    /// Inserts the claims at `indexes` in multi-row statements; false, with nothing of them left inserted,
    /// when a key was already stored (the insert skipped it). A savepoint undoes only these rows.
    bool insertClaims(const std::vector<app::DedupClaim> &claims, const std::vector<std::size_t> &indexes)
    {
        if (indexes.empty())
            return true;
        m_c.execute("SAVEPOINT dedup_claims", {});
        const std::string verb = isSqlite(m_c) ? "INSERT OR IGNORE" : "INSERT IGNORE";
        const std::size_t inserted = insertRows(
            m_c,
            verb + " INTO wechat_dedup (dedup_key, reply, expires_at) VALUES ",
            3,
            indexes.size(),
            [&](std::size_t k, std::vector<SqlValue> &params)
            {
                const auto &claim = claims[indexes[k]];
                params.insert(params.end(), {claim.key, orNull(claim.reply), iso(claim.expiresAt)});
            });
        if (inserted == indexes.size())
            return true; // the savepoint goes with the transaction: no round trip to release it
        m_c.execute("ROLLBACK TO SAVEPOINT dedup_claims", {});
        return false;
    }

    Connection &m_c;
};

// ----------------------------------------------------------------------------------------------- jobs

const std::string kJobColumns = "id, kind, payload, state, attempts, max_attempts, next_run_at, last_error, "
                                "locked_by, locked_until, created_at, updated_at";

app::Job jobFromRow(const SqlRow &r)
{
    app::Job j;
    j.id = r.text(0);
    j.kind = r.text(1);
    j.payload = json::parse(r.text(2), nullptr, false);
    if (j.payload.is_discarded())
        j.payload = json::object();
    // A state this version does not know is left alone by the worker: it never matches "queued".
    j.state = app::jobStateFromString(r.text(3)).value_or(app::JobState::Dead);
    j.attempts = r.integer(4);
    j.maxAttempts = r.integer(5);
    j.nextRunAt = time(r, 6);
    j.lastError = r.text(7);
    j.lockedBy = r.text(8);
    j.lockedUntil = optionalTime(r, 9);
    j.createdAt = time(r, 10);
    j.updatedAt = time(r, 11);
    return j;
}

class SqlJobs : public app::JobRepository
{
public:
    explicit SqlJobs(Connection &c)
        : m_c(c)
    {
    }

    void insert(const app::Job &j) override
    {
        insertAll({j});
    }

    void insertAll(const std::vector<app::Job> &jobs) override
    {
        insertRows(m_c,
                   "INSERT INTO jobs (" + kJobColumns + ") VALUES ",
                   12,
                   jobs.size(),
                   [&jobs](std::size_t index, std::vector<SqlValue> &params)
                   {
                       const auto &j = jobs[index];
                       params.insert(params.end(),
                                     {j.id,
                                      j.kind,
                                      j.payload.dump(),
                                      std::string(app::toString(j.state)),
                                      j.attempts,
                                      j.maxAttempts,
                                      iso(j.nextRunAt),
                                      j.lastError,
                                      j.lockedBy.empty() ? SqlValue(nullptr) : SqlValue(j.lockedBy),
                                      orNull(j.lockedUntil),
                                      iso(j.createdAt),
                                      iso(j.updatedAt)});
                   });
    }

    std::optional<app::Job> find(const std::string &id) override
    {
        auto rows = m_c.query("SELECT " + kJobColumns + " FROM jobs WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : std::optional(jobFromRow(rows.front()));
    }

    Page<app::Job> list(const app::JobQuery &q) override
    {
        std::string where = " WHERE 1=1";
        std::vector<SqlValue> params;
        if (q.state)
        {
            where += " AND state = ?";
            params.emplace_back(std::string(app::toString(*q.state)));
        }
        if (q.kind)
        {
            where += " AND kind = ?";
            params.emplace_back(*q.kind);
        }
        if (!q.search.empty())
        {
            where += " AND (last_error LIKE ? ESCAPE '!' OR payload LIKE ? ESCAPE '!')";
            const auto pattern = likePattern(q.search);
            params.insert(params.end(), {pattern, pattern});
        }
        Page<app::Job> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM jobs" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"createdAt", "created_at"},
                                                                 {"updatedAt", "updated_at"},
                                                                 {"nextRunAt", "next_run_at"},
                                                                 {"attempts", "attempts"},
                                                                 {"kind", "kind"},
                                                                 {"state", "state"}};
        app::PageRequest order = q;
        if (order.sort.empty())
        {
            order.sort = "createdAt";
            order.descending = true;
        }
        const std::string sql = "SELECT " + kJobColumns + " FROM jobs" + where +
                                orderClause(order, sortable, "created_at") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(jobFromRow(row));
        return page;
    }

    std::vector<std::string> claimable(TimePoint now, int limit) override
    {
        std::vector<std::string> ids;
        const auto t = iso(now);
        for (const auto &r :
             m_c.query("SELECT id FROM jobs WHERE (state = 'queued' AND next_run_at <= ?) OR "
                       "(state = 'running' AND locked_until < ?) ORDER BY next_run_at LIMIT ?",
                       {t, t, std::int64_t{limit}}))
            ids.push_back(r.text(0));
        return ids;
    }

    bool
    claim(const std::string &id, const std::string &worker, TimePoint lockedUntil, TimePoint now) override
    {
        const auto t = iso(now);
        return m_c.execute("UPDATE jobs SET state = 'running', locked_by = ?, locked_until = ?, attempts = "
                           "attempts + 1, "
                           "updated_at = ? WHERE id = ? AND ((state = 'queued' AND next_run_at <= ?) OR "
                           "(state = 'running' AND locked_until < ?))",
                           {worker, iso(lockedUntil), t, id, t, t}) == 1;
    }

    bool complete(const std::string &id, const std::string &worker, TimePoint now) override
    {
        return m_c.execute(
                   "UPDATE jobs SET state = 'done', locked_by = NULL, locked_until = NULL, updated_at = ? "
                   "WHERE id = ? AND state = 'running' AND locked_by = ?",
                   {iso(now), id, worker}) == 1;
    }

    bool fail(const std::string &id,
              const std::string &worker,
              const std::string &error,
              std::optional<TimePoint> nextRunAt,
              TimePoint now) override
    {
        const std::string state(app::toString(nextRunAt ? app::JobState::Queued : app::JobState::Dead));
        return m_c.execute(
                   "UPDATE jobs SET state = ?, last_error = ?, next_run_at = ?, locked_by = NULL, "
                   "locked_until = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND locked_by = ?",
                   {state, error.substr(0, 2000), iso(nextRunAt.value_or(now)), iso(now), id, worker}) == 1;
    }

    bool requeue(const std::string &id, TimePoint now) override
    {
        return m_c.execute("UPDATE jobs SET attempts = CASE WHEN state = 'dead' THEN 0 ELSE attempts END, "
                           "state = 'queued', next_run_at = ?, updated_at = ? WHERE id = ? AND state IN "
                           "('dead', 'queued')",
                           {iso(now), iso(now), id}) == 1;
    }

    std::map<std::string, std::int64_t> countByState() override
    {
        std::map<std::string, std::int64_t> out{{"queued", 0}, {"running", 0}, {"done", 0}, {"dead", 0}};
        for (const auto &r : m_c.query("SELECT state, COUNT(*) FROM jobs GROUP BY state"))
            out[r.text(0)] = r.integer(1);
        return out;
    }

    std::optional<TimePoint> oldestQueued() override
    {
        auto rows = m_c.query("SELECT MIN(next_run_at) FROM jobs WHERE state = 'queued'");
        return rows.empty() ? std::nullopt : optionalTime(rows.front(), 0);
    }

private:
    Connection &m_c;
};
} // namespace

std::unique_ptr<app::WeChatRepository> makeSqlWeChat(Connection &connection)
{
    return std::make_unique<SqlWeChat>(connection);
}

std::unique_ptr<app::JobRepository> makeSqlJobs(Connection &connection)
{
    return std::make_unique<SqlJobs>(connection);
}

} // namespace nextevent::server::store
