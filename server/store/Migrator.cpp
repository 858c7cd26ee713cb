// SPDX-License-Identifier: MIT
#include "server/store/Migrator.h"

#include <algorithm>
#include <set>
#include <sstream>

#include <Poco/Logger.h>

#include "nextevent/Error.h"
#include "nextevent/Time.h"

#include "server/store/Migrations.h"

namespace nextevent::server::store
{

std::vector<std::string> splitStatements(const std::string &sql)
{
    std::vector<std::string> statements;
    std::istringstream in(sql);
    std::string line;
    std::string current;
    while (std::getline(in, line))
    {
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line.compare(first, 2, "--") == 0)
            continue;
        current += line + "\n";
        const auto last = line.find_last_not_of(" \t\r");
        if (line[last] == ';')
        {
            current.erase(current.find_last_of(';'));
            statements.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        statements.push_back(current);
    return statements;
}

Migrator::Migrator(Database &database)
    : m_database(database)
{
}

const std::vector<Migration> &Migrator::migrations() const
{
    return m_database.dialect() == Dialect::SQLite ? sqliteMigrations() : mysqlMigrations();
}

void Migrator::ensureTable()
{
    auto connection = m_database.connect();
    connection.execute(
        m_database.dialect() == Dialect::SQLite
            ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
              "NULL, applied_at TEXT NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, name VARCHAR(200) "
              "NOT NULL, applied_at VARCHAR(32) NOT NULL) ENGINE=InnoDB");
}

int Migrator::currentVersion()
{
    ensureTable();
    auto connection = m_database.connect();
    const auto rows = connection.query("SELECT MAX(version) FROM schema_migrations");
    return rows.empty() ? 0 : static_cast<int>(rows.front().integer(0));
}

int Migrator::latestVersion() const
{
    return migrations().empty() ? 0 : migrations().back().version;
}

std::set<int> Migrator::appliedVersions()
{
    ensureTable();
    auto connection = m_database.connect();
    std::set<int> versions;
    for (const auto &row : connection.query("SELECT version FROM schema_migrations"))
        versions.insert(static_cast<int>(row.integer(0)));
    return versions;
}

std::vector<int> Migrator::migrate(int upTo)
{
    const int current = currentVersion();
    if (current > latestVersion())
        checkCompatible(false);
    // Every known migration not yet recorded, in version order: one numbered below the highest applied
    // (written on a branch that landed later) still runs.
    const auto done = appliedVersions();
    std::vector<int> applied;
    for (const auto &migration : migrations())
    {
        if (done.contains(migration.version) || migration.version > upTo)
            continue;
        // SQLite runs DDL inside the transaction; MySQL commits DDL implicitly, so a failure there leaves the
        // version unrecorded and the migration is safe to re-run only if written idempotently.
        Transaction tx(m_database);
        for (const auto &statement : splitStatements(migration.sql))
            tx.connection().execute(statement);
        tx.connection().execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            {std::int64_t{migration.version}, std::string(migration.name), formatIso8601(nextevent::now())});
        tx.commit();
        Poco::Logger::get("store").information(
            "applied migration %d (%s)", migration.version, std::string(migration.name));
        applied.push_back(migration.version);
    }
    return applied;
}

void Migrator::checkCompatible(bool requireCurrent)
{
    const int current = currentVersion();
    if (current > latestVersion())
        throw Error(ErrorCode::Unavailable,
                    "the database schema (version " + std::to_string(current) +
                        ") is newer than this server knows (version " + std::to_string(latestVersion()) +
                        "); upgrade nextevent-server");
    const auto done = appliedVersions();
    const bool missing = std::any_of(migrations().begin(),
                                     migrations().end(),
                                     [&](const Migration &m) { return !done.contains(m.version); });
    if (requireCurrent && missing)
        throw Error(ErrorCode::Unavailable,
                    "the database schema (version " + std::to_string(current) +
                        ") needs migrating to version " + std::to_string(latestVersion()) +
                        "; run 'nextevent-server migrate'");
}

void Migrator::adoptTimezone(const std::string &zone)
{
    m_database.connect().execute("UPDATE events SET timezone = ? WHERE timezone = ''", {zone});
}

} // namespace nextevent::server::store
