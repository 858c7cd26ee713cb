// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nextevent/Time.h"

namespace nextevent
{

struct Article
{
    std::string id;
    std::string title;
    std::string content; ///< sanitised HTML
    std::string summary;
    std::string author;
    std::string category;
    std::string promotionCode;
    bool published = false;
    std::optional<TimePoint> publishedAt;
    std::int64_t viewCount = 0;
    std::vector<std::string> imageIds; ///< Media ids
    std::string qrCodeUrl;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Article &) const = default;
};

} // namespace nextevent
