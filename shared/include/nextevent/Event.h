// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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
    EventCounts counts;
    EventInteraction interaction;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Event &) const = default;
};

} // namespace nextevent
