// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "nextevent/Time.h"

#include "server/app/Store.h"
#include "server/store/Database.h"

/// Small pieces every SQL repository shares: time columns, NULLs, LIKE patterns, paging and ordering.
namespace nextevent::server::store::sql
{

std::string iso(TimePoint t);
TimePoint time(const SqlRow &row, std::size_t column);
std::optional<TimePoint> optionalTime(const SqlRow &row, std::size_t column);
SqlValue orNull(const std::optional<std::int64_t> &value);
SqlValue orNull(const std::optional<TimePoint> &value);
SqlValue orNull(const std::optional<std::string> &value);
SqlValue flag(bool value);

/// "%term%" for LIKE ... ESCAPE '!' with the wildcard characters of the term escaped.
std::string likePattern(const std::string &term);

/// " LIMIT ? OFFSET ?" with its two parameters appended.
std::string limitClause(const app::PageRequest &request, std::vector<SqlValue> &params);

/// " ORDER BY <column> ASC|DESC, <tiebreak> ASC" for a whitelisted sort field, else the fallback column.
std::string orderClause(const app::PageRequest &request,
                        const std::map<std::string, std::string> &sortable,
                        const std::string &fallback,
                        const std::string &tiebreak = "id");

/// Inserts `count` rows with `insert` ("INSERT INTO t (a, b) VALUES "), `columns` placeholders a row,
/// `row(i, params)` appending row i's values and `suffix` after the rows (" ON CONFLICT ..."): chunks of up
/// to 32 rows in ten sizes, so a batch costs a statement per chunk instead of one per row (a round trip each
/// on MariaDB) and few distinct statements stay prepared. Returns the rows the statements affected.
std::size_t insertRows(Connection &connection,
                       const std::string &insert,
                       std::size_t columns,
                       std::size_t count,
                       const std::function<void(std::size_t, std::vector<SqlValue> &)> &row,
                       const std::string &suffix = "");

/// Runs `select` ("SELECT ... WHERE k IN ") for `keys`, in the same chunks as insertRows, and returns every
/// row.
std::vector<SqlRow>
selectIn(Connection &connection, const std::string &select, const std::vector<std::string> &keys);

/// Per-minute counts from rows of (minute, count).
std::vector<app::MinuteCount> minuteCounts(const std::vector<SqlRow> &rows);

} // namespace nextevent::server::store::sql
