// SPDX-License-Identifier: MIT
// Live interaction over real HTTP and /ws (DESIGN.md "Live interaction"): word clouds, timed quizzes and
// their leaderboard, presenter pacing, audience Q&A, the message wall, the profanity filter and bans. Quiz
// timing and posting paces run on an injected clock, never the wall clock.
#include <atomic>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include "ApiTest.h"
#include "WsTestClient.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
/// A settable clock shared with the services.
struct TestClock
{
    std::atomic<std::int64_t> ms{0};

    nextevent::TimePoint now() const
    {
        return nextevent::TimePoint(std::chrono::milliseconds(ms.load()));
    }

    void advance(std::chrono::milliseconds by)
    {
        ms += by.count();
    }
};

std::string anonCookie(char c)
{
    return "ne_rid=" + std::string(43, c);
}

std::string anonId(char c)
{
    return "anon:" + std::string(43, c);
}

/// The n-th of many distinct anonymous respondents.
std::string anonCookieN(int n)
{
    return "ne_rid=" + std::string(39, 'n') + std::to_string(1000 + n);
}

std::string anonIdN(int n)
{
    return "anon:" + std::string(39, 'n') + std::to_string(1000 + n);
}
} // namespace

class LiveInteraction : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_clock = std::make_shared<TestClock>();
        m_clock->ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          nextevent::parseIso8601("2030-05-01T10:00:00Z")->time_since_epoch())
                          .count();
        auto clock = m_clock;
        server().context().surveys->setClock([clock] { return clock->now(); });
        server().context().interaction->setClock([clock] { return clock->now(); });
        presenter = server().login("presenter");
    }

    HttpResult send(const std::string &method,
                    const std::string &path,
                    const json &body,
                    const std::string &cookie,
                    const std::string &token = {})
    {
        std::map<std::string, std::string> headers;
        if (!cookie.empty())
            headers["Cookie"] = cookie;
        return http().request(method, path, body.is_null() ? std::string() : body.dump(), token, headers);
    }

    json createSurvey(const json &fields)
    {
        json body{{"title", "Live session"}, {"isActive", true}, {"isLive", true}};
        body.merge_patch(fields);
        const auto r = http().post("/v2/surveys", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    HttpResult
    answer(const json &survey, const json &answers, const std::string &cookie, const json &extra = {})
    {
        json body{{"answers", answers}};
        if (extra.is_object())
            body.merge_patch(extra);
        return send("POST", "/v2/surveys/" + survey["id"].get<std::string>() + "/responses", body, cookie);
    }

    HttpResult setState(const json &survey, const json &body)
    {
        return http().post("/v2/surveys/" + survey["id"].get<std::string>() + "/state", body, presenter);
    }

    static std::string detail(const HttpResult &r, const char *key = "code")
    {
        const auto j = r.json();
        if (!j.contains("error") || !j["error"].contains("details") || j["error"]["details"].empty())
            return {};
        return j["error"]["details"][0].value(key, "");
    }

    std::shared_ptr<TestClock> m_clock;
    std::string presenter;
};

// ------------------------------------------------------------------------------------------- word cloud

TEST_P(LiveInteraction, WordCloudNormalisesCountsAndFilters)
{
    const auto survey =
        createSurvey({{"resultsVisible", true},
                      {"questions", {{{"id", "w"}, {"type", "word_cloud"}, {"text", "One word?"}}}}});
    EXPECT_EQ(survey["questions"][0]["maxEntries"], 3) << "defaults filled in";
    EXPECT_EQ(survey["questions"][0]["maxLength"], 25);
    const std::string id = survey["id"];

    EXPECT_EQ(
        answer(survey, {{{"questionId", "w"}, {"words", {" Qt ", "qt", "\xEF\xBC\xA3++"}}}}, anonCookie('a'))
            .status,
        201);
    EXPECT_EQ(answer(survey, {{{"questionId", "w"}, {"words", {"QT  6", "fuck"}}}}, anonCookie('b')).status,
              201);
    EXPECT_EQ(answer(survey, {{{"questionId", "w"}, {"words", {"c++"}}}}, anonCookie('c')).status, 201);

    auto r = http().get("/v2/surveys/" + id + "/live-results");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto q = r.json()["data"]["questions"][0];
    EXPECT_EQ(q["type"], "word_cloud");
    EXPECT_EQ(q["answered"], 3);
    EXPECT_EQ(q["filtered"], 1);
    EXPECT_EQ(q["words"],
              (json{{{"text", "c++"}, {"count", 2}},
                    {{"text", "qt"}, {"count", 1}},
                    {{"text", "qt 6"}, {"count", 1}}}));
    EXPECT_EQ(r.body.find("fuck"), std::string::npos) << "a filtered word is never public";

    // Hostile input: too many words, too long, wrong field, nothing left after normalisation.
    const std::vector<json> bad{
        json{{{"questionId", "w"}, {"words", {"a", "b", "c", "d"}}}},
        json{{{"questionId", "w"}, {"words", {std::string(26, 'x')}}}},
        json{{{"questionId", "w"}, {"text", "words"}}},
        json{{{"questionId", "w"}, {"words", {"  ", ""}}}},
        json{{{"questionId", "w"}, {"words", "qt"}}},
    };
    for (const auto &answers : bad)
    {
        const auto refused = answer(survey, answers, anonCookie('z'));
        EXPECT_EQ(refused.status, 400) << answers.dump() << refused.body;
        EXPECT_EQ(refused.errorCode(), "VALIDATION_ERROR");
    }
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/live-results").json()["data"]["questions"][0]["answered"], 3)
        << "nothing stored for refused answers";
}

// ------------------------------------------------------------------------------------------------ quiz

TEST_P(LiveInteraction, PresenterPacedQuizScoresBySpeedAndHidesTheAnswer)
{
    const auto survey =
        createSurvey({{"mode", "presenter_paced"},
                      {"questions",
                       {{{"id", "q1"},
                         {"type", "quiz"},
                         {"text", "Capital of France?"},
                         {"options", {{{"id", "a"}, {"text", "Paris"}}, {{"id", "b"}, {"text", "Lyon"}}}},
                         {"correctOptionIds", {"a"}},
                         {"timeLimitSeconds", 20}},
                        {{"id", "q2"},
                         {"type", "quiz"},
                         {"text", "2 + 2?"},
                         {"options", {{{"id", "x"}, {"text", "4"}}, {{"id", "y"}, {"text", "5"}}}},
                         {"correctOptionIds", {"x"}},
                         {"points", 500}}}}});
    const std::string id = survey["id"];
    EXPECT_EQ(survey["mode"], "presenter_paced");
    EXPECT_EQ(survey["questions"][0]["correctOptionIds"], json({"a"})) << "staff see the answer";
    EXPECT_EQ(survey["questions"][1]["timeLimitSeconds"], 20);
    EXPECT_EQ(survey["questions"][0]["points"], 1000);

    // Respondents never see the correct options before the reveal.
    auto pub = http().get("/v2/surveys/" + id);
    ASSERT_EQ(pub.status, 200);
    EXPECT_EQ(pub.body.find("correctOptionIds\":[\""), std::string::npos) << pub.body;

    // No current question yet: every answer is not current.
    auto r = answer(survey, {{{"questionId", "q1"}, {"optionIds", {"a"}}}}, anonCookie('a'));
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(detail(r), "not_current");

    // Staff only drive the session; viewers and the public may not.
    EXPECT_EQ(
        http()
            .post("/v2/surveys/" + id + "/state", {{"currentQuestionId", "q1"}}, server().login("viewer"))
            .status,
        403);
    EXPECT_EQ(http().post("/v2/surveys/" + id + "/state", {{"currentQuestionId", "q1"}}).status, 401);
    EXPECT_EQ(setState(survey, {{"currentQuestionId", "nope"}}).status, 400);

    WsTestClient phone(server().port());
    auto snap = phone.subscribe("session:" + id);
    ASSERT_EQ(snap["type"], "snapshot") << snap.dump();
    EXPECT_TRUE(snap["data"]["currentQuestionId"].is_null());

    ASSERT_EQ(setState(survey, {{"currentQuestionId", "q1"}}).status, 200);
    const auto opened = phone.until(
        [](const json &m) { return m["type"] == "update" && m["data"]["currentQuestionId"] == "q1"; });
    ASSERT_FALSE(opened.is_null());
    EXPECT_EQ(opened["data"]["surveyId"], id);
    EXPECT_EQ(opened["data"]["mode"], "presenter_paced");
    EXPECT_EQ(opened["data"]["timeLimitSeconds"], 20);
    EXPECT_EQ(opened["data"]["answerRevealed"], false);
    EXPECT_EQ(opened["data"]["openedAt"], "2030-05-01T10:00:00.000Z");
    EXPECT_FALSE(opened["data"].contains("correctOptionIds"));

    // q2 is not current.
    r = answer(survey, {{{"questionId", "q2"}, {"optionIds", {"x"}}}}, anonCookie('a'));
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(detail(r), "not_current");

    // Correct after 5 s: round(1000 × (1 − 5/40)) = 875; wrong after 8 s: 0; correct after 10 s: 750.
    m_clock->advance(std::chrono::seconds(5));
    r = answer(survey, {{{"questionId", "q1"}, {"optionIds", {"a"}}}}, anonCookie('a'), {{"name", "Ann"}});
    ASSERT_EQ(r.status, 201) << r.body;
    r = answer(survey, {{{"questionId", "q1"}, {"optionIds", {"a"}}}}, anonCookie('a'));
    EXPECT_EQ(r.status, 409) << "one answer per question";
    m_clock->advance(std::chrono::seconds(3));
    ASSERT_EQ(
        answer(survey, {{{"questionId", "q1"}, {"optionIds", {"b"}}}}, anonCookie('b'), {{"name", "Bob"}})
            .status,
        201);
    m_clock->advance(std::chrono::seconds(2));
    ASSERT_EQ(
        answer(survey, {{{"questionId", "q1"}, {"optionIds", {"a"}}}}, anonCookie('c'), {{"name", "Cy"}})
            .status,
        201);
    // After the limit: time_up.
    m_clock->advance(std::chrono::milliseconds(10001));
    r = answer(survey, {{{"questionId", "q1"}, {"optionIds", {"a"}}}}, anonCookie('d'));
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(detail(r), "time_up");

    // Nothing revealed yet: not in the public survey, live results or session.
    EXPECT_EQ(http().get("/v2/surveys/" + id).body.find("correctOptionIds\":[\""), std::string::npos);
    ASSERT_EQ(setState(survey, {{"resultsVisible", true}}).status, 200);
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/live-results").body.find("correctOptionIds"),
              std::string::npos);

    auto board = http().get("/v2/surveys/" + id + "/leaderboard?limit=10");
    ASSERT_EQ(board.status, 200) << board.body;
    EXPECT_EQ(board.json()["data"]["total"], 3);
    const auto items = board.json()["data"]["items"];
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0], (json{{"rank", 1}, {"displayName", "Ann"}, {"score", 875}, {"correctAnswers", 1}}));
    EXPECT_EQ(items[1], (json{{"rank", 2}, {"displayName", "Cy"}, {"score", 750}, {"correctAnswers", 1}}));
    EXPECT_EQ(items[2], (json{{"rank", 3}, {"displayName", "Bob"}, {"score", 0}, {"correctAnswers", 0}}));
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/leaderboard?limit=1").json()["data"]["items"].size(), 1u);
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/leaderboard?limit=0").status, 400);
    const auto mine = send("GET", "/v2/surveys/" + id + "/leaderboard", nullptr, anonCookie('c'));
    EXPECT_EQ(mine.json()["data"]["me"]["rank"], 2);

    // The reveal: the answer reaches the public, and answering stops.
    ASSERT_EQ(setState(survey, {{"answerRevealed", true}}).status, 200);
    const auto revealed = phone.until(
        [](const json &m) { return m["type"] == "update" && m["data"]["answerRevealed"] == true; });
    ASSERT_FALSE(revealed.is_null());
    EXPECT_EQ(revealed["data"]["correctOptionIds"], json({"a"}));
    pub = http().get("/v2/surveys/" + id);
    EXPECT_EQ(pub.json()["data"]["questions"][0]["correctOptionIds"], json({"a"}));
    EXPECT_EQ(pub.json()["data"]["questions"][1]["correctOptionIds"], json::array()) << "q2 still hidden";
    EXPECT_EQ(
        http().get("/v2/surveys/" + id + "/live-results").json()["data"]["questions"][0]["correctOptionIds"],
        json({"a"}));

    // Next question: a new clock starts, the reveal is reset.
    m_clock->advance(std::chrono::seconds(30));
    ASSERT_EQ(setState(survey, {{"currentQuestionId", "q2"}}).status, 200);
    m_clock->advance(std::chrono::seconds(2));
    r = answer(survey, {{{"questionId", "q2"}, {"optionIds", {"x"}}}}, anonCookie('a'));
    ASSERT_EQ(r.status, 201) << r.body;
    board = http().get("/v2/surveys/" + id + "/leaderboard");
    EXPECT_EQ(board.json()["data"]["items"][0]["score"], 875 + 475) << "500 × (1 − 2/40)";
    EXPECT_EQ(board.json()["data"]["items"][0]["correctAnswers"], 2);

    // Not live: the leaderboard and the session are no longer public.
    ASSERT_EQ(setState(survey, {{"isLive", false}}).status, 200);
    // The phone is let go once the change is broadcast (coalesced); a new public subscriber is refused.
    const auto dropped = phone.until([](const json &m) { return m["type"] == "error"; });
    ASSERT_FALSE(dropped.is_null());
    EXPECT_EQ(dropped["error"]["code"], "FORBIDDEN");
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/leaderboard").status, 404);
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/leaderboard", presenter).status, 200);
    WsTestClient late(server().port());
    EXPECT_EQ(late.subscribe("session:" + id)["error"]["code"], "FORBIDDEN");
}

