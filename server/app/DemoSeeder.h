// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "server/app/AttendeeService.h"
#include "server/app/CheckinService.h"
#include "server/app/EventService.h"
#include "server/app/PasswordHasher.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Fills an empty database with realistic demo data through the same services the API uses.
class DemoSeeder
{
public:
    DemoSeeder(Store &store,
               const PasswordHasher &hasher,
               EventService &events,
               AttendeeService &attendees,
               CheckinService &checkins);

    struct Credential
    {
        std::string username;
        std::string password;
        std::string role;
    };

    /// Returns the demo accounts created; empty when the database already had users (nothing is changed).
    std::vector<Credential> seed();

private:
    Store &m_store;
    const PasswordHasher &m_hasher;
    EventService &m_events;
    AttendeeService &m_attendees;
    CheckinService &m_checkins;
};

} // namespace nextevent::server::app
