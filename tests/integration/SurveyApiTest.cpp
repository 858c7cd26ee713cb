// SPDX-License-Identifier: MIT
// Surveys: questions, public responses with one answer per respondent, live results, exports, analytics.
#include <thread>

#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

class Surveys : public ApiTest
{
protected:
    json createSurvey(const json &fields = json::object())
    {
        json body{{"title", "Session feedback"},
                  {"isActive", true},
                  {"questions",
                   {{{"type", "single_choice"},
                     {"text", "Best talk?"},
                     {"required", true},
                     {"options", {{{"id", "a"}, {"text", "Keynote"}}, {{"id", "b"}, {"text", "Panel"}}}}},
                    {{"type", "multiple_choice"},
                     {"text", "Topics?"},
                     {"maxSelections", 2},
                     {"options", {"C++", "Qt", "WeChat"}}},
                    {{"type", "rating"}, {"text", "Overall"}, {"scale", 5}},
                    {{"type", "text"}, {"text", "Comments"}, {"maxLength", 20}}}}};
        body.merge_patch(fields);
        const auto r = http().post("/v2/surveys", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    /// Answers as a fresh anonymous respondent (or with the given cookie); returns the result and sets
    /// cookie.
    HttpResult answer(const json &survey, const json &answers, std::string *cookie = nullptr)
    {
        std::map<std::string, std::string> headers;
        if (cookie && !cookie->empty())
            headers["Cookie"] = *cookie;
        auto r = http().request("POST",
                                "/v2/surveys/" + survey["id"].get<std::string>() + "/responses",
                                json{{"answers", answers}}.dump(),
                                {},
                                headers);
        if (cookie && cookie->empty())
        {
            const auto set = r.header("set-cookie");
            *cookie = set.substr(0, set.find(';'));
        }
        return r;
    }

    json validAnswers(const json &survey, const std::string &option = "a", int rating = 4)
    {
        const auto &q = survey["questions"];
        return json::array({{{"questionId", q[0]["id"]}, {"optionIds", {option}}},
                            {{"questionId", q[1]["id"]}, {"optionIds", {q[1]["options"][0]["id"]}}},
                            {{"questionId", q[2]["id"]}, {"rating", rating}},
                            {{"questionId", q[3]["id"]}, {"text", "好"}}});
    }
};

TEST_P(Surveys, CreateAssignsIdsAndValidatesQuestions)
{
    const auto s = createSurvey();
    ASSERT_EQ(s["questions"].size(), 4u);
    EXPECT_FALSE(s["questions"][1]["id"].get<std::string>().empty());
    EXPECT_FALSE(s["questions"][1]["options"][2]["id"].get<std::string>().empty());
    EXPECT_EQ(s["questions"][0]["options"][0]["id"], "a") << "given ids are kept";
    EXPECT_EQ(s["totalResponses"], 0);
    EXPECT_EQ(s["resultsVisible"], false);
    const auto bad =
        http().post("/v2/surveys",
                    {{"title", "Bad"},
                     {"questions",
                      {{{"type", "single_choice"}, {"text", "One option"}, {"options", {"only"}}},
                       {{"type", "rating"}, {"text", "x"}, {"scale", 7}},
                       {{"type", "essay"}, {"text", "x"}}}}},
                    organizer);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(http()
                  .post("/v2/surveys",
                        {{"title", "x"}, {"eventId", "00000000-0000-4000-8000-000000000000"}},
                        organizer)
                  .status,
              400);
}

TEST_P(Surveys, QuestionRoutesAddEditReorderDelete)
{
    const auto s = createSurvey({{"questions", json::array()}});
    const std::string base = "/v2/surveys/" + s["id"].get<std::string>();
    auto r =
        http().post(base + "/questions", {{"type", "rating"}, {"text", "Speed"}, {"scale", 10}}, organizer);
    ASSERT_EQ(r.status, 201) << r.body;
    r = http().post(base + "/questions", {{"type", "text"}, {"text", "Why"}, {"position", 0}}, organizer);
    auto q = r.json()["data"]["questions"];
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0]["text"], "Why");
    const std::string speed = q[1]["id"];
    r = http().put(base + "/questions/" + speed, {{"text", "Pace"}}, organizer);
    EXPECT_EQ(r.json()["data"]["questions"][1]["text"], "Pace");
    r = http().post(base + "/questions/order", {{"order", {speed, q[0]["id"]}}}, organizer);
    EXPECT_EQ(r.json()["data"]["questions"][0]["id"], speed);
    EXPECT_EQ(http().post(base + "/questions/order", {{"order", {speed}}}, organizer).status, 400);
    EXPECT_EQ(http().put(base + "/questions/nope", {{"text", "x"}}, organizer).status, 404);
    EXPECT_EQ(http().del(base + "/questions/" + speed, organizer).json()["data"]["questions"].size(), 1u);
}

