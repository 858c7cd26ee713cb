// SPDX-License-Identifier: MIT
#include "server/store/Database.h"

#include <charconv>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/URI.h>

#include "nextevent/Error.h"

#include "server/store/MysqlSession.h"
#include "server/store/SqlSession.h"
#include "server/store/SqliteSession.h"

namespace nextevent::server::store
{
SqlRow::SqlRow(std::vector<std::optional<std::string>> columns)
    : m_columns(std::move(columns))
{
}

bool SqlRow::isNull(std::size_t column) const
{
    return !m_columns.at(column).has_value();
}

const std::string &SqlRow::text(std::size_t column) const
{
    static const std::string empty;
    const auto &value = m_columns.at(column);
    return value ? *value : empty;
}

std::optional<std::string> SqlRow::optionalText(std::size_t column) const
{
    return m_columns.at(column);
}

std::int64_t SqlRow::integer(std::size_t column) const
{
    return optionalInteger(column).value_or(0);
}

std::optional<std::int64_t> SqlRow::optionalInteger(std::size_t column) const
{
    const auto &value = m_columns.at(column);
    if (!value)
        return std::nullopt;
    std::int64_t out = 0;
    const auto *end = value->data() + value->size();
    auto [ptr, ec] = std::from_chars(value->data(), end, out);
    if (ec != std::errc())
    {
        // Some drivers render integral aggregates as "3.0".
        return static_cast<std::int64_t>(std::stod(*value));
    }
    return out;
}

DatabaseUrl DatabaseUrl::parse(const std::string &url)
{
    DatabaseUrl out;
    if (url.rfind("sqlite:", 0) == 0)
    {
        out.dialect = Dialect::SQLite;
        out.path = url.substr(7);
        if (out.path.rfind("//", 0) == 0)
            out.path = out.path.substr(2);
        if (out.path.empty())
            throw std::invalid_argument(
                "sqlite: URL needs a file path, e.g. sqlite:/var/lib/nextevent/nextevent.db");
        return out;
    }
    if (url.rfind("mysql://", 0) == 0 || url.rfind("mariadb://", 0) == 0)
    {
        Poco::URI uri(url);
        out.dialect = Dialect::MySQL;
        out.host = uri.getHost().empty() ? "127.0.0.1" : uri.getHost();
        out.port = uri.getPort() ? uri.getPort() : 3306;
        const auto &info = uri.getUserInfo();
        const auto colon = info.find(':');
        std::string user = info.substr(0, colon);
        std::string password = colon == std::string::npos ? "" : info.substr(colon + 1);
        Poco::URI::decode(user, out.user);
        Poco::URI::decode(password, out.password);
        out.database = uri.getPath();
        if (!out.database.empty() && out.database.front() == '/')
            out.database.erase(0, 1);
        if (out.user.empty())
            throw std::invalid_argument("mysql:// URL needs a user: mysql://user:pass@host:port/db");
        return out;
    }
    throw std::invalid_argument("database URL must start with sqlite: or mysql://");
}

std::string DatabaseUrl::redacted() const
{
    if (dialect == Dialect::SQLite)
        return "sqlite:" + path;
    return "mysql://" + user + ":***@" + host + ":" + std::to_string(port) + "/" + database;
}

Connection::Connection(Database &database, std::unique_ptr<SqlSession> session)
    : m_database(&database)
    , m_session(std::move(session))
{
}

Connection::~Connection()
{
    if (m_session)
        m_database->release(std::move(m_session));
}

Connection::Connection(Connection &&other) noexcept
    : m_database(other.m_database)
    , m_session(std::move(other.m_session))
{
}

Dialect Connection::dialect() const
{
    return m_database->dialect();
}

std::vector<SqlRow> Connection::query(const std::string &sql, const std::vector<SqlValue> &params)
{
    return m_session->query(sql, params);
}

std::size_t Connection::execute(const std::string &sql, const std::vector<SqlValue> &params)
{
    return m_session->execute(sql, params);
}

Transaction::Transaction(Database &database)
    : m_connection(database.connect())
{
    // SQLite has one writer per file: writers of this process queue here rather than on the file lock.
    if (database.dialect() == Dialect::SQLite)
        m_writeLock = std::unique_lock(database.m_writeMutex);
    m_connection.m_session->begin();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try
    {
        m_connection.m_session->rollback();
    }
    catch (const std::exception &e)
    {
        Poco::Logger::get("store").error("rollback failed: %s", std::string(e.what()));
    }
}

void Transaction::commit()
{
    m_connection.m_session->commit();
    m_done = true;
}

Database::Database(const DatabaseUrl &url, int maxSessions)
    : m_url(url)
    , m_capacity(maxSessions)
    , m_slots(maxSessions)
{
    try
    {
        // Open one session now so a wrong path or credentials fail at start, not on the first request.
        auto probe = open();
        std::lock_guard lock(m_poolMutex);
        ++m_open;
        probe->idleSince = std::chrono::steady_clock::now();
        m_idle.push_back(std::move(probe));
    }
    catch (const Error &e)
    {
        throw Error(ErrorCode::Unavailable, "cannot open database " + url.redacted() + ": " + e.what());
    }
    catch (const std::exception &e)
    {
        throw Error(ErrorCode::Unavailable, "cannot open database " + url.redacted() + ": " + e.what());
    }
}

Database::~Database() = default;

std::unique_ptr<SqlSession> Database::open()
{
    if (m_url.dialect == Dialect::SQLite)
        return std::make_unique<SqliteSession>(m_url.path);
    return std::make_unique<MysqlSession>(m_url);
}

Connection Database::connect()
{
    ++m_waiting;
    const bool acquired = m_slots.try_acquire_for(std::chrono::seconds(10));
    --m_waiting;
    if (!acquired)
        throw Error(ErrorCode::Unavailable, "The database is busy; try again");
    std::unique_ptr<SqlSession> session;
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_idle.empty())
        {
            session = std::move(m_idle.back());
            m_idle.pop_back();
        }
        else
            ++m_open;
    }
    try
    {
        if (!session)
            session = open();
        else if (std::chrono::steady_clock::now() - session->idleSince > std::chrono::seconds(5))
            session->revalidate(); // the server may have closed or restarted since
        return Connection(*this, std::move(session));
    }
    catch (const std::exception &e)
    {
        {
            std::lock_guard lock(m_poolMutex);
            --m_open;
        }
        m_slots.release();
        Poco::Logger::get("store").error("cannot get a database session: %s", std::string(e.what()));
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
}

