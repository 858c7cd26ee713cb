// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "nextevent/Survey.h"

#include "server/app/Principal.h"
#include "server/app/ResponseWriter.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Surveys and their questions, responses from the audience, and live results from running tallies.
/// One response per respondent: a second answer is refused with CONFLICT (it does not replace the first).
class SurveyService
{
public:
    /// `feed` (optional) hears of every committed change of a survey: its live topic shows state changes too.
    SurveyService(Store &store, ResponseWriter &writer, ChangeFeed *feed = nullptr);

    Page<Survey> list(const SurveyQuery &query);
    Survey get(const std::string &id);
    /// What a respondent may see: the survey when it is active or live; NOT_FOUND otherwise.
    Survey getForRespondent(const std::string &id);

    Survey create(const nlohmann::json &body, const Principal &actor);
    /// Edits fields present in `body`. Question changes are refused (CONFLICT) once responses exist.
    Survey update(const std::string &id, const nlohmann::json &body, const Principal &actor);
    /// isActive / isLive / resultsVisible only: what a presenter may switch during a session.
    Survey setState(const std::string &id, const nlohmann::json &body, const Principal &actor);
    void remove(const std::string &id, const Principal &actor);

    Survey addQuestion(const std::string &id, const nlohmann::json &body, const Principal &actor);
    Survey updateQuestion(const std::string &id,
                          const std::string &questionId,
                          const nlohmann::json &body,
                          const Principal &actor);
    Survey deleteQuestion(const std::string &id, const std::string &questionId, const Principal &actor);
    /// Body {"order":[questionId…]} naming every question once.
    Survey reorderQuestions(const std::string &id, const nlohmann::json &body, const Principal &actor);

    /// Whether answers are taken at `now`: the rule submit() applies, for pages that say why not.
    enum class Availability
    {
        Open,
        Inactive,   ///< not active (for example a live survey whose answering was stopped)
        NotStarted, ///< before startTime
        Closed      ///< at or after endTime
    };
    static Availability availability(const Survey &survey, TimePoint now);

    /// Whether `respondent` ("wx:<openid>" or "anon:<id>") is in the survey's audience: the rule submit()
    /// applies, for pages that say why not. Anyone is always admitted; registered / checked_in admit only a
    /// WeChat respondent whose registration for the survey's event is active (not waitlisted, not
    /// cancelled) and, for checked_in, checked in.
    enum class Admission
    {
        Admitted,
        WeChatRequired, ///< anonymous respondent: they must open the page in WeChat
        NotRegistered,  ///< no active registration with this openid (none, waitlisted or cancelled)
        NotCheckedIn    ///< registered but not checked in (audience checked_in)
    };
    Admission admission(const Survey &survey, const std::string &respondent);

    /// Validates against the questions and the window, then stores durably (group commit).
    /// CONFLICT when the survey is not open or the respondent already answered; FORBIDDEN (details[0].message
    /// wechat_required, not_registered or not_checked_in) when the respondent is not in its audience.
    SurveyResponse
    submit(const std::string &surveyId, const std::string &respondent, const nlohmann::json &body);

    /// The live-results document. Respondents (staff=false) get FORBIDDEN until results are revealed.
    nlohmann::json liveResults(const std::string &surveyId, bool includeChart, bool staff);

    /// The live-results document with chart data as staff see it, and whether the public may see it now
    /// (the survey is live and its results are revealed). NOT_FOUND for an unknown or deleted survey.
    struct LiveView
    {
        nlohmann::json results;
        bool publicVisible = false;
    };

    LiveView liveView(const std::string &surveyId);

    bool hasResponded(const std::string &surveyId, const std::string &respondent);

    /// One row per response, one column per question (UTF-8 with BOM).
    std::string responsesCsv(const std::string &surveyId);
    /// One row per option / rating value / text question.
    std::string talliesCsv(const std::string &surveyId);

private:
    Survey save(const std::string &id,
                const Principal &actor,
                const std::string &action,
                const std::function<void(Survey &, UnitOfWork &)> &change);

    Store &m_store;
    ResponseWriter &m_writer;
    ChangeFeed *m_feed;
};

/// Assigns ids to new questions and options and checks that given ids are safe (letters, digits, - and _).
void assignQuestionIds(Survey &survey);

} // namespace nextevent::server::app
