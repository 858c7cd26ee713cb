// SPDX-License-Identifier: MIT
#pragma once

#include <limits>
#include <set>
#include <vector>

#include "server/store/Database.h"

namespace nextevent::server::store
{

/// Applies the numbered migrations of the database's dialect and records each in schema_migrations.
class Migrator
{
public:
    explicit Migrator(Database &database);

    /// The highest applied version; 0 for an empty database.
    int currentVersion();

    /// The highest version this binary knows.
    int latestVersion() const;

    /// Applies every pending migration, each in its own transaction where the dialect allows.
    /// Returns the versions applied (empty when the schema was current).
    /// Up to `upTo` only: tests build a database as an older release left it, then upgrade it.
    std::vector<int> migrate(int upTo = std::numeric_limits<int>::max());

    /// Throws Error(UNAVAILABLE) when the schema is newer than this binary knows, or (when
    /// requireCurrent) older than it needs.
    void checkCompatible(bool requireCurrent);

    /// Gives events stored without a time zone (created before migration 0008) the configured one.
    void adoptTimezone(const std::string &zone);

private:
    void ensureTable();
    std::set<int> appliedVersions();
    const std::vector<struct Migration> &migrations() const;

    Database &m_database;
};

} // namespace nextevent::server::store
