// SPDX-License-Identifier: MIT
#include "server/store/MysqlSession.h"

#include <errmsg.h>
#include <mutex>

#include <Poco/Logger.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "nextevent/Error.h"

namespace nextevent::server::store
{
namespace
{
std::once_flag g_libraryOnce;

/// Errors after which the connection itself is gone; the session reconnects before its next use.
bool isConnectionLost(unsigned int code)
{
    switch (code)
    {
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case CR_SERVER_LOST_EXTENDED:
    case ER_SERVER_SHUTDOWN:
    case ER_CONNECTION_KILLED:
    case 4031: // ER_CLIENT_INTERACTION_TIMEOUT: the server closed an idle connection (MariaDB 10.6+)
        return true;
    default:
        return false;
    }
}

bool isNumeric(enum_field_types type)
{
    switch (type)
    {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_FLOAT:
    case MYSQL_TYPE_DOUBLE:
    case MYSQL_TYPE_YEAR:
        return true;
    default:
        return false;
    }
}

/// Frees the statement's result set and metadata however the fetch ends.
struct ResultGuard
{
    MYSQL_STMT *statement;
    MYSQL_RES *metadata = nullptr;

    ~ResultGuard()
    {
        if (metadata)
            mysql_free_result(metadata);
        mysql_stmt_free_result(statement);
    }
};
} // namespace

MysqlSession::MysqlSession(const DatabaseUrl &url)
    : m_url(url)
    , m_statements(statementCacheSize, [](MYSQL_STMT *statement) { mysql_stmt_close(statement); })
{
    std::call_once(g_libraryOnce, [] { mysql_library_init(0, nullptr, nullptr); });
    connect();
}

MysqlSession::~MysqlSession()
{
    disconnect();
}

void MysqlSession::connect()
{
    m_mysql = mysql_init(nullptr);
    if (!m_mysql)
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    // Bounded waits: a database that stops answering fails requests with 503 instead of holding
    // their threads for the kernel's TCP timeout.
    const unsigned int connectTimeout = 5;
    const unsigned int ioTimeout = 30;
    mysql_options(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    mysql_options(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_options(m_mysql, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
    mysql_options(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
    // CLIENT_FOUND_ROWS: UPDATE reports the rows it matched, as SQLite does, not only those it changed.
    if (!mysql_real_connect(m_mysql,
                            m_url.host.c_str(),
                            m_url.user.c_str(),
                            m_url.password.c_str(),
                            m_url.database.empty() ? nullptr : m_url.database.c_str(),
                            static_cast<unsigned int>(m_url.port),
                            nullptr,
                            CLIENT_FOUND_ROWS))
    {
        const std::string reason = mysql_error(m_mysql);
        mysql_close(m_mysql);
        m_mysql = nullptr;
        Poco::Logger::get("store").error("cannot connect to %s: %s", m_url.redacted(), reason);
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
    m_broken = false;
    m_inTransaction = false;
    runText("SET SESSION time_zone='+00:00'", false);
}

void MysqlSession::disconnect()
{
    m_statements.clear();
    if (m_mysql)
        mysql_close(m_mysql);
    m_mysql = nullptr;
}

void MysqlSession::revalidate()
{
    if (m_mysql && !m_broken && mysql_ping(m_mysql) == 0)
        return;
    disconnect();
    connect();
}

std::vector<SqlRow> MysqlSession::query(const std::string &sql, const std::vector<SqlValue> &params)
{
    return run(sql, params, true).rows;
}

std::size_t MysqlSession::execute(const std::string &sql, const std::vector<SqlValue> &params)
{
    return static_cast<std::size_t>(run(sql, params, false).affected);
}

void MysqlSession::begin()
{
    run("START TRANSACTION", {}, false);
    m_inTransaction = true;
}

void MysqlSession::commit()
{
    m_inTransaction = false;
    run("COMMIT", {}, false);
}

void MysqlSession::rollback()
{
    m_inTransaction = false;
    if (usable())
        run("ROLLBACK", {}, false);
}

MysqlSession::Result
MysqlSession::run(const std::string &sql, const std::vector<SqlValue> &params, bool wantRows)
{
    for (int attempt = 0;; ++attempt)
    {
        try
        {
            m_lastCode = 0;
            m_failedBeforeExecute = false;
            if (!usable())
            {
                if (m_inTransaction)
                    throw Error(ErrorCode::Unavailable, "The database is unavailable");
                disconnect();
                connect();
            }
            return params.empty() ? runText(sql, wantRows) : runPrepared(sql, params, wantRows);
        }
        catch (const Error &error)
        {
            // One reconnect and retry when the connection was lost outside a transaction and repeating
            // cannot apply a change twice: a read, a statement that was never executed, or one the
            // client could not even send ("gone away").
            const bool repeatable = wantRows || m_failedBeforeExecute || m_lastCode == CR_SERVER_GONE_ERROR;
            const bool retry = attempt == 0 && !m_inTransaction && m_broken && repeatable;
            if (!retry)
                throw;
        }
    }
}

MysqlSession::Result MysqlSession::runText(const std::string &sql, bool wantRows)
{
    Result result;
    if (mysql_real_query(m_mysql, sql.data(), sql.size()) != 0)
        fail(mysql_errno(m_mysql), mysql_error(m_mysql), sql);
    MYSQL_RES *rows = mysql_store_result(m_mysql);
    if (!rows)
    {
        if (mysql_field_count(m_mysql) != 0)
            fail(mysql_errno(m_mysql), mysql_error(m_mysql), sql);
        result.affected = mysql_affected_rows(m_mysql);
        return result;
    }
    const unsigned int columns = mysql_num_fields(rows);
    if (wantRows)
        result.rows.reserve(mysql_num_rows(rows));
    while (MYSQL_ROW row = mysql_fetch_row(rows))
    {
        if (!wantRows)
            continue;
        const unsigned long *lengths = mysql_fetch_lengths(rows);
        std::vector<std::optional<std::string>> values;
        values.reserve(columns);
        for (unsigned int c = 0; c < columns; ++c)
            values.push_back(row[c] ? std::optional<std::string>(std::string(row[c], lengths[c]))
                                    : std::nullopt);
        result.rows.emplace_back(std::move(values));
    }
    mysql_free_result(rows);
    return result;
}

MYSQL_STMT *MysqlSession::prepared(const std::string &sql)
{
    if (MYSQL_STMT *kept = m_statements.find(sql))
        return kept;
    m_failedBeforeExecute = true;
    MYSQL_STMT *statement = mysql_stmt_init(m_mysql);
    if (!statement)
        fail(CR_OUT_OF_MEMORY, "out of memory", sql);
    if (mysql_stmt_prepare(statement, sql.data(), sql.size()) != 0)
    {
        const unsigned int code = mysql_stmt_errno(statement);
        const std::string message = mysql_stmt_error(statement);
        mysql_stmt_close(statement);
        fail(code, message, sql);
    }
    const my_bool updateMaxLength = 1;
    mysql_stmt_attr_set(statement, STMT_ATTR_UPDATE_MAX_LENGTH, &updateMaxLength);
    m_statements.add(sql, statement);
    m_failedBeforeExecute = false;
    return statement;
}

MysqlSession::Result
MysqlSession::runPrepared(const std::string &sql, const std::vector<SqlValue> &params, bool wantRows)
{
    MYSQL_STMT *statement = prepared(sql);
    if (mysql_stmt_param_count(statement) != params.size())
    {
        Poco::Logger::get("store").error("statement takes %lu parameters, %z given [sql: %s]",
                                         mysql_stmt_param_count(statement),
                                         params.size(),
                                         sql);
        throw Error(ErrorCode::Internal, "Internal error");
    }

    std::vector<MYSQL_BIND> binds(params.size());
    std::vector<long long> integers(params.size());
    std::vector<double> doubles(params.size());
    std::vector<unsigned long> lengths(params.size());
    for (std::size_t i = 0; i < params.size(); ++i)
    {
        MYSQL_BIND &bind = binds[i];
        std::visit(
            [&](const auto &value)
            {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    bind.buffer_type = MYSQL_TYPE_NULL;
                else if constexpr (std::is_same_v<T, std::int64_t>)
                {
                    integers[i] = value;
                    bind.buffer_type = MYSQL_TYPE_LONGLONG;
                    bind.buffer = &integers[i];
                }
                else if constexpr (std::is_same_v<T, double>)
                {
                    doubles[i] = value;
                    bind.buffer_type = MYSQL_TYPE_DOUBLE;
                    bind.buffer = &doubles[i];
                }
                else
                {
                    lengths[i] = value.size();
                    bind.buffer_type = MYSQL_TYPE_STRING;
                    bind.buffer = const_cast<char *>(value.data());
                    bind.buffer_length = value.size();
                    bind.length = &lengths[i];
                }
            },
            params[i]);
    }
    if (mysql_stmt_bind_param(statement, binds.data()) != 0 || mysql_stmt_execute(statement) != 0)
    {
        const unsigned int code = mysql_stmt_errno(statement);
        const std::string message = mysql_stmt_error(statement);
        // The table under a kept statement changed (a migration ran): prepare it again next time.
        if (code == ER_NEED_REPREPARE || code == ER_UNKNOWN_STMT_HANDLER)
            m_statements.forget(sql);
        fail(code, message, sql);
    }

    Result result;
    const unsigned int columns = mysql_stmt_field_count(statement);
    if (columns == 0)
    {
        result.affected = mysql_stmt_affected_rows(statement);
        return result;
    }

    ResultGuard guard{statement};
    if (mysql_stmt_store_result(statement) != 0)
        fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);
    guard.metadata = mysql_stmt_result_metadata(statement);
    if (!guard.metadata)
        fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);
    const MYSQL_FIELD *fields = mysql_fetch_fields(guard.metadata);

    // Every column is fetched as text, into a buffer as long as the longest value actually returned
    // (STMT_ATTR_UPDATE_MAX_LENGTH), so a MEDIUMTEXT column costs what its rows hold.
    std::vector<MYSQL_BIND> out(columns);
    std::vector<std::string> buffers(columns);
    std::vector<unsigned long> outLengths(columns);
    std::vector<my_bool> nulls(columns);
    std::vector<my_bool> truncated(columns);
    for (unsigned int c = 0; c < columns; ++c)
    {
        const unsigned long size =
            isNumeric(fields[c].type) ? 64 : std::max<unsigned long>(fields[c].max_length, 16);
        buffers[c].resize(size);
        out[c].buffer_type = MYSQL_TYPE_STRING;
        out[c].buffer = buffers[c].data();
        out[c].buffer_length = size;
        out[c].length = &outLengths[c];
        out[c].is_null = &nulls[c];
        out[c].error = &truncated[c];
    }
    if (mysql_stmt_bind_result(statement, out.data()) != 0)
        fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);

    if (wantRows)
        result.rows.reserve(mysql_stmt_num_rows(statement));
    for (;;)
    {
        const int status = mysql_stmt_fetch(statement);
        if (status == MYSQL_NO_DATA)
            break;
        if (status == 1)
            fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);
        if (status == MYSQL_DATA_TRUNCATED)
        {
            // A value longer than its buffer (the driver did not report a maximum): fetch it whole.
            for (unsigned int c = 0; c < columns; ++c)
            {
                if (nulls[c] || outLengths[c] <= out[c].buffer_length)
                    continue;
                buffers[c].resize(outLengths[c]);
                out[c].buffer = buffers[c].data();
                out[c].buffer_length = outLengths[c];
                if (mysql_stmt_fetch_column(statement, &out[c], c, 0) != 0)
                    fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);
            }
            if (mysql_stmt_bind_result(statement, out.data()) != 0)
                fail(mysql_stmt_errno(statement), mysql_stmt_error(statement), sql);
        }
        if (!wantRows)
            continue;
        std::vector<std::optional<std::string>> values;
        values.reserve(columns);
        for (unsigned int c = 0; c < columns; ++c)
            values.push_back(nulls[c]
                                 ? std::nullopt
                                 : std::optional<std::string>(std::string(buffers[c].data(), outLengths[c])));
        result.rows.emplace_back(std::move(values));
    }
    return result;
}

void MysqlSession::fail(unsigned int code, const std::string &message, const std::string &sql)
{
    m_lastCode = code;
    if (code == ER_DUP_ENTRY || code == ER_DUP_KEY)
        throw Error(ErrorCode::Conflict, "A record with the same unique value already exists");
    if (isConnectionLost(code))
    {
        m_broken = true;
        Poco::Logger::get("store").error("database connection error [%u]: %s", code, message);
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
    if (code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT)
    {
        Poco::Logger::get("store").warning("database busy [%u]: %s", code, message);
        throw Error(ErrorCode::Unavailable, "The database is busy; try again");
    }
    Poco::Logger::get("store").error("database error [%u]: %s [sql: %s]", code, message, sql);
    throw Error(ErrorCode::Internal, "Internal error");
}

} // namespace nextevent::server::store
