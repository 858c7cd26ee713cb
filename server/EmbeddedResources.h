// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace nextevent::server
{

/// resources/openapi.json, compiled into the binary so the server serves the contract it was built with.
std::string_view openApiDocument();

/// resources/profanity/en.txt and zh.txt: the word lists that mark audience text as filtered.
std::string_view profanityListEn();
std::string_view profanityListZh();

} // namespace nextevent::server
