// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace nextevent::server
{

/// resources/openapi.json, compiled into the binary so the server serves the contract it was built with.
std::string_view openApiDocument();

} // namespace nextevent::server
