// SPDX-License-Identifier: MIT
#include "server/app/Permissions.h"

namespace nextevent::server::app
{

bool may(const Principal &principal, Capability capability)
{
    switch (capability)
    {
    case Capability::BrowseAttendees:
        // Door staff (checkin) find one person at a time and never see the list or anyone's ticket key.
        return principal.has(Role::Admin) || principal.has(Role::Organizer) || principal.has(Role::Viewer);
    }
    return false;
}

} // namespace nextevent::server::app
