// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

namespace nextevent
{

/// The deepest nesting of arrays and objects accepted from a client. nlohmann parses and frees
/// iteratively, but copying and dumping a document recurse once per level, so a document nested
/// thousands deep would overflow a worker thread's stack wherever it is copied later (audit entries,
/// logs). Nothing in the API nests deeper than a handful of levels.
inline constexpr std::size_t kMaxJsonDepth = 64;

enum class JsonProblem
{
    None,
    Malformed,
    TooDeep,
};

struct UntrustedJson
{
    nlohmann::json value; ///< discarded unless problem is None
    JsonProblem problem = JsonProblem::None;
};

/// Parses JSON that came from outside: refuses documents nested deeper than @p maxDepth before
/// building any tree, and malformed text, without throwing.
UntrustedJson parseUntrustedJson(std::string_view text, std::size_t maxDepth = kMaxJsonDepth);

/// True when arrays/objects in @p text nest deeper than @p maxDepth (strings are skipped).
bool jsonNestsDeeperThan(std::string_view text, std::size_t maxDepth);

} // namespace nextevent
