// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "nextevent/Event.h"

#include "server/app/EventCache.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Time zones for events: the one an event gets when it names none, and how a name is checked.
struct EventTimeZones
{
    std::string fallback = "UTC";
    std::function<bool(const std::string &)> isKnown = [](const std::string &name)
    {
        return name == "UTC";
    };
};

/// Events: create, edit with optimistic concurrency, lifecycle transitions, soft delete and restore.
class EventService
{
public:
    EventService(Store &store, EventCache &cache, EventTimeZones zones = {});

    Page<Event> list(const EventQuery &query);
    Event get(const std::string &id);

    /// get() as the event's JSON text, written once per cached state and shared by every reader of it.
    std::shared_ptr<const std::string> getJson(const std::string &id);
    /// What the public event page may show: any event but a draft (NOT_FOUND, as for an unknown id).
    Event getPublic(const std::string &id);
    /// Like get() but always from the store, refreshing the cache: for when another instance changed it.
    Event reload(const std::string &id);

    /// Validates with the shared rules; a new event starts as a draft.
    Event create(const nlohmann::json &body, const Principal &actor);

    /// Applies the editable fields present in `body`. When body carries "updatedAt" and the stored event has
    /// changed since, throws CONFLICT; a concurrent write between read and write is a CONFLICT too.
    Event update(const std::string &id, const nlohmann::json &body, const Principal &actor);

    /// Moves the event along its lifecycle; CONFLICT for a forbidden move.
    Event transition(const std::string &id, const nlohmann::json &body, const Principal &actor);

    void remove(const std::string &id, const Principal &actor);

    /// Called after an edit that may have opened places (capacity raised or removed, or a transition back
    /// to taking registrations) with the event id and the actor; the waiting list is offered them.
    void setPlacesOpened(std::function<void(const std::string &, const std::string &)> listener);

private:
    /// The shared rules, plus: the time zone is one the tz database knows.
    void validateEvent(const Event &event) const;

    Store &m_store;
    EventCache &m_cache;
    EventTimeZones m_zones;
    std::function<void(const std::string &, const std::string &)> m_placesOpened;
};

} // namespace nextevent::server::app