TEST_P(Surveys, OneResponsePerRespondentSecondIsRefused)
{
    const auto s = createSurvey();
    std::string cookie;
    const auto first = answer(s, validAnswers(s), &cookie);
    ASSERT_EQ(first.status, 201) << first.body;
    EXPECT_NE(first.header("set-cookie").find("HttpOnly"), std::string::npos);
    ASSERT_FALSE(cookie.empty());
    const auto second = answer(s, validAnswers(s, "b"), &cookie);
    EXPECT_EQ(second.status, 409);
    EXPECT_EQ(second.json()["error"]["details"][0]["message"], "already_answered");
    const auto results = http().get("/v2/surveys/" + s["id"].get<std::string>() + "/live-results", organizer);
    EXPECT_EQ(results.json()["data"]["totalResponses"], 1);
    EXPECT_EQ(results.json()["data"]["questions"][0]["options"][0]["count"], 1) << "the first answer stands";
}

TEST_P(Surveys, BadAnswersAreRefusedAndStoreNothing)
{
    const auto s = createSurvey();
    const auto &q = s["questions"];
    const std::vector<json> bad{
        json::array({{{"questionId", "unknown"}, {"optionIds", {"a"}}}}),
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", {"zzz"}}}}),
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", {"a", "b"}}}}),
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", {"a"}}},
                     {{"questionId", q[1]["id"]},
                      {"optionIds",
                       {q[1]["options"][0]["id"], q[1]["options"][1]["id"], q[1]["options"][2]["id"]}}}}),
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", {"a"}}},
                     {{"questionId", q[2]["id"]}, {"rating", 6}}}),
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", {"a"}}},
                     {{"questionId", q[3]["id"]}, {"text", std::string(21, 'x')}}}),
        json::array({{{"questionId", q[2]["id"]}, {"rating", 3}}}), // required question missing
        json::array({{{"questionId", q[0]["id"]}, {"optionIds", "a"}}}),
    };
    for (const auto &answers : bad)
    {
        const auto r = answer(s, answers);
        EXPECT_EQ(r.status, 400) << answers.dump() << " " << r.body;
        EXPECT_EQ(r.errorCode(), "VALIDATION_ERROR");
    }
    EXPECT_EQ(
        http().request("POST", "/v2/surveys/" + s["id"].get<std::string>() + "/responses", "{broken").status,
        400);
    EXPECT_EQ(http()
                  .get("/v2/surveys/" + s["id"].get<std::string>() + "/live-results", organizer)
                  .json()["data"]["totalResponses"],
              0);
    EXPECT_EQ(answer(json{{"id", "00000000-0000-4000-8000-000000000000"}}, json::array()).status, 404);
}

TEST_P(Surveys, RefusedOutsideTheWindowOrWhenInactive)
{
    const auto inactive = createSurvey({{"isActive", false}});
    const auto r1 = answer(inactive, validAnswers(inactive));
    EXPECT_EQ(r1.status, 409);
    EXPECT_EQ(r1.json()["error"]["details"][0]["message"], "not_active");
    const auto closed =
        createSurvey({{"startTime", "2020-01-01T00:00:00Z"}, {"endTime", "2020-01-02T00:00:00Z"}});
    EXPECT_EQ(answer(closed, validAnswers(closed)).json()["error"]["details"][0]["message"], "closed");
    const auto future = createSurvey({{"startTime", "2099-01-01T00:00:00Z"}});
    EXPECT_EQ(answer(future, validAnswers(future)).json()["error"]["details"][0]["message"], "not_started");
}

TEST_P(Surveys, LiveResultsAreHiddenFromRespondentsUntilRevealed)
{
    const auto s = createSurvey();
    const std::string id = s["id"];
    answer(s, validAnswers(s, "a", 5));
    answer(s, validAnswers(s, "a", 3));
    answer(s, validAnswers(s, "b", 4));
    const auto hidden = http().get("/v2/surveys/" + id + "/live-results");
    EXPECT_EQ(hidden.status, 403);
    EXPECT_EQ(hidden.json()["error"]["details"][0]["message"], "results_hidden");
    const auto staff = http().get("/v2/surveys/" + id + "/live-results?includeChartData=true", organizer);
    ASSERT_EQ(staff.status, 200);
    const auto d = staff.json()["data"];
    EXPECT_EQ(d["surveyId"], id);
    EXPECT_EQ(d["totalResponses"], 3);
    EXPECT_EQ(d["questions"][0]["options"][0]["count"], 2);
    EXPECT_DOUBLE_EQ(d["questions"][0]["options"][0]["percent"].get<double>(), 66.7);
    EXPECT_DOUBLE_EQ(d["questions"][2]["mean"].get<double>(), 4.0);
    EXPECT_EQ(d["questions"][2]["distribution"], json({0, 0, 1, 1, 1}));
    EXPECT_EQ(d["questions"][0]["chart"]["labels"], json({"Keynote", "Panel"}));
    EXPECT_EQ(d["questions"][0]["chart"]["values"], json({2, 1}));
    EXPECT_FALSE(http()
                     .get("/v2/surveys/" + id + "/live-results", organizer)
                     .json()["data"]["questions"][0]
                     .contains("chart"));

    const auto presenter = server().login("presenter");
    EXPECT_EQ(
        http()
            .post("/v2/surveys/" + id + "/state", {{"resultsVisible", true}, {"isLive", true}}, presenter)
            .status,
        200);
    const auto shown = http().get("/v2/surveys/" + id + "/live-results");
    EXPECT_EQ(shown.status, 200);
    EXPECT_EQ(shown.json()["data"]["totalResponses"], 3);
    EXPECT_EQ(http().put("/v2/surveys/" + id, {{"title", "x"}}, presenter).status, 403)
        << "presenters only switch state";
    EXPECT_EQ(http().post("/v2/surveys/" + id + "/state", {{"isLive", "yes"}}, presenter).status, 400);
}

