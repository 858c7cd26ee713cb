// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Survey.h"

namespace nextevent
{

/// Running tallies of one survey, updated one response at a time so readers never recount.
/// Not thread-safe: the owner serialises access.
class SurveyTally
{
public:
    explicit SurveyTally(Survey survey);

    /// Counts a response (assumed valid for the survey; unknown ids are ignored).
    void add(const SurveyResponse &response);

    /// Uncounts a response previously added (used when a respondent replaces an answer).
    void remove(const SurveyResponse &response);

    std::int64_t totalResponses() const
    {
        return m_total;
    }

    const Survey &survey() const
    {
        return m_survey;
    }

    /// The live-results document of DESIGN.md; "chart" per question only with includeChart.
    /// Word clouds carry "words" (at most kMaxCloudWords, by count then text) and "filtered".
    nlohmann::json toJson(bool includeChart) const;

    static constexpr std::size_t kMaxCloudWords = 100;

    /// A stored counter: (questionId, key) with keys "answered", "o:<optionId>", "r:<rating>", "sum"
    /// (rating sum), "w:<word>" (word cloud), "filtered" (word-cloud words the profanity list caught), and
    /// ("", "total") for the number of responses. Lets a store keep tallies as rows.
    using CounterKey = std::pair<std::string, std::string>;
    using Counters = std::map<CounterKey, std::int64_t>;

    /// What one response adds to the counters.
    static Counters contributions(const Survey &survey, const SurveyResponse &response);

    /// Rebuilds tallies from stored counters (unknown keys are ignored).
    static SurveyTally fromCounters(Survey survey, const Counters &counters);

private:
    struct QuestionTally
    {
        std::int64_t answered = 0;
        std::map<std::string, std::int64_t> optionCounts;
        std::vector<std::int64_t> distribution; ///< rating: index 0 is rating 1
        std::int64_t ratingSum = 0;
        std::map<std::string, std::int64_t> words; ///< word cloud: normalised word → count
        std::int64_t filtered = 0;
    };

    void apply(const SurveyResponse &response, int sign);

    Survey m_survey;
    std::map<std::string, QuestionTally> m_questions;
    std::int64_t m_total = 0;
};

} // namespace nextevent
