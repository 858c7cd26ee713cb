// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

namespace nextevent::server::app
{

/// Optimistic concurrency for edits: when `body` carries "updatedAt", it must be the ISO 8601 time of the
/// stored version. Throws VALIDATION_ERROR for a malformed value and CONFLICT ("The <what> was changed by
/// someone else…", details naming the current updatedAt) for a stale one; does nothing when absent.
void checkEditedVersion(const nlohmann::json &body, TimePoint storedUpdatedAt, const std::string &what);

} // namespace nextevent::server::app