TEST_P(LiveInteraction, SelfPacedQuizScoresFullPointsAndKeepsTheAnswerHidden)
{
    const auto survey =
        createSurvey({{"questions",
                       {{{"id", "q"},
                         {"type", "quiz"},
                         {"text", "Best editor?"},
                         {"options", {{{"id", "v"}, {"text", "vim"}}, {{"id", "e"}, {"text", "emacs"}}}},
                         {"correctOptionIds", {"v"}},
                         {"points", 800}}}}});
    const std::string id = survey["id"];
    m_clock->advance(std::chrono::minutes(10));
    ASSERT_EQ(answer(survey, {{{"questionId", "q"}, {"optionIds", {"v"}}}}, anonCookie('a')).status, 201);
    ASSERT_EQ(answer(survey, {{{"questionId", "q"}, {"optionIds", {"e"}}}}, anonCookie('b')).status, 201);
    const auto items = http().get("/v2/surveys/" + id + "/leaderboard").json()["data"]["items"];
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0]["score"], 800);
    EXPECT_EQ(items[1]["score"], 0);
    EXPECT_TRUE(items[0]["displayName"].get<std::string>().rfind("Player ", 0) == 0);
    // Forged scores are refused.
    EXPECT_EQ(answer(survey, {{{"questionId", "q"}, {"optionIds", {"v"}}, {"score", 99999}}}, anonCookie('c'))
                  .status,
              400);
    // Bad quiz definitions.
    EXPECT_EQ(
        http()
            .post("/v2/surveys",
                  {{"title", "x"},
                   {"questions",
                    {{{"type", "quiz"}, {"text", "x"}, {"options", {"a", "b"}}, {"timeLimitSeconds", 4}}}}},
                  organizer)
            .status,
        400);
    EXPECT_EQ(http()
                  .post("/v2/surveys",
                        {{"title", "x"},
                         {"questions",
                          {{{"type", "word_cloud"}, {"text", "x"}, {"maxEntries", 6}, {"maxLength", 41}}}}},
                        organizer)
                  .status,
              400);
}

