// SPDX-License-Identifier: MIT
#include "desktop/models/StatusText.h"

namespace nextevent::console
{

QString StatusText::event(EventStatus status)
{
    switch (status)
    {
    case EventStatus::Draft:
        return tr("Draft");
    case EventStatus::Published:
        return tr("Published");
    case EventStatus::Active:
        return tr("Active");
    case EventStatus::Completed:
        return tr("Completed");
    case EventStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString StatusText::attendee(AttendeeStatus status)
{
    switch (status)
    {
    case AttendeeStatus::Registered:
        return tr("Registered");
    case AttendeeStatus::Waitlisted:
        return tr("Waitlisted");
    case AttendeeStatus::Cancelled:
        return tr("Cancelled", "attendee");
    case AttendeeStatus::Pending:
        return tr("Awaiting approval");
    case AttendeeStatus::Offered:
        return tr("Place offered");
    case AttendeeStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString StatusText::transitionAction(EventStatus to)
{
    switch (to)
    {
    case EventStatus::Draft:
        return tr("Back to draft");
    case EventStatus::Published:
        return tr("Publish");
    case EventStatus::Active:
        return tr("Start (doors open)");
    case EventStatus::Completed:
        return tr("Complete");
    case EventStatus::Cancelled:
        return tr("Cancel event");
    }
    return {};
}

} // namespace nextevent::console
