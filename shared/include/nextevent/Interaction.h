// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "nextevent/Time.h"

namespace nextevent
{

enum class InteractionKind
{
    Subscribe,
    Unsubscribe,
    Scan,
    Click,
    View,
    Message,
    OAuth
};

std::string_view toString(InteractionKind kind);
std::optional<InteractionKind> interactionKindFromString(std::string_view text);

/// One thing a WeChat user did: the raw material of analytics.
struct Interaction
{
    std::string id;
    std::string openid;
    InteractionKind kind = InteractionKind::Message;
    std::string eventKey;
    std::optional<std::string> eventId;
    TimePoint createdAt{};

    bool operator==(const Interaction &) const = default;
};

} // namespace nextevent
