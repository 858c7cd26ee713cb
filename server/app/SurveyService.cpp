// SPDX-License-Identifier: MIT
#include "server/app/SurveyService.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/SurveyTally.h"
#include "nextevent/Validation.h"

#include "server/app/Csv.h"
#include "server/app/InteractionService.h"
#include "server/app/VersionCheck.h"

namespace nextevent::server::app
{
namespace
{
using nlohmann::json;

Error notFound()
{
    return Error(ErrorCode::NotFound, "No such survey");
}

bool safeId(const std::string &id)
{
    return !id.empty() && id.size() <= 40 &&
           std::all_of(id.begin(),
                       id.end(),
                       [](char c)
                       {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  (c >= '0' && c <= '9') || c == '-' || c == '_';
                       });
}

std::string shortId(const char *prefix)
{
    std::string uuid = newUuid();
    uuid.erase(std::remove(uuid.begin(), uuid.end(), '-'), uuid.end());
    return prefix + uuid.substr(0, 10);
}

const char *const kEditable[] = {"mode",
                                 "title",
                                 "description",
                                 "eventId",
                                 "isActive",
                                 "isLive",
                                 "resultsVisible",
                                 "audience",
                                 "startTime",
                                 "endTime",
                                 "questions"};
} // namespace

void assignQuestionIds(Survey &survey)
{
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < survey.questions.size(); ++i)
    {
        auto &q = survey.questions[i];
        if (q.id.empty())
            q.id = shortId("q");
        else if (!safeId(q.id))
            errors.push_back({"questions[" + std::to_string(i) + "].id",
                              FieldCode::InvalidFormat,
                              "may contain only letters, digits, - and _"});
        for (std::size_t j = 0; j < q.options.size(); ++j)
        {
            auto &o = q.options[j];
            if (o.id.empty())
                o.id = shortId("o");
            else if (!safeId(o.id))
                errors.push_back(
                    {"questions[" + std::to_string(i) + "].options[" + std::to_string(j) + "].id",
                     FieldCode::InvalidFormat,
                     "may contain only letters, digits, - and _"});
        }
        if (q.type == QuestionType::Rating && !q.scale)
            q.scale = 5;
        if (q.type == QuestionType::WordCloud)
        {
            if (!q.maxEntries)
                q.maxEntries = kDefaultMaxEntries;
            if (!q.maxLength)
                q.maxLength = kDefaultWordMaxLength;
        }
        if (q.type == QuestionType::Quiz)
        {
            if (!q.timeLimitSeconds)
                q.timeLimitSeconds = kDefaultQuizSeconds;
            if (!q.points)
                q.points = kDefaultQuizPoints;
        }
    }
    throwIfInvalid(std::move(errors));
}

std::string defaultPlayerName(const std::string &respondent)
{
    std::uint32_t hash = 2166136261u; // FNV-1a
    for (unsigned char c : respondent)
        hash = (hash ^ c) * 16777619u;
    char out[16];
    std::snprintf(out, sizeof out, "Player %04X", static_cast<unsigned>(hash & 0xFFFF));
    return out;
}

SurveyService::SurveyService(Store &store, ResponseWriter &writer, ChangeFeed *feed)
    : m_store(store)
    , m_writer(writer)
    , m_feed(feed)
    , m_clock([] { return nextevent::now(); })
{
}

void SurveyService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SurveyService::setWordFilter(const WordFilter *filter)
{
    m_filter = filter;
}

Page<Survey> SurveyService::list(const SurveyQuery &query)
{
    return m_store.read()->surveys().list(query);
}

Survey SurveyService::get(const std::string &id)
{
    auto survey = m_store.read()->surveys().find(id);
    if (!survey)
        throw notFound();
    return *survey;
}

Survey SurveyService::getForRespondent(const std::string &id)
{
    auto survey = m_forRespondents.find(id);
    if (!survey)
    {
        survey = m_store.read()->surveys().find(id);
        if (survey)
            m_forRespondents.put(id, *survey);
    }
    if (!survey || (!survey->isActive && !survey->isLive))
        throw notFound();
    // How many answered is part of the results: hidden from respondents until the results are shown.
    if (!survey->resultsVisible)
        survey->totalResponses = 0;
    // The correct options of a quiz stay on the server until the presenter reveals them.
    for (auto &q : survey->questions)
        if (q.type == QuestionType::Quiz && !survey->revealed(q))
            q.correctOptionIds.clear();
    return *survey;
}

