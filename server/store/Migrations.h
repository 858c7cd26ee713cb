// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace nextevent::server::store
{

/// One numbered schema change; the SQL holds statements separated by ";" at line ends.
struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

/// The migrations compiled into this binary, ascending by version.
const std::vector<Migration> &sqliteMigrations();
const std::vector<Migration> &mysqlMigrations();

/// Splits a migration script into statements (on ";" at the end of a line; "--" comment lines dropped).
std::vector<std::string> splitStatements(const std::string &sql);

} // namespace nextevent::server::store
