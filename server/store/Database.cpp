// SPDX-License-Identifier: MIT
#include "server/store/Database.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <Poco/Data/LOB.h>
#include <Poco/Data/MySQL/Connector.h>
#include <Poco/Data/MySQL/MySQLException.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Logger.h>
#include <Poco/URI.h>

#include "nextevent/Error.h"

namespace nextevent::server::store
{
namespace
{
/// Applies per-connection settings each time the pool opens a session.
class ConfiguredSessionPool : public Poco::Data::SessionPool
{
public:
    ConfiguredSessionPool(const std::string &connector, const std::string &connect, Dialect dialect, int max)
        : Poco::Data::SessionPool(connector, connect, 1, max, 60)
        , m_dialect(dialect)
    {
    }

protected:
    void customizeSession(Poco::Data::Session &session) override
    {
        using Poco::Data::Keywords::now;
        if (m_dialect == Dialect::SQLite)
        {
            // WAL lets readers run beside the single writer; NORMAL sync in WAL mode loses nothing on a
            // process crash (only on power loss), which is the durability promise we make.
            session << "PRAGMA journal_mode=WAL", now;
            session << "PRAGMA synchronous=NORMAL", now;
            session << "PRAGMA foreign_keys=ON", now;
            session << "PRAGMA busy_timeout=10000", now;
        }
        else
        {
            session << "SET SESSION time_zone='+00:00'", now;
        }
    }

private:
    Dialect m_dialect;
};

std::once_flag g_connectorsOnce;

void registerConnectors()
{
    std::call_once(g_connectorsOnce,
                   []
                   {
                       Poco::Data::SQLite::Connector::registerConnector();
                       Poco::Data::MySQL::Connector::registerConnector();
                   });
}

std::optional<std::string> toText(const Poco::Dynamic::Var &value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (value.type() == typeid(Poco::Data::BLOB))
    {
        const auto &blob = value.extract<Poco::Data::BLOB>();
        return std::string(reinterpret_cast<const char *>(blob.rawContent()), blob.size());
    }
    if (value.type() == typeid(Poco::Data::CLOB))
    {
        const auto &clob = value.extract<Poco::Data::CLOB>();
        return std::string(clob.rawContent(), clob.size());
    }
    return value.convert<std::string>();
}

void bindAll(Poco::Data::Statement &statement, const std::vector<SqlValue> &params)
{
    using namespace Poco::Data::Keywords;
    for (const auto &param : params)
    {
        std::visit(
            [&](const auto &value)
            {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    statement.addBind(use(null));
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    statement.addBind(bind(static_cast<Poco::Int64>(value)));
                else
                    statement.addBind(bind(value));
            },
            param);
    }
}
} // namespace

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

Connection::Connection(Database &database, std::unique_ptr<Poco::Data::Session> session)
    : m_database(&database)
    , m_session(std::move(session))
{
}

Connection::~Connection()
{
    if (m_session)
    {
        m_session.reset();
        m_database->release();
    }
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
    try
    {
        Poco::Data::Statement statement(*m_session);
        statement << sql;
        bindAll(statement, params);
        statement.execute();
        Poco::Data::RecordSet records(statement);
        std::vector<SqlRow> rows;
        const std::size_t columns = records.columnCount();
        const std::size_t count = records.rowCount();
        rows.reserve(count);
        for (std::size_t r = 0; r < count; ++r)
        {
            std::vector<std::optional<std::string>> values;
            values.reserve(columns);
            for (std::size_t c = 0; c < columns; ++c)
                values.push_back(records.isNull(c, r) ? std::nullopt : toText(records.value(c, r)));
            rows.emplace_back(std::move(values));
        }
        return rows;
    }
    catch (const nextevent::Error &)
    {
        throw;
    }
    catch (const std::exception &e)
    {
        rethrowDatabaseError(e, sql);
    }
}

std::size_t Connection::execute(const std::string &sql, const std::vector<SqlValue> &params)
{
    try
    {
        Poco::Data::Statement statement(*m_session);
        statement << sql;
        bindAll(statement, params);
        return statement.execute();
    }
    catch (const std::exception &e)
    {
        rethrowDatabaseError(e, sql);
    }
}

namespace
{
/// POCO's MySQL begin() turns autocommit off and commit()/rollback() leave it off, so the pooled
/// connection's next plain read would open an implicit REPEATABLE READ transaction that nobody ends:
/// every later read on it would see that old snapshot, missing what other connections and instances
/// committed since. Turning autocommit back on ends that risk.
void restoreAutoCommit(Poco::Data::Session &session)
{
    session.setFeature("autoCommit", true);
}
} // namespace

Transaction::Transaction(Database &database)
    : m_connection(database.connect())
{
    if (database.dialect() == Dialect::SQLite)
    {
        m_writeLock = std::unique_lock(database.m_writeMutex);
        m_connection.execute("BEGIN IMMEDIATE");
    }
    else
    {
        try
        {
            m_connection.m_session->begin();
        }
        catch (const std::exception &e)
        {
            rethrowDatabaseError(e, "BEGIN");
        }
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try
    {
        if (m_connection.dialect() == Dialect::SQLite)
            m_connection.execute("ROLLBACK");
        else
        {
            m_connection.m_session->rollback();
            restoreAutoCommit(*m_connection.m_session);
        }
    }
    catch (const std::exception &e)
    {
        Poco::Logger::get("store").error("rollback failed: %s", std::string(e.what()));
    }
}

void Transaction::commit()
{
    if (m_connection.dialect() == Dialect::SQLite)
        m_connection.execute("COMMIT");
    else
    {
        try
        {
            m_connection.m_session->commit();
            restoreAutoCommit(*m_connection.m_session);
        }
        catch (const std::exception &e)
        {
            rethrowDatabaseError(e, "COMMIT");
        }
    }
    m_done = true;
}

Database::Database(const DatabaseUrl &url, int maxSessions)
    : m_url(url)
    , m_slots(maxSessions)
{
    registerConnectors();
    try
    {
        if (url.dialect == Dialect::SQLite)
            m_pool = std::make_unique<ConfiguredSessionPool>("SQLite", url.path, url.dialect, maxSessions);
        else
        {
            const std::string connect = "host=" + url.host + ";port=" + std::to_string(url.port) +
                                        ";user=" + url.user + ";password=" + url.password +
                                        ";db=" + url.database +
                                        ";character-set=utf8mb4;compress=false;auto-reconnect=true";
            m_pool = std::make_unique<ConfiguredSessionPool>("MySQL", connect, url.dialect, maxSessions);
        }
        // Open one session now so a wrong path or credentials fail at start, not on the first request.
        Poco::Data::Session probe = m_pool->get();
    }
    catch (const std::exception &e)
    {
        throw Error(ErrorCode::Unavailable, "cannot open database " + url.redacted() + ": " + e.what());
    }
}

Database::~Database() = default;

Connection Database::connect()
{
    ++m_waiting;
    const bool acquired = m_slots.try_acquire_for(std::chrono::seconds(10));
    --m_waiting;
    if (!acquired)
        throw Error(ErrorCode::Unavailable, "The database is busy; try again");
    try
    {
        return Connection(*this, std::make_unique<Poco::Data::Session>(m_pool->get()));
    }
    catch (const std::exception &e)
    {
        m_slots.release();
        Poco::Logger::get("store").error("cannot get a database session: %s", std::string(e.what()));
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
}

void Database::release()
{
    m_slots.release();
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
    return {m_pool->used(), m_pool->idle(), m_pool->capacity(), m_waiting.load()};
}

namespace
{
/// The MySQL error number in a POCO MySQL exception's text ("[mysql_errno]: 2002" or
/// "[mysql_stmt_errno]: 2002"), or 0.
int mysqlErrno(const std::string &text)
{
    for (const char *key : {"[mysql_stmt_errno]: ", "[mysql_errno]: "})
        if (const auto at = text.find(key); at != std::string::npos)
            return std::atoi(text.c_str() + at + std::strlen(key));
    return 0;
}

/// Errors that mean the server cannot be reached or went away (the client library's connection errors
/// and the server's shutdown/kill notices), as opposed to an error in the statement.
bool isConnectionLost(int error)
{
    switch (error)
    {
    case 1053: // ER_SERVER_SHUTDOWN
    case 1927: // ER_CONNECTION_KILLED
    case 2002: // CR_CONNECTION_ERROR: can't connect (through the socket or TCP)
    case 2003: // CR_CONN_HOST_ERROR: can't connect to the host
    case 2006: // CR_SERVER_GONE_ERROR
    case 2013: // CR_SERVER_LOST
    case 2055: // CR_SERVER_LOST_EXTENDED
    case 4031: // ER_CLIENT_INTERACTION_TIMEOUT
        return true;
    default:
        return false;
    }
}
} // namespace

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
    if (dynamic_cast<const Poco::Data::MySQL::ConnectionException *>(&e) ||
        isConnectionLost(mysqlErrno(text)) || text.find("server has gone away") != std::string::npos ||
        text.find("Lost connection") != std::string::npos)
    {
        Poco::Logger::get("store").error("database connection error: %s", text);
        throw Error(ErrorCode::Unavailable, "The database is unavailable");
    }
    Poco::Logger::get("store").error("database error: %s [sql: %s]", text, sql);
    throw Error(ErrorCode::Internal, "Internal error");
}

} // namespace nextevent::server::store
