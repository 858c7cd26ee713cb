// SPDX-License-Identifier: MIT
#include "desktop/models/EventChoice.h"

#include <optional>

namespace nextevent::console
{

int preferredEvent(const std::vector<Event> &events, TimePoint now)
{
    if (events.empty())
        return -1;
    std::optional<std::size_t> active;
    std::optional<std::size_t> upcoming;
    const auto startOf = [&](std::size_t i)
    {
        return events[i].startDate.value_or(TimePoint::max());
    };
    for (std::size_t i = 0; i < events.size(); ++i)
    {
        const Event &event = events[i];
        if (event.status == EventStatus::Active)
        {
            if (!active || startOf(i) < startOf(*active))
                active = i;
        }
        else if (event.status == EventStatus::Published)
        {
            // Still to come, or under way without being marked active yet.
            const TimePoint end = event.endDate.value_or(event.startDate.value_or(TimePoint::max()));
            if (end >= now && (!upcoming || startOf(i) < startOf(*upcoming)))
                upcoming = i;
        }
    }
    return static_cast<int>(active.value_or(upcoming.value_or(0)));
}

} // namespace nextevent::console
