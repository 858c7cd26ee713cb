// SPDX-License-Identifier: MIT
#include "server/store/SqliteSession.h"

#include <cctype>
#include <sqlite3.h>

#include <Poco/Logger.h>

#include "nextevent/Error.h"

namespace nextevent::server::store
{
namespace
{
bool onlySpaceOrSemicolons(const char *text)
{
    for (; text && *text; ++text)
        if (!std::isspace(static_cast<unsigned char>(*text)) && *text != ';')
            return false;
    return true;
}
} // namespace

SqliteSession::SqliteSession(const std::string &path)
    : m_statements(statementCacheSize, [](sqlite3_stmt *statement) { sqlite3_finalize(statement); })
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
    {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorCode::Unavailable, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A writer of another process (the CLI while the server runs) is waited for, not failed on; writers
    // of this process queue on the pool's write lock before they get here.
    sqlite3_busy_timeout(m_db, 10000);
    // WAL lets readers run beside the single writer; NORMAL sync in WAL mode loses nothing on a
    // process crash (only on power loss), which is the durability promise we make. No automatic
    // checkpoints: the commit that crossed the threshold copied the log into the database and synced it
    // while its request waited (a door scan's p99 went from 11 to 18 ms); Database::checkpoint() does it
    // off the request path, every second.
    for (const char *pragma : {"PRAGMA journal_mode=WAL",
                               "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON",
                               "PRAGMA wal_autocheckpoint=0"})
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, pragma, nullptr, nullptr, &error) != SQLITE_OK)
        {
            const std::string message = error ? error : "unknown error";
            sqlite3_free(error);
            sqlite3_close(m_db);
            m_db = nullptr;
            throw Error(ErrorCode::Unavailable, message);
        }
    }
}

SqliteSession::~SqliteSession()
{
    m_statements.clear();
    sqlite3_close(m_db);
}

void SqliteSession::fail(int code, const std::string &sql)
{
    const std::string message = sqlite3_errmsg(m_db);
    const int primary = code & 0xff;
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
        throw Error(ErrorCode::Conflict, "A record with the same unique value already exists");
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    {
        Poco::Logger::get("store").warning("database busy: %s", message);
        throw Error(ErrorCode::Unavailable, "The database is busy; try again");
    }
    Poco::Logger::get("store").error("database error %d: %s [sql: %s]", code, message, sql);
    throw Error(ErrorCode::Internal, "Internal error");
}

sqlite3_stmt *SqliteSession::prepared(const std::string &sql)
{
    if (sqlite3_stmt *kept = m_statements.find(sql))
        return kept;
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, sql.c_str(), static_cast<int>(sql.size() + 1), SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (rc != SQLITE_OK)
    {
        sqlite3_finalize(statement);
        fail(rc, sql);
    }
    if (!statement || !onlySpaceOrSemicolons(tail))
    {
        // One statement per call: migrations are split into statements before they get here.
        sqlite3_finalize(statement);
        Poco::Logger::get("store").error("not exactly one SQL statement [sql: %s]", sql);
        throw Error(ErrorCode::Internal, "Internal error");
    }
    m_statements.add(sql, statement);
    return statement;
}

std::size_t
SqliteSession::run(const std::string &sql, const std::vector<SqlValue> &params, std::vector<SqlRow> *rows)
{
    sqlite3_stmt *statement = prepared(sql);

    // Whatever happens below, the statement is left reset and unbound for its next use.
    struct Reset
    {
        sqlite3_stmt *statement;

        ~Reset()
        {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        }
    } reset{statement};

    if (sqlite3_bind_parameter_count(statement) != static_cast<int>(params.size()))
    {
        Poco::Logger::get("store").error("statement takes %d parameters, %z given [sql: %s]",
                                         sqlite3_bind_parameter_count(statement),
                                         params.size(),
                                         sql);
        throw Error(ErrorCode::Internal, "Internal error");
    }
    for (std::size_t i = 0; i < params.size(); ++i)
    {
        const int index = static_cast<int>(i + 1);
        // The parameters outlive the statement's run, so SQLite may read them in place (SQLITE_STATIC).
        const int rc = std::visit(
            [&](const auto &value)
            {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    return sqlite3_bind_null(statement, index);
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    return sqlite3_bind_int64(statement, index, value);
                else if constexpr (std::is_same_v<T, double>)
                    return sqlite3_bind_double(statement, index, value);
                else
                    return sqlite3_bind_text64(
                        statement, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
            },
            params[i]);
        if (rc != SQLITE_OK)
            fail(rc, sql);
    }

    const int columns = sqlite3_column_count(statement);
    for (;;)
    {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(sqlite3_extended_errcode(m_db), sql);
        if (!rows)
            continue;
        std::vector<std::optional<std::string>> values;
        values.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c)
        {
            switch (sqlite3_column_type(statement, c))
            {
            case SQLITE_NULL:
                values.emplace_back(std::nullopt);
                break;
            case SQLITE_BLOB:
            {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, c));
                values.emplace_back(std::string(
                    bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
                break;
            }
            default:
            {
                // Numbers come back as SQLite writes them in text; text as stored.
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                values.emplace_back(std::string(
                    text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
                break;
            }
            }
        }
        rows->emplace_back(std::move(values));
    }
    return sqlite3_stmt_readonly(statement) ? 0 : static_cast<std::size_t>(sqlite3_changes(m_db));
}

std::vector<SqlRow> SqliteSession::query(const std::string &sql, const std::vector<SqlValue> &params)
{
    std::vector<SqlRow> rows;
    run(sql, params, &rows);
    return rows;
}

std::size_t SqliteSession::execute(const std::string &sql, const std::vector<SqlValue> &params)
{
    return run(sql, params, nullptr);
}

void SqliteSession::begin()
{
    // IMMEDIATE takes the write lock now, so a writer queues here instead of failing with
    // SQLITE_BUSY half-way through its transaction.
    execute("BEGIN IMMEDIATE", {});
}

void SqliteSession::commit()
{
    execute("COMMIT", {});
}

void SqliteSession::rollback()
{
    execute("ROLLBACK", {});
}

} // namespace nextevent::server::store
