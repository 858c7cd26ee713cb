// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nextevent::server::infra
{

/// Reduces an uploaded file's original name to something safe to record and show again.
///
/// Keeps only the last path component (both '/' and '\' separate), removes control characters
/// (NUL included), Unicode bidirectional overrides and invalid UTF-8, replaces < > : " | ? * with '_',
/// collapses spaces, strips leading and trailing dots and spaces (so "..", ".htaccess"-style hidden
/// names and Windows trailing-dot tricks disappear), prefixes Windows device names (CON, NUL, COM1,
/// ...) with '_' and cuts the name to @p maxBytes bytes at a character boundary, keeping a short
/// extension. Returns "file" when nothing usable is left. @p maxBytes below 8 is treated as 8.
/// The result is a display/record name only: never use it as a storage path.
std::string safeFileName(std::string_view original, std::size_t maxBytes = 120);

} // namespace nextevent::server::infra
