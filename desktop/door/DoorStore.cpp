// SPDX-License-Identifier: MIT
#include "desktop/door/DoorStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "desktop/api/JsonFields.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{

/// SQLite takes a null QString as NULL; the columns are NOT NULL and an absent text is empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 integer(const json &object, const char *key)
{
    if (object.is_object())
        if (auto it = object.find(key); it != object.end())
        {
            if (it->is_number_integer())
                return it->get<qint64>();
            if (it->is_boolean())
                return it->get<bool>() ? 1 : 0;
        }
    return 0;
}

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, cursor TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS signing_keys (event_id TEXT NOT NULL, public_key BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lists (event_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL, "
    "name TEXT NOT NULL, allow_reentry INTEGER NOT NULL, requires_confirmation INTEGER NOT NULL, "
    "is_default INTEGER NOT NULL, entered INTEGER NOT NULL, exited INTEGER NOT NULL, inside INTEGER NOT "
    "NULL, "
    "PRIMARY KEY (event_id, id))",
    "CREATE TABLE IF NOT EXISTS attendees (event_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, "
    "status TEXT NOT NULL, code_hash TEXT NOT NULL, PRIMARY KEY (event_id, id))",
    "CREATE INDEX IF NOT EXISTS attendees_by_code ON attendees (event_id, code_hash)",
    "CREATE TABLE IF NOT EXISTS presence (event_id TEXT NOT NULL, list_id TEXT NOT NULL, attendee_id TEXT "
    "NOT "
    "NULL, inside INTEGER NOT NULL, entries INTEGER NOT NULL, exits INTEGER NOT NULL, "
    "PRIMARY KEY (event_id, list_id, attendee_id))",
    "CREATE INDEX IF NOT EXISTS presence_by_attendee ON presence (event_id, attendee_id)",
    // state: pending (not uploaded yet) or synced (result and reason are the server's).
    "CREATE TABLE IF NOT EXISTS queue (nonce TEXT PRIMARY KEY, event_id TEXT NOT NULL, list_id TEXT NOT "
    "NULL, "
    "direction TEXT NOT NULL, code TEXT NOT NULL, attendee_id TEXT NOT NULL, attendee_name TEXT NOT NULL, "
    "scanned_at TEXT NOT NULL, device_id TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', "
    "result TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX IF NOT EXISTS queue_by_state ON queue (event_id, state, scanned_at)",
};
} // namespace

DoorStore::DoorStore(const QString &path)
    : m_connection(QStringLiteral("door-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_path(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
    {
        m_error = db.lastError().text();
        return;
    }
    // WAL keeps readers and the writer apart; FULL makes every commit reach the disk before it returns.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    for (const char *statement : kSchema)
        if (!exec(QString::fromLatin1(statement)))
            return;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (query.next())
        m_deviceId = query.value(0).toString();
    else
    {
        m_deviceId = QStringLiteral("desk-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"));
        query.addBindValue(m_deviceId);
        if (!query.exec())
            m_error = query.lastError().text();
    }
}

DoorStore::~DoorStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DoorStore::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    const_cast<DoorStore *>(this)->m_error = query.lastError().text();
    return false;
}

