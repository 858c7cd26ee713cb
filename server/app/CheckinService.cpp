// SPDX-License-Identifier: MIT
#include "server/app/CheckinService.h"

#include <algorithm>
#include <numeric>
#include <set>

#include <sodium.h>

#include "nextevent/EventLifecycle.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

#include "server/app/AttendeeService.h"
#include "server/app/SignedTicket.h"

namespace nextevent::server::app
{
namespace
{
using nlohmann::json;

/// How far a snapshot cursor reaches back before the read that produced it: changes committed by
/// transactions that started a little earlier (or on an instance whose clock is a little behind) are sent
/// again rather than missed. Devices apply snapshot rows as upserts, so a repeat is harmless.
constexpr std::chrono::seconds kCursorOverlap{5};
/// A door token outlives its event's end by this much (the last exits, the clean-up).
constexpr std::chrono::hours kDoorTokenGrace{48};
/// last_used_at is written at most this often per token.
constexpr std::chrono::seconds kTouchInterval{60};

std::string hhmm(TimePoint t)
{
    return formatIso8601(t).substr(11, 5);
}

std::string normaliseCode(const std::string &code)
{
    std::string normalised;
    for (char c : code)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            normalised.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    return normalised;
}

bool isSignedTicket(const std::string &code)
{
    return trimmed(code).rfind(kSignedTicketPrefix, 0) == 0;
}

std::int64_t epochMs(TimePoint t)
{
    return t.time_since_epoch().count();
}

json errorJson(const Error &e)
{
    json details = json::array();
    for (const auto &d : e.details())
    {
        json detail{{"field", d.field}, {"message", d.message}};
        if (d.code)
            detail["code"] = std::string(fieldCodeName(*d.code));
        details.push_back(std::move(detail));
    }
    return json{{"code", std::string(errorCodeName(e.code()))}, {"message", e.what()}, {"details", details}};
}

Error errorFromJson(const json &e)
{
    std::vector<FieldError> details;
    for (const auto &d : e.value("details", json::array()))
    {
        FieldError detail{d.value("field", ""), std::nullopt, d.value("message", "")};
        if (d.contains("code"))
            detail.code = fieldCodeFromName(d["code"].get<std::string>());
        details.push_back(std::move(detail));
    }
    return Error(errorCodeFromName(e.value("code", "INTERNAL_ERROR")), e.value("message", ""), details);
}

bool verifies(const SignedTicket &ticket, const std::vector<SigningKey> &keys)
{
    for (const auto &key : keys)
        if (key.publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
            crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(ticket.signature.data()),
                                        reinterpret_cast<const unsigned char *>(ticket.payload.data()),
                                        ticket.payload.size(),
                                        reinterpret_cast<const unsigned char *>(key.publicKey.data())) == 0)
            return true;
    return false;
}

json presenceJson(const CheckinPresence &p)
{
    return json{{"id", p.listId}, {"inside", p.inside}, {"entries", p.entries}, {"exits", p.exits}};
}
} // namespace

struct CheckinService::ScanInput
{
    std::optional<std::string> code;
    std::optional<std::string> attendeeId;
    std::optional<std::string> listId;
    std::string direction = "entry";
    std::optional<std::string> nonce;
    std::optional<TimePoint> scannedAt;
    std::string deviceId;
};

struct CheckinService::Decision
{
    std::string result = "ok"; ///< ok, already, conflict, unknown, refused
    std::optional<Error> error;
    std::optional<Attendee> attendee;
    std::string method;
    std::string otherDevice; ///< for a conflict: the device that admitted the ticket first
    bool reentryRefused = false;
    bool firstEntry = false; ///< this scan is the attendee's check-in (their first entry anywhere)
};

CheckinService::CheckinService(Store &store, EventCache &cache)
    : m_store(store)
    , m_cache(cache)
{
}

void CheckinService::setCheckedInListener(CheckedInListener listener)
{
    std::lock_guard lock(m_listenerMutex);
    m_checkedInListener = std::move(listener);
}

CheckinService::CheckedInListener CheckinService::checkedInListener()
{
    std::lock_guard lock(m_listenerMutex);
    return m_checkedInListener;
}

// ------------------------------------------------------------------------------------------------ helpers

std::string CheckinService::base64Url(const std::string &bytes)
{
    return app::base64Url(bytes);
}

std::optional<std::string> CheckinService::fromBase64Url(const std::string &text)
{
    return app::fromBase64Url(text);
}

