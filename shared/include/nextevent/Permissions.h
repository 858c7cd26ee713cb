// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "nextevent/User.h"

/// The one permission policy: what each role may do, as capabilities. The server's routes, realtime topics
/// and pages ask it; `/v2/auth/me` hands a user's capabilities to clients, so the console asks "may I"
/// instead of checking role names.
namespace nextevent
{

enum class Capability
{
    EventsRead,       ///< events.read: list and open events
    EventsEdit,       ///< events.edit: create, edit, delete events and move them through their lifecycle
    AttendeesManage,  ///< attendees.manage: register, cancel and export attendees
    AttendeesBrowse,  ///< attendees.browse: list attendees freely, see phones, openids and ticket codes
    AttendeesSearch,  ///< attendees.search: find an attendee by name, phone or code (door staff: narrowly)
    AttendeesCheckIn, ///< attendees.checkin: check attendees in at the door
    AttendeesApprove, ///< attendees.approve: approve or reject registrations awaiting approval
    ContentRead,      ///< content.read: articles, surveys, media, results and QR codes as staff see them
    ContentEdit,      ///< content.edit: write articles and surveys, upload media
    SurveysPresent,   ///< surveys.present: run surveys live, export responses
    WeChatManage,     ///< wechat.manage: WeChat status, parameter QR codes, reminders
    DashboardView,    ///< dashboard.view: dashboard and analytics
    UsersManage,      ///< users.manage: staff accounts
    JobsManage,       ///< jobs.manage: background jobs (inspect, retry)
    DrawsRead,        ///< draws.read: an event's draws before their run, their pools and draw:ID topics
    DrawsRun,         ///< draws.run: create, run and redraw draws (抽奖)
    WebhooksManage,   ///< webhooks.manage: outgoing webhooks, their deliveries and redelivery
};

inline constexpr Capability kAllCapabilities[] = {
    Capability::EventsRead,
    Capability::EventsEdit,
    Capability::AttendeesManage,
    Capability::AttendeesBrowse,
    Capability::AttendeesSearch,
    Capability::AttendeesCheckIn,
    Capability::AttendeesApprove,
    Capability::ContentRead,
    Capability::ContentEdit,
    Capability::SurveysPresent,
    Capability::WeChatManage,
    Capability::DashboardView,
    Capability::UsersManage,
    Capability::JobsManage,
    Capability::DrawsRead,
    Capability::DrawsRun,
    Capability::WebhooksManage,
};

/// "events.read", ...: the wire names.
std::string_view toString(Capability capability);
std::optional<Capability> capabilityFromString(std::string_view text);

/// The roles that hold @p capability.
std::vector<Role> rolesWith(Capability capability);

/// True when any of @p roles holds @p capability.
bool rolesAllow(const std::vector<Role> &roles, Capability capability);

/// Every capability @p roles hold, in kAllCapabilities order.
std::vector<Capability> capabilitiesOf(const std::vector<Role> &roles);

} // namespace nextevent