// --------------------------------------------------------------------------------------------- Q&A

TEST_P(LiveInteraction, QuestionsAreModeratedVotedAndOrdered)
{
    const auto event = openEvent();
    const std::string eventId = event["id"];
    EXPECT_EQ(event["interaction"],
              (json{{"qaModeration", "pre"}, {"wallModeration", "pre"}, {"profanityFilter", true}}));
    const std::string base = "/v2/events/" + eventId + "/qa";

    auto asked = send("POST", base, {{"text", "  How does it scale?  "}, {"name", "Li"}}, anonCookie('a'));
    ASSERT_EQ(asked.status, 201) << asked.body;
    auto item = asked.json()["data"];
    EXPECT_EQ(item["text"], "How does it scale?");
    EXPECT_EQ(item["state"], "pending");
    EXPECT_EQ(item["votes"], 0);
    EXPECT_EQ(item["pinned"], false);
    EXPECT_EQ(item["eventId"], eventId);
    EXPECT_FALSE(item.contains("respondentId"));
    for (const char *key : {"id", "name", "createdAt"})
        EXPECT_TRUE(item.contains(key)) << key;
    const std::string first = item["id"];

    // Pending: staff see it (with the respondent), the public does not.
    EXPECT_EQ(http().get(base).json()["data"]["items"].size(), 0u);
    auto staffList = http().get(base, presenter).json()["data"];
    ASSERT_EQ(staffList["items"].size(), 1u);
    EXPECT_EQ(staffList["items"][0]["respondentId"], anonId('a'));
    EXPECT_EQ(http().get(base + "?state=pending").json()["data"]["items"].size(), 0u);

    // One question per 30 s per respondent.
    auto again = send("POST", base, {{"text", "And another?"}}, anonCookie('a'));
    EXPECT_EQ(again.status, 429);
    m_clock->advance(std::chrono::seconds(31));
    again = send("POST", base, {{"text", "And another?"}}, anonCookie('a'));
    ASSERT_EQ(again.status, 201) << again.body;
    const std::string second = again.json()["data"]["id"];
    m_clock->advance(std::chrono::seconds(1));
    const std::string third = send("POST", base, {{"text", "Third?"}}, anonCookie('b')).json()["data"]["id"];

    // Moderation: admin, organizer and presenter; not viewers, door staff or the public.
    const auto moderate = [&](const std::string &qaId, const json &body, const std::string &token)
    {
        return http().post("/v2/qa/" + qaId + "/moderate", body, token);
    };
    EXPECT_EQ(moderate(first, {{"state", "approved"}}, server().login("viewer")).status, 403);
    EXPECT_EQ(moderate(first, {{"state", "approved"}}, server().login("checkin")).status, 403);
    EXPECT_EQ(moderate(first, {{"state", "approved"}}, "").status, 401);
    EXPECT_EQ(moderate(first, {{"state", "pending"}}, presenter).status, 400);
    EXPECT_EQ(moderate(first, {{"state", "loud"}}, presenter).status, 400);
    EXPECT_EQ(moderate("00000000-0000-4000-8000-000000000000", {{"state", "approved"}}, presenter).status,
              404);

    WsTestClient audience(server().port());
    ASSERT_EQ(audience.subscribe("qa:" + eventId)["data"]["items"].size(), 0u);
    WsTestClient publicQueue(server().port());
    EXPECT_EQ(publicQueue.subscribe("qa-queue:" + eventId)["error"]["code"], "UNAUTHENTICATED");
    WsTestClient moderator(server().port(), "?access_token=" + presenter);
    auto queue = moderator.subscribe("qa-queue:" + eventId);
    ASSERT_EQ(queue["type"], "snapshot");
    EXPECT_EQ(queue["data"]["items"].size(), 3u);
    EXPECT_EQ(queue["data"]["items"][0]["respondentId"], anonId('a'));

    ASSERT_EQ(moderate(first, {{"state", "approved"}}, presenter).status, 200);
    ASSERT_EQ(moderate(second, {{"state", "approved"}}, organizer).status, 200);
    ASSERT_EQ(moderate(third, {{"state", "answered"}, {"pinned", true}}, admin).status, 200);
    const auto shown =
        audience.until([](const json &m) { return m["type"] == "update" && m["data"]["items"].size() == 3; });
    ASSERT_FALSE(shown.is_null());
    EXPECT_EQ(shown["data"]["items"][0]["id"], third) << "pinned first";
    EXPECT_FALSE(shown["data"]["items"][0].contains("respondentId"));

    // Votes toggle, one per respondent.
    auto vote = send("POST", "/v2/qa/" + second + "/vote", json::object(), anonCookie('c'));
    ASSERT_EQ(vote.status, 200) << vote.body;
    EXPECT_EQ(vote.json()["data"], (json{{"votes", 1}, {"voted", true}}));
    EXPECT_EQ(
        send("POST", "/v2/qa/" + second + "/vote", json::object(), anonCookie('d')).json()["data"]["votes"],
        2);
    vote = send("POST", "/v2/qa/" + second + "/vote", json::object(), anonCookie('c'));
    EXPECT_EQ(vote.json()["data"], (json{{"votes", 1}, {"voted", false}}));
    vote = send("POST", "/v2/qa/" + second + "/vote", json::object(), anonCookie('c'));
    EXPECT_EQ(vote.json()["data"], (json{{"votes", 2}, {"voted", true}}));

    auto list = http().get(base + "?sort=votes").json()["data"]["items"];
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0]["id"], third);
    EXPECT_EQ(list[1]["id"], second) << "then votes";
    EXPECT_EQ(list[2]["id"], first);
    list = http().get(base + "?sort=recent").json()["data"]["items"];
    EXPECT_EQ(list[0]["id"], third);
    EXPECT_EQ(list[2]["id"], first);
    EXPECT_EQ(http().get(base + "?sort=loud").status, 400);
    EXPECT_EQ(http().get(base + "?state=answered").json()["data"]["items"].size(), 1u);

    // A rejected question disappears for everyone, live.
    ASSERT_EQ(moderate(second, {{"state", "rejected"}}, presenter).status, 200);
    const auto gone =
        audience.until([](const json &m) { return m["type"] == "update" && m["data"]["items"].size() == 2; });
    ASSERT_FALSE(gone.is_null());
    EXPECT_EQ(send("POST", "/v2/qa/" + second + "/vote", json::object(), anonCookie('e')).status, 404);
    EXPECT_EQ(http().get(base, presenter).json()["data"]["items"].size(), 3u);
}