Survey SurveyService::create(const json &body, const Principal &actor)
{
    requireObject(body);
    Survey survey = surveyFromJson(body);
    survey.totalResponses = 0;
    assignQuestionIds(survey);
    throwIfInvalid(validate(survey));
    survey.id = newUuid();
    survey.createdAt = survey.updatedAt = nextevent::now();
    auto unit = m_store.write();
    if (survey.eventId && !unit->events().find(*survey.eventId))
        throw Error::validation({{"eventId", FieldCode::InvalidChoice, "is not an existing event"}});
    unit->surveys().insert(survey);
    unit->audit().append({actor.username, "create", "survey", survey.id, {{"title", survey.title}}});
    unit->commit();
    return survey;
}

Survey SurveyService::save(const std::string &id,
                           const Principal &actor,
                           const std::string &action,
                           const std::function<void(Survey &, UnitOfWork &)> &change)
{
    auto unit = m_store.write();
    auto current = unit->surveys().find(id);
    if (!current)
        throw notFound();
    Survey survey = *current;
    change(survey, *unit);
    assignQuestionIds(survey);
    throwIfInvalid(validate(survey));
    if (survey.questions != current->questions && current->totalResponses > 0)
        throw Error(ErrorCode::Conflict,
                    "Questions cannot change once responses exist; create a new survey instead");
    if (survey.eventId && survey.eventId != current->eventId && !unit->events().find(*survey.eventId))
        throw Error::validation({{"eventId", FieldCode::InvalidChoice, "is not an existing event"}});
    survey.updatedAt = std::max(nextevent::now(), current->updatedAt + std::chrono::milliseconds(1));
    if (!unit->surveys().update(survey, current->updatedAt))
        throw Error(ErrorCode::Conflict, "The survey was changed by someone else; reload it and try again");
    unit->audit().append({actor.username, action, "survey", id, {}});
    unit->commit();
    m_forRespondents.drop(id);
    if (m_feed)
    {
        m_feed->surveyChanged(id);
        m_feed->changed("session:" + id);
    }
    return survey;
}

Survey SurveyService::update(const std::string &id, const json &body, const Principal &actor)
{
    requireObject(body);
    (void)surveyFromJson(body);
    return save(id,
                actor,
                "update",
                [&](Survey &survey, UnitOfWork &)
                {
                    checkEditedVersion(body, survey.updatedAt, "survey");
                    json merged = survey;
                    for (const char *key : kEditable)
                        if (body.contains(key))
                            merged[key] = body[key];
                    const auto total = survey.totalResponses;
                    const auto createdAt = survey.createdAt;
                    const auto updatedAt = survey.updatedAt;
                    survey = surveyFromJson(merged);
                    survey.totalResponses = total;
                    survey.createdAt = createdAt;
                    survey.updatedAt = updatedAt;
                });
}

Survey SurveyService::setState(const std::string &id, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto active = reader.boolean("isActive");
    const auto live = reader.boolean("isLive");
    const auto visible = reader.boolean("resultsVisible");
    const auto revealed = reader.boolean("answerRevealed");
    const bool hasCurrent = body.contains("currentQuestionId");
    std::optional<std::string> current;
    if (hasCurrent && !body["currentQuestionId"].is_null())
        current = reader.string("currentQuestionId");
    throwIfInvalid(std::move(errors));
    if (!active && !live && !visible && !revealed && !hasCurrent)
        throw Error::validation(
            {{"body",
              FieldCode::Required,
              "give isActive, isLive, resultsVisible, currentQuestionId or answerRevealed"}});
    const auto now = m_clock();
    return save(id,
                actor,
                "state",
                [&](Survey &survey, UnitOfWork &)
                {
                    survey.isActive = active.value_or(survey.isActive);
                    survey.isLive = live.value_or(survey.isLive);
                    survey.resultsVisible = visible.value_or(survey.resultsVisible);
                    if (hasCurrent)
                    {
                        if (current && !survey.question(*current))
                            throw Error::validation({{"currentQuestionId",
                                                      FieldCode::InvalidChoice,
                                                      "is not a question of this survey"}});
                        if (current != survey.currentQuestionId)
                        {
                            // A new question opens now, its answer hidden.
                            survey.currentQuestionId = current;
                            survey.openedAt = current ? std::optional<TimePoint>(now) : std::nullopt;
                            survey.answerRevealed = false;
                        }
                    }
                    survey.answerRevealed = revealed.value_or(survey.answerRevealed);
                });
}

