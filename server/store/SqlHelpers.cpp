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

} // namespace nextevent::server::store::sql
