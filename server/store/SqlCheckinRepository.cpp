// SPDX-License-Identifier: MIT
// SQL repository for the door: check-in lists, presence, scans, conflicts, signing keys and door tokens.
#include <sodium.h>

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;

std::string toHex(const std::string &bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(
        hex.data(), hex.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    hex.resize(bytes.size() * 2);
    return hex;
}

std::string fromHex(const std::string &hex)
{
    std::string bytes(hex.size() / 2, '\0');
    std::size_t length = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char *>(bytes.data()),
                       bytes.size(),
                       hex.data(),
                       hex.size(),
                       nullptr,
                       &length,
                       nullptr) != 0)
        return {};
    bytes.resize(length);
    return bytes;
}

const std::string kListColumns =
    "id, event_id, name, allow_reentry, requires_confirmation, is_default, entered, "
    "exited, inside, created_at";

app::CheckinList listFromRow(const SqlRow &row)
{
    app::CheckinList l;
    l.id = row.text(0);
    l.eventId = row.text(1);
    l.name = row.text(2);
    l.allowReentry = row.integer(3) != 0;
    l.requiresConfirmation = row.integer(4) != 0;
    l.isDefault = row.integer(5) != 0;
    l.entered = row.integer(6);
    l.exited = row.integer(7);
    l.inside = row.integer(8);
    l.createdAt = time(row, 9);
    return l;
}

const std::string kPresenceColumns =
    "list_id, attendee_id, event_id, inside, entries, exits, last_entry_device, updated_at";

app::CheckinPresence presenceFromRow(const SqlRow &row)
{
    app::CheckinPresence p;
    p.listId = row.text(0);
    p.attendeeId = row.text(1);
    p.eventId = row.text(2);
    p.inside = row.integer(3) != 0;
    p.entries = row.integer(4);
    p.exits = row.integer(5);
    p.lastEntryDevice = row.text(6);
    p.updatedAt = time(row, 7);
    return p;
}

const std::string kTokenColumns =
    "id, event_id, list_id, name, token_hash, created_by, created_at, expires_at, "
    "revoked_at, last_used_at";

app::DoorToken tokenFromRow(const SqlRow &row)
{
    app::DoorToken t;
    t.id = row.text(0);
    t.eventId = row.text(1);
    t.listId = row.optionalText(2);
    t.name = row.text(3);
    t.tokenHash = row.text(4);
    t.createdBy = row.text(5);
    t.createdAt = time(row, 6);
    t.expiresAt = time(row, 7);
    t.revokedAt = optionalTime(row, 8);
    t.lastUsedAt = optionalTime(row, 9);
    return t;
}

class SqlCheckins : public app::CheckinRepository
{
public:
    explicit SqlCheckins(Connection &c)
        : m_c(c)
    {
    }

    void insertList(const app::CheckinList &l) override
    {
        m_c.execute("INSERT INTO checkin_lists (" + kListColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
                    {l.id,
                     l.eventId,
                     l.name,
                     flag(l.allowReentry),
                     flag(l.requiresConfirmation),
                     flag(l.isDefault),
                     l.entered,
                     l.exited,
                     l.inside,
                     iso(l.createdAt)});
    }

    std::vector<app::CheckinList> lists(const std::string &eventId) override
    {
        std::vector<app::CheckinList> out;
        for (const auto &row : m_c.query("SELECT " + kListColumns +
                                             " FROM checkin_lists WHERE event_id = ? ORDER BY is_default "
                                             "DESC, created_at, id",
                                         {eventId}))
            out.push_back(listFromRow(row));
        return out;
    }

    std::optional<app::CheckinList> findList(const std::string &eventId, const std::string &listId) override
    {
        auto rows = m_c.query("SELECT " + kListColumns + " FROM checkin_lists WHERE event_id = ? AND id = ?",
                              {eventId, listId});
        return rows.empty() ? std::nullopt : std::optional(listFromRow(rows.front()));
    }

    std::optional<app::CheckinList> defaultList(const std::string &eventId) override
    {
        auto rows = m_c.query("SELECT " + kListColumns +
                                  " FROM checkin_lists WHERE event_id = ? AND is_default = 1 ORDER BY "
                                  "created_at, id LIMIT 1",
                              {eventId});
        return rows.empty() ? std::nullopt : std::optional(listFromRow(rows.front()));
    }

    void addToCounts(const std::string &listId,
                     std::int64_t entered,
                     std::int64_t exited,
                     std::int64_t inside) override
    {
        m_c.execute(
            "UPDATE checkin_lists SET entered = entered + ?, exited = exited + ?, inside = inside + ? "
            "WHERE id = ?",
            {entered, exited, inside, listId});
    }

