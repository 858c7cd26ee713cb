// SPDX-License-Identifier: MIT
#include "server/app/AttendeeService.h"

#include <limits>
#include <map>

#include <sodium.h>

#include "nextevent/Draw.h"
#include "nextevent/Error.h"
#include "nextevent/EventLifecycle.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/RegistrationForm.h"
#include "nextevent/Validation.h"

#include "server/app/Csv.h"
#include "server/app/WeChatService.h"

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

AttendeeService::AttendeeService(Store &store, EventCache &cache, JobQueue *jobs, Notices notices)
    : m_store(store)
    , m_cache(cache)
    , m_jobs(jobs)
    , m_notices(std::move(notices))
    , m_clock([] { return nextevent::now(); })
{
}

void AttendeeService::setClock(Clock clock)
{
    std::lock_guard lock(m_hooksMutex);
    m_clock = std::move(clock);
}

TimePoint AttendeeService::now() const
{
    Clock clock;
    {
        std::lock_guard lock(m_hooksMutex);
        clock = m_clock;
    }
    return clock();
}

void AttendeeService::setChangeListener(ChangeListener listener)
{
    std::lock_guard lock(m_hooksMutex);
    m_listener = std::move(listener);
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

Attendee
AttendeeService::requireAttendee(UnitOfWork &unit, const std::string &eventId, const std::string &attendeeId)
{
    auto attendee = unit.attendees().find(eventId, attendeeId);
    if (!attendee)
        throw Error(ErrorCode::NotFound, "No such attendee");
    return *attendee;
}

std::optional<std::int64_t> AttendeeService::freePlaces(UnitOfWork &unit, const Event &event)
{
    if (!event.capacity)
        return std::nullopt;
    const EventCounts counts = unit.attendees().counts(event.id);
    return std::max<std::int64_t>(0, *event.capacity - counts.registered - counts.offered);
}

void AttendeeService::offerPlaces(UnitOfWork &unit,
                                  const Event &event,
                                  const std::string &actor,
                                  std::vector<AttendeeChange> &changes)
{
    if (!acceptsRegistrations(event.status))
        return;
    auto free = freePlaces(unit, event);
    if (free && *free <= 0)
        return;
    const TimePoint at = now();
    std::optional<TimePoint> firstExpiry;
    // Each time the first party that fits what is still free, in order: a later party never takes places
    // an earlier one could use, and a party too large keeps its place in the list. (Free places only
    // shrink, so a party passed over once never fits later in the same round.) Found by index, not by
    // reading the list, so the cost does not grow with its length.
    while (!free || *free > 0)
    {
        auto candidate = unit.attendees().firstWaitlistedFitting(
            event.id, free ? *free : std::numeric_limits<std::int64_t>::max());
        if (!candidate)
            break;
        Attendee next = std::move(*candidate);
        next.status = AttendeeStatus::Offered;
        next.waitlistPosition.reset();
        next.offerExpiresAt = at + std::chrono::hours(event.offerHoldHours);
        next.updatedAt = nextevent::now();
        unit.attendees().update(next, std::nullopt);
        unit.audit().append({actor,
                             "offer",
                             "attendee",
                             next.id,
                             {{"eventId", event.id}, {"expiresAt", formatIso8601(*next.offerExpiresAt)}}});
        queueNotice(unit, event, next);
        if (free)
            *free -= next.partySize;
        if (!firstExpiry)
            firstExpiry = next.offerExpiresAt;
        changes.push_back({"waitlist.offered", next});
    }
    if (firstExpiry && m_jobs)
        m_jobs->enqueueAt(unit,
                          kOfferExpiryJob,
                          {{"eventId", event.id}},
                          nextevent::now() + (*firstExpiry - at) + std::chrono::seconds(1));
}

void AttendeeService::place(UnitOfWork &unit,
                            const Event &event,
                            Attendee &attendee,
                            std::optional<std::int64_t> &seq)
{
    const auto free = freePlaces(unit, event);
    attendee.offerExpiresAt.reset();
    if (!free || attendee.partySize <= *free)
    {
        attendee.status = AttendeeStatus::Registered;
        attendee.waitlistPosition.reset();
        seq.reset();
        return;
    }
    attendee.status = AttendeeStatus::Waitlisted;
    seq = unit.attendees().nextWaitlistSeq(event.id);
    attendee.waitlistPosition = unit.attendees().waitlistedParties(event.id) + 1;
}

void AttendeeService::queueNotice(UnitOfWork &unit, const Event &event, const Attendee &attendee)
{
    if (!m_jobs || m_notices.templateId.empty() || attendee.openid.empty())
        return;
    // Template messages since 2023-05-04: no colours, no first/remark lines, key fields of 20 characters
    // or fewer.
    const auto shorten = [](const std::string &text)
    {
        std::string out;
        std::size_t points = 0;
        for (std::size_t i = 0; i < text.size() && points < 20; ++points)
        {
            const auto lead = static_cast<unsigned char>(text[i]);
            const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            out += text.substr(i, length);
            i += length;
        }
        return out;
    };
    std::string state;
    std::string detail;
    switch (attendee.status)
    {
    case AttendeeStatus::Registered:
        state = "报名已通过";
        detail = "凭票入场";
        break;
    case AttendeeStatus::Waitlisted:
        state = "已通过，候补中";
        detail = "有名额时通知您";
        break;
    case AttendeeStatus::Rejected:
        state = "报名未通过";
        detail = "感谢关注";
        break;
    case AttendeeStatus::Offered:
        state = "候补名额已为您保留";
        detail = attendee.offerExpiresAt
                     ? formatIso8601(*attendee.offerExpiresAt).substr(0, 16) + " UTC 前确认"
                     : "";
        break;
    default:
        return;
    }
    m_jobs->enqueue(
        unit,
        kTemplateJob,
        {{"openid", attendee.openid},
         {"templateId", m_notices.templateId},
         {"url", m_notices.publicUrl + "/m/tickets/" + attendee.checkInCode},
         {"data", {{"keyword1", shorten(event.title)}, {"keyword2", state}, {"keyword3", shorten(detail)}}},
         {"clientMsgId",
          std::string(toString(attendee.status)) + "-" + attendee.id + "-" +
              std::to_string(attendee.updatedAt.time_since_epoch().count())}});
}

void AttendeeService::finish(UnitOfWork &unit,
                             const std::string &eventId,
                             const std::vector<AttendeeChange> &changes)
{
    ChangeListener listener;
    {
        std::lock_guard lock(m_hooksMutex);
        listener = m_listener;
    }
    if (listener && !changes.empty())
        listener(unit, changes);
    unit.commit();
    m_cache.invalidate(eventId);
    if (m_jobs)
        m_jobs->notify();
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
    const nlohmann::json *answers = reader.object("answers");
    const auto partySize = reader.integer("partySize");
    throwIfInvalid(errors);
    errors = validateRegistration(attendee);

    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    for (auto &error : validateAnswers(event.registrationForm, answers ? *answers : nlohmann::json::object()))
        errors.push_back(std::move(error));
    attendee.answers = answers ? *answers : nlohmann::json::object();
    attendee.partySize = partySize.value_or(1);
    if (attendee.partySize < 1 || attendee.partySize > event.maxPartySize)
        errors.push_back({"partySize",
                          FieldCode::OutOfRange,
                          "must be between 1 and " + std::to_string(event.maxPartySize)});
    else if (event.capacity && attendee.partySize > *event.capacity)
        errors.push_back({"partySize",
                          FieldCode::OutOfRange,
                          "is larger than the event's " + std::to_string(*event.capacity) + " places"});
    throwIfInvalid(errors);
    if (!acceptsRegistrations(event.status))
        throw Error(ErrorCode::Conflict,
                    "The event is " + std::string(toString(event.status)) +
                        " and does not take registrations");
    if (!attendee.openid.empty())
        if (auto existing = unit->attendees().findActiveByOpenid(eventId, attendee.openid))
            return {*existing, false};

    std::vector<AttendeeChange> changes;
    // Places freed but not yet offered (a crash between a cancel and its offers) go to those waiting first.
    offerPlaces(*unit, event, actor, changes);
    attendee.id = newUuid();
    attendee.eventId = eventId;
    attendee.checkInCode = newCheckInCode();
    attendee.createdAt = attendee.updatedAt = nextevent::now();
    std::optional<std::int64_t> seq;
    if (event.registrationApproval)
        attendee.status = AttendeeStatus::Pending;
    else
        place(*unit, event, attendee, seq);
    unit->attendees().insert(attendee, seq);
    unit->audit().append(
        {actor,
         "register",
         "attendee",
         attendee.id,
         {{"eventId", eventId}, {"status", toString(attendee.status)}, {"partySize", attendee.partySize}}});
    if (attendee.status == AttendeeStatus::Registered)
        changes.push_back({"attendee.registered", attendee});
    finish(*unit, eventId, changes);
    return {attendee, true};
}

Attendee
AttendeeService::cancel(const std::string &eventId, const std::string &attendeeId, const std::string &actor)
{
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    Attendee attendee = requireAttendee(*unit, eventId, attendeeId);
    if (attendee.status == AttendeeStatus::Cancelled || attendee.status == AttendeeStatus::Rejected)
        return attendee;
    if (attendee.checkedInAt)
        throw Error(ErrorCode::Conflict,
                    "The attendee has already checked in and cannot be cancelled",
                    {{"status", FieldCode::NotAllowed, "checked_in"}});
    attendee.status = AttendeeStatus::Cancelled;
    attendee.waitlistPosition.reset();
    attendee.offerExpiresAt.reset();
    attendee.updatedAt = nextevent::now();
    unit->attendees().update(attendee, std::nullopt);
    unit->audit().append({actor, "cancel", "attendee", attendee.id, {{"eventId", eventId}}});
    std::vector<AttendeeChange> changes{{"attendee.cancelled", attendee}};
    offerPlaces(*unit, event, actor, changes);
    finish(*unit, eventId, changes);
    return attendee;
}

Attendee
AttendeeService::approve(const std::string &eventId, const std::string &attendeeId, const std::string &actor)
{
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    Attendee attendee = requireAttendee(*unit, eventId, attendeeId);
    if (attendee.status != AttendeeStatus::Pending)
        throw Error(ErrorCode::Conflict,
                    "Only a pending registration can be approved; this one is " +
                        std::string(toString(attendee.status)),
                    {{"status", FieldCode::NotAllowed, "not_pending"}});
    std::vector<AttendeeChange> changes;
    offerPlaces(*unit, event, actor, changes);
    std::optional<std::int64_t> seq;
    place(*unit, event, attendee, seq);
    attendee.updatedAt = nextevent::now();
    unit->attendees().update(attendee, seq);
    unit->audit().append({actor,
                          "approve",
                          "attendee",
                          attendee.id,
                          {{"eventId", eventId}, {"status", toString(attendee.status)}}});
    queueNotice(*unit, event, attendee);
    if (attendee.status == AttendeeStatus::Registered)
        changes.push_back({"attendee.registered", attendee});
    finish(*unit, eventId, changes);
    return attendee;
}

Attendee
AttendeeService::reject(const std::string &eventId, const std::string &attendeeId, const std::string &actor)
{
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    Attendee attendee = requireAttendee(*unit, eventId, attendeeId);
    if (attendee.status != AttendeeStatus::Pending && attendee.status != AttendeeStatus::Waitlisted &&
        attendee.status != AttendeeStatus::Offered)
        throw Error(ErrorCode::Conflict,
                    "Only a pending, waitlisted or offered registration can be rejected; this one is " +
                        std::string(toString(attendee.status)),
                    {{"status", FieldCode::NotAllowed, "not_allowed"}});
    const bool heldPlaces = attendee.status == AttendeeStatus::Offered;
    attendee.status = AttendeeStatus::Rejected;
    attendee.waitlistPosition.reset();
    attendee.offerExpiresAt.reset();
    attendee.updatedAt = nextevent::now();
    unit->attendees().update(attendee, std::nullopt);
    unit->audit().append({actor, "reject", "attendee", attendee.id, {{"eventId", eventId}}});
    queueNotice(*unit, event, attendee);
    std::vector<AttendeeChange> changes;
    if (heldPlaces)
        offerPlaces(*unit, event, actor, changes);
    finish(*unit, eventId, changes);
    return attendee;
}

Attendee AttendeeService::acceptOffer(const std::string &eventId,
                                      const std::string &attendeeId,
                                      const std::string &actor)
{
    {
        auto unit = m_store.write();
        requireEvent(*unit, eventId, true);
        Attendee attendee = requireAttendee(*unit, eventId, attendeeId);
        if (attendee.status != AttendeeStatus::Offered)
            throw Error(ErrorCode::Conflict,
                        "There is no offer to accept: the registration is " +
                            std::string(toString(attendee.status)),
                        {{"status", FieldCode::NotAllowed, "not_offered"}});
        if (!attendee.offerExpiresAt || now() < *attendee.offerExpiresAt)
        {
            attendee.status = AttendeeStatus::Registered;
            attendee.offerExpiresAt.reset();
            attendee.updatedAt = nextevent::now();
            unit->attendees().update(attendee, std::nullopt);
            unit->audit().append({actor, "accept-offer", "attendee", attendee.id, {{"eventId", eventId}}});
            finish(*unit, eventId, {{"attendee.registered", attendee}});
            return attendee;
        }
    }
    // Too late: the offer passes on now rather than at the next sweep.
    expireOffers(eventId);
    throw Error(ErrorCode::Conflict,
                "The offer has expired and the places were passed on",
                {{"status", FieldCode::NotAllowed, "offer_expired"}});
}

Attendee AttendeeService::declineOffer(const std::string &eventId,
                                       const std::string &attendeeId,
                                       const std::string &actor)
{
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    Attendee attendee = requireAttendee(*unit, eventId, attendeeId);
    if (attendee.status != AttendeeStatus::Offered)
        throw Error(ErrorCode::Conflict,
                    "There is no offer to decline: the registration is " +
                        std::string(toString(attendee.status)),
                    {{"status", FieldCode::NotAllowed, "not_offered"}});
    attendee.status = AttendeeStatus::Cancelled;
    attendee.offerExpiresAt.reset();
    attendee.updatedAt = nextevent::now();
    unit->attendees().update(attendee, std::nullopt);
    unit->audit().append({actor, "decline-offer", "attendee", attendee.id, {{"eventId", eventId}}});
    std::vector<AttendeeChange> changes{{"attendee.cancelled", attendee}};
    offerPlaces(*unit, event, actor, changes);
    finish(*unit, eventId, changes);
    return attendee;
}

int AttendeeService::expireOffers(const std::string &eventId)
{
    int expired = 0;
    const TimePoint at = now();
    std::vector<Attendee> due;
    {
        auto unit = m_store.read();
        due = unit->attendees().expiredOffers(at, 200);
    }
    for (const Attendee &candidate : due)
    {
        if (!eventId.empty() && candidate.eventId != eventId)
            continue;
        auto unit = m_store.write();
        auto event = unit->events().find(candidate.eventId, true);
        auto attendee = unit->attendees().find(candidate.eventId, candidate.id);
        // Another instance (or the holder) may have acted since the read: decide on the locked rows.
        if (!event || !attendee || attendee->status != AttendeeStatus::Offered || !attendee->offerExpiresAt ||
            *attendee->offerExpiresAt > at)
            continue;
        attendee->status = AttendeeStatus::Cancelled;
        attendee->offerExpiresAt.reset();
        attendee->updatedAt = nextevent::now();
        unit->attendees().update(*attendee, std::nullopt);
        unit->audit().append({"system", "offer-expired", "attendee", attendee->id, {{"eventId", event->id}}});
        std::vector<AttendeeChange> changes{{"attendee.cancelled", *attendee}};
        offerPlaces(*unit, *event, "system", changes);
        finish(*unit, event->id, changes);
        ++expired;
    }
    return expired;
}

void AttendeeService::fillPlaces(const std::string &eventId, const std::string &actor)
{
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    std::vector<AttendeeChange> changes;
    offerPlaces(*unit, event, actor, changes);
    if (changes.empty())
        return;
    finish(*unit, eventId, changes);
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
    const Event event = requireEvent(*unit, eventId, false);
    std::string out = "\xEF\xBB\xBF"; // BOM: spreadsheet tools then read UTF-8 names correctly
    out += "id,name,phone,openid,status,partySize,waitlistPosition,offerExpiresAt,checkInCode,checkedInAt,"
           "checkedInBy,registeredAt";
    // One column per form field, headed by its label (the id when labels repeat), in form order.
    std::map<std::string, int> labelUses;
    for (const FormField &field : event.registrationForm)
        ++labelUses[field.label];
    for (const FormField &field : event.registrationForm)
        out += "," + csvField(field.label.empty() || labelUses[field.label] > 1 ? field.id : field.label);
    out += "\r\n";
    for (const auto &a : unit->attendees().all(eventId))
    {
        out += csvField(a.id) + "," + csvField(a.name) + "," + csvField(a.phone) + "," + csvField(a.openid) +
               "," + csvField(std::string(toString(a.status))) + "," + std::to_string(a.partySize) + "," +
               (a.waitlistPosition ? std::to_string(*a.waitlistPosition) : "") + "," +
               (a.offerExpiresAt ? formatIso8601(*a.offerExpiresAt) : "") + "," + csvField(a.checkInCode) +
               "," + (a.checkedInAt ? formatIso8601(*a.checkedInAt) : "") + "," + csvField(a.checkedInBy) +
               "," + formatIso8601(a.createdAt);
        for (const FormField &field : event.registrationForm)
            out += "," + csvField(answerText(a.answers.contains(field.id) ? a.answers[field.id]
                                                                          : nlohmann::json()));
        out += "\r\n";
    }
    return out;
}

} // namespace nextevent::server::app
