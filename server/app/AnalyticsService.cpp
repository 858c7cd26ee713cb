// SPDX-License-Identifier: MIT
#include "server/app/AnalyticsService.h"

#include <map>

#include "nextevent/Error.h"
#include "nextevent/Json.h"

namespace nextevent::server::app
{
namespace
{
using nlohmann::json;
using namespace std::chrono;

TimePoint parseOr(const std::optional<std::string> &text, const char *field, TimePoint fallback)
{
    if (!text)
        return fallback;
    auto parsed = parseIso8601(*text);
    if (!parsed)
        throw Error::validation({{field, FieldCode::InvalidFormat, "must be an ISO 8601 date-time"}});
    return *parsed;
}

std::int64_t sum(const std::vector<MinuteCount> &counts)
{
    std::int64_t total = 0;
    for (const auto &c : counts)
        total += c.count;
    return total;
}
} // namespace

AnalyticsService::AnalyticsService(Store &store)
    : m_store(store)
{
}

json AnalyticsService::eventAnalytics(const std::string &eventId,
                                      const std::optional<std::string> &fromText,
                                      const std::optional<std::string> &toText)
{
    const TimePoint now = floor<minutes>(nextevent::now()) + minutes(1);
    const TimePoint to = floor<minutes>(parseOr(toText, "to", now));
    const TimePoint from = floor<minutes>(parseOr(fromText, "from", to - minutes(60)));
    if (to <= from)
        throw Error::validation({{"to", FieldCode::OutOfRange, "must be after from"}});
    if (to - from > hours(24))
        throw Error::validation({{"from", FieldCode::OutOfRange, "the window may span at most 24 hours"}});
    auto unit = m_store.read();
    if (!unit->events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
    auto &a = unit->analytics();
    const std::string f = formatIso8601(from), t = formatIso8601(to);
    const auto registrations = a.registrations(eventId, f, t);
    const auto checkIns = a.checkIns(eventId, f, t);
    const auto responses = a.responses(eventId, f, t);
    const auto views = unit->articles().viewsPerMinute(f, t);
    std::map<std::string, json> buckets;
    for (TimePoint m = from; m < to; m += minutes(1))
        buckets[formatIso8601(m).substr(0, 16)] = json{{"minute", formatIso8601(m)},
                                                       {"registrations", 0},
                                                       {"checkIns", 0},
                                                       {"responses", 0},
                                                       {"articleViews", 0}};
    const auto fill = [&](const std::vector<MinuteCount> &counts, const char *name)
    {
        for (const auto &c : counts)
            if (auto it = buckets.find(c.minute); it != buckets.end())
                it->second[name] = c.count;
    };
    fill(registrations, "registrations");
    fill(checkIns, "checkIns");
    fill(responses, "responses");
    fill(views, "articleViews");
    json series = json::array();
    for (auto &[minute, bucket] : buckets)
        series.push_back(std::move(bucket));
    return json{{"eventId", eventId},
                {"from", f},
                {"to", t},
                {"totals",
                 {{"registrations", sum(registrations)},
                  {"checkIns", sum(checkIns)},
                  {"responses", sum(responses)},
                  {"articleViews", sum(views)}}},
                {"series", series}};
}

json AnalyticsService::dashboard()
{
    const TimePoint dayStart = floor<days>(nextevent::now());
    const TimePoint dayEnd = dayStart + days(1);
    const std::string f = formatIso8601(dayStart), t = formatIso8601(dayEnd);
    auto unit = m_store.read();
    auto &a = unit->analytics();
    json today = json::array();
    EventQuery query;
    query.pageSize = 100;
    query.sort = "startDate";
    query.overlapsFrom = dayStart;
    query.overlapsTo = dayEnd;
    for (const auto &event : unit->events().list(query).items)
        if (event.status != EventStatus::Cancelled)
            today.push_back(event);
    return json{{"date", f.substr(0, 10)},
                {"eventsToday", today},
                {"eventsByStatus", a.eventsByStatus()},
                {"today",
                 {{"registrations", a.countRegistrations(f, t)},
                  {"checkIns", a.countCheckIns(f, t)},
                  {"responses", a.countResponses(f, t)},
                  {"articleViews", a.countViews(f, t)}}}};
}

} // namespace nextevent::server::app