TEST_P(LiveInteraction, ConcurrentVoteTogglesStayOnePerRespondentAndCountExactly)
{
    const auto event = openEvent({{"interaction", {{"qaModeration", "post"}}}});
    const std::string base = "/v2/events/" + event["id"].get<std::string>() + "/qa";
    std::vector<std::string> items;
    for (char c : {'a', 'b'})
    {
        auto asked = send("POST", base, {{"text", std::string("Question ") + c}}, anonCookie(c));
        ASSERT_EQ(asked.status, 201) << asked.body;
        items.push_back(asked.json()["data"]["id"]);
    }
    const std::string eventId = event["id"];
    ASSERT_EQ(
        http().post("/v2/events/" + eventId + "/bans", {{"respondentId", anonIdN(30)}}, presenter).status,
        201);

    // Respondents 0–5 toggle item a twice at the same moment (two requests in flight); 6–29 vote once on a
    // and, the even ones, once on b as well; 30, banned, tries a twice among them.
    struct Toggle
    {
        int respondent;
        std::string qaId;
        int status = 0;
        json data;
    };

    std::vector<Toggle> toggles;
    for (int r = 0; r <= 30; ++r)
    {
        toggles.push_back({r, items[0]});
        if (r < 6 || r == 30)
            toggles.push_back({r, items[0]});
        else if (r % 2 == 0)
            toggles.push_back({r, items[1]});
    }
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (auto &t : toggles)
        threads.emplace_back(
            [&, total = static_cast<int>(toggles.size())]
            {
                ready.fetch_add(1);
                while (ready.load() < total) // every request leaves together
                    std::this_thread::yield();
                auto r =
                    send("POST", "/v2/qa/" + t.qaId + "/vote", json::object(), anonCookieN(t.respondent));
                t.status = r.status;
                t.data = r.json()["data"];
            });
    for (auto &t : threads)
        t.join();

    std::map<int, std::vector<bool>> votedOnA;
    for (const auto &t : toggles)
    {
        if (t.respondent == 30)
        {
            EXPECT_EQ(t.status, 403) << "a banned respondent's vote, batched with others";
            continue;
        }
        ASSERT_EQ(t.status, 200) << t.data;
        if (t.qaId != items[0])
            continue;
        votedOnA[t.respondent].push_back(t.data["voted"].get<bool>());
        const auto count = t.data["votes"].get<std::int64_t>();
        EXPECT_TRUE(count >= (t.data["voted"] == true ? 1 : 0) && count <= 30) << t.data;
    }
    for (int r = 0; r < 6; ++r)
    {
        // Two toggles of one respondent: one vote, then taken back, in whichever order they were taken.
        ASSERT_EQ(votedOnA[r].size(), 2u);
        EXPECT_NE(votedOnA[r][0], votedOnA[r][1]) << "respondent " << r;
    }
    const auto list = http().get(base).json()["data"]["items"];
    ASSERT_EQ(list.size(), 2u);
    std::map<std::string, std::int64_t> votes;
    for (const auto &item : list)
        votes[item["id"]] = item["votes"];
    EXPECT_EQ(votes[items[0]], 24) << "30 voters, of whom 6 took their vote back";
    EXPECT_EQ(votes[items[1]], 12);
    EXPECT_EQ(list[0]["id"], items[0]) << "more votes first";
    // The stored votes are those counted: a double toggler has none standing, a single voter one.
    auto again = send("POST", "/v2/qa/" + items[0] + "/vote", json::object(), anonCookieN(0));
    EXPECT_EQ(again.json()["data"], (json{{"votes", 25}, {"voted", true}}));
    again = send("POST", "/v2/qa/" + items[0] + "/vote", json::object(), anonCookieN(29));
    EXPECT_EQ(again.json()["data"], (json{{"votes", 24}, {"voted", false}}));
}

