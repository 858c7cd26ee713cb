// SPDX-License-Identifier: MIT
#include "server/app/ResponseWriter.h"

#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "nextevent/Error.h"
#include "nextevent/SurveyTally.h"

namespace nextevent::server::app
{
namespace
{
Error alreadyAnswered()
{
    return Error(ErrorCode::Conflict,
                 "You have already answered this survey",
                 {{"survey", std::nullopt, "already_answered"}});
}

/// What a response adds to its respondent's quiz score; nullopt when it answers no quiz question.
std::optional<QuizScore> scoreDelta(const SurveyResponse &r)
{
    std::optional<QuizScore> out;
    for (const auto &a : r.answers)
        if (a.score)
        {
            if (!out)
                out = QuizScore{r.respondent, r.displayName, 0, 0};
            out->score += *a.score;
            out->correctAnswers += a.correct.value_or(false) ? 1 : 0;
        }
    return out;
}

void storeScore(SurveyRepository &surveys, const SurveyResponse &r)
{
    if (auto delta = scoreDelta(r))
        surveys.addScore(r.surveyId, *delta, r.createdAt);
}
} // namespace

ResponseWriter::ResponseWriter(Store &store, ChangeFeed *feed, std::size_t maxBatch)
    : m_store(store)
    , m_feed(feed)
    , m_queue(maxBatch, [this](std::vector<Pending> &batch) { writeBatch(batch); })
{
}

ResponseWriter::~ResponseWriter() = default;

void ResponseWriter::setListener(
    std::function<void(UnitOfWork &, const std::vector<SurveyResponse> &)> listener)
{
    m_listener = std::move(listener);
}

void ResponseWriter::submit(const Survey &survey, const SurveyResponse &response)
{
    std::promise<void> committed;
    auto done = committed.get_future();
    submit(survey,
           response,
           [&committed](std::exception_ptr error)
           {
               if (error)
                   committed.set_exception(std::move(error));
               else
                   committed.set_value();
           });
    done.get();
}

void ResponseWriter::submit(const Survey &survey, const SurveyResponse &response, Settled settled)
{
    m_queue.push(Pending{response, SurveyTally::contributions(survey, response), std::move(settled)});
}

void ResponseWriter::writeBatch(std::vector<Pending> &batch)
{
    std::vector<bool> settled(batch.size(), false);
    try
    {
        auto unit = m_store.write();
        auto &surveys = unit->surveys();
        // Who already answered, per survey and scope, and duplicates inside this batch.
        std::map<std::pair<std::string, std::string>, std::vector<std::string>> respondents;
        for (const auto &p : batch)
            respondents[{p.response.surveyId, p.response.scope}].push_back(p.response.respondent);
        std::set<std::tuple<std::string, std::string, std::string>> taken;
        for (const auto &[key, list] : respondents)
            for (const auto &r : surveys.respondedAmong(key.first, key.second, list))
                taken.emplace(key.first, key.second, r);
        std::map<std::string, SurveyTally::Counters> deltas;
        std::vector<std::size_t> accepted;
        std::vector<SurveyResponse> rows;
        for (std::size_t i = 0; i < batch.size(); ++i)
        {
            const auto &r = batch[i].response;
            if (!taken.emplace(r.surveyId, r.scope, r.respondent).second)
            {
                batch[i].done(std::make_exception_ptr(alreadyAnswered()));
                settled[i] = true;
                continue;
            }
            rows.push_back(r);
            storeScore(surveys, r);
            for (const auto &[key, n] : batch[i].counters)
                deltas[r.surveyId][key] += n;
            accepted.push_back(i);
        }
        // Rows and what reacts to them (outgoing webhooks) a batch at a time: on MariaDB each statement is
        // a round trip to the server.
        surveys.insertResponses(rows);
        if (m_listener)
            m_listener(*unit, rows);
        for (const auto &[surveyId, counters] : deltas)
            surveys.addToTally(surveyId, counters);
        unit->commit();
        for (std::size_t i : accepted)
        {
            batch[i].done(nullptr);
            settled[i] = true;
        }
        if (m_feed)
            for (const auto &[surveyId, counters] : deltas)
                m_feed->surveyChanged(surveyId);
        m_batches++;
        if (accepted.size() > m_largestBatch)
            m_largestBatch = accepted.size();
    }
    catch (const Error &e)
    {
        if (e.code() == ErrorCode::Conflict)
        {
            // Another instance stored one of these respondents between our check and insert: settle each
            // alone.
            writeOneByOne(batch, settled);
            return;
        }
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (!settled[i])
                batch[i].done(std::current_exception());
    }
    catch (...)
    {
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (!settled[i])
                batch[i].done(std::current_exception());
    }
}

void ResponseWriter::writeOneByOne(std::vector<Pending> &batch, std::vector<bool> &settled)
{
    for (std::size_t i = 0; i < batch.size(); ++i)
    {
        if (settled[i])
            continue;
        try
        {
            auto unit = m_store.write();
            const auto &r = batch[i].response;
            if (unit->surveys().hasRespondedIn(r.surveyId, r.scope, r.respondent))
                throw alreadyAnswered();
            unit->surveys().insertResponse(r);
            storeScore(unit->surveys(), r);
            if (m_listener)
                m_listener(*unit, {r});
            unit->surveys().addToTally(r.surveyId, batch[i].counters);
            unit->commit();
            batch[i].done(nullptr);
            if (m_feed)
                m_feed->surveyChanged(r.surveyId);
        }
        catch (const Error &e)
        {
            batch[i].done(e.code() == ErrorCode::Conflict ? std::make_exception_ptr(alreadyAnswered())
                                                          : std::current_exception());
        }
        catch (...)
        {
            batch[i].done(std::current_exception());
        }
        settled[i] = true;
    }
}

} // namespace nextevent::server::app
