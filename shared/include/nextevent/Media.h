// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "nextevent/Time.h"

namespace nextevent
{

/// An uploaded file, addressed by the SHA-256 of its content.
struct Media
{
    std::string id;
    std::string url;
    std::string mime;
    std::int64_t size = 0;
    std::string sha256;
    TimePoint createdAt{};

    bool operator==(const Media &) const = default;
};

} // namespace nextevent
