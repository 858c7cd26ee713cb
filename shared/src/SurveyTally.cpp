// SPDX-License-Identifier: MIT
#include "nextevent/SurveyTally.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace nextevent
{

SurveyTally::SurveyTally(Survey survey)
    : m_survey(std::move(survey))
{
    for (const auto &q : m_survey.questions)
    {
        QuestionTally tally;
        for (const auto &option : q.options)
            tally.optionCounts[option.id] = 0;
        if (q.type == QuestionType::Rating)
            tally.distribution.assign(static_cast<std::size_t>(q.scale.value_or(5)), 0);
        m_questions.emplace(q.id, std::move(tally));
    }
}

void SurveyTally::add(const SurveyResponse &response)
{
    apply(response, +1);
}

void SurveyTally::remove(const SurveyResponse &response)
{
    apply(response, -1);
}

void SurveyTally::apply(const SurveyResponse &response, int sign)
{
    m_total += sign;
    for (const auto &answer : response.answers)
    {
        auto it = m_questions.find(answer.questionId);
        if (it == m_questions.end())
            continue;
        QuestionTally &t = it->second;
        t.answered += sign;
        for (const auto &optionId : answer.optionIds)
        {
            auto option = t.optionCounts.find(optionId);
            if (option != t.optionCounts.end())
                option->second += sign;
        }
        if (answer.rating && *answer.rating >= 1 &&
            static_cast<std::size_t>(*answer.rating) <= t.distribution.size())
        {
            t.distribution[static_cast<std::size_t>(*answer.rating - 1)] += sign;
            t.ratingSum += sign * *answer.rating;
        }
        for (const auto &word : answer.words)
            if ((t.words[word] += sign) == 0)
                t.words.erase(word);
        t.filtered += sign * static_cast<std::int64_t>(answer.filteredWords.size());
    }
}

SurveyTally::Counters SurveyTally::contributions(const Survey &survey, const SurveyResponse &response)
{
    SurveyTally single(survey);
    single.add(response);
    Counters out;
    out[{"", "total"}] = 1;
    for (const auto &[questionId, t] : single.m_questions)
    {
        if (t.answered == 0)
            continue;
        out[{questionId, "answered"}] = t.answered;
        for (const auto &[optionId, count] : t.optionCounts)
            if (count != 0)
                out[{questionId, "o:" + optionId}] = count;
        for (std::size_t i = 0; i < t.distribution.size(); ++i)
            if (t.distribution[i] != 0)
                out[{questionId, "r:" + std::to_string(i + 1)}] = t.distribution[i];
        if (t.ratingSum != 0)
            out[{questionId, "sum"}] = t.ratingSum;
        for (const auto &[word, count] : t.words)
            out[{questionId, "w:" + word}] = count;
        if (t.filtered != 0)
            out[{questionId, "filtered"}] = t.filtered;
    }
    return out;
}

SurveyTally SurveyTally::fromCounters(Survey survey, const Counters &counters)
{
    SurveyTally tally(std::move(survey));
    for (const auto &[key, value] : counters)
    {
        const auto &[questionId, name] = key;
        if (questionId.empty())
        {
            if (name == "total")
                tally.m_total = value;
            continue;
        }
        auto it = tally.m_questions.find(questionId);
        if (it == tally.m_questions.end())
            continue;
        QuestionTally &t = it->second;
        if (name == "answered")
            t.answered = value;
        else if (name == "sum")
            t.ratingSum = value;
        else if (name == "filtered")
            t.filtered = value;
        else if (name.rfind("w:", 0) == 0)
        {
            if (value > 0)
                t.words[name.substr(2)] = value;
        }
        else if (name.rfind("o:", 0) == 0)
        {
            if (auto option = t.optionCounts.find(name.substr(2)); option != t.optionCounts.end())
                option->second = value;
        }
        else if (name.rfind("r:", 0) == 0)
        {
            const auto rating = std::stoll(name.substr(2));
            if (rating >= 1 && static_cast<std::size_t>(rating) <= t.distribution.size())
                t.distribution[static_cast<std::size_t>(rating - 1)] = value;
        }
    }
    return tally;
}

nlohmann::json SurveyTally::toJson(bool includeChart) const
{
    using nlohmann::json;
    json questions = json::array();
    for (const auto &q : m_survey.questions)
    {
        const QuestionTally &t = m_questions.at(q.id);
        json item{
            {"questionId", q.id}, {"type", toString(q.type)}, {"text", q.text}, {"answered", t.answered}};
        json options = json::array();
        json labels = json::array();
        json values = json::array();
        for (const auto &option : q.options)
        {
            const auto count = t.optionCounts.at(option.id);
            // Percent of the people who answered this question; for multiple choice the sum may exceed 100.
            const double percent =
                t.answered > 0
                    ? std::round(1000.0 * static_cast<double>(count) / static_cast<double>(t.answered)) / 10.0
                    : 0.0;
            options.push_back(
                {{"optionId", option.id}, {"text", option.text}, {"count", count}, {"percent", percent}});
            labels.push_back(option.text);
            values.push_back(count);
        }
        item["options"] = options;
        if (q.type == QuestionType::Rating)
        {
            item["distribution"] = t.distribution;
            item["mean"] = t.answered > 0 ? json(std::round(100.0 * static_cast<double>(t.ratingSum) /
                                                            static_cast<double>(t.answered)) /
                                                 100.0)
                                          : json(nullptr);
            for (std::size_t i = 0; i < t.distribution.size(); ++i)
            {
                labels.push_back(std::to_string(i + 1));
                values.push_back(t.distribution[i]);
            }
        }
        if (q.type == QuestionType::WordCloud)
        {
            std::vector<std::pair<std::string, std::int64_t>> top(t.words.begin(), t.words.end());
            std::stable_sort(top.begin(),
                             top.end(),
                             [](const auto &a, const auto &b)
                             { return a.second != b.second ? a.second > b.second : a.first < b.first; });
            if (top.size() > kMaxCloudWords)
                top.resize(kMaxCloudWords);
            json words = json::array();
            for (const auto &[word, count] : top)
            {
                words.push_back({{"text", word}, {"count", count}});
                labels.push_back(word);
                values.push_back(count);
            }
            item["words"] = std::move(words);
            item["filtered"] = t.filtered;
        }
        if (includeChart)
            item["chart"] = {{"labels", labels}, {"values", values}};
        questions.push_back(std::move(item));
    }
    return json{{"surveyId", m_survey.id}, {"totalResponses", m_total}, {"questions", questions}};
}

} // namespace nextevent