bool DoorStore::isOpen() const
{
    return m_error.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QString DoorStore::errorText() const
{
    return m_error;
}

QString DoorStore::path() const
{
    return m_path;
}

QString DoorStore::deviceId() const
{
    return m_deviceId;
}

QString DoorStore::cursor(const QString &eventId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT cursor FROM events WHERE event_id = ?"));
    query.addBindValue(eventId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int DoorStore::applySnapshot(const QString &eventId, const json &snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return -1;
    const bool full = snapshot.value("full", false);
    QSqlQuery query(db);
    if (full)
    {
        for (const char *sql :
             {"DELETE FROM attendees WHERE event_id = ?", "DELETE FROM presence WHERE event_id = ?"})
        {
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(eventId);
            if (!query.exec())
            {
                db.rollback();
                return -1;
            }
        }
    }
    QSqlQuery upsert(db);
    upsert.prepare(
        QStringLiteral("INSERT INTO attendees (event_id, id, name, status, code_hash) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (event_id, id) DO UPDATE SET name = excluded.name, "
                       "status = excluded.status, code_hash = excluded.code_hash"));
    QSqlQuery clearPresence(db);
    clearPresence.prepare(QStringLiteral("DELETE FROM presence WHERE event_id = ? AND attendee_id = ?"));
    QSqlQuery insertPresence(db);
    insertPresence.prepare(
        QStringLiteral("INSERT OR REPLACE INTO presence (event_id, list_id, attendee_id, inside, "
                       "entries, exits) VALUES (?, ?, ?, ?, ?, ?)"));
    QList<QString> touched;
    int written = 0;
    const json attendees = snapshot.value("attendees", json::array());
    for (const json &a : attendees)
    {
        const QString id = jsonString(a, "id");
        if (id.isEmpty())
            continue;
        upsert.addBindValue(eventId);
        upsert.addBindValue(id);
        upsert.addBindValue(text(jsonString(a, "name")));
        upsert.addBindValue(text(jsonString(a, "status")));
        upsert.addBindValue(text(jsonString(a, "codeHash")));
        if (!upsert.exec())
        {
            m_error = upsert.lastError().text();
            db.rollback();
            return -1;
        }
        if (!full)
        {
            clearPresence.addBindValue(eventId);
            clearPresence.addBindValue(id);
            clearPresence.exec();
        }
        for (const json &p : a.value("lists", json::array()))
        {
            insertPresence.addBindValue(eventId);
            insertPresence.addBindValue(jsonString(p, "id"));
            insertPresence.addBindValue(id);
            insertPresence.addBindValue(integer(p, "inside"));
            insertPresence.addBindValue(integer(p, "entries"));
            insertPresence.addBindValue(integer(p, "exits"));
            insertPresence.exec();
        }
        touched.append(id);
        ++written;
    }
    // Cancelled registrations stay known as such: "cancelled" says more at the door than "unknown".
    QSqlQuery revoke(db);
    revoke.prepare(QStringLiteral("UPDATE attendees SET status = 'cancelled' WHERE event_id = ? AND id = ?"));
    for (const json &id : snapshot.value("revoked", json::array()))
        if (id.is_string())
        {
            revoke.addBindValue(eventId);
            revoke.addBindValue(QString::fromStdString(id.get<std::string>()));
            revoke.exec();
        }
    replayPending(eventId, full ? QList<QString>() : touched);
    query.prepare(QStringLiteral("INSERT INTO events (event_id, cursor) VALUES (?, ?) "
                                 "ON CONFLICT (event_id) DO UPDATE SET cursor = excluded.cursor"));
    query.addBindValue(eventId);
    query.addBindValue(text(jsonString(snapshot, "cursor")));
    if (!query.exec() || !db.commit())
    {
        m_error = db.lastError().text();
        db.rollback();
        return -1;
    }
    return written;
}

void DoorStore::replayPending(const QString &eventId, const QList<QString> &attendeeIds)
{
    // attendeeIds empty: all (a full snapshot replaced everything).
    const QSet<QString> only(attendeeIds.begin(), attendeeIds.end());
    for (const QueuedScan &scan : pending(eventId, 1000000))
    {
        if (!only.isEmpty() && !only.contains(scan.attendeeId))
            continue;
        LocalPresence p = presence(eventId, scan.listId, scan.attendeeId);
        if (scan.direction == QLatin1String("exit"))
        {
            p.inside = false;
            ++p.exits;
        }
        else
        {
            p.inside = true;
            ++p.entries;
        }
        setPresence(eventId, scan.listId, scan.attendeeId, p);
    }
}

void DoorStore::setKeys(const QString &eventId, const QList<QByteArray> &publicKeys)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM signing_keys WHERE event_id = ?"));
    query.addBindValue(eventId);
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO signing_keys (event_id, public_key) VALUES (?, ?)"));
    for (const QByteArray &key : publicKeys)
    {
        query.addBindValue(eventId);
        query.addBindValue(key);
        query.exec();
    }
    db.commit();
}

QList<QByteArray> DoorStore::keys(const QString &eventId) const
{
    QList<QByteArray> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT public_key FROM signing_keys WHERE event_id = ?"));
    query.addBindValue(eventId);
    query.exec();
    while (query.next())
        out.append(query.value(0).toByteArray());
    return out;
}

void DoorStore::setLists(const QString &eventId, const std::vector<DoorListInfo> &lists)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM lists WHERE event_id = ?"));
    query.addBindValue(eventId);
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO lists (event_id, id, position, name, allow_reentry, "
                                 "requires_confirmation, is_default, entered, exited, inside) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const DoorListInfo &list : lists)
    {
        query.addBindValue(eventId);
        query.addBindValue(list.id);
        query.addBindValue(position++);
        query.addBindValue(text(list.name));
        query.addBindValue(list.allowReentry ? 1 : 0);
        query.addBindValue(list.requiresConfirmation ? 1 : 0);
        query.addBindValue(list.isDefault ? 1 : 0);
        query.addBindValue(list.entered);
        query.addBindValue(list.exited);
        query.addBindValue(list.inside);
        query.exec();
    }
    db.commit();
}

std::vector<DoorListInfo> DoorStore::lists(const QString &eventId) const
{
    std::vector<DoorListInfo> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT id, name, allow_reentry, requires_confirmation, is_default, entered, "
                       "exited, inside FROM lists WHERE event_id = ? ORDER BY position"));
    query.addBindValue(eventId);
    query.exec();
    while (query.next())
        out.push_back({query.value(0).toString(),
                       query.value(1).toString(),
                       query.value(2).toBool(),
                       query.value(3).toBool(),
                       query.value(4).toBool(),
                       query.value(5).toLongLong(),
                       query.value(6).toLongLong(),
                       query.value(7).toLongLong()});
    return out;
}

