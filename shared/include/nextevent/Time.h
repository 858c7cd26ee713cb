// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace nextevent
{

/// All times are UTC with millisecond precision.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

/// The current UTC time, truncated to milliseconds.
TimePoint now();

/// Formats as ISO 8601 UTC with milliseconds: 2026-11-24T09:30:00.000Z.
std::string formatIso8601(TimePoint time);

/// Parses ISO 8601 date-times: "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)".
/// Returns nullopt for anything else, including out-of-range fields (month 13, Feb 30).
std::optional<TimePoint> parseIso8601(std::string_view text);

} // namespace nextevent