void SurveyService::remove(const std::string &id, const Principal &actor)
{
    auto unit = m_store.write();
    if (!unit->surveys().softDelete(id, nextevent::now()))
        throw notFound();
    unit->audit().append({actor.username, "delete", "survey", id, {}});
    unit->commit();
    m_forRespondents.drop(id);
    m_respondents.drop(id);
    if (m_feed)
    {
        m_feed->surveyChanged(id);
        m_feed->changed("session:" + id);
    }
}

Survey SurveyService::addQuestion(const std::string &id, const json &body, const Principal &actor)
{
    requireObject(body);
    Question question = questionFromJson(body);
    return save(id,
                actor,
                "add-question",
                [&](Survey &survey, UnitOfWork &)
                {
                    question.id.clear();
                    const auto position =
                        body.contains("position") && body["position"].is_number_integer()
                            ? std::clamp<std::int64_t>(body["position"].get<std::int64_t>(),
                                                       0,
                                                       static_cast<std::int64_t>(survey.questions.size()))
                            : static_cast<std::int64_t>(survey.questions.size());
                    survey.questions.insert(survey.questions.begin() + position, question);
                });
}

Survey SurveyService::updateQuestion(const std::string &id,
                                     const std::string &questionId,
                                     const json &body,
                                     const Principal &actor)
{
    requireObject(body);
    (void)questionFromJson(body);
    return save(id,
                actor,
                "update-question",
                [&](Survey &survey, UnitOfWork &)
                {
                    auto it = std::find_if(survey.questions.begin(),
                                           survey.questions.end(),
                                           [&](const Question &q) { return q.id == questionId; });
                    if (it == survey.questions.end())
                        throw Error(ErrorCode::NotFound, "No such question");
                    json merged = *it;
                    for (const auto &[key, value] : body.items())
                        if (key != "id")
                            merged[key] = value;
                    *it = questionFromJson(merged);
                    it->id = questionId;
                });
}

Survey
SurveyService::deleteQuestion(const std::string &id, const std::string &questionId, const Principal &actor)
{
    return save(id,
                actor,
                "delete-question",
                [&](Survey &survey, UnitOfWork &)
                {
                    const auto before = survey.questions.size();
                    std::erase_if(survey.questions, [&](const Question &q) { return q.id == questionId; });
                    if (survey.questions.size() == before)
                        throw Error(ErrorCode::NotFound, "No such question");
                });
}

Survey SurveyService::reorderQuestions(const std::string &id, const json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto order = reader.stringArray("order", true);
    throwIfInvalid(std::move(errors));
    return save(id,
                actor,
                "reorder-questions",
                [&](Survey &survey, UnitOfWork &)
                {
                    std::vector<Question> sorted;
                    std::set<std::string> seen;
                    for (const auto &qid : *order)
                    {
                        auto it = std::find_if(survey.questions.begin(),
                                               survey.questions.end(),
                                               [&](const Question &q) { return q.id == qid; });
                        if (it == survey.questions.end() || !seen.insert(qid).second)
                            throw Error::validation({{"order",
                                                      it == survey.questions.end() ? FieldCode::InvalidChoice
                                                                                   : FieldCode::NotUnique,
                                                      "must list every question id exactly once"}});
                        sorted.push_back(*it);
                    }
                    if (sorted.size() != survey.questions.size())
                        throw Error::validation(
                            {{"order", FieldCode::Required, "must list every question id exactly once"}});
                    survey.questions = std::move(sorted);
                });
}

SurveyService::Availability SurveyService::availability(const Survey &survey, TimePoint now)
{
    if (!survey.isActive)
        return Availability::Inactive;
    if (survey.startTime && now < *survey.startTime)
        return Availability::NotStarted;
    if (survey.endTime && now >= *survey.endTime)
        return Availability::Closed;
    return Availability::Open;
}

SurveyResponse SurveyService::submit(const std::string &surveyId,
                                     const std::string &respondent,
                                     const json &body,
                                     const std::string &displayName)
{
    auto [rules, response] = prepare(surveyId, respondent, body, displayName);
    m_writer.submit(rules, response);
    m_respondents.add(surveyId, response.respondent);
    return response;
}

