// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

#include "server/app/EventCache.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Registration with capacity and waitlist, cancellation with promotion, check-in and export.
class AttendeeService
{
public:
    AttendeeService(Store &store, EventCache &cache);

    struct Registration
    {
        Attendee attendee;
        bool created = true; ///< false when a WeChat user was already registered
    };

    /// Body: name, phone (or openid from WeChat). Registered while seats remain, else waitlisted in order.
    /// CONFLICT when the event does not take registrations (draft, completed, cancelled).
    Registration
    registerAttendee(const std::string &eventId, const nlohmann::json &body, const std::string &actor);

    /// Cancels; when a registered attendee leaves, the first on the waitlist is promoted.
    Attendee cancel(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// Door staff without list rights (mayBrowse false) must give a search term of at least 3 characters
    /// (2 Chinese characters); they get at most 10 matches, without openid or check-in code and with the
    /// phone masked, and no total beyond what they see.
    Page<Attendee> list(const std::string &eventId, const AttendeeQuery &query, bool mayBrowse);

    /// An attendee as door staff may see them: no check-in code, no openid, phone masked.
    static Attendee forDoorStaff(Attendee attendee);
    static std::string maskPhone(const std::string &phone);

    static constexpr std::size_t kDoorSearchMinWeight = 3;
    static constexpr std::int64_t kDoorSearchMaxMatches = 10;

    Attendee get(const std::string &eventId, const std::string &attendeeId);

    /// The attendee holding a check-in code (the ticket page's key; case and spaces ignored). NOT_FOUND
    /// for an unknown or malformed code.
    Attendee findByCode(const std::string &code);

    /// The WeChat user's registration (registered or waitlisted) for the event, if any.
    std::optional<Attendee> findActiveByOpenid(const std::string &eventId, const std::string &openid);

    /// UTF-8 CSV with a byte-order mark, one row per attendee.
    std::string exportCsv(const std::string &eventId);

    /// 12 characters from an unambiguous 32-letter alphabet (60 bits), from the kernel's CSPRNG.
    static std::string newCheckInCode();

private:
    Event requireEvent(UnitOfWork &unit, const std::string &eventId, bool forUpdate);

    Store &m_store;
    EventCache &m_cache; ///< counts change with every registration and check-in
};

} // namespace nextevent::server::app
