// SPDX-License-Identifier: MIT
#include "server/store/SqlHelpers.h"

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

void insertRows(Connection &connection,
                const std::string &insert,
                std::size_t columns,
                std::size_t count,
                const std::function<void(std::size_t, std::vector<SqlValue> &)> &row)
{
    std::string tuple = "(";
    for (std::size_t c = 0; c < columns; ++c)
        tuple += c == 0 ? "?" : ",?";
    tuple += ')';
    std::size_t next = 0;
    while (next < count)
    {
        std::size_t n = 32;
        while (n > count - next)
            n /= 2;
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
        connection.execute(sql, params);
        next += n;
    }
}

} // namespace nextevent::server::store::sql
