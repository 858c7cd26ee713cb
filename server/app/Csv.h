// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace nextevent::server::app
{

/// One quoted CSV field; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
std::string csvField(const std::string &value);

} // namespace nextevent::server::app