void Database::release(std::unique_ptr<SqlSession> session)
{
    {
        std::lock_guard lock(m_poolMutex);
        if (session->usable())
        {
            session->idleSince = std::chrono::steady_clock::now();
            m_idle.push_back(std::move(session));
        }
        else
            --m_open;
    }
    session.reset();
    m_slots.release();
}

void Database::checkpoint()
{
    if (m_url.dialect != Dialect::SQLite)
        return;
    auto connection = connect();
    // PASSIVE: never waits for readers or the writer; it copies what it can.
    const auto rows = connection.query("PRAGMA wal_checkpoint(PASSIVE)");
    const std::int64_t logFrames = rows.empty() ? 0 : rows.front().integer(1);
    const std::int64_t copied = rows.empty() ? 0 : rows.front().integer(2);
    if (logFrames < kCheckpointFrames || copied >= logFrames)
        return;
    std::lock_guard writers(m_writeMutex);
    connection.query("PRAGMA wal_checkpoint(PASSIVE)");
}

bool Database::ping()
{
    try
    {
        auto connection = connect();
        return !connection.query("SELECT 1").empty();
    }
    catch (const std::exception &)
    {
        return false;
    }
}

Database::PoolStats Database::stats() const
{
    std::lock_guard lock(m_poolMutex);
    const int idle = static_cast<int>(m_idle.size());
    return {m_open - idle, idle, m_capacity, m_waiting.load()};
}

void rethrowDatabaseError(const std::exception &e, const std::string &sql)
{
    if (const auto *error = dynamic_cast<const nextevent::Error *>(&e))
        throw *error;
    std::string text = e.what();
    if (const auto *poco = dynamic_cast<const Poco::Exception *>(&e))
        text = poco->displayText();
    if (text.find("UNIQUE constraint failed") != std::string::npos ||
        text.find("Duplicate entry") != std::string::npos || text.find("[1062]") != std::string::npos)
        throw Error(ErrorCode::Conflict, "A record with the same unique value already exists");
    if (text.find("server has gone away") != std::string::npos ||
        text.find("Lost connection") != std::string::npos)
    {
        Poco::Logger::get("store").error("database connection error: %s", text);
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
    Poco::Logger::get("store").error("database error: %s [sql: %s]", text, sql);
    throw Error(ErrorCode::Internal, "Internal error");
}

} // namespace nextevent::server::store
