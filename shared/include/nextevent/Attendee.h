// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

namespace nextevent
{

enum class AttendeeStatus
{
    Pending,    ///< waiting for staff approval; holds no place
    Registered, ///< holds partySize places
    Waitlisted, ///< waiting for places, in order
    Offered,    ///< places held until offerExpiresAt; the holder accepts or declines
    Cancelled,
    Rejected ///< refused by staff
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
    nlohmann::json answers = nlohmann::json::object(); ///< registration form answers: field id → value
    std::int64_t partySize = 1;                        ///< places this registration counts
    std::optional<TimePoint> offerExpiresAt;           ///< only while offered
    std::optional<std::int64_t> waitlistPosition;      ///< 1-based, only while waitlisted
    std::string checkInCode;
    std::optional<TimePoint> checkedInAt;
    std::string checkedInBy;
    std::string checkInMethod; ///< "code", "manual", "wechat"
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Attendee &) const = default;
};

} // namespace nextevent
