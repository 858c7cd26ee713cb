// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nextevent/Time.h"

namespace nextevent
{

enum class QuestionType
{
    SingleChoice,
    MultipleChoice,
    Rating,
    Text
};

std::string_view toString(QuestionType type);
std::optional<QuestionType> questionTypeFromString(std::string_view text);

/// Who may answer a survey: anyone, or only WeChat respondents who are registered (not cancelled, not
/// waitlisted) or checked-in attendees of the survey's event (then eventId is required).
enum class SurveyAudience
{
    Anyone,
    Registered,
    CheckedIn
};

std::string_view toString(SurveyAudience audience);
std::optional<SurveyAudience> surveyAudienceFromString(std::string_view text);

struct QuestionOption
{
    std::string id;
    std::string text;

    bool operator==(const QuestionOption &) const = default;
};

struct Question
{
    std::string id;
    QuestionType type = QuestionType::SingleChoice;
    std::string text;
    bool required = false;
    std::vector<QuestionOption> options;       ///< choice questions: 2..20
    std::optional<std::int64_t> maxSelections; ///< multiple choice only
    std::optional<std::int64_t> scale;         ///< rating only: 5 or 10
    std::optional<std::int64_t> maxLength;     ///< text only

    bool operator==(const Question &) const = default;
};

struct Survey
{
    std::string id;
    std::string title;
    std::string description;
    std::optional<std::string> eventId;
    bool isActive = false;
    bool isLive = false;
    bool resultsVisible = false;
    SurveyAudience audience = SurveyAudience::Anyone;
    std::optional<TimePoint> startTime;
    std::optional<TimePoint> endTime;
    std::int64_t totalResponses = 0;
    std::vector<Question> questions;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Survey &) const = default;
};

/// One answer to one question; which fields are set depends on the question type.
struct Answer
{
    std::string questionId;
    std::vector<std::string> optionIds;
    std::optional<std::int64_t> rating;
    std::optional<std::string> text;

    bool operator==(const Answer &) const = default;
};

struct SurveyResponse
{
    std::string id;
    std::string surveyId;
    std::string respondent; ///< WeChat openid or anonymous respondent token
    std::vector<Answer> answers;
    TimePoint createdAt{};

    bool operator==(const SurveyResponse &) const = default;
};

/// Default and maximum length of a free-text answer.
inline constexpr std::int64_t kDefaultTextMaxLength = 2000;

} // namespace nextevent
