// SPDX-License-Identifier: MIT
#include "server/app/LiveTopics.h"

#include "nextevent/Json.h"

#include "server/app/Permissions.h"

namespace nextevent::server::app
{

LiveTopics::LiveTopics(SurveyService &surveys,
                       EventService &events,
                       AnalyticsService &analytics,
                       InteractionService &interaction,
                       DrawService &draws,
                       CheckinService *checkins)
    : m_surveys(surveys)
    , m_events(events)
    , m_analytics(analytics)
    , m_checkins(checkins)
    , m_draws(draws)
    , m_interaction(interaction)
{
}

bool LiveTopics::mayBePublic(nextevent::realtime::TopicKind kind)
{
    using K = nextevent::realtime::TopicKind;
    return kind == K::Survey || kind == K::Session || kind == K::Qa || kind == K::Wall;
}

LiveTopics::State LiveTopics::load(const nextevent::realtime::Topic &topic)
{
    switch (topic.kind)
    {
    case nextevent::realtime::TopicKind::Survey:
    {
        auto view = m_surveys.liveView(topic.id);
        return {std::move(view.results), view.publicVisible};
    }
    case nextevent::realtime::TopicKind::Event:
    {
        nlohmann::json data = m_events.reload(topic.id);
        if (m_checkins)
            data["occupancy"] = m_checkins->occupancy(topic.id);
        return {std::move(data), false};
    }
    case nextevent::realtime::TopicKind::Dashboard:
        return {m_analytics.dashboard(), false};
    case nextevent::realtime::TopicKind::Draw:
        return {nlohmann::json(m_draws.get(topic.id, true)), false};
    case nextevent::realtime::TopicKind::Session:
    {
        auto view = m_surveys.sessionView(topic.id);
        return {std::move(view.results), view.publicVisible};
    }
    case nextevent::realtime::TopicKind::Qa:
    {
        auto doc = m_interaction.qaTopic(topic.id);
        return {std::move(doc.data), doc.publicVisible};
    }
    case nextevent::realtime::TopicKind::QaQueue:
    {
        auto doc = m_interaction.qaQueueTopic(topic.id);
        return {std::move(doc.data), false};
    }
    case nextevent::realtime::TopicKind::Wall:
    {
        auto doc = m_interaction.wallTopic(topic.id);
        return {std::move(doc.data), doc.publicVisible};
    }
    }
    throw Error(ErrorCode::NotFound, "No such topic");
}

bool LiveTopics::isStaffFor(const nextevent::realtime::Topic &topic, const std::optional<Principal> &who)
{
    if (!who)
        return false;
    // The same capabilities as the routes that read the same state: door staff follow their event's counts
    // (as GET /v2/events/{id} allows them) but not the dashboard.
    switch (topic.kind)
    {
    case nextevent::realtime::TopicKind::Event:
        return may(*who, Capability::EventsRead);
    case nextevent::realtime::TopicKind::Dashboard:
        return may(*who, Capability::DashboardView);
    case nextevent::realtime::TopicKind::Survey:
    case nextevent::realtime::TopicKind::Session:
    case nextevent::realtime::TopicKind::Qa:
    case nextevent::realtime::TopicKind::QaQueue:
    case nextevent::realtime::TopicKind::Wall:
        return may(*who, Capability::ContentRead);
    case nextevent::realtime::TopicKind::Draw:
        return may(*who, Capability::DrawsRead);
    }
    return false;
}

bool LiveTopics::mayRead(const nextevent::realtime::Topic &topic,
                         const std::optional<Principal> &who,
                         const State &state)
{
    if (isStaffFor(topic, who))
        return true;
    return mayBePublic(topic.kind) && state.publicVisible;
}

} // namespace nextevent::server::app
