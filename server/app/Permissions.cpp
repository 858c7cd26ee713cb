// SPDX-License-Identifier: MIT
#include "server/app/Permissions.h"

namespace nextevent::server::app
{

bool may(const Principal &principal, Capability capability)
{
    return rolesAllow(principal.roles, capability);
}

} // namespace nextevent::server::app
