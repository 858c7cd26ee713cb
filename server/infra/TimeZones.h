// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "nextevent/Time.h"

namespace nextevent::server::infra
{

/// IANA time zones from the system's tz database (/usr/share/zoneinfo, Debian's tzdata) through CCTZ.

/// True when `name` (e.g. "Asia/Shanghai") is in the tz database. "UTC" always is.
bool isKnownTimeZone(const std::string &name);

/// `t` as wall-clock time in `zone`, "YYYY-MM-DD HH:MM" (an unknown zone falls back to UTC).
std::string formatInZone(TimePoint t, const std::string &zone);

/// The zone's offset at `t` as "UTC+8", "UTC-3:30" or "UTC".
std::string utcOffsetLabel(TimePoint t, const std::string &zone);

} // namespace nextevent::server::infra
