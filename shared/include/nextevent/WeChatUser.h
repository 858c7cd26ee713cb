// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "nextevent/Time.h"

namespace nextevent
{

/// A follower of the Official Account, as far as WeChat has told us.
struct WeChatUser
{
    std::string openid;
    std::string unionid;
    std::string nickname;
    std::string avatarUrl;
    std::string language;
    bool subscribed = false;
    std::optional<TimePoint> subscribedAt;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const WeChatUser &) const = default;
};

} // namespace nextevent