    std::optional<app::CheckinPresence> presence(const std::string &listId,
                                                 const std::string &attendeeId) override
    {
        auto rows = m_c.query("SELECT " + kPresenceColumns +
                                  " FROM checkin_presence WHERE list_id = ? AND attendee_id = ?",
                              {listId, attendeeId});
        return rows.empty() ? std::nullopt : std::optional(presenceFromRow(rows.front()));
    }

    void savePresence(const app::CheckinPresence &p) override
    {
        const std::string insert =
            "INSERT INTO checkin_presence (" + kPresenceColumns + ") VALUES (?,?,?,?,?,?,?,?)";
        const std::string upsert =
            m_c.dialect() == Dialect::SQLite
                ? " ON CONFLICT (list_id, attendee_id) DO UPDATE SET inside = excluded.inside, entries = "
                  "excluded.entries, exits = excluded.exits, last_entry_device = excluded.last_entry_device, "
                  "updated_at = excluded.updated_at"
                : " ON DUPLICATE KEY UPDATE inside = VALUES(inside), entries = VALUES(entries), exits = "
                  "VALUES(exits), last_entry_device = VALUES(last_entry_device), updated_at = "
                  "VALUES(updated_at)";
        m_c.execute(insert + upsert,
                    {p.listId,
                     p.attendeeId,
                     p.eventId,
                     flag(p.inside),
                     p.entries,
                     p.exits,
                     p.lastEntryDevice,
                     iso(p.updatedAt)});
    }

    std::vector<app::CheckinPresence> presenceSince(const std::string &eventId,
                                                    std::optional<TimePoint> since) override
    {
        std::vector<app::CheckinPresence> out;
        const auto rows =
            since ? m_c.query("SELECT " + kPresenceColumns +
                                  " FROM checkin_presence WHERE event_id = ? AND updated_at >= ?",
                              {eventId, iso(*since)})
                  : m_c.query("SELECT " + kPresenceColumns + " FROM checkin_presence WHERE event_id = ?",
                              {eventId});
        for (const auto &row : rows)
            out.push_back(presenceFromRow(row));
        return out;
    }

    std::int64_t insideCount(const std::string &eventId) override
    {
        return m_c
            .query(
                "SELECT COUNT(DISTINCT attendee_id) FROM checkin_presence WHERE event_id = ? AND inside = 1",
                {eventId})
            .front()
            .integer(0);
    }

    std::optional<app::CheckinScan> findScanByNonce(const std::string &eventId,
                                                    const std::string &nonce) override
    {
        auto rows =
            m_c.query("SELECT id, event_id, list_id, attendee_id, direction, result, nonce, device_id, "
                      "actor, method, scanned_at, created_at, answer FROM checkin_scans WHERE event_id "
                      "= ? AND nonce = ?",
                      {eventId, nonce});
        if (rows.empty())
            return std::nullopt;
        const auto &row = rows.front();
        app::CheckinScan s;
        s.id = row.text(0);
        s.eventId = row.text(1);
        s.listId = row.text(2);
        s.attendeeId = row.optionalText(3);
        s.direction = row.text(4);
        s.result = row.text(5);
        s.nonce = row.optionalText(6);
        s.deviceId = row.text(7);
        s.actor = row.text(8);
        s.method = row.text(9);
        s.scannedAt = time(row, 10);
        s.createdAt = time(row, 11);
        s.answer = nlohmann::json::parse(row.text(12), nullptr, false);
        return s;
    }

    void insertScan(const app::CheckinScan &s) override
    {
        m_c.execute(
            "INSERT INTO checkin_scans (id, event_id, list_id, attendee_id, direction, result, nonce, "
            "device_id, actor, method, scanned_at, created_at, answer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            {s.id,
             s.eventId,
             s.listId,
             orNull(s.attendeeId),
             s.direction,
             s.result,
             orNull(s.nonce),
             s.deviceId,
             s.actor,
             s.method,
             iso(s.scannedAt),
             iso(s.createdAt),
             s.answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
    }

    void insertConflict(const app::CheckinConflict &c) override
    {
        m_c.execute("INSERT INTO checkin_conflicts (id, event_id, list_id, attendee_id, scan_id, device_id, "
                    "other_device_id, nonce, scanned_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    {c.id,
                     c.eventId,
                     c.listId,
                     c.attendeeId,
                     c.scanId,
                     c.deviceId,
                     c.otherDeviceId,
                     orNull(c.nonce),
                     iso(c.scannedAt),
                     iso(c.createdAt)});
    }

