// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nextevent/Time.h"
#include "nextevent/User.h"

namespace nextevent::server::app
{

/// A user's role on one event (a team member): it acts on that event only, next to their global roles.
struct EventMember
{
    std::string eventId;
    std::string userId;
    Role role = Role::Viewer;
    std::string createdBy;
    TimePoint createdAt{};
    TimePoint updatedAt{};
    // Read with the member, for lists:
    std::string username;
    std::string displayName;
};

/// Storage of event teams (implemented in server/store for both SQL dialects).
class TeamRepository
{
public:
    virtual ~TeamRepository() = default;
    virtual std::optional<EventMember> find(const std::string &eventId, const std::string &userId) = 0;
    virtual void insert(const EventMember &member) = 0;
    virtual void updateRole(const EventMember &member) = 0;
    /// False when the user was not a member.
    virtual bool remove(const std::string &eventId, const std::string &userId) = 0;
    /// The event's members, by username.
    virtual std::vector<EventMember> list(const std::string &eventId) = 0;
    /// Whether the user is a member of any event that is not deleted.
    virtual bool hasMemberships(const std::string &userId) = 0;
};

} // namespace nextevent::server::app