TEST_P(Surveys, QuestionsAreFrozenOnceAnswered)
{
    const auto s = createSurvey();
    answer(s, validAnswers(s));
    const std::string base = "/v2/surveys/" + s["id"].get<std::string>();
    EXPECT_EQ(http().post(base + "/questions", {{"type", "text"}, {"text", "Late"}}, organizer).status, 409);
    EXPECT_EQ(http().put(base, {{"title", "Renamed"}}, organizer).status, 200)
        << "other fields stay editable";
}

TEST_P(Surveys, ConcurrentVotesAreAllCountedExactlyOnce)
{
    const auto s = createSurvey();
    constexpr int kThreads = 8, kPerThread = 25;
    std::atomic<int> created{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back(
            [&, t]
            {
                for (int i = 0; i < kPerThread; ++i)
                    if (answer(s, validAnswers(s, (t + i) % 2 ? "a" : "b")).status == 201)
                        ++created;
            });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(created.load(), kThreads * kPerThread);
    const auto d =
        http().get("/v2/surveys/" + s["id"].get<std::string>() + "/live-results", organizer).json()["data"];
    EXPECT_EQ(d["totalResponses"], kThreads * kPerThread);
    EXPECT_EQ(d["questions"][0]["options"][0]["count"].get<int>() +
                  d["questions"][0]["options"][1]["count"].get<int>(),
              kThreads * kPerThread);
    const auto csv = http().get("/v2/surveys/" + s["id"].get<std::string>() + "/responses.csv", organizer);
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), kThreads * kPerThread + 1);
}

TEST_P(Surveys, CsvExports)
{
    const auto s = createSurvey();
    answer(s, validAnswers(s, "a", 5));
    const std::string base = "/v2/surveys/" + s["id"].get<std::string>();
    const auto responses = http().get(base + "/responses.csv", organizer);
    ASSERT_EQ(responses.status, 200);
    EXPECT_EQ(responses.body.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(responses.body.find("\"Best talk?\""), std::string::npos);
    EXPECT_NE(responses.body.find("\"Keynote\""), std::string::npos);
    EXPECT_NE(responses.body.find("\"好\""), std::string::npos);
    const auto tallies = http().get(base + "/results.csv", organizer);
    EXPECT_NE(tallies.body.find("\"Keynote\",1,100"), std::string::npos) << tallies.body;
    EXPECT_EQ(http().get(base + "/results.csv", server().login("viewer")).status, 403);
}

TEST_P(Surveys, EventAnalyticsAndDashboard)
{
    const auto event =
        openEvent({{"startDate", nextevent::formatIso8601(nextevent::now() - std::chrono::hours(1))},
                   {"endDate", nextevent::formatIso8601(nextevent::now() + std::chrono::hours(2))}});
    const std::string eventId = event["id"];
    const auto a = registerAttendee(eventId, "A");
    registerAttendee(eventId, "B");
    http().post("/v2/events/" + eventId + "/checkins", {{"code", a["checkInCode"]}}, organizer);
    const auto s = createSurvey({{"eventId", eventId}});
    answer(s, validAnswers(s));
    const auto r = http().get("/v2/events/" + eventId + "/analytics", organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto d = r.json()["data"];
    EXPECT_EQ(d["totals"]["registrations"], 2);
    EXPECT_EQ(d["totals"]["checkIns"], 1);
    EXPECT_EQ(d["totals"]["responses"], 1);
    EXPECT_EQ(d["series"].size(), 60u);
    int registrations = 0;
    for (const auto &bucket : d["series"])
        registrations += bucket["registrations"].get<int>();
    EXPECT_EQ(registrations, 2);
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/analytics?from=yesterday", organizer).status, 400);
    EXPECT_EQ(
        http()
            .get("/v2/events/" + eventId + "/analytics?from=2026-01-01T00:00:00Z&to=2026-01-03T00:00:00Z",
                 organizer)
            .status,
        400);
    const auto dash = http().get("/v2/dashboard", organizer).json()["data"];
    EXPECT_EQ(dash["today"]["registrations"], 2);
    EXPECT_EQ(dash["today"]["checkIns"], 1);
    EXPECT_EQ(dash["today"]["responses"], 1);
    ASSERT_EQ(dash["eventsToday"].size(), 1u);
    EXPECT_EQ(dash["eventsToday"][0]["id"], eventId);
    EXPECT_EQ(dash["eventsByStatus"]["published"], 1);
    EXPECT_EQ(http().get("/v2/dashboard", server().login("checkin")).status, 403);
}

NEXTEVENT_BACKENDS(Surveys);
