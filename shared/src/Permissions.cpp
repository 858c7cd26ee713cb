// SPDX-License-Identifier: MIT
#include "nextevent/Permissions.h"

#include <algorithm>

namespace nextevent
{
namespace
{
struct Grant
{
    Capability capability;
    std::string_view name;
    std::vector<Role> roles;
};

const std::vector<Grant> &grants()
{
    using R = Role;
    // Door staff (checkin) work one event's door: they read events, find one person, check in.
    // Viewers read everything but the door and change nothing. Presenters run surveys on screen.
    static const std::vector<Grant> table{
        {Capability::EventsRead,
         "events.read",
         {R::Admin, R::Organizer, R::Presenter, R::Viewer, R::Checkin}},
        {Capability::EventsEdit, "events.edit", {R::Admin, R::Organizer}},
        {Capability::AttendeesManage, "attendees.manage", {R::Admin, R::Organizer}},
        {Capability::AttendeesBrowse, "attendees.browse", {R::Admin, R::Organizer, R::Viewer}},
        {Capability::AttendeesSearch, "attendees.search", {R::Admin, R::Organizer, R::Viewer, R::Checkin}},
        {Capability::AttendeesCheckIn, "attendees.checkin", {R::Admin, R::Organizer, R::Checkin}},
        {Capability::AttendeesApprove, "attendees.approve", {R::Admin, R::Organizer}},
        {Capability::ContentRead, "content.read", {R::Admin, R::Organizer, R::Presenter, R::Viewer}},
        {Capability::ContentEdit, "content.edit", {R::Admin, R::Organizer}},
        {Capability::SurveysPresent, "surveys.present", {R::Admin, R::Organizer, R::Presenter}},
        {Capability::WeChatManage, "wechat.manage", {R::Admin, R::Organizer}},
        {Capability::DashboardView, "dashboard.view", {R::Admin, R::Organizer, R::Presenter, R::Viewer}},
        {Capability::UsersManage, "users.manage", {R::Admin}},
        {Capability::JobsManage, "jobs.manage", {R::Admin}},
        // Presenters follow a draw on the big screen; only those who run the event decide its winners.
        {Capability::DrawsRead, "draws.read", {R::Admin, R::Organizer, R::Presenter}},
        {Capability::DrawsRun, "draws.run", {R::Admin, R::Organizer}},
        {Capability::WebhooksManage, "webhooks.manage", {R::Admin}},
    };
    return table;
}

const Grant &grantOf(Capability capability)
{
    for (const auto &g : grants())
        if (g.capability == capability)
            return g;
    return grants().front(); // unreachable: every enumerator has a row (PermissionsTest checks)
}
} // namespace

std::string_view toString(Capability capability)
{
    return grantOf(capability).name;
}

std::optional<Capability> capabilityFromString(std::string_view text)
{
    for (const auto &g : grants())
        if (g.name == text)
            return g.capability;
    return std::nullopt;
}

std::vector<Role> rolesWith(Capability capability)
{
    return grantOf(capability).roles;
}

bool rolesAllow(const std::vector<Role> &roles, Capability capability)
{
    const auto &holders = grantOf(capability).roles;
    return std::any_of(roles.begin(),
                       roles.end(),
                       [&](Role r) { return std::find(holders.begin(), holders.end(), r) != holders.end(); });
}

std::vector<Capability> capabilitiesOf(const std::vector<Role> &roles)
{
    std::vector<Capability> out;
    for (Capability c : kAllCapabilities)
        if (rolesAllow(roles, c))
            out.push_back(c);
    return out;
}

} // namespace nextevent
