// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "nextevent/Event.h"

#include "server/app/EventCache.h"
#include "server/app/Principal.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Events: create, edit with optimistic concurrency, lifecycle transitions, soft delete and restore.
class EventService
{
public:
    EventService(Store &store, EventCache &cache);

    Page<Event> list(const EventQuery &query);
    Event get(const std::string &id);
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

private:
    Store &m_store;
    EventCache &m_cache;
};

} // namespace nextevent::server::app
