// SPDX-License-Identifier: MIT
#include "server/store/SqlHelpers.h"

#include <iterator>

namespace nextevent::server::store::sql
{

std::string iso(TimePoint t)
{
    return formatIso8601(t);
}

TimePoint time(const SqlRow &row, std::size_t column)
{
    return parseIso8601(row.text(column)).value_or(TimePoint{});
}

std::optional<TimePoint> optionalTime(const SqlRow &row, std::size_t column)
{
    if (row.isNull(column))
        return std::nullopt;
    return parseIso8601(row.text(column));
}

SqlValue orNull(const std::optional<std::int64_t> &value)
{
    return value ? SqlValue(*value) : SqlValue(nullptr);
}

SqlValue orNull(const std::optional<TimePoint> &value)
{
    return value ? SqlValue(iso(*value)) : SqlValue(nullptr);
}

SqlValue orNull(const std::optional<std::string> &value)
{
    return value ? SqlValue(*value) : SqlValue(nullptr);
}

SqlValue flag(bool value)
{
    return std::int64_t{value ? 1 : 0};
}

std::string likePattern(const std::string &term)
{
    std::string out = "%";
    for (char c : term)
    {
        if (c == '%' || c == '_' || c == '!')
            out.push_back('!');
        out.push_back(c);
    }
    return out + "%";
}

std::string limitClause(const app::PageRequest &request, std::vector<SqlValue> &params)
{
    params.emplace_back(request.pageSize);
    params.emplace_back(request.offset());
    return " LIMIT ? OFFSET ?";
}

std::string orderClause(const app::PageRequest &request,
                        const std::map<std::string, std::string> &sortable,
                        const std::string &fallback,
                        const std::string &tiebreak)
{
    auto it = sortable.find(request.sort);
    const std::string column = it == sortable.end() ? fallback : it->second;
    return " ORDER BY " + column + (request.descending ? " DESC" : " ASC") + ", " + tiebreak + " ASC";
}

std::vector<app::MinuteCount> minuteCounts(const std::vector<SqlRow> &rows)
{
    std::vector<app::MinuteCount> out;
    out.reserve(rows.size());
    for (const auto &row : rows)
        out.push_back({row.text(0), row.integer(1)});
    return out;
}

namespace
{
/// The most rows of one statement that fit in what is left, from ten sizes: any batch up to 32 rows costs
/// at most three statements (a round trip each on MariaDB) while a connection keeps few shapes prepared.
std::size_t chunkFor(std::size_t left)
{
    for (const std::size_t n : {32, 24, 16, 12, 8, 6, 4, 3, 2})
        if (n <= left)
            return n;
    return 1;
}

std::string placeholders(std::size_t columns)
{
    std::string tuple = "(";
    for (std::size_t c = 0; c < columns; ++c)
        tuple += c == 0 ? "?" : ",?";
    tuple += ')';
    return tuple;
}
} // namespace

std::size_t insertRows(Connection &connection,
                       const std::string &insert,
                       std::size_t columns,
                       std::size_t count,
                       const std::function<void(std::size_t, std::vector<SqlValue> &)> &row,
                       const std::string &suffix)
{
    const std::string tuple = placeholders(columns);
    std::size_t affected = 0;
    std::size_t next = 0;
    while (next < count)
    {
        const std::size_t n = chunkFor(count - next);
        std::string sql = insert;
        std::vector<SqlValue> params;
        params.reserve(n * columns);
        for (std::size_t k = 0; k < n; ++k)
        {
            if (k > 0)
                sql += ',';
            sql += tuple;
            row(next + k, params);
        }
        sql += suffix;
        affected += connection.execute(sql, params);
        next += n;
    }
    return affected;
}

std::vector<SqlRow>
selectIn(Connection &connection, const std::string &select, const std::vector<std::string> &keys)
{
    std::vector<SqlRow> out;
    std::size_t next = 0;
    while (next < keys.size())
    {
        const std::size_t n = chunkFor(keys.size() - next);
        std::vector<SqlValue> params(keys.begin() + static_cast<std::ptrdiff_t>(next),
                                     keys.begin() + static_cast<std::ptrdiff_t>(next + n));
        auto rows = connection.query(select + placeholders(n), params);
        std::move(rows.begin(), rows.end(), std::back_inserter(out));
        next += n;
    }
    return out;
}

} // namespace nextevent::server::store::sql
