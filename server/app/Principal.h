// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nextevent/User.h"

namespace nextevent::server::app
{

/// Who is making a request, as proven by a valid access token.
struct Principal
{
    std::string userId;
    std::string username;
    std::vector<Role> roles;
    std::string tokenId;           ///< the access token's jti
    std::int64_t tokenExpires = 0; ///< seconds since the epoch
    std::int64_t issuedAtMs = 0;   ///< when the access token was issued, ms since the epoch

    /// Set for a door device signed in with a door token (no user, no roles): it may only use the routes
    /// marked for door devices, and only for its event (and its list, when the token names one).
    std::string doorTokenId;
    std::string doorEventId;
    std::optional<std::string> doorListId;

    bool isDoorDevice() const
    {
        return !doorTokenId.empty();
    }

    bool has(Role role) const
    {
        for (Role r : roles)
            if (r == role)
                return true;
        return false;
    }
};

} // namespace nextevent::server::app