std::string CheckinService::sha256Hex(const std::string &bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

Event CheckinService::requireEvent(UnitOfWork &unit, const std::string &eventId, bool forUpdate)
{
    auto event = unit.events().find(eventId, forUpdate);
    if (!event)
        throw Error(ErrorCode::NotFound, "No such event");
    return *event;
}

json CheckinService::doorStaffView(json data)
{
    if (data.contains("attendee") && data["attendee"].is_object())
    {
        auto &a = data["attendee"];
        a.erase("checkInCode");
        a.erase("openid");
        if (a.contains("phone") && a["phone"].is_string())
            a["phone"] = AttendeeService::maskPhone(a["phone"].get<std::string>());
        a.erase("signedTicket");
    }
    return data;
}

// -------------------------------------------------------------------------------------- lists, occupancy

json CheckinService::listJson(const CheckinList &list)
{
    return json{{"id", list.id},
                {"name", list.name},
                {"allowReentry", list.allowReentry},
                {"requiresConfirmation", list.requiresConfirmation},
                {"isDefault", list.isDefault},
                {"counts", {{"entered", list.entered}, {"exited", list.exited}, {"inside", list.inside}}},
                {"createdAt", formatIso8601(list.createdAt)}};
}

CheckinList CheckinService::ensureDefaultList(UnitOfWork &unit, const std::string &eventId)
{
    if (auto list = unit.checkins().defaultList(eventId))
        return *list;
    CheckinList list;
    list.id = newUuid();
    list.eventId = eventId;
    list.name = kDefaultListName;
    list.isDefault = true;
    list.createdAt = nextevent::now();
    unit.checkins().insertList(list);
    return list;
}

CheckinList
CheckinService::createList(const std::string &eventId, const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    CheckinList list;
    list.name = trimmed(reader.string("name", true).value_or(""));
    list.allowReentry = reader.boolean("allowReentry").value_or(false);
    list.requiresConfirmation = reader.boolean("requiresConfirmation").value_or(false);
    if (reader.has("name") && errors.empty())
    {
        if (list.name.empty())
            errors.push_back({"name", FieldCode::Required, "must not be blank"});
        else if (list.name.size() > 100)
            errors.push_back({"name", FieldCode::TooLong, "at most 100 characters"});
    }
    throwIfInvalid(errors);
    auto unit = m_store.write();
    requireEvent(*unit, eventId, true);
    ensureDefaultList(*unit, eventId);
    for (const auto &existing : unit->checkins().lists(eventId))
        if (existing.name == list.name)
            throw Error(ErrorCode::Conflict,
                        "The event already has a check-in list of this name",
                        {{"name", FieldCode::NotUnique, "is already used by another list of this event"}});
    list.id = newUuid();
    list.eventId = eventId;
    list.createdAt = nextevent::now();
    unit->checkins().insertList(list);
    unit->audit().append({actor.username,
                          "create",
                          "checkin-list",
                          list.id,
                          {{"eventId", eventId}, {"name", list.name}, {"allowReentry", list.allowReentry}}});
    unit->commit();
    m_cache.invalidate(eventId);
    return list;
}

std::vector<CheckinList> CheckinService::lists(const std::string &eventId)
{
    {
        auto unit = m_store.read();
        requireEvent(*unit, eventId, false);
        auto found = unit->checkins().lists(eventId);
        if (!found.empty())
            return found;
    }
    // An event created before lists existed on this path: give it its main entrance now.
    auto unit = m_store.write();
    requireEvent(*unit, eventId, true);
    ensureDefaultList(*unit, eventId);
    auto created = unit->checkins().lists(eventId);
    unit->commit();
    return created;
}

json CheckinService::occupancy(const std::string &eventId)
{
    const auto all = lists(eventId);
    auto unit = m_store.read();
    std::int64_t entered = 0;
    std::int64_t exited = 0;
    json listArray = json::array();
    for (const auto &list : all)
    {
        entered += list.entered;
        exited += list.exited;
        listArray.push_back(listJson(list));
    }
    return json{{"inside", unit->checkins().insideCount(eventId)},
                {"entered", entered},
                {"exited", exited},
                {"lists", listArray}};
}

// ---------------------------------------------------------------------------------------------- scans

CheckinList CheckinService::resolveList(UnitOfWork &unit, const std::string &eventId, const ScanInput &input)
{
    if (!input.listId)
        return ensureDefaultList(unit, eventId);
    auto list = unit.checkins().findList(eventId, *input.listId);
    if (!list)
        throw Error(ErrorCode::NotFound,
                    "No such check-in list",
                    {{"listId", FieldCode::InvalidChoice, "is not a check-in list of this event"}});
    return *list;
}

CheckinService::Decision CheckinService::decide(UnitOfWork &unit,
                                                const Event &event,
                                                const CheckinList &list,
                                                const ScanInput &input,
                                                const Principal &actor,
                                                bool offline)
{
    Decision d;
    const auto refuse = [&d](ErrorCode code, const std::string &message, const std::string &reason)
    {
        d.result = code == ErrorCode::NotFound ? "unknown" : "refused";
        d.error = Error(code, message, {{"code", std::nullopt, reason}});
        return d;
    };
    std::optional<Attendee> attendee;
    if (input.attendeeId)
    {
        d.method = "manual";
        attendee = unit.attendees().find(event.id, *input.attendeeId);
        if (!attendee)
        {
            d.result = "unknown";
            d.error =
                Error(ErrorCode::NotFound, "No such attendee", {{"attendeeId", std::nullopt, "unknown"}});
            return d;
        }
    }
    else if (isSignedTicket(*input.code))
    {
        d.method = "ticket";
        const auto ticket = parseSignedTicket(*input.code);
        if (!ticket)
            return refuse(ErrorCode::Conflict, "This ticket is damaged or forged", "invalid_signature");
        std::vector<SigningKey> eventKeys;
        {
            std::lock_guard lock(m_keysMutex);
            if (auto it = m_keys.find(ticket->eventId); it != m_keys.end())
                eventKeys = it->second;
        }
        if (eventKeys.empty())
            eventKeys = unit.checkins().keys(ticket->eventId);
        if (!verifies(*ticket, eventKeys))
            return refuse(ErrorCode::Conflict, "This ticket is damaged or forged", "invalid_signature");
        if (ticket->eventId != event.id)
            return refuse(ErrorCode::Conflict, "This code belongs to another event", "wrong_event");
        attendee = unit.attendees().find(event.id, ticket->attendeeId);
        if (!attendee || attendee->checkInCode != ticket->code)
            return refuse(ErrorCode::NotFound, "Unknown check-in code", "unknown");
    }
    else
    {
        d.method = "code";
        attendee = unit.attendees().findByCode(normaliseCode(*input.code));
        if (!attendee)
            return refuse(ErrorCode::NotFound, "Unknown check-in code", "unknown");
        if (attendee->eventId != event.id)
        {
            refuse(ErrorCode::Conflict, "This code belongs to another event", "wrong_event");
            return d; // the other event's attendee is not named in this event's records
        }
    }
    d.attendee = attendee;
    if (attendee->status == AttendeeStatus::Cancelled)
        return refuse(ErrorCode::Conflict, "This registration was cancelled", "cancelled");
    if (attendee->status == AttendeeStatus::Waitlisted)
        return refuse(ErrorCode::Conflict, "This attendee is still on the waitlist", "waitlisted");
    if (attendee->status != AttendeeStatus::Registered)
        return refuse(ErrorCode::Conflict,
                      "This registration is " + std::string(toString(attendee->status)) +
                          " and does not admit anyone",
                      std::string(toString(attendee->status)));

    CheckinPresence fresh;
    fresh.listId = list.id;
    fresh.attendeeId = attendee->id;
    fresh.eventId = event.id;
    CheckinPresence presence = unit.checkins().presence(list.id, attendee->id).value_or(fresh);
    const TimePoint now = nextevent::now();
    const TimePoint at = input.scannedAt && *input.scannedAt <= now ? *input.scannedAt : now;
    if (input.direction == "entry")
    {
        const bool reentry = !presence.inside && presence.entries > 0;
        if (presence.inside || (reentry && !list.allowReentry))
        {
            d.reentryRefused = reentry;
            if (offline && presence.lastEntryDevice != input.deviceId)
            {
                d.result = "conflict";
                d.otherDevice = presence.lastEntryDevice;
            }
            else
                d.result = "already";
            return d;
        }
        if (!acceptsCheckIns(event.status))
            return refuse(ErrorCode::Conflict,
                          "The event is " + std::string(toString(event.status)) +
                              " and does not take check-ins",
                          "event_closed");
        presence.inside = true;
        ++presence.entries;
        presence.lastEntryDevice = input.deviceId;
        presence.updatedAt = now;
        unit.checkins().savePresence(presence);
        unit.checkins().addToCounts(list.id, 1, 0, 1);
        if (!attendee->checkedInAt)
        {
            // The attendee's check-in is their first entry, at any gate.
            attendee->checkedInAt = at;
            attendee->checkedInBy = actor.username;
            attendee->checkInMethod = d.method;
            attendee->updatedAt = now;
            unit.attendees().update(*attendee, std::nullopt);
            d.firstEntry = true;
        }
        else
        {
            attendee->updatedAt = now;
            unit.checkins().touchAttendee(attendee->id, now);
        }
    }
    else
    {
        if (!presence.inside)
            return refuse(ErrorCode::Conflict, "This attendee is not inside, so cannot leave", "not_inside");
        presence.inside = false;
        ++presence.exits;
        presence.updatedAt = now;
        unit.checkins().savePresence(presence);
        unit.checkins().addToCounts(list.id, 0, 1, -1);
        attendee->updatedAt = now;
        unit.checkins().touchAttendee(attendee->id, now);
    }
    d.attendee = attendee;
    return d;
}

namespace
{
/// The stored form of a scan's answer: replayed as is for a repeated nonce.
json storedAnswer(const CheckinService::Answer &answer, const std::string &result, const json &attendeeId)
{
    json stored{{"status", answer.status}, {"result", result}, {"attendeeId", attendeeId}};
    if (answer.error)
        stored["error"] = errorJson(*answer.error);
    else
    {
        stored["data"] = answer.data;
        stored["message"] = answer.message;
    }
    return stored;
}

CheckinService::Answer answerFrom(const json &stored)
{
    CheckinService::Answer answer;
    answer.status = stored.value("status", 200);
    if (stored.contains("error"))
        answer.error = errorFromJson(stored["error"]);
    else
    {
        answer.data = stored.value("data", json::object());
        answer.message = stored.value("message", "");
    }
    return answer;
}

void checkDoorScope(const Principal &actor, CheckinService::ScanInput &input)
{
    if (!actor.isDoorDevice() || !actor.doorListId)
        return;
    if (input.listId && *input.listId != *actor.doorListId)
        throw Error(ErrorCode::Forbidden, "This door device may only scan at its own check-in list");
    input.listId = actor.doorListId;
}

void parseScanInto(CheckinService::ScanInput &in,
                   const json &body,
                   const std::string &prefix,
                   std::vector<FieldError> &errors,
                   bool needNonce)
{
    const std::string where = prefix.empty() ? "body" : prefix.substr(0, prefix.size() - 1);
    if (!body.is_object())
    {
        errors.push_back({where, FieldCode::InvalidFormat, "must be an object"});
        return;
    }
    const std::size_t before = errors.size();
    JsonReader reader(body, prefix, errors);
    in.code = reader.string("code");
    in.attendeeId = reader.string("attendeeId");
    in.listId = reader.string("listId");
    const auto direction = reader.string("direction");
    in.nonce = reader.string("nonce", needNonce);
    in.scannedAt = reader.time("scannedAt");
    in.deviceId = reader.string("deviceId").value_or("");
    if (errors.size() != before)
        return;
    if (!in.code && !in.attendeeId)
        errors.push_back(
            {prefix + "code", FieldCode::Required, "send code, or attendeeId for someone found by name"});
    else if (in.code && in.attendeeId)
        errors.push_back(
            {prefix + "attendeeId", FieldCode::NotAllowed, "send either code or attendeeId, not both"});
    else if (in.code)
    {
        const auto normalised = normaliseCode(*in.code);
        if (normalised.empty() ||
            normalised.size() > (isSignedTicket(*in.code) ? kSignedTicketMaxLength : 64u))
            errors.push_back({prefix + "code", FieldCode::InvalidFormat, "is not a check-in code"});
    }
    else if (in.attendeeId->empty() || in.attendeeId->size() > 64)
        errors.push_back({prefix + "attendeeId", FieldCode::InvalidFormat, "is not an attendee id"});
    if (direction)
    {
        if (*direction != "entry" && *direction != "exit")
            errors.push_back({prefix + "direction", FieldCode::InvalidChoice, "must be entry or exit"});
        else
            in.direction = *direction;
    }
    if (in.listId && (in.listId->empty() || in.listId->size() > 64))
        errors.push_back({prefix + "listId", FieldCode::InvalidFormat, "is not a check-in list id"});
    if (in.nonce && (in.nonce->empty() || in.nonce->size() > 128))
        errors.push_back({prefix + "nonce", FieldCode::InvalidFormat, "must be 1 to 128 characters"});
    if (in.deviceId.size() > 128)
        errors.push_back({prefix + "deviceId", FieldCode::TooLong, "at most 128 characters"});
}
} // namespace

CheckinService::Answer
CheckinService::scan(const std::string &eventId, const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    ScanInput input;
    parseScanInto(input, body, "", errors, false);
    throwIfInvalid(errors);
    checkDoorScope(actor, input);

    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    if (input.nonce)
        if (auto prior = unit->checkins().findScanByNonce(eventId, *input.nonce))
            return answerFrom(prior->answer);
    const CheckinList list = resolveList(*unit, eventId, input);
    const Decision d = decide(*unit, event, list, input, actor, false);

    Answer answer;
    const json attendeeId = d.attendee ? json(d.attendee->id) : json(nullptr);
    if (d.error)
    {
        answer.status = httpStatus(d.error->code());
        answer.error = d.error;
    }
    else
    {
        const Attendee &a = *d.attendee;
        const bool already = d.result != "ok";
        const auto refreshed = unit->checkins().findList(eventId, list.id).value_or(list);
        answer.data = json{{"attendee", a},
                           {"alreadyCheckedIn", already},
                           {"result", already ? "already" : "ok"},
                           {"direction", input.direction},
                           {"listId", list.id},
                           {"occupancy",
                            {{"inside", unit->checkins().insideCount(eventId)},
                             {"listId", list.id},
                             {"listInside", refreshed.inside}}}};
        if (!already)
            answer.message = input.direction == "entry" ? "Checked in" : "Checked out";
        else
        {
            const std::string at = a.checkedInAt ? hhmm(*a.checkedInAt) : std::string("--:--");
            answer.message = "Already checked in at " + at + " UTC by " + a.checkedInBy;
            if (d.reentryRefused)
                answer.message += "; they left since, and " + list.name + " does not allow re-entry";
        }
    }
    const std::string result = d.result == "conflict" ? "already" : d.result;
    const TimePoint now = nextevent::now();
    CheckinScan record{newUuid(),
                       eventId,
                       list.id,
                       d.attendee && d.attendee->eventId == eventId ? std::optional(d.attendee->id)
                                                                    : std::nullopt,
                       input.direction,
                       result,
                       input.nonce,
                       input.deviceId,
                       actor.username,
                       d.method,
                       input.scannedAt.value_or(now),
                       now,
                       storedAnswer(answer, result, attendeeId)};
    unit->checkins().insertScan(record);
    const bool accepted = d.result == "ok";
    json details{{"eventId", eventId},
                 {"listId", list.id},
                 {"direction", input.direction},
                 {"method", d.method},
                 {"result", result}};
    if (!input.deviceId.empty())
        details["deviceId"] = input.deviceId;
    if (accepted && input.direction == "entry" && d.attendee->checkedInAt)
        details["at"] = hhmm(*d.attendee->checkedInAt);
    if (d.error && !d.error->details().empty())
        details["reason"] = d.error->details().front().message;
    const bool known = d.attendee && d.attendee->eventId == eventId;
    unit->audit().append({actor.username,
                          accepted ? (input.direction == "entry" ? "check-in" : "check-out") : "scan",
                          known ? "attendee" : "event",
                          known ? d.attendee->id : eventId,
                          std::move(details)});
    if (d.firstEntry)
        if (auto listener = checkedInListener())
            listener(*unit, *d.attendee);
    unit->commit();
    m_cache.invalidate(eventId);
    return answer;
}

json CheckinService::batch(const std::string &eventId, const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const json *scans = reader.array("scans", true);
    throwIfInvalid(errors);
    if (scans->size() > kMaxBatch)
        throw Error::validation(
            {{"scans", FieldCode::TooMany, "at most " + std::to_string(kMaxBatch) + " scans per batch"}});
    std::vector<ScanInput> inputs(scans->size());
    for (std::size_t i = 0; i < scans->size(); ++i)
        parseScanInto(inputs[i], (*scans)[i], "scans[" + std::to_string(i) + "].", errors, true);
    throwIfInvalid(errors);
    for (auto &input : inputs)
        checkDoorScope(actor, input);

    // Applied in the order the scans happened at the doors, whichever device uploads first.
    const TimePoint now = nextevent::now();
    std::vector<std::size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(),
                     order.end(),
                     [&](std::size_t a, std::size_t b)
                     { return inputs[a].scannedAt.value_or(now) < inputs[b].scannedAt.value_or(now); });

    json results = json::array();
    for (std::size_t i = 0; i < inputs.size(); ++i)
        results.push_back(json::object());
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    const CheckinList defaultList = ensureDefaultList(*unit, eventId);
    std::map<std::string, CheckinList> listsById;
    for (const auto &list : unit->checkins().lists(eventId))
        listsById.emplace(list.id, list);
    for (const std::size_t index : order)
    {
        const ScanInput &input = inputs[index];
        json &out = results[index];
        out["nonce"] = *input.nonce;
        if (auto prior = unit->checkins().findScanByNonce(eventId, *input.nonce))
        {
            out["result"] = prior->answer.value("result", prior->result);
            out["attendeeId"] = prior->answer.value("attendeeId", json(nullptr));
            if (prior->answer.contains("reason"))
                out["reason"] = prior->answer["reason"];
            continue;
        }
        const auto list = input.listId ? listsById.find(*input.listId) : listsById.find(defaultList.id);
        Decision d;
        if (list == listsById.end())
        {
            d.result = "refused";
            d.error = Error(
                ErrorCode::NotFound, "No such check-in list", {{"listId", std::nullopt, "unknown_list"}});
        }
        else
            d = decide(*unit, event, list->second, input, actor, true);
        const std::string listId = list == listsById.end() ? *input.listId : list->first;
        const bool known = d.attendee && d.attendee->eventId == eventId;
        const json attendeeId = known ? json(d.attendee->id) : json(nullptr);
        json stored{{"status", d.error ? httpStatus(d.error->code()) : 200},
                    {"result", d.result},
                    {"attendeeId", attendeeId}};
        if (d.error)
        {
            stored["error"] = errorJson(*d.error);
            stored["reason"] = d.error->details().front().message;
            out["reason"] = stored["reason"];
        }
        else
        {
            stored["data"] = json{{"attendee", *d.attendee},
                                  {"alreadyCheckedIn", d.result != "ok"},
                                  {"result", d.result},
                                  {"direction", input.direction},
                                  {"listId", listId}};
            stored["message"] = d.result == "ok" ? (input.direction == "entry" ? "Checked in" : "Checked out")
                                                 : "Already checked in";
        }
        const std::string scanId = newUuid();
        unit->checkins().insertScan({scanId,
                                     eventId,
                                     listId,
                                     known ? std::optional(d.attendee->id) : std::nullopt,
                                     input.direction,
                                     d.result,
                                     input.nonce,
                                     input.deviceId,
                                     actor.username,
                                     d.method,
                                     input.scannedAt.value_or(now),
                                     now,
                                     stored});
        if (d.result == "conflict")
            unit->checkins().insertConflict({newUuid(),
                                             eventId,
                                             listId,
                                             d.attendee->id,
                                             scanId,
                                             input.deviceId,
                                             d.otherDevice,
                                             input.nonce,
                                             input.scannedAt.value_or(now),
                                             now});
        json details{{"eventId", eventId},
                     {"listId", listId},
                     {"direction", input.direction},
                     {"method", d.method},
                     {"result", d.result},
                     {"offline", true}};
        if (!input.deviceId.empty())
            details["deviceId"] = input.deviceId;
        if (d.result == "ok" && input.direction == "entry" && d.attendee->checkedInAt)
            details["at"] = hhmm(*d.attendee->checkedInAt);
        if (stored.contains("reason"))
            details["reason"] = stored["reason"];
        unit->audit().append(
            {actor.username,
             d.result == "ok" ? (input.direction == "entry" ? "check-in" : "check-out") : "scan",
             known ? "attendee" : "event",
             known ? d.attendee->id : eventId,
             std::move(details)});
        out["result"] = d.result;
        out["attendeeId"] = attendeeId;
        if (d.firstEntry)
            if (auto listener = checkedInListener())
                listener(*unit, *d.attendee);
    }
    unit->commit();
    m_cache.invalidate(eventId);
    return json{{"results", results}};
}

