// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace nextevent
{

/// A random (version 4) UUID in canonical lower-case form.
std::string newUuid();

/// True for a canonical UUID string (36 characters, hex and dashes in the right places).
bool isUuid(std::string_view text);

} // namespace nextevent
