// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Event.h"

namespace nextevent::console
{

/// Which of `events` a page that works on one event at a time (moderation, QR codes, draws) opens with, when
/// the person has not chosen one yet: the event running now (active), else the next one still to come that
/// is published, else the first in the list. Lists come newest first, so "the first" alone was a draft weeks
/// away while the live event's queue waited. -1 when `events` is empty. `now` is passed in (tests fix it).
int preferredEvent(const std::vector<Event> &events, TimePoint now);

} // namespace nextevent::console