json CheckinService::conflicts(const std::string &eventId)
{
    auto unit = m_store.read();
    requireEvent(*unit, eventId, false);
    json items = json::array();
    for (const auto &c : unit->checkins().conflicts(eventId))
    {
        const auto attendee = unit->attendees().find(eventId, c.attendeeId);
        items.push_back({{"id", c.id},
                         {"attendeeId", c.attendeeId},
                         {"attendeeName", attendee ? json(attendee->name) : json(nullptr)},
                         {"listId", c.listId},
                         {"scanId", c.scanId},
                         {"deviceId", c.deviceId},
                         {"otherDeviceId", c.otherDeviceId},
                         {"nonce", c.nonce ? json(*c.nonce) : json(nullptr)},
                         {"scannedAt", formatIso8601(c.scannedAt)},
                         {"createdAt", formatIso8601(c.createdAt)}});
    }
    const auto total = static_cast<std::int64_t>(items.size());
    return json{{"items", std::move(items)}, {"total", total}};
}

// ------------------------------------------------------------------------------------- signed tickets

std::vector<SigningKey> CheckinService::keysOf(const std::string &eventId, bool create)
{
    // Never hold m_keysMutex while waiting for the database: a scan holding the write lock reads the cache.
    {
        std::lock_guard lock(m_keysMutex);
        if (auto it = m_keys.find(eventId); it != m_keys.end())
            return it->second;
    }
    std::vector<SigningKey> found;
    {
        auto unit = m_store.read();
        requireEvent(*unit, eventId, false);
        found = unit->checkins().keys(eventId);
    }
    if (found.empty() && create)
    {
        auto unit = m_store.write();
        requireEvent(*unit, eventId, true); // one key per event, even when two instances race
        found = unit->checkins().keys(eventId);
        if (found.empty())
        {
            unsigned char pk[crypto_sign_PUBLICKEYBYTES];
            unsigned char sk[crypto_sign_SECRETKEYBYTES];
            crypto_sign_keypair(pk, sk);
            SigningKey key;
            key.eventId = eventId;
            key.publicKey.assign(reinterpret_cast<const char *>(pk), sizeof pk);
            key.secretKey.assign(reinterpret_cast<const char *>(sk), sizeof sk);
            sodium_memzero(sk, sizeof sk);
            unsigned char digest[crypto_hash_sha256_BYTES];
            crypto_hash_sha256(digest, pk, sizeof pk);
            key.kid = base64Url(std::string(reinterpret_cast<const char *>(digest), 8));
            key.createdAt = nextevent::now();
            unit->checkins().insertKey(key);
            unit->audit().append({"system", "create-key", "event", eventId, {{"kid", key.kid}}});
            found.push_back(key);
        }
        unit->commit();
    }
    if (!found.empty())
    {
        std::lock_guard lock(m_keysMutex);
        m_keys[eventId] = found;
    }
    return found;
}

