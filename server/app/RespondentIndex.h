// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <iterator>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace nextevent::server::app
{

/// Who has answered a survey, as this process knows it, so a returning visitor's survey page need not ask
/// the database whether they answered (a read per visitor, on a worker). Each survey's respondents are
/// loaded whole and trusted for `ttl` (another instance's answers show within it, as in the other read
/// caches); this process's own answers are added as they are acknowledged, and kept through a reload that
/// started before them. A survey with more than `maxRespondents` is not kept: its pages read per visitor.
/// The clock is injected for tests.
class RespondentIndex
{
public:
    using Clock = std::chrono::steady_clock;
    using Now = Clock::time_point (*)();

    explicit RespondentIndex(std::chrono::milliseconds ttl = std::chrono::milliseconds(1000),
                             std::size_t maxRespondents = 50000,
                             Now now = &Clock::now)
        : m_ttl(ttl)
        , m_maxRespondents(maxRespondents)
        , m_now(now)
    {
    }

    /// Whether `respondent` answered `surveyId`; nullopt when this index does not know (never loaded, older
    /// than the ttl, or too large to keep): then ask the store, and load() when worthLoading().
    std::optional<bool> answered(const std::string &surveyId, const std::string &respondent) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_surveys.find(surveyId);
        if (it == m_surveys.end() || !it->second.loaded || it->second.loadedAt + m_ttl <= m_now())
            return std::nullopt;
        return it->second.respondents.count(respondent) > 0;
    }

    /// False while the survey was found too large to keep (for the ttl): ask the store per respondent.
    bool worthLoading(const std::string &surveyId) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_surveys.find(surveyId);
        return it == m_surveys.end() || it->second.loaded || it->second.loadedAt + m_ttl <= m_now();
    }

    /// When a load begins: pass it to load(), so answers acknowledged meanwhile are kept.
    Clock::time_point loadStarts() const
    {
        return m_now();
    }

    /// Everyone who has answered `surveyId` (more than maxRespondents(): too large to keep), as read from
    /// the store from `startedAt` on.
    void load(const std::string &surveyId, std::vector<std::string> respondents, Clock::time_point startedAt)
    {
        std::lock_guard lock(m_mutex);
        Survey &survey = entry(surveyId);
        survey.loadedAt = startedAt;
        survey.respondents.clear();
        survey.loaded = respondents.size() <= m_maxRespondents;
        if (!survey.loaded)
            return;
        survey.respondents.insert(std::make_move_iterator(respondents.begin()),
                                  std::make_move_iterator(respondents.end()));
        // Answers this process acknowledged after the read began may be missing from it.
        for (const auto &added : survey.added)
            if (added.first >= startedAt)
                survey.respondents.insert(added.second);
    }

    /// This process stored an answer of `respondent` (called once it is acknowledged).
    void add(const std::string &surveyId, const std::string &respondent)
    {
        std::lock_guard lock(m_mutex);
        Survey &survey = entry(surveyId);
        const auto now = m_now();
        // Only what a load still running may have missed is kept: loads take far less than the ttl.
        while (!survey.added.empty() && survey.added.front().first + m_ttl < now)
            survey.added.pop_front();
        survey.added.emplace_back(now, respondent);
        if (survey.loaded)
            survey.respondents.insert(respondent);
    }

    /// The survey is gone or its answers changed otherwise: forget it.
    void drop(const std::string &surveyId)
    {
        std::lock_guard lock(m_mutex);
        m_surveys.erase(surveyId);
    }

    std::size_t maxRespondents() const
    {
        return m_maxRespondents;
    }

private:
    static constexpr std::size_t kMaxSurveys = 1000;

    struct Survey;

    Survey &entry(const std::string &surveyId)
    {
        if (m_surveys.size() >= kMaxSurveys && !m_surveys.count(surveyId))
            m_surveys.clear(); // a flood of distinct surveys: start over rather than grow
        return m_surveys[surveyId];
    }

    struct Survey
    {
        bool loaded = false;
        Clock::time_point loadedAt{};
        std::unordered_set<std::string> respondents;
        std::deque<std::pair<Clock::time_point, std::string>> added; ///< acknowledged here, with when
    };

    const std::chrono::milliseconds m_ttl;
    const std::size_t m_maxRespondents;
    const Now m_now;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Survey> m_surveys;
};

} // namespace nextevent::server::app
