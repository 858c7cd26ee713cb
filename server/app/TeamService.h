// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/User.h"

#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Teams per event: a member's role acts on that event only, next to the user's global roles
/// (DESIGN.md "Registration, waiting list and notifications").
class TeamService
{
public:
    explicit TeamService(Store &store);

    /// Body {"userId" | "username", "role"}: adds the user to the event's team, or changes their role there.
    /// → {member, created}.
    struct Added
    {
        nlohmann::json member;
        bool created = true;
    };

    Added add(const std::string &eventId, const nlohmann::json &body, const Principal &actor);

    /// {"items":[member…],"total"}.
    nlohmann::json list(const std::string &eventId);

    void remove(const std::string &eventId, const std::string &userId, const Principal &actor);

    /// The roles @p userId holds as a member of the event an object belongs to: @p objectType is "event",
    /// "survey", "draw", "qa" or "wall" and @p objectId its id. Empty when none (or no such object).
    std::vector<Role>
    rolesAt(const std::string &userId, const std::string &objectType, const std::string &objectId);

    /// Whether the user belongs to any event's team (then they may list the events they belong to).
    bool hasMemberships(const std::string &userId);

    static nlohmann::json toJson(const EventMember &member);

private:
    Store &m_store;
};

} // namespace nextevent::server::app
