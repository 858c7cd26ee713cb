// SPDX-License-Identifier: MIT
#pragma once

#include "server/app/Principal.h"

namespace nextevent::server::app
{

/// What a signed-in user may do beyond reaching a route. Kept here, beside the services that apply it,
/// so handlers and topics ask one question instead of checking role names.
enum class Capability
{
    BrowseAttendees, ///< list attendees without a search term, see phones, openids and check-in codes
};

bool may(const Principal &principal, Capability capability);

} // namespace nextevent::server::app
