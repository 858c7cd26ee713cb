// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nextevent/Time.h"

namespace nextevent
{

/// Staff roles. checkin: door staff who may search attendees and check them in, but not list,
/// browse or export them.
enum class Role
{
    Admin,
    Organizer,
    Presenter,
    Checkin,
    Viewer
};

std::string_view toString(Role role);
std::optional<Role> roleFromString(std::string_view text);

struct User
{
    std::string id;
    std::string username;
    std::string displayName;
    std::string email;
    std::string phone;
    std::vector<Role> roles;
    bool active = true;
    std::string wechatOpenid;
    std::optional<TimePoint> lastLoginAt;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool hasRole(Role role) const;

    bool operator==(const User &) const = default;
};

} // namespace nextevent
