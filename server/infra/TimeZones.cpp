// SPDX-License-Identifier: MIT
#include "server/infra/TimeZones.h"

#include <cctz/time_zone.h>

namespace nextevent::server::infra
{
namespace
{
cctz::time_zone zoneOrUtc(const std::string &name)
{
    cctz::time_zone zone;
    if (name.empty() || !cctz::load_time_zone(name, &zone))
        return cctz::utc_time_zone();
    return zone;
}

std::chrono::system_clock::time_point seconds(TimePoint t)
{
    return std::chrono::time_point_cast<std::chrono::system_clock::duration>(t);
}
} // namespace

bool isKnownTimeZone(const std::string &name)
{
    // Path-like names are refused before the library sees them: a zone name never leaves the tz database.
    if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != std::string::npos)
        return false;
    for (const char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+'))
            return false;
    cctz::time_zone zone;
    return cctz::load_time_zone(name, &zone);
}

std::string formatInZone(TimePoint t, const std::string &zone)
{
    return cctz::format("%Y-%m-%d %H:%M", seconds(t), zoneOrUtc(zone));
}

std::string utcOffsetLabel(TimePoint t, const std::string &zone)
{
    const auto offset = zoneOrUtc(zone).lookup(seconds(t)).offset;
    if (offset == 0)
        return "UTC";
    const int minutes = std::abs(offset) / 60;
    std::string label = std::string("UTC") + (offset < 0 ? "-" : "+") + std::to_string(minutes / 60);
    if (minutes % 60 != 0)
        label += ":" + std::string(minutes % 60 < 10 ? "0" : "") + std::to_string(minutes % 60);
    return label;
}

} // namespace nextevent::server::infra