std::string CheckinService::signedTicket(const Attendee &attendee)
{
    const auto keys = keysOf(attendee.eventId, true);
    const auto &key = keys.front();
    const std::string payload =
        json{
            {"e", attendee.eventId},
            {"a", attendee.id},
            {"c", attendee.checkInCode},
            {"i",
             std::chrono::duration_cast<std::chrono::seconds>(attendee.createdAt.time_since_epoch()).count()}}
            .dump();
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature,
                         nullptr,
                         reinterpret_cast<const unsigned char *>(payload.data()),
                         payload.size(),
                         reinterpret_cast<const unsigned char *>(key.secretKey.data()));
    return encodeSignedTicket(payload,
                              std::string(reinterpret_cast<const char *>(signature), sizeof signature));
}

json CheckinService::keys(const std::string &eventId)
{
    json out = json::array();
    for (const auto &key : keysOf(eventId, true))
        out.push_back({{"kid", key.kid},
                       {"publicKey", base64Url(key.publicKey)},
                       {"algorithm", "Ed25519"},
                       {"createdAt", formatIso8601(key.createdAt)}});
    return json{{"keys", out}};
}

// --------------------------------------------------------------------------------------- door devices

json CheckinService::createDoorToken(const std::string &eventId,
                                     const nlohmann::json &body,
                                     const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    DoorToken token;
    token.name = trimmed(reader.string("name", true).value_or(""));
    token.listId = reader.string("listId");
    if (errors.empty())
    {
        if (token.name.empty())
            errors.push_back({"name", FieldCode::Required, "must not be blank"});
        else if (token.name.size() > 100)
            errors.push_back({"name", FieldCode::TooLong, "at most 100 characters"});
    }
    throwIfInvalid(errors);
    auto unit = m_store.write();
    const Event event = requireEvent(*unit, eventId, true);
    ensureDefaultList(*unit, eventId);
    if (token.listId && !unit->checkins().findList(eventId, *token.listId))
        throw Error::validation(
            {{"listId", FieldCode::InvalidChoice, "is not a check-in list of this event"}});
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const std::string secret =
        kDoorTokenPrefix + base64Url(std::string(reinterpret_cast<const char *>(random), sizeof random));
    const TimePoint now = nextevent::now();
    token.id = newUuid();
    token.eventId = eventId;
    token.tokenHash = sha256Hex(secret);
    token.createdBy = actor.username;
    token.createdAt = now;
    token.expiresAt = std::max(now, event.endDate.value_or(now)) + kDoorTokenGrace;
    unit->checkins().insertDoorToken(token);
    unit->audit().append(
        {actor.username, "create", "door-token", token.id, {{"eventId", eventId}, {"name", token.name}}});
    unit->commit();
    return json{{"id", token.id},
                {"token", secret},
                {"expiresAt", formatIso8601(token.expiresAt)},
                {"name", token.name},
                {"eventId", eventId},
                {"listId", token.listId ? json(*token.listId) : json(nullptr)}};
}