void SurveyService::submit(const std::string &surveyId,
                           const std::string &respondent,
                           const json &body,
                           const std::string &displayName,
                           std::function<void(const SurveyResponse &, std::exception_ptr)> settled)
{
    auto [rules, response] = prepare(surveyId, respondent, body, displayName);
    m_writer.submit(rules,
                    response,
                    [this, response, settled = std::move(settled)](std::exception_ptr error)
                    {
                        if (!error)
                            m_respondents.add(response.surveyId, response.respondent);
                        settled(response, std::move(error));
                    });
}

SurveyService::Prepared SurveyService::prepare(const std::string &surveyId,
                                               const std::string &respondent,
                                               const json &body,
                                               const std::string &displayName)
{
    SurveyResponse response = responseFromJson(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    const auto name = reader.string("name");
    throwIfInvalid(std::move(errors));
    if (name && !name->empty())
        response.displayName = checkAudienceText(*name, "name", limits::kQaNameMax, errors);
    throwIfInvalid(std::move(errors));

    Survey survey = get(surveyId);
    const auto now = m_clock();
    switch (availability(survey, now))
    {
    case Availability::Open:
        break;
    case Availability::Inactive:
        throw Error(ErrorCode::Conflict,
                    "This survey is not open for answers",
                    {{"survey", std::nullopt, "not_active"}});
    case Availability::NotStarted:
        throw Error(ErrorCode::Conflict,
                    "This survey opens at " + formatIso8601(*survey.startTime),
                    {{"survey", std::nullopt, "not_started"}});
    case Availability::Closed:
        throw Error(ErrorCode::Conflict,
                    "This survey closed at " + formatIso8601(*survey.endTime),
                    {{"survey", std::nullopt, "closed"}});
    }
    switch (admission(survey, respondent))
    {
    case Admission::Admitted:
        break;
    case Admission::WeChatRequired:
        throw Error(
            ErrorCode::Forbidden,
            "This survey is for the event's attendees: open it in WeChat, with the account you registered "
            "with",
            {{"respondent", std::nullopt, "wechat_required"}});
    case Admission::NotRegistered:
        throw Error(ErrorCode::Forbidden,
                    "This survey is for the event's registered attendees; register for the event first",
                    {{"respondent", std::nullopt, "not_registered"}});
    case Admission::NotCheckedIn:
        throw Error(ErrorCode::Forbidden,
                    "This survey is for attendees who have checked in at the event",
                    {{"respondent", std::nullopt, "not_checked_in"}});
    }

    // Presenter-paced: the current question alone takes answers, one per respondent each.
    Survey rules = survey;
    if (survey.mode == SurveyMode::PresenterPaced)
    {
        for (std::size_t i = 0; i < response.answers.size(); ++i)
        {
            const auto &questionId = response.answers[i].questionId;
            if (survey.question(questionId) && questionId != survey.currentQuestionId)
                throw Error(ErrorCode::Conflict,
                            "This question is not open now; answer the presenter's current question",
                            {{"answers[" + std::to_string(i) + "].questionId",
                              FieldCode::NotCurrent,
                              "not_current"}});
        }
        std::erase_if(rules.questions, [&](const Question &q) { return q.id != survey.currentQuestionId; });
        response.scope = survey.currentQuestionId.value_or("");
        if (response.answers.empty() && !rules.questions.empty())
            throw Error::validation({{"answers", FieldCode::Required, "must answer the current question"}});
    }
    throwIfInvalid(validateResponse(rules, response));

    std::optional<Event> event;
    const bool hasWords = std::any_of(
        response.answers.begin(), response.answers.end(), [](const Answer &a) { return !a.words.empty(); });
    if (survey.eventId && hasWords)
    {
        auto unit = m_store.read();
        event = unit->events().find(*survey.eventId);
        if (event && unit->interaction().isBanned(*survey.eventId, respondent))
            throw bannedError();
    }
    const bool filterOn = m_filter && (!event || event->interaction.profanityFilter);

    for (auto &answer : response.answers)
    {
        const Question &q = *survey.question(answer.questionId);
        if (q.type == QuestionType::WordCloud)
        {
            std::vector<std::string> kept;
            for (auto &word : normaliseWords(answer.words))
                (filterOn && m_filter->matches(word) ? answer.filteredWords : kept)
                    .push_back(std::move(word));
            answer.words = std::move(kept);
        }
        else if (q.type == QuestionType::Quiz)
        {
            const bool correct =
                answer.optionIds.size() == 1 &&
                std::find(q.correctOptionIds.begin(), q.correctOptionIds.end(), answer.optionIds.front()) !=
                    q.correctOptionIds.end();
            const auto points = q.points.value_or(kDefaultQuizPoints);
            std::int64_t score = correct ? points : 0;
            if (survey.mode == SurveyMode::PresenterPaced)
            {
                const auto limit = q.timeLimitSeconds.value_or(kDefaultQuizSeconds);
                const auto elapsed = now - survey.openedAt.value_or(now);
                if (survey.answerRevealed || elapsed > std::chrono::seconds(limit))
                    throw Error(ErrorCode::Conflict,
                                "Time is up for this question",
                                {{"questionId", FieldCode::TimeUp, "time_up"}});
                const double seconds = std::chrono::duration<double>(elapsed).count();
                score = correct ? quizScore(points, limit, seconds) : 0;
            }
            answer.correct = correct;
            answer.score = score;
        }
    }
    const bool quiz = std::any_of(response.answers.begin(),
                                  response.answers.end(),
                                  [](const Answer &a) { return a.score.has_value(); });
    if (quiz && response.displayName.empty())
    {
        response.displayName = displayName.empty() ? defaultPlayerName(respondent) : displayName;
        if (respondent.rfind("wx:", 0) == 0 && displayName.empty())
            if (auto user = m_store.read()->wechat().findUser(respondent.substr(3));
                user && !user->nickname.empty())
                response.displayName = user->nickname;
    }
    response.id = newTimeOrderedUuid(now.time_since_epoch().count()); // appended, not scattered, in the index
    response.surveyId = surveyId;
    response.respondent = respondent;
    response.createdAt = now;
    return {std::move(rules), std::move(response)};
}

SurveyService::Admission SurveyService::admission(const Survey &survey, const std::string &respondent)
{
    if (survey.audience == SurveyAudience::Anyone)
        return Admission::Admitted;
    // One identity from registration to votes: the WeChat openid the attendee registered with.
    static const std::string kWeChat = "wx:";
    if (!respondent.starts_with(kWeChat) || respondent.size() == kWeChat.size())
        return Admission::WeChatRequired;
    if (!survey.eventId)
        return Admission::NotRegistered; // validation prevents this; refuse rather than admit
    const auto attendee =
        m_store.read()->attendees().findActiveByOpenid(*survey.eventId, respondent.substr(kWeChat.size()));
    if (!attendee || attendee->status != AttendeeStatus::Registered)
        return Admission::NotRegistered;
    if (survey.audience == SurveyAudience::CheckedIn && !attendee->checkedInAt)
        return Admission::NotCheckedIn;
    return Admission::Admitted;
}

void SurveyService::addReveals(const Survey &survey, json &results)
{
    if (!results.contains("questions"))
        return;
    for (auto &item : results["questions"])
        if (const Question *q = survey.question(item.value("questionId", ""));
            q && q->type == QuestionType::Quiz && survey.revealed(*q))
            item["correctOptionIds"] = q->correctOptionIds;
}

json SurveyService::leaderboard(const std::string &surveyId,
                                std::int64_t limit,
                                bool staff,
                                const std::string &respondent)
{
    if (limit < 1 || limit > 100)
        throw Error::validation({{"limit", FieldCode::OutOfRange, "must be between 1 and 100"}});
    auto unit = m_store.read();
    auto survey = unit->surveys().find(surveyId);
    if (!survey || (!staff && !survey->isLive))
        throw notFound();
    auto &surveys = unit->surveys();
    json items = json::array();
    std::int64_t rank = 0;
    std::int64_t position = 0;
    std::optional<std::int64_t> previous;
    for (const auto &row : surveys.leaderboard(surveyId, static_cast<std::size_t>(limit)))
    {
        ++position;
        if (row.score != previous)
            rank = position; // equal scores share a rank
        previous = row.score;
        items.push_back({{"rank", rank},
                         {"displayName", row.displayName},
                         {"score", row.score},
                         {"correctAnswers", row.correctAnswers}});
    }
    json out{{"items", std::move(items)}, {"total", surveys.playerCount(surveyId)}};
    json me = nullptr;
    if (!respondent.empty())
        if (auto mine = surveys.scoreOf(surveyId, respondent))
            me = {{"rank", surveys.countAbove(surveyId, mine->score) + 1},
                  {"displayName", mine->displayName},
                  {"score", mine->score},
                  {"correctAnswers", mine->correctAnswers}};
    out["me"] = std::move(me);
    return out;
}

SurveyService::LiveView SurveyService::sessionView(const std::string &surveyId)
{
    const Survey survey = get(surveyId);
    json data{
        {"surveyId", survey.id},
        {"mode", toString(survey.mode)},
        {"currentQuestionId", survey.currentQuestionId ? json(*survey.currentQuestionId) : json(nullptr)},
        {"openedAt", survey.openedAt ? json(formatIso8601(*survey.openedAt)) : json(nullptr)},
        {"timeLimitSeconds", nullptr},
        {"answerRevealed", survey.answerRevealed}};
    if (survey.currentQuestionId)
        if (const Question *q = survey.question(*survey.currentQuestionId))
        {
            data["questionType"] = toString(q->type);
            if (q->type == QuestionType::Quiz && survey.mode == SurveyMode::PresenterPaced)
                data["timeLimitSeconds"] = q->timeLimitSeconds.value_or(kDefaultQuizSeconds);
            if (q->type == QuestionType::Quiz && survey.revealed(*q))
                data["correctOptionIds"] = q->correctOptionIds;
        }
    return {std::move(data), survey.isLive};
}

json SurveyService::liveResults(const std::string &surveyId, bool includeChart, bool staff)
{
    auto unit = m_store.read();
    auto survey = unit->surveys().find(surveyId);
    if (!survey || (!staff && !survey->isActive && !survey->isLive))
        throw notFound();
    if (!staff && !survey->resultsVisible)
        throw Error(ErrorCode::Forbidden,
                    "The results are not shown yet",
                    {{"survey", std::nullopt, "results_hidden"}});
    auto results = SurveyTally::fromCounters(*survey, unit->surveys().tally(surveyId)).toJson(includeChart);
    addReveals(*survey, results);
    return results;
}

std::map<std::string, SurveyService::PublicTexts>
SurveyService::publicTextAnswers(const std::string &surveyId, std::size_t limit)
{
    auto unit = m_store.read();
    auto survey = unit->surveys().find(surveyId);
    if (!survey || (!survey->isActive && !survey->isLive))
        throw notFound();
    if (!survey->resultsVisible)
        throw Error(ErrorCode::Forbidden,
                    "The results are not shown yet",
                    {{"survey", std::nullopt, "results_hidden"}});
    std::map<std::string, PublicTexts> byQuestion;
    for (const auto &q : survey->questions)
        if (q.type == QuestionType::Text)
            byQuestion[q.id];
    if (byQuestion.empty())
        return byQuestion;
    // Free text goes on a public page: the profanity list always applies here, whatever the event's
    // word-cloud setting, and a banned respondent's words are not repeated.
    std::set<std::string> banned;
    for (const auto &response : unit->surveys().responses(surveyId))
    {
        if (survey->eventId)
        {
            if (banned.contains(response.respondent))
                continue;
            if (unit->interaction().isBanned(*survey->eventId, response.respondent))
            {
                banned.insert(response.respondent);
                continue;
            }
        }
        for (const auto &answer : response.answers)
        {
            auto it = byQuestion.find(answer.questionId);
            if (it == byQuestion.end() || !answer.text || trimmed(*answer.text).empty())
                continue;
            if (m_filter && m_filter->matches(*answer.text))
                continue;
            it->second.items.push_back({*answer.text, response.createdAt});
        }
    }
    for (auto &[id, texts] : byQuestion)
    {
        // Responses come in the order they were stored: reversing first keeps the later one first when two
        // share a timestamp.
        std::reverse(texts.items.begin(), texts.items.end());
        std::stable_sort(
            texts.items.begin(), texts.items.end(), [](const auto &a, const auto &b) { return a.at > b.at; });
        texts.total = static_cast<std::int64_t>(texts.items.size());
        if (texts.items.size() > limit)
            texts.items.resize(limit);
    }
    return byQuestion;
}

SurveyService::LiveView SurveyService::liveView(const std::string &surveyId)
{
    auto unit = m_store.read();
    auto survey = unit->surveys().find(surveyId);
    if (!survey)
        throw notFound();
    auto results = SurveyTally::fromCounters(*survey, unit->surveys().tally(surveyId)).toJson(true);
    addReveals(*survey, results);
    return {std::move(results), survey->isLive && survey->resultsVisible};
}

bool SurveyService::hasResponded(const std::string &surveyId, const std::string &respondent)
{
    if (const auto known = m_respondents.answered(surveyId, respondent))
        return *known;
    if (!m_respondents.worthLoading(surveyId))
        return m_store.read()->surveys().hasResponded(surveyId, respondent);
    // One read of everyone who answered serves every returning visitor of the next second.
    const auto started = m_respondents.loadStarts();
    auto respondents = m_store.read()->surveys().respondentsOf(surveyId, m_respondents.maxRespondents() + 1);
    const bool answered = std::find(respondents.begin(), respondents.end(), respondent) != respondents.end();
    const bool complete = respondents.size() <= m_respondents.maxRespondents();
    m_respondents.load(surveyId, std::move(respondents), started);
    return answered || (!complete && m_store.read()->surveys().hasResponded(surveyId, respondent));
}

bool SurveyService::hasRespondedIn(const std::string &surveyId,
                                   const std::string &scope,
                                   const std::string &respondent)
{
    return m_store.read()->surveys().hasRespondedIn(surveyId, scope, respondent);
}

std::string SurveyService::responsesCsv(const std::string &surveyId)
{
    auto unit = m_store.read();
    auto survey = unit->surveys().find(surveyId);
    if (!survey)
        throw notFound();
    std::string out = "\xEF\xBB\xBF"
                      "responseId,submittedAt";
    for (const auto &q : survey->questions)
        out += "," + csvField(q.text);
    out += "\r\n";
    for (const auto &r : unit->surveys().responses(surveyId))
    {
        out += csvField(r.id) + "," + formatIso8601(r.createdAt);
        for (const auto &q : survey->questions)
        {
            std::string cell;
            for (const auto &a : r.answers)
            {
                if (a.questionId != q.id)
                    continue;
                if (a.rating)
                    cell = std::to_string(*a.rating);
                else if (a.text)
                    cell = *a.text;
                for (const auto &word : a.words)
                    cell += (cell.empty() ? "" : "; ") + word;
                for (const auto &optionId : a.optionIds)
                {
                    auto o = std::find_if(q.options.begin(),
                                          q.options.end(),
                                          [&](const QuestionOption &opt) { return opt.id == optionId; });
                    cell += (cell.empty() ? "" : "; ") + (o == q.options.end() ? optionId : o->text);
                }
            }
            out += "," + csvField(cell);
        }
        out += "\r\n";
    }
    return out;
}

std::string SurveyService::talliesCsv(const std::string &surveyId)
{
    const json results = liveResults(surveyId, true, true);
    std::string out = "\xEF\xBB\xBF"
                      "questionId,question,type,answer,count,percent\r\n";
    for (const auto &q : results["questions"])
    {
        const std::string base = csvField(q["questionId"].get<std::string>()) + "," +
                                 csvField(q["text"].get<std::string>()) + "," + q["type"].get<std::string>() +
                                 ",";
        for (const auto &o : q["options"])
            out += base + csvField(o["text"].get<std::string>()) + "," +
                   std::to_string(o["count"].get<std::int64_t>()) + "," + json(o["percent"]).dump() + "\r\n";
        if (q.contains("distribution"))
        {
            const auto &d = q["distribution"];
            for (std::size_t i = 0; i < d.size(); ++i)
                out += base + csvField(std::to_string(i + 1)) + "," +
                       std::to_string(d[i].get<std::int64_t>()) + ",\r\n";
        }
        if (q.contains("words"))
            for (const auto &w : q["words"])
                out += base + csvField(w["text"].get<std::string>()) + "," +
                       std::to_string(w["count"].get<std::int64_t>()) + ",\r\n";
        if (q["type"] == "text")
            out += base + csvField("(answered)") + "," + std::to_string(q["answered"].get<std::int64_t>()) +
                   ",\r\n";
    }
    return out;
}

} // namespace nextevent::server::app
