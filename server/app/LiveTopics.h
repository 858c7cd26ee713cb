// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "nextevent/Realtime.h"

#include "server/app/AnalyticsService.h"
#include "server/app/CheckinService.h"
#include "server/app/DrawService.h"
#include "server/app/EventService.h"
#include "server/app/InteractionService.h"
#include "server/app/Principal.h"
#include "server/app/SurveyService.h"

namespace nextevent::server::app
{

/// What each live topic carries and who may read it — the rules behind /ws, kept out of the transport:
/// - `survey:ID`: the live-results document (with chart data); staff always, the public only while the
///   survey is live and its results are revealed;
/// - `event:ID`: the event as GET /v2/events/{id} returns it (status and counts); staff incl. door staff;
/// - `dashboard`: GET /v2/dashboard's document; admins, organizers, presenters and viewers;
/// - `draw:ID`: the draw as staff see it (seed only once it ran); holders of draws.read, never the public;
/// - `session:SURVEY_ID`: the presenter's pacing; staff always, the public while the survey is live;
/// - `qa:EVENT_ID` and `wall:EVENT_ID`: approved audience questions / wall messages; public;
///   `qa-queue:EVENT_ID`: questions waiting for moderation, staff only.
class LiveTopics
{
public:
    /// With @p checkins, `event:ID` also carries the event's occupancy (`"occupancy"`, as GET …/occupancy).
    LiveTopics(SurveyService &surveys,
               EventService &events,
               AnalyticsService &analytics,
               InteractionService &interaction,
               DrawService &draws,
               CheckinService *checkins = nullptr);

    /// Whether a subscriber without a staff role may follow topics of this kind at all.
    static bool mayBePublic(nextevent::realtime::TopicKind kind);

    struct State
    {
        nlohmann::json data;
        bool publicVisible = false; ///< whether a subscriber without a token may receive it
    };

    /// The topic's current state, read from the store (never a cached copy, so a change made by another
    /// instance is seen). Throws Error NOT_FOUND for an unknown id.
    State load(const nextevent::realtime::Topic &topic);

    /// Whether `who` (nullopt: no token) may receive a topic whose state is `state`.
    static bool
    mayRead(const nextevent::realtime::Topic &topic, const std::optional<Principal> &who, const State &state);

    /// Whether `who` may subscribe at all before the state is known (cheap check: roles only).
    static bool isStaffFor(const nextevent::realtime::Topic &topic, const std::optional<Principal> &who);

private:
    SurveyService &m_surveys;
    EventService &m_events;
    AnalyticsService &m_analytics;
    CheckinService *m_checkins;
    DrawService &m_draws;
    InteractionService &m_interaction;
};

} // namespace nextevent::server::app
