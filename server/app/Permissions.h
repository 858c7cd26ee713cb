// SPDX-License-Identifier: MIT
#pragma once

#include "nextevent/Permissions.h"

#include "server/app/Principal.h"

namespace nextevent::server::app
{

using nextevent::Capability;

/// The shared permission policy applied to a signed-in principal.
bool may(const Principal &principal, Capability capability);

} // namespace nextevent::server::app
