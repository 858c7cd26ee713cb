// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nextevent/RegistrationForm.h"
#include "nextevent/Time.h"

namespace nextevent
{

/// draft → published → active → completed; draft, published or active → cancelled.
enum class EventStatus
{
    Draft,
    Published,
    Active,
    Completed,
    Cancelled
};

std::string_view toString(EventStatus status);
std::optional<EventStatus> eventStatusFromString(std::string_view text);

/// How an event shows up in WeChat.
struct WeChatConfig
{
    std::string interactionCode; ///< the QR scene string
    std::string scanMessage;     ///< reply sent when the code is scanned
    std::optional<std::int64_t> userTagId;
    std::string qrCodeUrl;
    std::string autoReply;

    bool operator==(const WeChatConfig &) const = default;
};

struct EventCounts
{
    std::int64_t registered = 0;
    std::int64_t waitlisted = 0;
    std::int64_t checkedIn = 0;
    std::int64_t pending = 0; ///< awaiting approval
    std::int64_t offered = 0; ///< holding an offered place

    bool operator==(const EventCounts &) const = default;
};

enum class Moderation
{
    Pre, ///< "pre": new items wait for a moderator
    Post ///< "post": new items are shown at once; moderators may remove them
};

/// Event.interaction: how the event's audience Q&A and message wall are moderated (DESIGN.md "Live
/// interaction"). JSON in LiveInteraction.h.
struct EventInteraction
{
    Moderation qaModeration = Moderation::Pre;
    Moderation wallModeration = Moderation::Pre;
    bool profanityFilter = true;

    bool operator==(const EventInteraction &) const = default;
};

struct Event
{
    std::string id;
    std::string title;
    std::string description;
    std::optional<TimePoint> startDate;
    std::optional<TimePoint> endDate;
    std::string location;
    std::string timezone;                 ///< IANA name (Asia/Shanghai) the event's times are shown in
    std::optional<std::int64_t> capacity; ///< absent: unlimited
    EventStatus status = EventStatus::Draft;
    WeChatConfig wechatConfig;
    std::vector<FormField> registrationForm; ///< the event's own questions (at most 20)
    bool registrationApproval = false;       ///< new registrations wait as pending for staff
    std::int64_t maxPartySize = 1;           ///< places one registration may take
    std::int64_t offerHoldHours = 24;        ///< how long an offered place is held
    EventCounts counts; ///< places (a party counts its size), except pending and waitlisted: parties
    EventInteraction interaction;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Event &) const = default;
};

} // namespace nextevent