TEST_P(LiveInteraction, QuestionInputIsCheckedAndPostModerationShowsAtOnce)
{
    const auto event = openEvent({{"interaction", {{"qaModeration", "post"}}}});
    const std::string eventId = event["id"];
    EXPECT_EQ(event["interaction"]["qaModeration"], "post");
    const std::string base = "/v2/events/" + eventId + "/qa";

    EXPECT_EQ(send("POST", base, {{"text", std::string(281, 'x')}}, anonCookie('a')).status, 400);
    EXPECT_EQ(send("POST", base, {{"text", "bell\x07"}}, anonCookie('a')).status, 400);
    EXPECT_EQ(send("POST", base, {{"text", "   "}}, anonCookie('a')).status, 400);
    EXPECT_EQ(send("POST", base, {{"text", 5}}, anonCookie('a')).status, 400);
    EXPECT_EQ(
        http().request("POST", base, "{\"text\":\"\xFF\xFE\"}", {}, {{"Cookie", anonCookie('a')}}).status,
        400)
        << "invalid UTF-8";
    EXPECT_EQ(
        send("POST", "/v2/events/00000000-0000-4000-8000-000000000000/qa", {{"text", "hi"}}, anonCookie('a'))
            .status,
        404);
    const auto draft = createEvent();
    EXPECT_EQ(
        send(
            "POST", "/v2/events/" + draft["id"].get<std::string>() + "/qa", {{"text", "hi"}}, anonCookie('a'))
            .status,
        201)
        << "organisers may try the Q&A before publishing";
    m_clock->advance(std::chrono::seconds(31));

    const auto ok = send("POST", base, {{"text", std::string(280, 'x')}}, anonCookie('a'));
    ASSERT_EQ(ok.status, 201) << ok.body;
    EXPECT_EQ(ok.json()["data"]["state"], "approved");
    EXPECT_EQ(http().get(base).json()["data"]["items"].size(), 1u);

    // Profanity: stored but filtered — pending, flagged for staff, never public.
    const auto rude = send("POST", base, {{"text", "what the FUCK is this"}}, anonCookie('b'));
    ASSERT_EQ(rude.status, 201);
    EXPECT_EQ(rude.json()["data"]["state"], "pending");
    const auto staffItems = http().get(base + "?state=pending", presenter).json()["data"]["items"];
    ASSERT_EQ(staffItems.size(), 1u);
    EXPECT_EQ(staffItems[0]["filtered"], true);
    ASSERT_EQ(http()
                  .post("/v2/qa/" + staffItems[0]["id"].get<std::string>() + "/moderate",
                        {{"state", "approved"}},
                        presenter)
                  .status,
              200);
    EXPECT_EQ(http().get(base).body.find("FUCK"), std::string::npos) << "filtered items stay private";

    // The event setting is validated and can be turned off.
    EXPECT_EQ(http()
                  .put("/v2/events/" + eventId, {{"interaction", {{"wallModeration", "later"}}}}, organizer)
                  .status,
              400);
    const auto edited =
        http().put("/v2/events/" + eventId, {{"interaction", {{"profanityFilter", false}}}}, organizer);
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(edited.json()["data"]["interaction"],
              (json{{"qaModeration", "post"}, {"wallModeration", "pre"}, {"profanityFilter", false}}));
}

