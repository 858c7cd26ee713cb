// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

#include "server/app/EventCache.h"
#include "server/app/JobQueue.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// What happened to a registration that others (WeChat users, webhooks) are told about.
struct AttendeeChange
{
    std::string
        type; ///< "attendee.registered", "attendee.cancelled", "attendee.checked_in", "waitlist.offered"
    Attendee attendee;
};

/// Registration with forms, approval, parties and capacity; a fair waiting list whose freed places are
/// offered to the first party that fits for a limited time; cancellation, check-in and export.
class AttendeeService
{
public:
    using Clock = std::function<TimePoint()>;
    /// Called after each commit with the changes it made (webhooks listen here).
    using ChangeListener = std::function<void(UnitOfWork &, const std::vector<AttendeeChange> &)>;

    /// WeChat template notices for approvals, rejections and offers; off when templateId is empty.
    struct Notices
    {
        std::string templateId;
        std::string publicUrl;
    };

    /// The job that expires the offers of one event when they fall due: payload {"eventId"}.
    static constexpr const char *kOfferExpiryJob = "attendee.offer_expiry";

    AttendeeService(Store &store, EventCache &cache, JobQueue *jobs = nullptr, Notices notices = {});

    /// Replaces the clock that offers are timed by (tests move it forward).
    void setClock(Clock clock);
    TimePoint now() const;

    /// Lets `listener` add work (jobs) to the unit of work of every change, before it commits.
    void setChangeListener(ChangeListener listener);

    struct Registration
    {
        Attendee attendee;
        bool created = true; ///< false when a WeChat user was already registered
    };

    /// Body: name, phone (or openid from WeChat), answers (the event's form), partySize (1..maxPartySize).
    /// Pending when the event requires approval; else registered while the party fits in the free places,
    /// else waitlisted in order. VALIDATION_ERROR with field codes (nothing stored) for bad input;
    /// CONFLICT when the event does not take registrations (draft, completed, cancelled).
    Registration
    registerAttendee(const std::string &eventId, const nlohmann::json &body, const std::string &actor);

    /// Cancels (also leaves the waiting list or gives back an offer); freed places are offered on.
    /// CONFLICT once checked in.
    Attendee cancel(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// A pending registration approved: registered when its party fits, else waitlisted. CONFLICT
    /// (not_pending) for any other state.
    Attendee approve(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// A pending, waitlisted or offered registration refused; an offer's places pass on. CONFLICT
    /// (not_allowed) for registered, cancelled or rejected ones.
    Attendee reject(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// The holder takes an offered place: registered. CONFLICT: not_offered, or offer_expired (the offer
    /// then passes on).
    Attendee acceptOffer(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// The holder refuses an offered place: cancelled, and the places pass on. CONFLICT not_offered.
    Attendee
    declineOffer(const std::string &eventId, const std::string &attendeeId, const std::string &actor);

    /// Cancels every offer whose time is up (by the service's clock) and passes the places on; all events
    /// when eventId is empty. Returns how many expired.
    int expireOffers(const std::string &eventId = {});

    /// Offers the places free now (after capacity was raised) to the waiting list.
    void fillPlaces(const std::string &eventId, const std::string &actor);

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
    Attendee requireAttendee(UnitOfWork &unit, const std::string &eventId, const std::string &attendeeId);
    /// Places free for new parties: capacity minus registered and offered places (nullopt: unlimited).
    std::optional<std::int64_t> freePlaces(UnitOfWork &unit, const Event &event);
    /// Offers free places to the waiting list in order, skipping parties too large for what is free.
    void offerPlaces(UnitOfWork &unit,
                     const Event &event,
                     const std::string &actor,
                     std::vector<AttendeeChange> &changes);
    /// Registered or waitlisted (with a new place at the end of the list) by what is free.
    void place(UnitOfWork &unit, const Event &event, Attendee &attendee, std::optional<std::int64_t> &seq);
    /// Queues the WeChat notice of a state change (approved, rejected, offered) for a WeChat attendee.
    void queueNotice(UnitOfWork &unit, const Event &event, const Attendee &attendee);
    /// Commits `unit` after the listener saw the changes, then wakes workers and drops cached counts.
    void finish(UnitOfWork &unit, const std::string &eventId, const std::vector<AttendeeChange> &changes);

    Store &m_store;
    EventCache &m_cache; ///< counts change with every registration and check-in
    JobQueue *m_jobs;
    Notices m_notices;
    mutable std::mutex m_hooksMutex;
    Clock m_clock;
    ChangeListener m_listener;
};

} // namespace nextevent::server::app
