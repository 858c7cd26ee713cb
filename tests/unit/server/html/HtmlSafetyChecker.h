// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nextevent::server::infra::test
{

/// Independent check of sanitiser output: parses it again with gumbo, as a browser would, and reports
/// every element, attribute, URL or comment outside the allow-list. Also scans the raw text of every
/// tag for event handlers, style attributes and dangerous URL schemes. Empty result means safe.
std::vector<std::string> findSafetyProblems(std::string_view html);

/// Lower-cases ASCII letters.
std::string asciiLower(std::string_view text);

} // namespace nextevent::server::infra::test
