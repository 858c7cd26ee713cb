// SPDX-License-Identifier: MIT
#include "nextevent/EventLifecycle.h"

#include <string>

#include "nextevent/Error.h"

namespace nextevent
{

bool canTransition(EventStatus from, EventStatus to)
{
    switch (from)
    {
    case EventStatus::Draft:
        return to == EventStatus::Published || to == EventStatus::Cancelled;
    case EventStatus::Published:
        return to == EventStatus::Active || to == EventStatus::Cancelled;
    case EventStatus::Active:
        return to == EventStatus::Completed || to == EventStatus::Cancelled;
    case EventStatus::Completed:
    case EventStatus::Cancelled:
        return false;
    }
    return false;
}

std::vector<EventStatus> allowedTransitions(EventStatus from)
{
    std::vector<EventStatus> out;
    for (EventStatus to : {EventStatus::Draft,
                           EventStatus::Published,
                           EventStatus::Active,
                           EventStatus::Completed,
                           EventStatus::Cancelled})
        if (canTransition(from, to))
            out.push_back(to);
    return out;
}

void checkTransition(EventStatus from, EventStatus to)
{
    if (canTransition(from, to))
        return;
    std::string allowed;
    for (EventStatus s : allowedTransitions(from))
        allowed += (allowed.empty() ? "" : ", ") + std::string(toString(s));
    const std::string message = "An event that is " + std::string(toString(from)) + " cannot become " +
                                std::string(toString(to)) +
                                (allowed.empty() ? " (it is final)" : " (allowed: " + allowed + ")");
    throw Error(ErrorCode::Conflict, message, {{"to", FieldCode::NotAllowed, message}});
}

bool acceptsRegistrations(EventStatus status)
{
    return status == EventStatus::Published || status == EventStatus::Active;
}

bool acceptsCheckIns(EventStatus status)
{
    return status == EventStatus::Published || status == EventStatus::Active;
}

} // namespace nextevent
