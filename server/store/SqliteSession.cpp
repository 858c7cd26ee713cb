// SPDX-License-Identifier: MIT
#include "server/store/SqliteSession.h"

#include <mutex>

#include <Poco/Data/LOB.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

#include "nextevent/Error.h"

namespace nextevent::server::store
{
namespace
{
std::once_flag g_connectorOnce;

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

SqliteSession::SqliteSession(const std::string &path)
{
    std::call_once(g_connectorOnce, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    m_session = std::make_unique<Poco::Data::Session>("SQLite", path);
    using Poco::Data::Keywords::now;
    // WAL lets readers run beside the single writer; NORMAL sync in WAL mode loses nothing on a
    // process crash (only on power loss), which is the durability promise we make.
    *m_session << "PRAGMA journal_mode=WAL", now;
    *m_session << "PRAGMA synchronous=NORMAL", now;
    *m_session << "PRAGMA foreign_keys=ON", now;
    *m_session << "PRAGMA busy_timeout=10000", now;
}

SqliteSession::~SqliteSession() = default;

std::vector<SqlRow> SqliteSession::query(const std::string &sql, const std::vector<SqlValue> &params)
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

std::size_t SqliteSession::execute(const std::string &sql, const std::vector<SqlValue> &params)
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
