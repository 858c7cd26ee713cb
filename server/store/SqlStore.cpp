// SPDX-License-Identifier: MIT
#include "server/store/SqlStore.h"

#include <map>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/LiveInteraction.h"

#include "server/app/Blocking.h"
#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using app::Page;
using namespace sql;

std::string joinRoles(const std::vector<Role> &roles)
{
    std::string out;
    for (Role role : roles)
        out += (out.empty() ? "" : ",") + std::string(toString(role));
    return out;
}

std::vector<Role> splitRoles(const std::string &text)
{
    std::vector<Role> roles;
    std::size_t start = 0;
    while (start <= text.size())
    {
        const auto end = text.find(',', start);
        const auto name = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (auto role = roleFromString(name))
            roles.push_back(*role);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return roles;
}

// ---------------------------------------------------------------------------------------------- users

const std::string kUserColumns = "id, username, display_name, email, phone, roles, active, wechat_openid, "
                                 "last_login_at, created_at, updated_at, password_hash";

app::StoredUser userFromRow(const SqlRow &row)
{
    app::StoredUser stored;
    User &u = stored.user;
    u.id = row.text(0);
    u.username = row.text(1);
    u.displayName = row.text(2);
    u.email = row.text(3);
    u.phone = row.text(4);
    u.roles = splitRoles(row.text(5));
    u.active = row.integer(6) != 0;
    u.wechatOpenid = row.text(7);
    u.lastLoginAt = optionalTime(row, 8);
    u.createdAt = time(row, 9);
    u.updatedAt = time(row, 10);
    stored.passwordHash = row.text(11);
    return stored;
}

class SqlUsers : public app::UserRepository
{
public:
    explicit SqlUsers(Connection &c)
        : m_c(c)
    {
    }

    std::optional<app::StoredUser> findByUsername(const std::string &username) override
    {
        auto rows = m_c.query("SELECT " + kUserColumns + " FROM users WHERE username = ?", {username});
        return rows.empty() ? std::nullopt : std::optional(userFromRow(rows.front()));
    }

    std::optional<app::StoredUser> findById(const std::string &id) override
    {
        auto rows = m_c.query("SELECT " + kUserColumns + " FROM users WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : std::optional(userFromRow(rows.front()));
    }

    Page<User> list(const app::PageRequest &request) override
    {
        std::string where = " WHERE 1=1";
        std::vector<SqlValue> params;
        if (!request.search.empty())
        {
            where += " AND (username LIKE ? ESCAPE '!' OR display_name LIKE ? ESCAPE '!' OR email LIKE ? "
                     "ESCAPE '!')";
            const auto pattern = likePattern(request.search);
            params.insert(params.end(), {pattern, pattern, pattern});
        }
        Page<User> page{{}, 0, request.page, request.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM users" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"username", "username"},
                                                                 {"displayName", "display_name"},
                                                                 {"createdAt", "created_at"},
                                                                 {"lastLoginAt", "last_login_at"}};
        const std::string sql = "SELECT " + kUserColumns + " FROM users" + where +
                                orderClause(request, sortable, "username") + limitClause(request, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(userFromRow(row).user);
        return page;
    }

    void insert(const User &u, const std::string &hash) override
    {
        m_c.execute(
            "INSERT INTO users (id, username, display_name, email, phone, roles, active, wechat_openid, "
            "last_login_at, created_at, updated_at, password_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            {u.id,
             u.username,
             u.displayName,
             u.email,
             u.phone,
             joinRoles(u.roles),
             std::int64_t{u.active ? 1 : 0},
             u.wechatOpenid,
             orNull(u.lastLoginAt),
             iso(u.createdAt),
             iso(u.updatedAt),
             hash});
    }

    void update(const User &u) override
    {
        m_c.execute("UPDATE users SET display_name = ?, email = ?, phone = ?, roles = ?, active = ?, "
                    "wechat_openid = ?, updated_at = ? WHERE id = ?",
                    {u.displayName,
                     u.email,
                     u.phone,
                     joinRoles(u.roles),
                     std::int64_t{u.active ? 1 : 0},
                     u.wechatOpenid,
                     iso(u.updatedAt),
                     u.id});
    }

    void setPassword(const std::string &id, const std::string &hash, TimePoint at) override
    {
        m_c.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", {hash, iso(at), id});
    }

    void recordLogin(const std::string &id, TimePoint at) override
    {
        m_c.execute("UPDATE users SET last_login_at = ? WHERE id = ?", {iso(at), id});
    }

    std::int64_t countAdmins() override
    {
        std::int64_t count = 0;
        for (const auto &row : m_c.query("SELECT roles FROM users WHERE active = 1"))
            for (Role r : splitRoles(row.text(0)))
                count += r == Role::Admin ? 1 : 0;
        return count;
    }

private:
    Connection &m_c;
};

// --------------------------------------------------------------------------------------------- tokens

class SqlTokens : public app::TokenRepository
{
public:
    explicit SqlTokens(Connection &c)
        : m_c(c)
    {
    }

    void insertRefresh(const app::RefreshTokenRecord &r) override
    {
        m_c.execute("INSERT INTO refresh_tokens (id, token_hash, user_id, family_id, expires_at, used_at, "
                    "revoked_at, "
                    "created_at) VALUES (?,?,?,?,?,?,?,?)",
                    {r.id,
                     r.tokenHash,
                     r.userId,
                     r.familyId,
                     iso(r.expiresAt),
                     orNull(r.usedAt),
                     orNull(r.revokedAt),
                     iso(r.createdAt)});
    }

    std::optional<app::RefreshTokenRecord> findRefresh(const std::string &hash) override
    {
        auto rows = m_c.query(
            "SELECT id, token_hash, user_id, family_id, expires_at, used_at, revoked_at, created_at "
            "FROM refresh_tokens WHERE token_hash = ?",
            {hash});
        if (rows.empty())
            return std::nullopt;
        const auto &row = rows.front();
        return app::RefreshTokenRecord{row.text(0),
                                       row.text(1),
                                       row.text(2),
                                       row.text(3),
                                       time(row, 4),
                                       optionalTime(row, 5),
                                       optionalTime(row, 6),
                                       time(row, 7)};
    }

    bool markUsed(const std::string &id, TimePoint at) override
    {
        return m_c.execute(
                   "UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS "
                   "NULL",
                   {iso(at), id}) == 1;
    }

    void revokeFamily(const std::string &familyId, TimePoint at) override
    {
        m_c.execute("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    {iso(at), familyId});
    }

    void revokeUser(const std::string &userId, TimePoint at) override
    {
        m_c.execute("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                    {iso(at), userId});
    }

    void revokeAccess(const std::string &jti, TimePoint expiresAt) override
    {
        if (!isAccessRevoked(jti))
            m_c.execute("INSERT INTO revoked_access_tokens (jti, expires_at) VALUES (?, ?)",
                        {jti, iso(expiresAt)});
        m_c.execute("DELETE FROM revoked_access_tokens WHERE expires_at < ?", {iso(nextevent::now())});
    }

    void cutOffAccess(const std::string &userId, TimePoint notBefore, TimePoint expiresAt) override
    {
        m_c.execute("DELETE FROM access_token_cutoffs WHERE user_id = ? OR expires_at < ?",
                    {userId, iso(nextevent::now())});
        m_c.execute("INSERT INTO access_token_cutoffs (user_id, not_before, expires_at) VALUES (?, ?, ?)",
                    {userId, iso(notBefore), iso(expiresAt)});
    }

    std::vector<std::pair<std::string, TimePoint>> accessCutoffs() override
    {
        std::vector<std::pair<std::string, TimePoint>> out;
        for (const auto &row :
             m_c.query("SELECT user_id, not_before FROM access_token_cutoffs WHERE expires_at > ?",
                       {iso(nextevent::now())}))
            out.emplace_back(row.text(0), time(row, 1));
        return out;
    }

    std::vector<std::pair<std::string, TimePoint>> revokedAccess() override
    {
        std::vector<std::pair<std::string, TimePoint>> out;
        for (const auto &row :
             m_c.query("SELECT jti, expires_at FROM revoked_access_tokens WHERE expires_at > ?",
                       {iso(nextevent::now())}))
            out.emplace_back(row.text(0), time(row, 1));
        return out;
    }

    bool isAccessRevoked(const std::string &jti) override
    {
        return !m_c.query("SELECT 1 FROM revoked_access_tokens WHERE jti = ?", {jti}).empty();
    }

private:
    Connection &m_c;
};

// --------------------------------------------------------------------------------------------- events

const std::string kEventColumns =
    "e.id, e.title, e.description, e.start_date, e.end_date, e.location, e.capacity, e.status, "
    "e.interaction_code, "
    "e.scan_message, e.user_tag_id, e.qr_code_url, e.auto_reply, e.created_at, e.updated_at, "
    "e.interaction, "
    // Counts from the per-event counters (migration 0012), not summed over the attendees of each event.
    "COALESCE(c.registered, 0), COALESCE(c.waitlisted, 0), COALESCE(c.checked_in, 0), e.timezone, "
    "COALESCE(c.pending, 0), COALESCE(c.offered, 0), "
    "e.registration_form, e.registration_approval, e.max_party_size, e.offer_hold_hours";

/// What kEventColumns reads from: the event and its counter row (one join, not a lookup per count).
const std::string kEventsFrom = " FROM events e LEFT JOIN attendee_counts c ON c.event_id = e.id";

/// The stored form; it was validated when written, so a column that no longer parses is kept out rather
/// than failing every read of the event.
std::vector<FormField> formColumn(const std::string &text)
{
    const auto document = nlohmann::json::parse(text, nullptr, false);
    std::vector<FieldError> errors;
    auto form = formFromJson(document, errors);
    return errors.empty() ? form : std::vector<FormField>{};
}

std::string formText(const Event &e)
{
    return nlohmann::json(e.registrationForm).dump();
}

Event eventFromRow(const SqlRow &row)
{
    Event e;
    e.id = row.text(0);
    e.title = row.text(1);
    e.description = row.text(2);
    e.startDate = optionalTime(row, 3);
    e.endDate = optionalTime(row, 4);
    e.location = row.text(5);
    e.capacity = row.optionalInteger(6);
    e.status = eventStatusFromString(row.text(7)).value_or(EventStatus::Draft);
    e.wechatConfig.interactionCode = row.text(8);
    e.wechatConfig.scanMessage = row.text(9);
    e.wechatConfig.userTagId = row.optionalInteger(10);
    e.wechatConfig.qrCodeUrl = row.text(11);
    e.wechatConfig.autoReply = row.text(12);
    e.createdAt = time(row, 13);
    e.updatedAt = time(row, 14);
    if (const auto stored = nlohmann::json::parse(row.text(15), nullptr, false); stored.is_object())
    {
        std::vector<FieldError> ignored; // written by this server: a bad value keeps the defaults
        e.interaction = interactionFromJson(stored, e.interaction, ignored);
    }
    e.counts = {row.integer(16), row.integer(17), row.integer(18)};
    e.timezone = row.text(19);
    e.counts.pending = row.integer(20);
    e.counts.offered = row.integer(21);
    e.registrationForm = formColumn(row.text(22));
    e.registrationApproval = row.integer(23) != 0;
    e.maxPartySize = row.integer(24);
    e.offerHoldHours = row.integer(25);
    return e;
}

SqlValue interactionCode(const Event &e)
{
    // NULL rather than '' so the unique index allows many events without a code.
    return e.wechatConfig.interactionCode.empty() ? SqlValue(nullptr)
                                                  : SqlValue(e.wechatConfig.interactionCode);
}

class SqlEvents : public app::EventRepository
{
public:
    explicit SqlEvents(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Event &e) override
    {
        m_c.execute(
            "INSERT INTO events (id, title, description, start_date, end_date, location, capacity, status, "
            "interaction_code, scan_message, user_tag_id, qr_code_url, auto_reply, created_at, updated_at, "
            "timezone, interaction, registration_form, registration_approval, max_party_size, "
            "offer_hold_hours) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            {e.id,
             e.title,
             e.description,
             orNull(e.startDate),
             orNull(e.endDate),
             e.location,
             orNull(e.capacity),
             std::string(toString(e.status)),
             interactionCode(e),
             e.wechatConfig.scanMessage,
             orNull(e.wechatConfig.userTagId),
             e.wechatConfig.qrCodeUrl,
             e.wechatConfig.autoReply,
             iso(e.createdAt),
             iso(e.updatedAt),
             e.timezone,
             interactionJson(e.interaction).dump(),
             formText(e),
             flag(e.registrationApproval),
             e.maxPartySize,
             e.offerHoldHours});
        // Its attendee counters, so registrations only ever add to an existing row.
        m_c.execute("INSERT INTO attendee_counts (event_id) VALUES (?)", {e.id});
    }

    std::optional<Event> find(const std::string &id, bool forUpdate) override
    {
        if (forUpdate && m_c.dialect() == Dialect::MySQL)
            m_c.query("SELECT id FROM events WHERE id = ? FOR UPDATE", {id});
        auto rows = m_c.query(
            "SELECT " + kEventColumns + kEventsFrom + " WHERE e.id = ? AND e.deleted_at IS NULL", {id});
        return rows.empty() ? std::nullopt : std::optional(eventFromRow(rows.front()));
    }

    std::optional<Event> findByInteractionCode(const std::string &code) override
    {
        auto rows = m_c.query("SELECT " + kEventColumns + kEventsFrom +
                                  " WHERE e.interaction_code = ? AND e.deleted_at IS NULL",
                              {code});
        return rows.empty() ? std::nullopt : std::optional(eventFromRow(rows.front()));
    }

    bool update(const Event &e, TimePoint expected) override
    {
        return m_c.execute(
                   "UPDATE events SET title = ?, description = ?, start_date = ?, end_date = ?, location = "
                   "?, "
                   "capacity = ?, status = ?, interaction_code = ?, scan_message = ?, user_tag_id = ?, "
                   "qr_code_url = ?, auto_reply = ?, updated_at = ?, timezone = ?, interaction = ?, "
                   "registration_form = ?, registration_approval = ?, max_party_size = ?, offer_hold_hours = "
                   "? "
                   "WHERE id = ? AND "
                   "updated_at = ? AND "
                   "deleted_at IS NULL",
                   {e.title,
                    e.description,
                    orNull(e.startDate),
                    orNull(e.endDate),
                    e.location,
                    orNull(e.capacity),
                    std::string(toString(e.status)),
                    interactionCode(e),
                    e.wechatConfig.scanMessage,
                    orNull(e.wechatConfig.userTagId),
                    e.wechatConfig.qrCodeUrl,
                    e.wechatConfig.autoReply,
                    iso(e.updatedAt),
                    e.timezone,
                    interactionJson(e.interaction).dump(),
                    formText(e),
                    flag(e.registrationApproval),
                    e.maxPartySize,
                    e.offerHoldHours,
                    e.id,
                    iso(expected)}) == 1;
    }

    bool softDelete(const std::string &id, TimePoint at) override
    {
        // The interaction code is released so a new event may reuse it.
        return m_c.execute(
                   "UPDATE events SET deleted_at = ?, updated_at = ?, interaction_code = NULL WHERE id = ? "
                   "AND deleted_at IS NULL",
                   {iso(at), iso(at), id}) == 1;
    }

    Page<Event> list(const app::EventQuery &q) override
    {
        std::string where = " WHERE e.deleted_at IS NULL";
        std::vector<SqlValue> params;
        if (!q.search.empty())
        {
            where +=
                " AND (e.title LIKE ? ESCAPE '!' OR e.description LIKE ? ESCAPE '!' OR e.location LIKE ? "
                "ESCAPE '!')";
            const auto pattern = likePattern(q.search);
            params.insert(params.end(), {pattern, pattern, pattern});
        }
        if (q.status)
        {
            where += " AND e.status = ?";
            params.emplace_back(std::string(toString(*q.status)));
        }
        if (q.memberUserId)
        {
            where += " AND e.id IN (SELECT m.event_id FROM event_members m WHERE m.user_id = ?)";
            params.emplace_back(*q.memberUserId);
        }
        if (q.overlapsFrom && q.overlapsTo)
        {
            where += " AND e.start_date < ? AND e.end_date >= ?";
            params.emplace_back(iso(*q.overlapsTo));
            params.emplace_back(iso(*q.overlapsFrom));
        }
        Page<Event> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM events e" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"title", "e.title"},
                                                                 {"startDate", "e.start_date"},
                                                                 {"endDate", "e.end_date"},
                                                                 {"status", "e.status"},
                                                                 {"location", "e.location"},
                                                                 {"capacity", "e.capacity"},
                                                                 {"createdAt", "e.created_at"},
                                                                 {"updatedAt", "e.updated_at"}};
        const std::string sql = "SELECT " + kEventColumns + kEventsFrom + where +
                                orderClause(q, sortable, "e.start_date") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(eventFromRow(row));
        return page;
    }

private:
    Connection &m_c;
};

// ------------------------------------------------------------------------------------------ attendees

const std::string kAttendeeColumns = "a.id, a.event_id, a.name, a.phone, a.openid, a.status, "
                                     "a.check_in_code, a.checked_in_at, a.checked_in_by, "
                                     "a.check_in_method, a.created_at, a.updated_at, "
                                     "CASE WHEN a.status = 'waitlisted' THEN (SELECT COUNT(*) FROM attendees "
                                     "b WHERE b.event_id = a.event_id AND "
                                     "b.status = 'waitlisted' AND b.waitlist_seq <= a.waitlist_seq) END, "
                                     "a.answers, a.party_size, a.offer_expires_at, a.waitlist_seq";

Attendee attendeeFromRow(const SqlRow &row)
{
    Attendee a;
    a.id = row.text(0);
    a.eventId = row.text(1);
    a.name = row.text(2);
    a.phone = row.text(3);
    a.openid = row.text(4);
    a.status = attendeeStatusFromString(row.text(5)).value_or(AttendeeStatus::Registered);
    a.checkInCode = row.text(6);
    a.checkedInAt = optionalTime(row, 7);
    a.checkedInBy = row.text(8);
    a.checkInMethod = row.text(9);
    a.createdAt = time(row, 10);
    a.updatedAt = time(row, 11);
    a.waitlistPosition = row.optionalInteger(12);
    a.answers = nlohmann::json::parse(row.text(13), nullptr, false);
    if (!a.answers.is_object())
        a.answers = nlohmann::json::object();
    a.partySize = row.integer(14);
    a.offerExpiresAt = optionalTime(row, 15);
    return a;
}

class SqlAttendees : public app::AttendeeRepository
{
public:
    explicit SqlAttendees(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Attendee &a, std::optional<std::int64_t> seq) override
    {
        m_c.execute(
            "INSERT INTO attendees (id, event_id, name, phone, openid, status, waitlist_seq, check_in_code, "
            "checked_in_at, checked_in_by, check_in_method, created_at, updated_at, answers, party_size, "
            "offer_expires_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            {a.id,
             a.eventId,
             a.name,
             a.phone,
             a.openid,
             std::string(toString(a.status)),
             orNull(seq),
             a.checkInCode,
             orNull(a.checkedInAt),
             a.checkedInBy,
             a.checkInMethod,
             iso(a.createdAt),
             iso(a.updatedAt),
             a.answers.dump(),
             a.partySize,
             orNull(a.offerExpiresAt)});
        addToCounts(a.eventId, Contribution::of(a.status, a.partySize, a.checkedInAt.has_value()));
    }

    std::optional<Attendee> find(const std::string &eventId, const std::string &id) override
    {
        return one("a.event_id = ? AND a.id = ?", {eventId, id});
    }

    std::optional<Attendee> findByCode(const std::string &code) override
    {
        return one("a.check_in_code = ?", {code});
    }

    std::optional<Attendee> findActiveByOpenid(const std::string &eventId, const std::string &openid) override
    {
        return one("a.event_id = ? AND a.openid = ? AND a.status NOT IN ('cancelled', 'rejected')",
                   {eventId, openid});
    }

    Page<Attendee> list(const std::string &eventId, const app::AttendeeQuery &q) override
    {
        std::string where = " WHERE a.event_id = ?";
        std::vector<SqlValue> params{eventId};
        if (!q.search.empty())
        {
            where += " AND (a.name LIKE ? ESCAPE '!' OR a.phone LIKE ? ESCAPE '!' OR a.check_in_code = ?)";
            const auto pattern = likePattern(q.search);
            params.insert(params.end(), {pattern, pattern, q.search});
        }
        if (q.status)
        {
            where += " AND a.status = ?";
            params.emplace_back(std::string(toString(*q.status)));
        }
        Page<Attendee> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM attendees a" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"name", "a.name"},
                                                                 {"status", "a.status"},
                                                                 {"createdAt", "a.created_at"},
                                                                 {"checkedInAt", "a.checked_in_at"},
                                                                 {"waitlistPosition", "a.waitlist_seq"}};
        const std::string sql = "SELECT " + kAttendeeColumns + " FROM attendees a" + where +
                                orderClause(q, sortable, "a.created_at") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(attendeeFromRow(row));
        return page;
    }

    std::vector<Attendee> all(const std::string &eventId) override
    {
        std::vector<Attendee> out;
        for (const auto &row :
             m_c.query("SELECT " + kAttendeeColumns +
                           " FROM attendees a WHERE a.event_id = ? ORDER BY a.created_at, a.id",
                       {eventId}))
            out.push_back(attendeeFromRow(row));
        return out;
    }

    void update(const Attendee &a, std::optional<std::int64_t> seq) override
    {
        const auto before = m_c.query(
            "SELECT event_id, status, party_size, checked_in_at IS NOT NULL FROM attendees WHERE id = ?",
            {a.id});
        m_c.execute(
            "UPDATE attendees SET name = ?, phone = ?, status = ?, waitlist_seq = ?, checked_in_at = ?, "
            "checked_in_by = ?, check_in_method = ?, updated_at = ?, answers = ?, party_size = ?, "
            "offer_expires_at = ? WHERE id = ?",
            {a.name,
             a.phone,
             std::string(toString(a.status)),
             orNull(seq),
             orNull(a.checkedInAt),
             a.checkedInBy,
             a.checkInMethod,
             iso(a.updatedAt),
             a.answers.dump(),
             a.partySize,
             orNull(a.offerExpiresAt),
             a.id});
        if (before.empty())
            return;
        const SqlRow &row = before.front();
        const std::string eventId = row.text(0);
        addToCounts(
            eventId,
            Contribution::of(a.status, a.partySize, a.checkedInAt.has_value()) -
                Contribution::of(attendeeStatusFromString(row.text(1)).value_or(AttendeeStatus::Registered),
                                 row.integer(2),
                                 row.integer(3) != 0));
    }

    EventCounts counts(const std::string &eventId) override
    {
        const auto rows = m_c.query("SELECT registered, waitlisted, checked_in, pending, offered FROM "
                                    "attendee_counts WHERE event_id = ?",
                                    {eventId});
        if (rows.empty())
            return {}; // no counter row yet: the event has no attendees
        const SqlRow &row = rows.front();
        return {row.integer(0), row.integer(1), row.integer(2), row.integer(3), row.integer(4)};
    }

    std::int64_t waitlistedParties(const std::string &eventId) override
    {
        const auto rows =
            m_c.query("SELECT waitlisted_parties FROM attendee_counts WHERE event_id = ?", {eventId});
        return rows.empty() ? 0 : rows.front().integer(0);
    }

    std::optional<Attendee> firstWaitlistedFitting(const std::string &eventId,
                                                   std::int64_t maxPartySize) override
    {
        // The earliest party of each size that fits is one seek in attendees_waitlist_fit; the earliest of
        // those is the first that fits. Sizes are few (at most kPartySizeMax), the list may be long.
        const std::int64_t largest =
            m_c.query("SELECT MAX(party_size) FROM attendees WHERE event_id = ? AND status = 'waitlisted'",
                      {eventId})
                .front()
                .integer(0);
        std::optional<std::int64_t> firstSeq;
        for (std::int64_t size = 1; size <= std::min(largest, maxPartySize); ++size)
        {
            const auto rows =
                m_c.query("SELECT MIN(waitlist_seq) FROM attendees WHERE event_id = ? AND status = "
                          "'waitlisted' AND party_size = ?",
                          {eventId, size});
            if (const auto seq = rows.front().optionalInteger(0); seq && (!firstSeq || *seq < *firstSeq))
                firstSeq = seq;
        }
        if (!firstSeq)
            return std::nullopt;
        return one("a.event_id = ? AND a.status = 'waitlisted' AND a.waitlist_seq = ?", {eventId, *firstSeq});
    }

    std::vector<Attendee> expiredOffers(TimePoint now, int limit) override
    {
        std::vector<Attendee> out;
        for (const auto &row : m_c.query("SELECT " + kAttendeeColumns +
                                             " FROM attendees a WHERE a.status = 'offered' AND "
                                             "a.offer_expires_at <= ? ORDER BY a.offer_expires_at LIMIT ?",
                                         {iso(now), std::int64_t{limit}}))
            out.push_back(attendeeFromRow(row));
        return out;
    }

    std::optional<std::int64_t> waitlistSeq(const std::string &id) override
    {
        auto rows = m_c.query("SELECT waitlist_seq FROM attendees WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : rows.front().optionalInteger(0);
    }

    std::int64_t nextWaitlistSeq(const std::string &eventId) override
    {
        // Only waiting rows keep a sequence number, so the end of the list is one seek in attendees_waitlist.
        return m_c.query(
                      "SELECT MAX(waitlist_seq) FROM attendees WHERE event_id = ? AND status = 'waitlisted'",
                      {eventId})
                   .front()
                   .integer(0) +
               1;
    }

private:
    /// What one attendee row adds to its event's counters.
    struct Contribution
    {
        std::int64_t registered = 0, waitlisted = 0, checkedIn = 0, pending = 0, offered = 0, parties = 0;

        static Contribution of(AttendeeStatus status, std::int64_t partySize, bool checkedIn)
        {
            Contribution c;
            switch (status)
            {
            case AttendeeStatus::Registered:
                c.registered = partySize;
                c.checkedIn = checkedIn ? partySize : 0;
                break;
            case AttendeeStatus::Waitlisted:
                c.waitlisted = partySize;
                c.parties = 1;
                break;
            case AttendeeStatus::Pending:
                c.pending = partySize;
                break;
            case AttendeeStatus::Offered:
                c.offered = partySize;
                break;
            default:
                break;
            }
            return c;
        }

        Contribution operator-(const Contribution &o) const
        {
            return {registered - o.registered,
                    waitlisted - o.waitlisted,
                    checkedIn - o.checkedIn,
                    pending - o.pending,
                    offered - o.offered,
                    parties - o.parties};
        }

        bool empty() const
        {
            return registered == 0 && waitlisted == 0 && checkedIn == 0 && pending == 0 && offered == 0 &&
                   parties == 0;
        }
    };

    /// Adds a change of the rows to the event's counters, after the rows were written. The counter row is
    /// locked by the UPDATE until the unit of work ends, so concurrent writers change it in turn.
    void addToCounts(const std::string &eventId, const Contribution &c)
    {
        if (c.empty())
            return;
        const std::size_t changed =
            m_c.execute("UPDATE attendee_counts SET registered = registered + ?, waitlisted = waitlisted + "
                        "?, checked_in = "
                        "checked_in + ?, pending = pending + ?, offered = offered + ?, waitlisted_parties = "
                        "waitlisted_parties + ? WHERE event_id = ?",
                        {c.registered, c.waitlisted, c.checkedIn, c.pending, c.offered, c.parties, eventId});
        if (changed > 0)
            return;
        // No counter row (an event stored without one): count it from the rows, which already hold this
        // change, once; later changes add to it.
        m_c.execute(
            "INSERT INTO attendee_counts (event_id, registered, waitlisted, checked_in, pending, offered, "
            "waitlisted_parties) SELECT ?, "
            "COALESCE(SUM(CASE WHEN status = 'registered' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'registered' AND checked_in_at IS NOT NULL THEN party_size ELSE "
            "0 "
            "END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'pending' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'offered' THEN party_size ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0) "
            "FROM attendees WHERE event_id = ?",
            {eventId, eventId});
    }

    std::optional<Attendee> one(const std::string &where, const std::vector<SqlValue> &params)
    {
        auto rows = m_c.query("SELECT " + kAttendeeColumns + " FROM attendees a WHERE " + where, params);
        return rows.empty() ? std::nullopt : std::optional(attendeeFromRow(rows.front()));
    }

    Connection &m_c;
};

// ------------------------------------------------------------------------------------------------ audit

class SqlAudit : public app::AuditRepository
{
public:
    explicit SqlAudit(Connection &c)
        : m_c(c)
    {
    }

    void append(const app::AuditEntry &e) override
    {
        m_c.execute(
            "INSERT INTO audit_log (id, actor, action, entity_type, entity_id, details, created_at) VALUES "
            "(?,?,?,?,?,?,?)",
            {newUuid(),
             e.actor,
             e.action,
             e.entityType,
             e.entityId,
             e.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
             iso(nextevent::now())});
    }

    std::vector<app::AuditEntry> forEntity(const std::string &type, const std::string &id) override
    {
        std::vector<app::AuditEntry> out;
        for (const auto &row :
             m_c.query("SELECT actor, action, entity_type, entity_id, details FROM audit_log WHERE "
                       "entity_type = ? AND entity_id = ? ORDER BY " +
                           std::string(m_c.dialect() == Dialect::SQLite ? "rowid" : "seq"),
                       {type, id}))
            out.push_back({row.text(0),
                           row.text(1),
                           row.text(2),
                           row.text(3),
                           nlohmann::json::parse(row.text(4), nullptr, false)});
        return out;
    }

private:
    Connection &m_c;
};

class SqlUnitOfWork : public app::UnitOfWork
{
public:
    /// A writing unit owns a transaction; a reading one a plain pooled connection.
    SqlUnitOfWork(Database &database, bool writing)
    {
        if (writing)
        {
            m_transaction = std::make_unique<Transaction>(database);
            m_connection = &m_transaction->connection();
        }
        else
        {
            m_plain = std::make_unique<Connection>(database.connect());
            m_connection = m_plain.get();
        }
        m_users = std::make_unique<SqlUsers>(*m_connection);
        m_tokens = std::make_unique<SqlTokens>(*m_connection);
        m_events = std::make_unique<SqlEvents>(*m_connection);
        m_attendees = std::make_unique<SqlAttendees>(*m_connection);
        m_audit = std::make_unique<SqlAudit>(*m_connection);
        m_media = makeSqlMedia(*m_connection);
        m_articles = makeSqlArticles(*m_connection);
        m_surveys = makeSqlSurveys(*m_connection);
        m_analytics = makeSqlAnalytics(*m_connection);
        m_wechat = makeSqlWeChat(*m_connection);
        m_jobs = makeSqlJobs(*m_connection);
        m_checkins = makeSqlCheckins(*m_connection);
        m_draws = makeSqlDraws(*m_connection);
        m_interaction = makeSqlInteraction(*m_connection);
        m_webhooks = makeSqlWebhooks(*m_connection);
        m_teams = makeSqlTeams(*m_connection);
    }

    app::UserRepository &users() override
    {
        return *m_users;
    }

    app::TokenRepository &tokens() override
    {
        return *m_tokens;
    }

    app::EventRepository &events() override
    {
        return *m_events;
    }

    app::AttendeeRepository &attendees() override
    {
        return *m_attendees;
    }

    app::WebhookRepository &webhooks() override
    {
        return *m_webhooks;
    }

    app::AuditRepository &audit() override
    {
        return *m_audit;
    }

    app::MediaRepository &media() override
    {
        return *m_media;
    }

    app::ArticleRepository &articles() override
    {
        return *m_articles;
    }

    app::SurveyRepository &surveys() override
    {
        return *m_surveys;
    }

    app::AnalyticsRepository &analytics() override
    {
        return *m_analytics;
    }

    app::WeChatRepository &wechat() override
    {
        return *m_wechat;
    }

    app::JobRepository &jobs() override
    {
        return *m_jobs;
    }

    app::CheckinRepository &checkins() override
    {
        return *m_checkins;
    }

    app::DrawRepository &draws() override
    {
        return *m_draws;
    }

    app::InteractionRepository &interaction() override
    {
        return *m_interaction;
    }

    app::TeamRepository &teams() override
    {
        return *m_teams;
    }

    void commit() override
    {
        if (m_transaction)
            m_transaction->commit();
    }

private:
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Connection> m_plain;
    Connection *m_connection = nullptr;
    std::unique_ptr<SqlUsers> m_users;
    std::unique_ptr<SqlTokens> m_tokens;
    std::unique_ptr<SqlEvents> m_events;
    std::unique_ptr<SqlAttendees> m_attendees;
    std::unique_ptr<SqlAudit> m_audit;
    std::unique_ptr<app::MediaRepository> m_media;
    std::unique_ptr<app::ArticleRepository> m_articles;
    std::unique_ptr<app::SurveyRepository> m_surveys;
    std::unique_ptr<app::AnalyticsRepository> m_analytics;
    std::unique_ptr<app::WeChatRepository> m_wechat;
    std::unique_ptr<app::JobRepository> m_jobs;
    std::unique_ptr<app::CheckinRepository> m_checkins;
    std::unique_ptr<app::DrawRepository> m_draws;
    std::unique_ptr<app::InteractionRepository> m_interaction;
    std::unique_ptr<app::WebhookRepository> m_webhooks;
    std::unique_ptr<app::TeamRepository> m_teams;
};
} // namespace

SqlStore::SqlStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

std::unique_ptr<app::UnitOfWork> SqlStore::read()
{
    app::mayWaitHere();
    return std::make_unique<SqlUnitOfWork>(*m_database, false);
}

std::unique_ptr<app::UnitOfWork> SqlStore::write()
{
    app::mayWaitHere();
    return std::make_unique<SqlUnitOfWork>(*m_database, true);
}

bool SqlStore::ping()
{
    return m_database->ping();
}

} // namespace nextevent::server::store
