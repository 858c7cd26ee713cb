// SPDX-License-Identifier: MIT
#include "server/app/EventService.h"

#include <algorithm>

#include "nextevent/Error.h"
#include "nextevent/EventLifecycle.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

#include "server/app/CheckinService.h"
#include "server/app/VersionCheck.h"

namespace nextevent::server::app
{
namespace
{
Error notFound()
{
    return Error(ErrorCode::NotFound, "No such event");
}

const char *const kEditable[] = {"title",
                                 "description",
                                 "startDate",
                                 "endDate",
                                 "location",
                                 "timezone",
                                 "capacity",
                                 "registrationForm",
                                 "registrationApproval",
                                 "maxPartySize",
                                 "offerHoldHours"};
const char *const kEditableWeChat[] = {"interactionCode", "scanMessage", "userTagId", "autoReply"};

/// The stored event with the editable fields of `body` applied; type errors in body are reported.
Event applyEdits(const Event &current, const nlohmann::json &body)
{
    requireObject(body);
    // Parse the body alone first so its type errors name its own fields.
    (void)eventFromJson(body);
    nlohmann::json merged = current;
    for (const char *key : kEditable)
        if (body.contains(key))
            merged[key] = body[key];
    if (body.contains("wechatConfig"))
        for (const char *key : kEditableWeChat)
            if (body["wechatConfig"].contains(key))
                merged["wechatConfig"][key] = body["wechatConfig"][key];
    if (body.contains("interaction"))
        for (const auto &[key, value] : body["interaction"].items())
            merged["interaction"][key] = value;
    return eventFromJson(merged);
}
} // namespace

EventService::EventService(Store &store, EventCache &cache, EventTimeZones zones)
    : m_store(store)
    , m_cache(cache)
    , m_zones(std::move(zones))
{
}

Page<Event> EventService::list(const EventQuery &query)
{
    // A team member's own list changes with the team, which the cache does not follow: read it each time.
    if (query.memberUserId)
        return m_store.read()->events().list(query);
    const auto time = [](const std::optional<TimePoint> &t)
    {
        return t ? formatIso8601(*t) : std::string();
    };
    const std::string key = std::to_string(query.page) + '|' + std::to_string(query.pageSize) + '|' +
                            query.search + '|' + query.sort + '|' + (query.descending ? "d" : "a") + '|' +
                            (query.status ? std::string(toString(*query.status)) : "") + '|' +
                            time(query.overlapsFrom) + '|' + time(query.overlapsTo);
    if (auto cached = m_cache.findList(key))
        return *cached;
    auto page = m_store.read()->events().list(query);
    m_cache.putList(key, page);
    return page;
}

Event EventService::get(const std::string &id)
{
    if (auto cached = m_cache.find(id))
        return *cached;
    auto event = m_store.read()->events().find(id);
    if (!event)
        throw notFound();
    m_cache.put(*event);
    return *event;
}

std::shared_ptr<const std::string> EventService::getJson(const std::string &id)
{
    const auto write = [](const Event &event)
    {
        return nlohmann::json(event).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    if (auto text = m_cache.findText(id, write))
        return text;
    const Event event = get(id); // loads and caches it, or NOT_FOUND
    if (auto text = m_cache.findText(id, write))
        return text;
    return std::make_shared<const std::string>(write(event));
}

Event EventService::getPublic(const std::string &id)
{
    Event event = get(id);
    if (event.status == EventStatus::Draft)
        throw notFound();
    return event;
}

Event EventService::reload(const std::string &id)
{
    auto event = m_store.read()->events().find(id);
    if (!event)
        throw notFound();
    m_cache.put(*event);
    return *event;
}

void EventService::validateEvent(const Event &event) const
{
    auto errors = validate(event);
    const bool timezoneChecked =
        std::any_of(errors.begin(), errors.end(), [](const FieldError &e) { return e.field == "timezone"; });
    if (!timezoneChecked && !m_zones.isKnown(event.timezone))
        errors.push_back({"timezone",
                          FieldCode::InvalidChoice,
                          "is not a known time zone: use an IANA name such as Asia/Shanghai"});
    throwIfInvalid(errors);
}

Event EventService::create(const nlohmann::json &body, const Principal &actor)
{
    Event event = applyEdits(Event{}, body);
    if (event.timezone.empty())
        event.timezone = m_zones.fallback;
    validateEvent(event);
    event.id = newUuid();
    event.status = EventStatus::Draft;
    event.createdAt = event.updatedAt = nextevent::now();
    auto unit = m_store.write();
    if (!event.wechatConfig.interactionCode.empty() &&
        unit->events().findByInteractionCode(event.wechatConfig.interactionCode))
        throw Error(
            ErrorCode::Conflict,
            "Another event uses this interaction code",
            {{"wechatConfig.interactionCode", FieldCode::NotUnique, "is already used by another event"}});
    unit->events().insert(event);
    CheckinService::ensureDefaultList(*unit, event.id);
    unit->audit().append({actor.username, "create", "event", event.id, {{"title", event.title}}});
    unit->commit();
    m_cache.invalidate(event.id);
    return event;
}

Event EventService::update(const std::string &id, const nlohmann::json &body, const Principal &actor)
{
    auto unit = m_store.write();
    auto current = unit->events().find(id, true);
    if (!current)
        throw notFound();
    checkEditedVersion(body, current->updatedAt, "event");
    Event event = applyEdits(*current, body);
    if (event.timezone.empty())
        event.timezone = m_zones.fallback;
    validateEvent(event);
    if (!event.wechatConfig.interactionCode.empty())
        if (auto other = unit->events().findByInteractionCode(event.wechatConfig.interactionCode);
            other && other->id != id)
            throw Error(
                ErrorCode::Conflict,
                "Another event uses this interaction code",
                {{"wechatConfig.interactionCode", FieldCode::NotUnique, "is already used by another event"}});
    event.updatedAt = std::max(nextevent::now(), current->updatedAt + std::chrono::milliseconds(1));
    if (!unit->events().update(event, current->updatedAt))
        throw Error(ErrorCode::Conflict, "The event was changed by someone else; reload it and try again");
    // What changed, as stored: never the raw body, which is the client's and may hold anything.
    const nlohmann::json before = *current;
    const nlohmann::json after = event;
    nlohmann::json changed = nlohmann::json::object();
    for (const auto &[key, value] : after.items())
        if (key != "updatedAt" && key != "counts" && (!before.contains(key) || before[key] != value))
            changed[key] = value;
    const bool moreRoom = current->capacity && (!event.capacity || *event.capacity > *current->capacity);
    unit->audit().append({actor.username, "update", "event", id, {{"changed", std::move(changed)}}});
    unit->commit();
    unit.reset(); // the writer is released before the waiting list takes it for the offers
    m_cache.invalidate(id);
    if (moreRoom && m_placesOpened)
    {
        m_placesOpened(id, actor.username);
        return get(id);
    }
    return event;
}

Event EventService::transition(const std::string &id, const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto to = reader.string("to", true);
    throwIfInvalid(errors);
    const auto target = eventStatusFromString(*to);
    if (!target)
        throw Error::validation({{"to",
                                  FieldCode::InvalidChoice,
                                  "must be one of draft, published, active, completed, cancelled"}});
    auto unit = m_store.write();
    auto event = unit->events().find(id, true);
    if (!event)
        throw notFound();
    checkTransition(event->status, *target);
    const auto previous = event->updatedAt;
    const auto from = event->status;
    event->status = *target;
    event->updatedAt = std::max(nextevent::now(), previous + std::chrono::milliseconds(1));
    if (!unit->events().update(*event, previous))
        throw Error(ErrorCode::Conflict, "The event was changed by someone else; reload it and try again");
    unit->audit().append(
        {actor.username, "transition", "event", id, {{"from", toString(from)}, {"to", toString(*target)}}});
    unit->commit();
    m_cache.invalidate(id);
    return *event;
}

void EventService::setPlacesOpened(std::function<void(const std::string &, const std::string &)> listener)
{
    m_placesOpened = std::move(listener);
}

void EventService::remove(const std::string &id, const Principal &actor)
{
    auto unit = m_store.write();
    if (!unit->events().softDelete(id, nextevent::now()))
        throw notFound();
    unit->audit().append({actor.username, "delete", "event", id, {}});
    unit->commit();
    m_cache.invalidate(id);
}

} // namespace nextevent::server::app