// -------------------------------------------------------------------------------------------- wall

TEST_P(LiveInteraction, WallPostsAreModeratedPacedAndPublishedLive)
{
    const auto event = openEvent();
    const std::string eventId = event["id"];
    const std::string base = "/v2/events/" + eventId + "/wall";

    EXPECT_EQ(send("POST", base, {{"text", std::string(61, 'x')}}, anonCookie('a')).status, 400);
    EXPECT_EQ(send("POST", base, {{"text", "two\nlines"}}, anonCookie('a')).status, 400);
    auto posted = send("POST", base, {{"text", "\xE5\x8A\xA0\xE6\xB2\xB9!"}}, anonCookie('a')); // 加油!
    ASSERT_EQ(posted.status, 201) << posted.body;
    EXPECT_EQ(posted.json()["data"]["state"], "pending");
    const std::string first = posted.json()["data"]["id"];
    EXPECT_EQ(send("POST", base, {{"text", "again"}}, anonCookie('a')).status, 429) << "one per 10 s";
    m_clock->advance(std::chrono::seconds(10));
    ASSERT_EQ(send("POST", base, {{"text", "again"}}, anonCookie('a')).status, 201);

    EXPECT_EQ(http().get(base).json()["data"]["items"].size(), 0u);
    const auto staff = http().get(base, presenter).json()["data"]["items"];
    ASSERT_EQ(staff.size(), 2u);
    EXPECT_EQ(staff[0]["respondentId"], anonId('a'));

    WsTestClient screen(server().port());
    ASSERT_EQ(screen.subscribe("wall:" + eventId)["data"]["items"].size(), 0u);
    EXPECT_EQ(http()
                  .post("/v2/wall/" + first + "/moderate", {{"state", "approved"}}, server().login("viewer"))
                  .status,
              403);
    EXPECT_EQ(http().post("/v2/wall/" + first + "/moderate", {{"state", "pending"}}, presenter).status, 400);
    ASSERT_EQ(http().post("/v2/wall/" + first + "/moderate", {{"state", "approved"}}, presenter).status, 200);
    const auto update =
        screen.until([](const json &m) { return m["type"] == "update" && m["data"]["items"].size() == 1; });
    ASSERT_FALSE(update.is_null());
    EXPECT_EQ(update["data"]["items"][0]["text"], "\xE5\x8A\xA0\xE6\xB2\xB9!");
    EXPECT_FALSE(update["data"]["items"][0].contains("respondentId"));

    // Post-moderation shows at once, the latest first, 50 at most.
    ASSERT_EQ(http()
                  .put("/v2/events/" + eventId, {{"interaction", {{"wallModeration", "post"}}}}, organizer)
                  .status,
              200);
    for (int i = 0; i < 52; ++i)
    {
        m_clock->advance(std::chrono::milliseconds(1));
        ASSERT_EQ(send("POST", base, {{"text", "hi " + std::to_string(i)}}, anonCookieN(i)).status, 201);
    }
    const auto wall = http().get(base).json()["data"]["items"];
    EXPECT_EQ(wall.size(), 50u);
    EXPECT_EQ(wall[0]["text"], "hi 51");
}

