// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Event.h"

namespace nextevent
{

/// True when an event may move from `from` to `to`.
bool canTransition(EventStatus from, EventStatus to);

/// The states an event in `from` may move to, in lifecycle order.
std::vector<EventStatus> allowedTransitions(EventStatus from);

/// Throws Error(CONFLICT) naming both states and the allowed targets when the move is forbidden.
void checkTransition(EventStatus from, EventStatus to);

/// Whether attendees may register (published or active) and be checked in (published or active).
bool acceptsRegistrations(EventStatus status);
bool acceptsCheckIns(EventStatus status);

} // namespace nextevent