json CheckinService::doorTokens(const std::string &eventId)
{
    auto unit = m_store.read();
    requireEvent(*unit, eventId, false);
    json items = json::array();
    for (const auto &t : unit->checkins().doorTokens(eventId))
        items.push_back({{"id", t.id},
                         {"name", t.name},
                         {"listId", t.listId ? json(*t.listId) : json(nullptr)},
                         {"createdBy", t.createdBy},
                         {"createdAt", formatIso8601(t.createdAt)},
                         {"expiresAt", formatIso8601(t.expiresAt)},
                         {"lastUsedAt", t.lastUsedAt ? json(formatIso8601(*t.lastUsedAt)) : json(nullptr)},
                         {"revokedAt", t.revokedAt ? json(formatIso8601(*t.revokedAt)) : json(nullptr)}});
    const auto total = static_cast<std::int64_t>(items.size());
    return json{{"items", std::move(items)}, {"total", total}};
}

void CheckinService::revokeDoorToken(const std::string &eventId,
                                     const std::string &tokenId,
                                     const Principal &actor)
{
    auto unit = m_store.write();
    requireEvent(*unit, eventId, false);
    if (!unit->checkins().revokeDoorToken(eventId, tokenId, nextevent::now()))
        throw Error(ErrorCode::NotFound, "No such door token (or it was already revoked)");
    unit->audit().append({actor.username, "revoke", "door-token", tokenId, {{"eventId", eventId}}});
    unit->commit();
}

