// SPDX-License-Identifier: MIT
#include "server/app/AttendeeService.h"

#include <sodium.h>

#include "nextevent/Draw.h"
#include "nextevent/Error.h"
#include "nextevent/EventLifecycle.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

#include "server/app/Csv.h"

namespace nextevent::server::app
{
namespace
{
/// Scanners and people may add spaces or type lower-case letters; codes are upper-case.
std::string normaliseCode(const std::string &code)
{
    std::string normalised;
    for (char c : code)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            normalised.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    return normalised;
}

/// How much a door search term narrows the list: code points, with CJK ideographs counting twice (two
/// Chinese characters name a person about as precisely as four Latin letters do).
std::size_t searchWeight(const std::string &term)
{
    std::size_t weight = 0;
    for (std::size_t i = 0; i < term.size();)
    {
        const auto lead = static_cast<unsigned char>(term[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (lead != ' ')
            weight += length >= 3 ? 2 : 1;
        i += length;
    }
    return weight;
}
} // namespace

std::string AttendeeService::maskPhone(const std::string &phone)
{
    // One masking rule for the door and the big screen (nextevent/Draw.h).
    return nextevent::maskPhone(phone);
}

Attendee AttendeeService::forDoorStaff(Attendee attendee)
{
    // The check-in code is the holder's key to the ticket page; the openid links to their WeChat identity.
    attendee.checkInCode.clear();
    attendee.openid.clear();
    attendee.phone = maskPhone(attendee.phone);
    return attendee;
}

AttendeeService::AttendeeService(Store &store, EventCache &cache)
    : m_store(store)
    , m_cache(cache)
{
}

std::string AttendeeService::newCheckInCode()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string code(12, ' ');
    for (auto &c : code)
        c = kAlphabet[randombytes_uniform(32)];
    return code;
}

Event AttendeeService::requireEvent(UnitOfWork &unit, const std::string &eventId, bool forUpdate)
{
    auto event = unit.events().find(eventId, forUpdate);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    return *event;
}

AttendeeService::Registration AttendeeService::registerAttendee(const std::string &eventId,
                                                                const nlohmann::json &body,
                                                                const std::string &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    Attendee attendee;
    attendee.name = reader.string("name").value_or("");
    attendee.phone = reader.string("phone").value_or("");
    attendee.openid = reader.string("openid").value_or("");
    throwIfInvalid(errors);
    throwIfInvalid(validateRegistration(attendee));

    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    if (!acceptsRegistrations(event.status))
        throw Error(ErrorCode::Conflict,
                    "The event is " + std::string(toString(event.status)) +
                        " and does not take registrations");
    if (!attendee.openid.empty())
        if (auto existing = unit->attendees().findActiveByOpenid(eventId, attendee.openid))
            return {*existing, false};

    const EventCounts counts = unit->attendees().counts(eventId);
    attendee.id = newUuid();
    attendee.eventId = eventId;
    attendee.checkInCode = newCheckInCode();
    attendee.createdAt = attendee.updatedAt = nextevent::now();
    std::optional<std::int64_t> seq;
    if (event.capacity && counts.registered >= *event.capacity)
    {
        attendee.status = AttendeeStatus::Waitlisted;
        seq = unit->attendees().nextWaitlistSeq(eventId);
        attendee.waitlistPosition = counts.waitlisted + 1;
    }
    unit->attendees().insert(attendee, seq);
    unit->audit().append({actor,
                          "register",
                          "attendee",
                          attendee.id,
                          {{"eventId", eventId}, {"status", toString(attendee.status)}}});
    unit->commit();
    m_cache.invalidate(eventId);
    return {attendee, true};
}

Attendee
AttendeeService::cancel(const std::string &eventId, const std::string &attendeeId, const std::string &actor)
{
    auto unit = m_store.write();
    requireEvent(*unit, eventId, true);
    auto attendee = unit->attendees().find(eventId, attendeeId);
    if (!attendee)
        throw Error(ErrorCode::NotFound, "No such attendee");
    if (attendee->status == AttendeeStatus::Cancelled)
        return *attendee;
    if (attendee->checkedInAt)
        throw Error(ErrorCode::Conflict, "The attendee has already checked in and cannot be cancelled");
    const bool freedSeat = attendee->status == AttendeeStatus::Registered;
    attendee->status = AttendeeStatus::Cancelled;
    attendee->waitlistPosition.reset();
    attendee->updatedAt = nextevent::now();
    unit->attendees().update(*attendee, std::nullopt);
    unit->audit().append({actor, "cancel", "attendee", attendee->id, {{"eventId", eventId}}});
    if (freedSeat)
    {
        if (auto next = unit->attendees().firstWaitlisted(eventId))
        {
            next->status = AttendeeStatus::Registered;
            next->waitlistPosition.reset();
            next->updatedAt = attendee->updatedAt;
            unit->attendees().update(*next, std::nullopt);
            unit->audit().append({actor, "promote", "attendee", next->id, {{"eventId", eventId}}});
        }
    }
    unit->commit();
    m_cache.invalidate(eventId);
    return *attendee;
}

Page<Attendee> AttendeeService::list(const std::string &eventId, const AttendeeQuery &query, bool mayBrowse)
{
    if (mayBrowse)
    {
        auto unit = m_store.read();
        requireEvent(*unit, eventId, false);
        return unit->attendees().list(eventId, query);
    }
    if (searchWeight(query.search) < kDoorSearchMinWeight)
        throw Error(ErrorCode::Forbidden,
                    "Check-in staff may only search attendees by name, phone or code",
                    {{"search",
                      FieldCode::TooShort,
                      "at least 3 characters (or 2 Chinese characters) are required"}});
    AttendeeQuery narrowed = query;
    narrowed.page = 1;
    narrowed.pageSize = std::min(query.pageSize, kDoorSearchMaxMatches);
    auto unit = m_store.read();
    requireEvent(*unit, eventId, false);
    Page<Attendee> page = unit->attendees().list(eventId, narrowed);
    for (auto &attendee : page.items)
        attendee = forDoorStaff(std::move(attendee));
    // The total would tell door staff how many people match a fragment of a phone number.
    page.total = static_cast<std::int64_t>(page.items.size());
    return page;
}

Attendee AttendeeService::get(const std::string &eventId, const std::string &attendeeId)
{
    auto unit = m_store.read();
    auto attendee = unit->attendees().find(eventId, attendeeId);
    if (!attendee)
        throw Error(ErrorCode::NotFound, "No such attendee");
    return *attendee;
}

Attendee AttendeeService::findByCode(const std::string &code)
{
    const std::string normalised = normaliseCode(code);
    if (normalised.empty() || normalised.size() > 64)
        throw Error(ErrorCode::NotFound, "Unknown check-in code");
    auto attendee = m_store.read()->attendees().findByCode(normalised);
    if (!attendee)
        throw Error(ErrorCode::NotFound, "Unknown check-in code");
    return *attendee;
}

std::optional<Attendee> AttendeeService::findActiveByOpenid(const std::string &eventId,
                                                            const std::string &openid)
{
    if (openid.empty())
        return std::nullopt;
    return m_store.read()->attendees().findActiveByOpenid(eventId, openid);
}

std::string AttendeeService::exportCsv(const std::string &eventId)
{
    auto unit = m_store.read();
    requireEvent(*unit, eventId, false);
    std::string out = "\xEF\xBB\xBF"; // BOM: spreadsheet tools then read UTF-8 names correctly
    out +=
        "id,name,phone,openid,status,waitlistPosition,checkInCode,checkedInAt,checkedInBy,registeredAt\r\n";
    for (const auto &a : unit->attendees().all(eventId))
    {
        out += csvField(a.id) + "," + csvField(a.name) + "," + csvField(a.phone) + "," + csvField(a.openid) +
               "," + csvField(std::string(toString(a.status))) + "," +
               (a.waitlistPosition ? std::to_string(*a.waitlistPosition) : "") + "," +
               csvField(a.checkInCode) + "," + (a.checkedInAt ? formatIso8601(*a.checkedInAt) : "") + "," +
               csvField(a.checkedInBy) + "," + formatIso8601(a.createdAt) + "\r\n";
    }
    return out;
}

} // namespace nextevent::server::app
