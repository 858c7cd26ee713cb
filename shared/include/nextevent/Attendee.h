// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "nextevent/Time.h"

namespace nextevent
{

enum class AttendeeStatus
{
    Registered,
    Waitlisted,
    Cancelled
};

std::string_view toString(AttendeeStatus status);
std::optional<AttendeeStatus> attendeeStatusFromString(std::string_view text);

struct Attendee
{
    std::string id;
    std::string eventId;
    std::string name;
    std::string phone;
    std::string openid;
    AttendeeStatus status = AttendeeStatus::Registered;
    std::optional<std::int64_t> waitlistPosition; ///< 1-based, only while waitlisted
    std::string checkInCode;
    std::optional<TimePoint> checkedInAt;
    std::string checkedInBy;
    std::string checkInMethod; ///< "code", "manual", "wechat"
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Attendee &) const = default;
};

} // namespace nextevent