// -------------------------------------------------------------------------------------------- bans

TEST_P(LiveInteraction, BannedRespondentsAreRefusedEverywhereAndWeChatBansHoldAcrossCookies)
{
    const auto event = openEvent({{"interaction", {{"qaModeration", "post"}}}});
    const std::string eventId = event["id"];
    const auto survey = createSurvey(
        {{"eventId", eventId}, {"questions", {{{"id", "w"}, {"type", "word_cloud"}, {"text", "Mood?"}}}}});
    const std::string bans = "/v2/events/" + eventId + "/bans";

    EXPECT_EQ(http().post(bans, {{"respondentId", "someone"}}, presenter).status, 400);
    EXPECT_EQ(http().post(bans, {{"respondentId", anonId('a')}}, server().login("viewer")).status, 403);
    EXPECT_EQ(http().post(bans, {{"respondentId", anonId('a')}}).status, 401);
    auto banned = http().post(bans, {{"respondentId", anonId('a')}, {"reason", "spam"}}, presenter);
    ASSERT_EQ(banned.status, 201) << banned.body;
    EXPECT_EQ(banned.json()["data"]["respondentId"], anonId('a'));

    auto r = send("POST", "/v2/events/" + eventId + "/qa", {{"text", "hello"}}, anonCookie('a'));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(detail(r), "banned");
    r = send("POST", "/v2/events/" + eventId + "/wall", {{"text", "hello"}}, anonCookie('a'));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(detail(r), "banned");
    r = answer(survey, {{{"questionId", "w"}, {"words", {"happy"}}}}, anonCookie('a'));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(detail(r), "banned");
    const auto asked = send("POST", "/v2/events/" + eventId + "/qa", {{"text", "hello"}}, anonCookie('b'));
    ASSERT_EQ(asked.status, 201) << "others still post";
    const std::string qaId = asked.json()["data"]["id"];
    r = send("POST", "/v2/qa/" + qaId + "/vote", json::object(), anonCookie('a'));
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(detail(r), "banned");
    r = send("POST", "/v2/qa/" + qaId + "/vote", json::object(), anonCookie('b'));
    EXPECT_EQ(r.json()["data"], (json{{"votes", 1}, {"voted", true}})) << "the banned vote left no trace";

    // A WeChat user stays banned whatever anonymous cookie they bring.
    const std::string session = server().context().wechatAccount->issueSession("o_live_banned");
    const std::string wx = "ne_wx=" + session;
    ASSERT_EQ(
        send("POST", "/v2/events/" + eventId + "/wall", {{"text", "first"}}, wx + "; " + anonCookie('c'))
            .status,
        201);
    ASSERT_EQ(http().post(bans, {{"respondentId", "wx:o_live_banned"}}, presenter).status, 201);
    m_clock->advance(std::chrono::seconds(60));
    for (char c : {'c', 'd', 'e'})
    {
        r = send("POST", "/v2/events/" + eventId + "/qa", {{"text", "let me in"}}, wx + "; " + anonCookie(c));
        EXPECT_EQ(r.status, 403) << c;
        EXPECT_EQ(detail(r), "banned");
    }
    EXPECT_EQ(http().get(bans, presenter).json()["data"]["total"], 2);

    // Lifting the ban.
    EXPECT_EQ(http().del(bans + "/" + anonId('z'), presenter).status, 404);
    ASSERT_EQ(http().del(bans + "/" + anonId('a'), presenter).status, 200);
    EXPECT_EQ(
        send("POST", "/v2/events/" + eventId + "/qa", {{"text", "hello again"}}, anonCookie('a')).status,
        201);
}

