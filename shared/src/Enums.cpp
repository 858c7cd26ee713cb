// SPDX-License-Identifier: MIT
// String forms of the domain enums, kept in one table each so both directions agree.
#include <algorithm>
#include <array>
#include <utility>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"
#include "nextevent/Interaction.h"
#include "nextevent/Survey.h"
#include "nextevent/User.h"

namespace nextevent
{
namespace
{
template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view text)
{
    for (const auto &[e, name] : table)
        if (name == text)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<EventStatus, std::string_view>, 5> kEventStatus{{
    {EventStatus::Draft, "draft"},
    {EventStatus::Published, "published"},
    {EventStatus::Active, "active"},
    {EventStatus::Completed, "completed"},
    {EventStatus::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<AttendeeStatus, std::string_view>, 6> kAttendeeStatus{{
    {AttendeeStatus::Pending, "pending"},
    {AttendeeStatus::Registered, "registered"},
    {AttendeeStatus::Waitlisted, "waitlisted"},
    {AttendeeStatus::Offered, "offered"},
    {AttendeeStatus::Cancelled, "cancelled"},
    {AttendeeStatus::Rejected, "rejected"},
}};
constexpr std::array<std::pair<QuestionType, std::string_view>, 6> kQuestionType{{
    {QuestionType::SingleChoice, "single_choice"},
    {QuestionType::MultipleChoice, "multiple_choice"},
    {QuestionType::Rating, "rating"},
    {QuestionType::Text, "text"},
    {QuestionType::WordCloud, "word_cloud"},
    {QuestionType::Quiz, "quiz"},
}};
constexpr std::array<std::pair<SurveyAudience, std::string_view>, 3> kSurveyAudience{{
    {SurveyAudience::Anyone, "anyone"},
    {SurveyAudience::Registered, "registered"},
    {SurveyAudience::CheckedIn, "checked_in"},
}};
constexpr std::array<std::pair<Role, std::string_view>, 5> kRole{{
    {Role::Admin, "admin"},
    {Role::Organizer, "organizer"},
    {Role::Presenter, "presenter"},
    {Role::Checkin, "checkin"},
    {Role::Viewer, "viewer"},
}};
constexpr std::array<std::pair<InteractionKind, std::string_view>, 7> kInteractionKind{{
    {InteractionKind::Subscribe, "subscribe"},
    {InteractionKind::Unsubscribe, "unsubscribe"},
    {InteractionKind::Scan, "scan"},
    {InteractionKind::Click, "click"},
    {InteractionKind::View, "view"},
    {InteractionKind::Message, "message"},
    {InteractionKind::OAuth, "oauth"},
}};
} // namespace

std::string_view toString(EventStatus status)
{
    return nameOf(kEventStatus, status);
}

std::optional<EventStatus> eventStatusFromString(std::string_view text)
{
    return valueOf(kEventStatus, text);
}

std::string_view toString(AttendeeStatus status)
{
    return nameOf(kAttendeeStatus, status);
}

std::optional<AttendeeStatus> attendeeStatusFromString(std::string_view text)
{
    return valueOf(kAttendeeStatus, text);
}

std::string_view toString(QuestionType type)
{
    return nameOf(kQuestionType, type);
}

std::optional<QuestionType> questionTypeFromString(std::string_view text)
{
    return valueOf(kQuestionType, text);
}

std::string_view toString(SurveyAudience audience)
{
    return nameOf(kSurveyAudience, audience);
}

std::optional<SurveyAudience> surveyAudienceFromString(std::string_view text)
{
    return valueOf(kSurveyAudience, text);
}

constexpr std::array<std::pair<SurveyMode, std::string_view>, 2> kSurveyMode{{
    {SurveyMode::SelfPaced, "self_paced"},
    {SurveyMode::PresenterPaced, "presenter_paced"},
}};

std::string_view toString(SurveyMode mode)
{
    return nameOf(kSurveyMode, mode);
}

std::optional<SurveyMode> surveyModeFromString(std::string_view text)
{
    return valueOf(kSurveyMode, text);
}

const Question *Survey::question(const std::string &questionId) const
{
    for (const auto &q : questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

bool Survey::revealed(const Question &q) const
{
    if (!answerRevealed)
        return false;
    return mode == SurveyMode::SelfPaced || currentQuestionId == q.id;
}

std::string_view toString(Role role)
{
    return nameOf(kRole, role);
}

std::optional<Role> roleFromString(std::string_view text)
{
    return valueOf(kRole, text);
}

std::string_view toString(InteractionKind kind)
{
    return nameOf(kInteractionKind, kind);
}

std::optional<InteractionKind> interactionKindFromString(std::string_view text)
{
    return valueOf(kInteractionKind, text);
}

bool User::hasRole(Role role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

} // namespace nextevent