Principal CheckinService::authenticateDoorToken(const std::string &token)
{
    const Error invalid(ErrorCode::Unauthenticated, "The door token is invalid, expired or revoked");
    if (token.size() > 200 || token.rfind(kDoorTokenPrefix, 0) != 0)
        throw invalid;
    std::optional<DoorToken> stored;
    {
        auto unit = m_store.read();
        stored = unit->checkins().findDoorTokenByHash(sha256Hex(token));
    }
    const TimePoint now = nextevent::now();
    if (!stored || stored->revokedAt || stored->expiresAt <= now)
        throw invalid;
    if (!stored->lastUsedAt || now - *stored->lastUsedAt >= kTouchInterval)
    {
        auto unit = m_store.write();
        unit->checkins().touchDoorToken(stored->id, now);
        unit->commit();
    }
    Principal p;
    p.userId = "door:" + stored->id;
    p.username = "door:" + stored->name.substr(0, 60);
    p.tokenId = stored->id;
    p.tokenExpires =
        std::chrono::duration_cast<std::chrono::seconds>(stored->expiresAt.time_since_epoch()).count();
    p.issuedAtMs = epochMs(stored->createdAt);
    p.doorTokenId = stored->id;
    p.doorEventId = stored->eventId;
    p.doorListId = stored->listId;
    return p;
}

