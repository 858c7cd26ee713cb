// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "nextevent/LiveInteraction.h"
#include "nextevent/Survey.h"

#include "server/app/Principal.h"
#include "server/app/RecentReads.h"
#include "server/app/RespondentIndex.h"
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

    using Clock = std::function<TimePoint()>;
    /// Replaces the clock quiz timing and pacing read (tests); the default is nextevent::now.
    void setClock(Clock clock);
    /// The profanity list word-cloud words are checked against (none when never set).
    void setWordFilter(const WordFilter *filter);

    Page<Survey> list(const SurveyQuery &query);
    Survey get(const std::string &id);
    /// What a respondent may see: the survey when it is active or live; NOT_FOUND otherwise.
    Survey getForRespondent(const std::string &id);

    Survey create(const nlohmann::json &body, const Principal &actor);
    /// Edits fields present in `body`. Question changes are refused (CONFLICT) once responses exist.
    Survey update(const std::string &id, const nlohmann::json &body, const Principal &actor);
    /// isActive / isLive / resultsVisible, and the pacing: currentQuestionId (a question id or null; a new
    /// one opens now and hides the previous reveal) and answerRevealed. What a presenter may switch in a
    /// session.
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
    /// FORBIDDEN (details[0].message wechat_required, not_registered or not_checked_in) when the respondent
    /// is not in the survey's audience. CONFLICT when the survey is not open or the respondent already
    /// answered; in a presenter-paced survey CONFLICT (not_current) for another question than the current one
    /// and (time_up) for a quiz answer after its time limit or reveal; FORBIDDEN (banned) for a word cloud
    /// answer of a respondent banned at the survey's event. Word-cloud words are normalised and filtered,
    /// quiz answers scored. `displayName` names a quiz player on the leaderboard (a body "name" overrides
    /// it).
    SurveyResponse submit(const std::string &surveyId,
                          const std::string &respondent,
                          const nlohmann::json &body,
                          const std::string &displayName = {});

    /// The same, answered once the response is committed: the checks above throw here, and `settled` gets
    /// the stored response with null, or the error of its commit (CONFLICT when the respondent's other
    /// answer was committed first), on the writer's thread.
    void submit(const std::string &surveyId,
                const std::string &respondent,
                const nlohmann::json &body,
                const std::string &displayName,
                std::function<void(const SurveyResponse &, std::exception_ptr)> settled);

    /// GET /v2/surveys/{id}/leaderboard: {"items":[{"rank","displayName","score","correctAnswers"}],"total"}
    /// plus "me" ({"rank","score","correctAnswers"} or null) for `respondent`. Public while the survey is
    /// live; staff always.
    nlohmann::json leaderboard(const std::string &surveyId,
                               std::int64_t limit,
                               bool staff,
                               const std::string &respondent = {});

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

    /// The text answers of one text question the public may read on the results page: never one the
    /// profanity list catches nor one of a respondent banned at the survey's event; newest first, at most
    /// `limit`, with how many such answers there are in all. Same visibility as liveResults.
    struct PublicTexts
    {
        struct Item
        {
            std::string text;
            TimePoint at{};
        };

        std::vector<Item> items;
        std::int64_t total = 0;
    };

    /// Keyed by question id; only text questions appear.
    std::map<std::string, PublicTexts> publicTextAnswers(const std::string &surveyId, std::size_t limit);

    /// The `session:ID` document {"surveyId","mode","currentQuestionId","openedAt","timeLimitSeconds",
    /// "answerRevealed"} (+ "correctOptionIds" once revealed); public while the survey is live.
    LiveView sessionView(const std::string &surveyId);

    bool hasResponded(const std::string &surveyId, const std::string &respondent);
    /// Whether `respondent` answered in `scope`: a question id of a presenter-paced survey (one answer each).
    bool hasRespondedIn(const std::string &surveyId, const std::string &scope, const std::string &respondent);

    /// One row per response, one column per question (UTF-8 with BOM).
    std::string responsesCsv(const std::string &surveyId);
    /// One row per option / rating value / text question.
    std::string talliesCsv(const std::string &surveyId);

private:
    /// A response checked, scored and ready to store, with the rules it is tallied by (a presenter-paced
    /// survey's current question alone).
    struct Prepared
    {
        Survey rules;
        SurveyResponse response;
    };

    Prepared prepare(const std::string &surveyId,
                     const std::string &respondent,
                     const nlohmann::json &body,
                     const std::string &displayName);

    Survey save(const std::string &id,
                const Principal &actor,
                const std::string &action,
                const std::function<void(Survey &, UnitOfWork &)> &change);

    /// Adds correctOptionIds to revealed quiz questions of a live-results document.
    static void addReveals(const Survey &survey, nlohmann::json &results);

    Store &m_store;
    /// Surveys as stored, for the respondents' reads (the page a crowd opens from one QR code); answers
    /// change the counts, which respondents see within the cache's second.
    RecentReads<Survey> m_forRespondents;
    RespondentIndex m_respondents; ///< who answered, for hasResponded (pages of returning visitors)
    ResponseWriter &m_writer;
    ChangeFeed *m_feed;
    Clock m_clock;
    const WordFilter *m_filter = nullptr;
};

/// A respondent's quiz name when none is given: "Player" and four hex digits derived from the id (stable,
/// and never revealing the id itself).
std::string defaultPlayerName(const std::string &respondent);

/// Assigns ids to new questions and options and checks that given ids are safe (letters, digits, - and _).
void assignQuestionIds(Survey &survey);

} // namespace nextevent::server::app