// ------------------------------------------------------------------------------------------ mobile pages

TEST_P(LiveInteraction, MobilePagesAskVoteAndPostWithoutJavaScript)
{
    const auto event = openEvent();
    const std::string eventId = event["id"];
    const std::string page = "/m/events/" + eventId + "/qa";
    const std::map<std::string, std::string> form{{"Content-Type", "application/x-www-form-urlencoded"},
                                                  {"Cookie", anonCookie('p')},
                                                  {"Accept-Language", "en"}};
    auto r = http().request("GET", page, {}, {}, {{"Cookie", anonCookie('p')}, {"Accept-Language", "en"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("action=\"/m/events/" + eventId + "/qa\""), std::string::npos);

    r = http().request("POST", page, "text=Will+slides+be+shared%3F&name=Mei", {}, form);
    ASSERT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(r.header("location"), page + "?done=qa_sent_pending");
    r = http().request("GET",
                       page + "?done=qa_sent_pending",
                       {},
                       {},
                       {{"Cookie", anonCookie('p')}, {"Accept-Language", "en"}});
    EXPECT_NE(r.body.find("Waiting for moderation"), std::string::npos)
        << "the asker sees their own question";
    EXPECT_NE(r.body.find("Will slides be shared?"), std::string::npos);
    // Others do not see a pending question.
    r = http().request("GET", page, {}, {}, {{"Cookie", anonCookie('q')}, {"Accept-Language", "en"}});
    EXPECT_EQ(r.body.find("Will slides be shared?"), std::string::npos);

    // Too fast: the page says so, nothing stored.
    r = http().request("POST", page, "text=Second", {}, form);
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/qa", presenter).json()["data"]["total"], 1);
    // Too long: the form comes back with the text kept and a message.
    m_clock->advance(std::chrono::seconds(31));
    r = http().request("POST", page, "text=" + std::string(281, 'x'), {}, form);
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.body.find("At most 280 characters"), std::string::npos);

    // Approved, it can be voted for from the page.
    const std::string qaId =
        http().get("/v2/events/" + eventId + "/qa", presenter).json()["data"]["items"][0]["id"];
    ASSERT_EQ(http().post("/v2/qa/" + qaId + "/moderate", {{"state", "approved"}}, presenter).status, 200);
    r = http().request("POST", page + "/" + qaId + "/vote", "", {}, form);
    ASSERT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/qa").json()["data"]["items"][0]["votes"], 1);

    // The wall page.
    const std::string wall = "/m/events/" + eventId + "/wall";
    EXPECT_EQ(http().request("GET", wall, {}, {}, {{"Accept-Language", "en"}}).status, 200);
    r = http().request("POST", wall, "text=%E5%8A%A0%E6%B2%B9", {}, form);
    ASSERT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(http().get("/v2/events/" + eventId + "/wall", presenter).json()["data"]["total"], 1);
    // A cross-site post is refused.
    auto crossSite = form;
    crossSite["Origin"] = "https://evil.example";
    EXPECT_EQ(http().request("POST", wall, "text=hi", {}, crossSite).status, 403);
    EXPECT_EQ(http().request("GET", "/m/events/00000000-0000-4000-8000-000000000000/qa").status, 404);
}

NEXTEVENT_BACKENDS(LiveInteraction);
