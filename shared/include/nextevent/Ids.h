// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nextevent
{

/// A random (version 4) UUID in canonical lower-case form.
std::string newUuid();

/// A time-ordered (version 7, RFC 9562) UUID for `unixMillis`: 48 bits of the time, then 74 random bits.
/// For rows written in bulk and never shown by id to the public (interactions, survey responses): ids that
/// grow with time append to the end of an index instead of touching a random page of it per row.
std::string newTimeOrderedUuid(std::int64_t unixMillis);

/// True for a canonical UUID string (36 characters, hex and dashes in the right places).
bool isUuid(std::string_view text);

} // namespace nextevent