    std::vector<app::CheckinConflict> conflicts(const std::string &eventId) override
    {
        std::vector<app::CheckinConflict> out;
        for (const auto &row :
             m_c.query("SELECT id, event_id, list_id, attendee_id, scan_id, device_id, "
                       "other_device_id, nonce, scanned_at, created_at FROM "
                       "checkin_conflicts WHERE event_id = ? ORDER BY created_at, scanned_at, id",
                       {eventId}))
            out.push_back({row.text(0),
                           row.text(1),
                           row.text(2),
                           row.text(3),
                           row.text(4),
                           row.text(5),
                           row.text(6),
                           row.optionalText(7),
                           time(row, 8),
                           time(row, 9)});
        return out;
    }

    std::vector<app::SigningKey> keys(const std::string &eventId) override
    {
        std::vector<app::SigningKey> out;
        for (const auto &row : m_c.query("SELECT kid, event_id, public_key, secret_key, created_at FROM "
                                         "event_signing_keys WHERE event_id = ? ORDER BY created_at, kid",
                                         {eventId}))
            out.push_back(
                {row.text(0), row.text(1), fromHex(row.text(2)), fromHex(row.text(3)), time(row, 4)});
        return out;
    }

    void insertKey(const app::SigningKey &k) override
    {
        m_c.execute(
            "INSERT INTO event_signing_keys (kid, event_id, public_key, secret_key, created_at) VALUES "
            "(?,?,?,?,?)",
            {k.kid, k.eventId, toHex(k.publicKey), toHex(k.secretKey), iso(k.createdAt)});
    }

    void insertDoorToken(const app::DoorToken &t) override
    {
        m_c.execute("INSERT INTO door_tokens (" + kTokenColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
                    {t.id,
                     t.eventId,
                     orNull(t.listId),
                     t.name,
                     t.tokenHash,
                     t.createdBy,
                     iso(t.createdAt),
                     iso(t.expiresAt),
                     orNull(t.revokedAt),
                     orNull(t.lastUsedAt)});
    }

    std::optional<app::DoorToken> findDoorTokenByHash(const std::string &hash) override
    {
        auto rows = m_c.query("SELECT " + kTokenColumns + " FROM door_tokens WHERE token_hash = ?", {hash});
        return rows.empty() ? std::nullopt : std::optional(tokenFromRow(rows.front()));
    }

    std::vector<app::DoorToken> doorTokens(const std::string &eventId) override
    {
        std::vector<app::DoorToken> out;
        for (const auto &row : m_c.query("SELECT " + kTokenColumns +
                                             " FROM door_tokens WHERE event_id = ? ORDER BY created_at, id",
                                         {eventId}))
            out.push_back(tokenFromRow(row));
        return out;
    }

    bool revokeDoorToken(const std::string &eventId, const std::string &id, TimePoint at) override
    {
        return m_c.execute(
                   "UPDATE door_tokens SET revoked_at = ? WHERE event_id = ? AND id = ? AND revoked_at "
                   "IS NULL",
                   {iso(at), eventId, id}) == 1;
    }

    void touchDoorToken(const std::string &id, TimePoint at) override
    {
        m_c.execute("UPDATE door_tokens SET last_used_at = ? WHERE id = ?", {iso(at), id});
    }

    std::vector<app::SnapshotAttendee> snapshot(const std::string &eventId,
                                                std::optional<TimePoint> since) override
    {
        std::vector<app::SnapshotAttendee> out;
        const std::string select =
            "SELECT id, name, status, check_in_code, updated_at FROM attendees WHERE event_id = ?";
        const auto rows =
            since ? m_c.query(select + " AND updated_at >= ? ORDER BY updated_at, id", {eventId, iso(*since)})
                  : m_c.query(select + " ORDER BY created_at, id", {eventId});
        out.reserve(rows.size());
        for (const auto &row : rows)
            out.push_back({row.text(0),
                           row.text(1),
                           attendeeStatusFromString(row.text(2)).value_or(AttendeeStatus::Registered),
                           row.text(3),
                           time(row, 4)});
        return out;
    }

    void touchAttendee(const std::string &attendeeId, TimePoint at) override
    {
        m_c.execute("UPDATE attendees SET updated_at = ? WHERE id = ?", {iso(at), attendeeId});
    }

private:
    Connection &m_c;
};
} // namespace

std::unique_ptr<app::CheckinRepository> makeSqlCheckins(Connection &connection)
{
    return std::make_unique<SqlCheckins>(connection);
}

} // namespace nextevent::server::store