bool CheckinService::doorTokenValid(const Principal &principal)
{
    auto unit = m_store.read();
    for (const auto &t : unit->checkins().doorTokens(principal.doorEventId))
        if (t.id == principal.doorTokenId)
            return !t.revokedAt && t.expiresAt > nextevent::now();
    return false;
}

// ------------------------------------------------------------------------------------ offline devices

json CheckinService::snapshot(const std::string &eventId, const std::optional<std::string> &since)
{
    std::optional<TimePoint> from;
    if (since && !since->empty())
    {
        const bool digits =
            since->size() <= 16 &&
            std::all_of(since->begin(), since->end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            throw Error::validation(
                {{"since", FieldCode::InvalidFormat, "is not a cursor from an earlier snapshot"}});
        from = TimePoint{std::chrono::milliseconds(std::stoll(*since))};
    }
    const TimePoint readAt = nextevent::now();
    const auto all = lists(eventId);
    auto unit = m_store.read();
    requireEvent(*unit, eventId, false);
    const auto attendees = unit->checkins().snapshot(eventId, from);
    std::map<std::string, json> presenceByAttendee;
    if (!attendees.empty())
        for (const auto &p : unit->checkins().presenceSince(eventId, std::nullopt))
        {
            auto &entries = presenceByAttendee[p.attendeeId];
            if (entries.is_null())
                entries = json::array();
            entries.push_back(presenceJson(p));
        }
    json out = json::array();
    json revoked = json::array();
    for (const auto &a : attendees)
    {
        if (a.status == AttendeeStatus::Cancelled)
        {
            revoked.push_back(a.id);
            continue;
        }
        auto it = presenceByAttendee.find(a.id);
        out.push_back({{"id", a.id},
                       {"name", a.name},
                       {"status", std::string(toString(a.status))},
                       {"codeHash", sha256Hex(a.checkInCode)},
                       {"lists", it == presenceByAttendee.end() ? json::array() : it->second}});
    }
    json listArray = json::array();
    for (const auto &list : all)
        listArray.push_back(listJson(list));
    return json{{"cursor", std::to_string(epochMs(readAt - kCursorOverlap))},
                {"full", !from.has_value()},
                {"eventId", eventId},
                {"attendees", std::move(out)},
                {"revoked", std::move(revoked)},
                {"checkinLists", std::move(listArray)}};
}

} // namespace nextevent::server::app
