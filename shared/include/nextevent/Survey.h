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
    Text,
    WordCloud, ///< "word_cloud": up to maxEntries words of up to maxLength characters each
    Quiz       ///< "quiz": a single choice with correctOptionIds, timed when presenter-paced
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
    std::vector<QuestionOption> options;          ///< choice questions: 2..20
    std::optional<std::int64_t> maxSelections;    ///< multiple choice only
    std::optional<std::int64_t> scale;            ///< rating only: 5 or 10
    std::optional<std::int64_t> maxLength;        ///< text; word cloud: per word, 1–40 (default 25)
    std::optional<std::int64_t> maxEntries;       ///< word cloud only: 1–5 words per answer (default 3)
    std::vector<std::string> correctOptionIds;    ///< quiz only: never shown to respondents before the reveal
    std::optional<std::int64_t> timeLimitSeconds; ///< quiz only: 5–300 (default 20)
    std::optional<std::int64_t> points;           ///< quiz only: for an instant correct answer (default 1000)

    bool operator==(const Question &) const = default;
};

enum class SurveyMode
{
    SelfPaced,     ///< "self_paced": every question open
    PresenterPaced ///< "presenter_paced": only currentQuestionId takes answers, one per respondent each
};

std::string_view toString(SurveyMode mode);
std::optional<SurveyMode> surveyModeFromString(std::string_view text);

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
    SurveyMode mode = SurveyMode::SelfPaced;
    std::optional<std::string> currentQuestionId; ///< the presenter's question (POST …/state)
    std::optional<TimePoint> openedAt;            ///< when currentQuestionId became current
    bool answerRevealed = false;                  ///< the current question's correct options are shown
    TimePoint createdAt{};
    TimePoint updatedAt{};

    bool operator==(const Survey &) const = default;

    const Question *question(const std::string &questionId) const;
    /// Whether a quiz question's correct options may be shown to respondents now: the answer is revealed and
    /// the question is the current one (every question of a self-paced survey).
    bool revealed(const Question &q) const;
};

/// One answer to one question; which fields are set depends on the question type.
struct Answer
{
    std::string questionId;
    std::vector<std::string> optionIds;
    std::optional<std::int64_t> rating;
    std::optional<std::string> text;
    std::vector<std::string> words;         ///< word cloud: as sent, normalised by the server before storing
    std::vector<std::string> filteredWords; ///< word cloud: words the profanity list caught (server-set)
    std::optional<bool> correct;            ///< quiz: set by the server
    std::optional<std::int64_t> score;      ///< quiz: set by the server

    bool operator==(const Answer &) const = default;
};

struct SurveyResponse
{
    std::string id;
    std::string surveyId;
    std::string respondent;  ///< WeChat openid or anonymous respondent token
    std::string scope;       ///< "" (one response per survey) or the question id (presenter-paced)
    std::string displayName; ///< the leaderboard name of a quiz player (server-set)
    std::vector<Answer> answers;
    TimePoint createdAt{};

    bool operator==(const SurveyResponse &) const = default;
};

/// Default and maximum length of a free-text answer.
inline constexpr std::int64_t kDefaultTextMaxLength = 2000;
inline constexpr std::int64_t kDefaultWordMaxLength = 25;
inline constexpr std::int64_t kDefaultMaxEntries = 3;
inline constexpr std::int64_t kDefaultQuizSeconds = 20;
inline constexpr std::int64_t kDefaultQuizPoints = 1000;
inline constexpr std::int64_t kWordMaxLengthLimit = 40;
inline constexpr std::int64_t kMaxEntriesLimit = 5;
inline constexpr std::int64_t kQuizSecondsMin = 5;
inline constexpr std::int64_t kQuizSecondsMax = 300;
inline constexpr std::int64_t kQuizPointsMax = 100000;

} // namespace nextevent