int DoorStore::attendeeCount(const QString &eventId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM attendees WHERE event_id = ?"));
    query.addBindValue(eventId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<LocalAttendee> DoorStore::attendeeById(const QString &eventId, const QString &attendeeId) const
{
    return attendeeWhere(eventId, QStringLiteral("id"), attendeeId);
}

std::optional<LocalAttendee> DoorStore::attendeeByCodeHash(const QString &eventId,
                                                           const QString &codeHash) const
{
    return attendeeWhere(eventId, QStringLiteral("code_hash"), codeHash);
}

std::optional<LocalAttendee>
DoorStore::attendeeWhere(const QString &eventId, const QString &column, const QString &value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // `column` is one of this file's own names, never input.
    query.prepare(
        QStringLiteral("SELECT id, name, status FROM attendees WHERE event_id = ? AND %1 = ?").arg(column));
    query.addBindValue(eventId);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return LocalAttendee{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

bool DoorStore::codeMatches(const QString &eventId, const QString &attendeeId, const QString &codeHash) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT 1 FROM attendees WHERE event_id = ? AND id = ? AND code_hash = ?"));
    query.addBindValue(eventId);
    query.addBindValue(attendeeId);
    query.addBindValue(codeHash);
    return query.exec() && query.next();
}

LocalPresence
DoorStore::presence(const QString &eventId, const QString &listId, const QString &attendeeId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT inside, entries, exits FROM presence WHERE event_id = ? AND list_id = ? "
                       "AND attendee_id = ?"));
    query.addBindValue(eventId);
    query.addBindValue(listId);
    query.addBindValue(attendeeId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toBool(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

void DoorStore::setPresence(const QString &eventId,
                            const QString &listId,
                            const QString &attendeeId,
                            const LocalPresence &presence)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO presence (event_id, list_id, attendee_id, inside, entries, "
                       "exits) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(eventId);
    query.addBindValue(listId);
    query.addBindValue(attendeeId);
    query.addBindValue(presence.inside ? 1 : 0);
    query.addBindValue(presence.entries);
    query.addBindValue(presence.exits);
    query.exec();
}

qint64 DoorStore::insideCount(const QString &eventId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT attendee_id) FROM presence WHERE event_id = ? AND inside = 1"));
    query.addBindValue(eventId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 DoorStore::insideAt(const QString &eventId, const QString &listId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM presence WHERE event_id = ? AND list_id = ? AND inside = 1"));
    query.addBindValue(eventId);
    query.addBindValue(listId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool DoorStore::enqueue(const QueuedScan &scan, const LocalPresence &after)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO queue (nonce, event_id, list_id, direction, code, attendee_id, "
                                 "attendee_name, scanned_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {scan.nonce,
                                 scan.eventId,
                                 scan.listId,
                                 scan.direction,
                                 scan.code,
                                 scan.attendeeId,
                                 scan.attendeeName,
                                 scan.scannedAt,
                                 scan.deviceId})
        query.addBindValue(text(value));
    if (!query.exec())
    {
        m_error = query.lastError().text();
        db.rollback();
        return false;
    }
    setPresence(scan.eventId, scan.listId, scan.attendeeId, after);
    return db.commit();
}

std::vector<QueuedScan> DoorStore::pending(const QString &eventId, int limit) const
{
    std::vector<QueuedScan> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT nonce, event_id, list_id, direction, code, attendee_id, attendee_name, "
                       "scanned_at, device_id FROM queue WHERE event_id = ? AND state = 'pending' "
                       "ORDER BY scanned_at, rowid LIMIT ?"));
    query.addBindValue(eventId);
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        out.push_back({query.value(0).toString(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toString(),
                       query.value(7).toString(),
                       query.value(8).toString()});
    return out;
}

int DoorStore::pendingCount(const QString &eventId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM queue WHERE event_id = ? AND state = 'pending'"));
    query.addBindValue(eventId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

void DoorStore::markSynced(const QString &nonce, const QString &result, const QString &reason)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("UPDATE queue SET state = 'synced', result = ?, reason = ? WHERE nonce = ?"));
    query.addBindValue(text(result));
    query.addBindValue(text(reason));
    query.addBindValue(nonce);
    if (!query.exec())
        m_error = query.lastError().text();
}

std::vector<SyncProblem> DoorStore::problems(const QString &eventId) const
{
    std::vector<SyncProblem> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT q.nonce, q.attendee_name, COALESCE(l.name, q.list_id), q.direction, "
                       "q.scanned_at, q.result, q.reason FROM queue q LEFT JOIN lists l "
                       "ON l.event_id = q.event_id AND l.id = q.list_id WHERE q.event_id = ? AND "
                       "q.state = 'synced' AND q.result <> 'ok' ORDER BY q.scanned_at DESC, q.rowid DESC"));
    query.addBindValue(eventId);
    query.exec();
    while (query.next())
        out.push_back({query.value(0).toString(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toString()});
    return out;
}

} // namespace nextevent::console
