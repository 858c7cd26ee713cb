// SPDX-License-Identifier: MIT
// Presenter mode against a real server at 1920×1080: a word cloud that grows as phones post words over
// HTTP (Chinese and Latin, no two words overlapping), a presenter-paced quiz whose countdown, reveal and
// leaderboard follow the server (next/previous move the room), the audience's top questions in the server's
// order (pinned first, then votes), the message wall flying over the chart, the keys and the F1 list, the
// join link on one line, PNG and PDF export. Screenshots in English and Chinese go to the artifacts folder.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QTranslator>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/models/LiveInteractionModels.h"
#include "desktop/models/SurveyResultsModel.h"
#include "desktop/views/LeaderboardView.h"
#include "desktop/views/PresenterWindow.h"
#include "desktop/views/QuizView.h"
#include "desktop/views/TopQuestionsView.h"
#include "desktop/views/WallOverlay.h"
#include "desktop/views/WordCloudWidget.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
using test::screenshot;

/// A phone: its own client (so its own anonymous-respondent cookie).
std::unique_ptr<ApiClient> phone(const QUrl &server)
{
    auto client = std::make_unique<ApiClient>();
    client->setServerUrl(server);
    return client;
}

ApiResult<json> answer(const QUrl &server, const std::string &surveyId, const json &body)
{
    auto p = phone(server);
    return test::awaitResult<json>(
        [&](auto done) { p->postSurveyResponse(QString::fromStdString(surveyId), body, nullptr, done); });
}

std::string id(const json &item)
{
    return item.value("id", std::string());
}
} // namespace

class PresenterLiveTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wordCloudLayoutNeverOverlaps();
    void wordCloudGrowsFromPhones();
    void quizFollowsTheRoom();
    void audienceQuestionsAndWall();
    void keysExportAndJoinLink();
    void chineseScreens();

private:
    Survey createSurvey(Survey survey);
    PresenterWindow *openWindow(const Survey &survey);
    std::string eventId();

    test::TestServer m_server;
    ApiClient m_api;
    RealtimeClient m_realtime;
    std::vector<Survey> m_made;
};

void PresenterLiveTest::initTestCase()
{
    NEXTEVENT_REQUIRE_SERVER();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const auto signedIn = test::awaitResult<User>(
        [&](auto done) {
            m_api.signIn(
                m_server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), nullptr, done);
        });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.userMessage()));
    m_realtime.setTokenSource([this] { return m_api.accessToken(); });
    m_realtime.open(RealtimeClient::endpointFor(m_server.url()));
    QVERIFY(QTest::qWaitFor([&] { return m_realtime.state() == RealtimeClient::State::Connected; }, 10000));
}

void PresenterLiveTest::cleanupTestCase()
{
    m_realtime.close();
    m_server.stop();
}

Survey PresenterLiveTest::createSurvey(Survey survey)
{
    survey.isActive = survey.isLive = survey.resultsVisible = true;
    const auto created =
        test::awaitResult<Survey>([&](auto done) { m_api.createSurvey(survey, nullptr, done); });
    if (!created.ok())
        qWarning("survey refused: %s", qPrintable(created.error.userMessage()));
    return created.ok() ? *created.value : Survey{};
}

PresenterWindow *PresenterLiveTest::openWindow(const Survey &survey)
{
    auto *window = new PresenterWindow(&m_api, &m_realtime, survey, true);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->resize(1920, 1080);
    window->show();
    return window;
}

std::string PresenterLiveTest::eventId()
{
    ListQuery query;
    const auto events =
        test::awaitResult<ListPage<Event>>([&](auto done) { m_api.listEvents(query, nullptr, done); });
    return events.ok() && !events.value->items.empty() ? events.value->items.front().id : std::string();
}

void PresenterLiveTest::wordCloudLayoutNeverOverlaps()
{
    // 100 words (the most a live result carries) with a long tail, Chinese and Latin mixed, on a small area
    // and a full-HD one: no two boxes meet, every box inside the area.
    std::vector<WordCloudWidget::Word> words;
    for (int i = 0; i < 100; ++i)
        words.push_back({i % 3 == 0 ? QStringLiteral("词语%1").arg(i) : QStringLiteral("word%1").arg(i),
                         1 + (i * 37) % 60});
    for (const QSizeF size : {QSizeF(640, 360), QSizeF(1400, 800)})
    {
        int dropped = -1;
        const auto placed = WordCloudWidget::layout(words, size, &dropped);
        QVERIFY(!placed.empty());
        QCOMPARE(static_cast<int>(placed.size()) + dropped, 100);
        for (std::size_t i = 0; i < placed.size(); ++i)
        {
            QVERIFY2(QRectF(QPointF(0, 0), size).contains(placed[i].box), qPrintable(placed[i].text));
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed[i].box.intersects(placed[j].box),
                         qPrintable(placed[i].text + QStringLiteral(" overlaps ") + placed[j].text));
        }
        // Bigger counts never get smaller type.
        for (std::size_t i = 1; i < placed.size(); ++i)
            QVERIFY(placed[i].count <= placed[i - 1].count && placed[i].pixelSize <= placed[i - 1].pixelSize);
        qInfo("%gx%g: %d words placed, %d left out",
              size.width(),
              size.height(),
              static_cast<int>(placed.size()),
              dropped);
    }
    QVERIFY(WordCloudWidget::fontFor(20).families().contains(QStringLiteral("WenQuanYi Micro Hei")));
}

void PresenterLiveTest::wordCloudGrowsFromPhones()
{
    Survey survey;
    survey.title = "Keynote words";
    Question question;
    question.type = QuestionType::WordCloud;
    question.text = "One word for today's keynote?";
    question.maxEntries = 3;
    survey.questions = {question};
    const Survey made = createSurvey(survey);
    QVERIFY(!made.id.empty());
    m_made.push_back(made);
    std::unique_ptr<PresenterWindow> window(openWindow(made));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(QTest::qWaitFor([&] { return window->results()->revision() > 0; }, 10000));
    QCOMPARE(window->wordCloud()->placed().size(), std::size_t(0));
    screenshot(window.get(), QStringLiteral("presenter-01-cloud-empty"));

    const std::vector<std::vector<std::string>> answers{{"Inspiring", "人工智能", "Qt"},
                                                        {"inspiring", "云计算"},
                                                        {"ＩＮＳＰＩＲＩＮＧ", "人工智能", "long"},
                                                        {"人工智能", "open source", "Qt"},
                                                        {"开源", "Qt"},
                                                        {"inspiring"}};
    const std::string qid = made.questions.front().id;
    int posted = 0;
    for (const auto &words : answers)
    {
        const auto result = answer(m_server.url(),
                                   made.id,
                                   json{{"answers", json::array({{{"questionId", qid}, {"words", words}}})}});
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        ++posted;
        // The cloud grows with every answer, over /ws.
        QVERIFY(QTest::qWaitFor([&] { return window->results()->totalResponses() == posted; }, 10000));
        if (posted == 2)
            screenshot(window.get(), QStringLiteral("presenter-02-cloud-growing"));
    }
    // What the server counted (normalised: "ＩＮＳＰＩＲＩＮＧ" and "Inspiring" are one word) is what is
    // placed.
    const auto live = test::awaitResult<json>(
        [&](auto done) { m_api.fetchLiveResults(QString::fromStdString(made.id), nullptr, done); });
    QVERIFY(live.ok());
    std::map<QString, qint64> expected;
    for (const json &w : (*live.value)["questions"][0]["words"])
        expected[QString::fromStdString(w["text"].get<std::string>())] = w["count"].get<qint64>();
    QCOMPARE(expected[QStringLiteral("inspiring")], qint64(4));
    QCOMPARE(expected[QStringLiteral("人工智能")], qint64(3));
    QVERIFY(QTest::qWaitFor([&] { return !window->wordCloud()->isAnimating(); }, 5000));
    std::map<QString, qint64> shown;
    for (const auto &p : window->wordCloud()->placed())
        shown[p.text] = p.count;
    QCOMPARE(shown, expected);
    const auto &placed = window->wordCloud()->placed();
    const QRectF area(QPointF(0, 0), QSizeF(window->wordCloud()->size()));
    for (std::size_t i = 0; i < placed.size(); ++i)
    {
        QVERIFY(area.contains(placed[i].box));
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!placed[i].box.intersects(placed[j].box),
                     qPrintable(placed[i].text + QStringLiteral("/") + placed[j].text));
    }
    // The most frequent word is the biggest.
    QCOMPARE(placed.front().text, QStringLiteral("inspiring"));
    screenshot(window.get(), QStringLiteral("presenter-03-cloud"));
}

void PresenterLiveTest::quizFollowsTheRoom()
{
    Survey survey;
    survey.title = "Quiz night";
    survey.mode = SurveyMode::PresenterPaced;
    Question quiz;
    quiz.type = QuestionType::Quiz;
    quiz.text = "Which year did Qt 1.0 come out?";
    quiz.options = {{"y1995", "1995"}, {"y1996", "1996"}, {"y2001", "2001"}, {"y2005", "2005"}};
    quiz.correctOptionIds = {"y1996"};
    quiz.timeLimitSeconds = 5;
    quiz.points = 1000;
    Question poll;
    poll.type = QuestionType::SingleChoice;
    poll.text = "Did you enjoy it?";
    poll.options = {{"yes", "Yes"}, {"no", "No"}};
    survey.questions = {quiz, poll};
    const Survey made = createSurvey(survey);
    QVERIFY(!made.id.empty());
    QVERIFY(made.mode == SurveyMode::PresenterPaced);
    std::unique_ptr<PresenterWindow> window(openWindow(made));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->quiz()->shownSeconds(), -1); // the room has not started: no clock

    // → opens the question on screen for the whole room: the server's current question, and the clock runs.
    QTest::keyClick(window.get(), Qt::Key_Right);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window->session()->state().currentQuestionId ==
                   QString::fromStdString(made.questions[0].id);
        },
        10000));
    const auto onServer = test::awaitResult<Survey>(
        [&](auto done) { m_api.getSurvey(QString::fromStdString(made.id), nullptr, done); });
    QVERIFY(onServer.ok());
    QCOMPARE(onServer.value->currentQuestionId.value_or(""), made.questions[0].id);
    QVERIFY(window->quiz()->shownSeconds() >= 1 && window->quiz()->shownSeconds() <= 5);
    QCOMPARE(window->session()->state().timeLimitSeconds, 5);
    QVERIFY(window->quiz()->highlighted().isEmpty()); // nothing revealed yet
    screenshot(window.get(), QStringLiteral("presenter-04-quiz-countdown"));

    // Phones answer: two right (one faster), one wrong.
    const std::string qid = made.questions[0].id;
    for (const auto &[name, option] : std::vector<std::pair<std::string, std::string>>{
             {"Alice", "y1996"}, {"Bo 博", "y2001"}, {"Chen", "y1996"}})
    {
        const auto result = answer(
            m_server.url(),
            made.id,
            json{{"name", name}, {"answers", json::array({{{"questionId", qid}, {"optionIds", {option}}}})}});
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return window->quiz()->options().size() == 4 && window->quiz()->options()[1].count == 2; },
        10000));
    QCOMPARE(window->quiz()->options()[2].count, qint64(1));

    // The clock runs out with the server's: an answer after it is refused with time_up.
    QVERIFY(QTest::qWaitFor([&] { return window->quiz()->isTimeUp(); }, 15000));
    QCOMPARE(window->quiz()->shownSeconds(), 0);
    // Console and server read the same clock here, so the server has closed the question too.
    const auto late =
        answer(m_server.url(),
               made.id,
               json{{"answers", json::array({{{"questionId", qid}, {"optionIds", {"y1996"}}}})}});
    QVERIFY(!late.ok());
    QVERIFY(late.error.is(ErrorCode::Conflict));
    screenshot(window.get(), QStringLiteral("presenter-05-quiz-time-up"));

    // R reveals: the room's session says so, and the right option is marked.
    QElapsedTimer sinceReveal;
    sinceReveal.start();
    QTest::keyClick(window.get(), Qt::Key_R);
    QVERIFY(QTest::qWaitFor([&] { return window->session()->state().answerRevealed; }, 10000));
    QCOMPARE(window->quiz()->highlighted(), QStringList{QStringLiteral("y1996")});
    QVERIFY(window->quiz()->isRevealed());
    screenshot(window.get(), QStringLiteral("presenter-06-quiz-revealed"));

    // L: the leaderboard, in the server's order, animated into place.
    QTest::keyClick(window.get(), Qt::Key_L);
    QCOMPARE(window->panel(), PresenterWindow::Panel::Leaderboard);
    const auto board = test::awaitResult<json>(
        [&](auto done) { m_api.fetchLeaderboard(QString::fromStdString(made.id), 10, nullptr, done); });
    QVERIFY(board.ok());
    std::vector<LeaderboardEntry> expected;
    for (const json &row : (*board.value)["items"])
        expected.push_back({row["rank"].get<int>(),
                            QString::fromStdString(row["displayName"].get<std::string>()),
                            row["score"].get<qint64>(),
                            row["correctAnswers"].get<qint64>()});
    QVERIFY(expected.size() >= 2);
    QVERIFY(QTest::qWaitFor([&] { return window->leaderboard()->entries() == expected; }, 10000));
    const qint64 leaderboardMs = sinceReveal.elapsed();
    QVERIFY(window->leaderboard()->isAnimating());
    // The two right answers lead; the wrong one scores nothing.
    QVERIFY(expected[0].score > 0 && expected[1].score > 0 && expected[0].score >= expected[1].score);
    QCOMPARE(expected[0].correctAnswers, qint64(1));
    for (std::size_t i = 2; i < expected.size(); ++i)
        QCOMPARE(expected[i].score, qint64(0));
    qInfo("leaderboard on screen %lld ms after R (reveal and leaderboard over HTTP, 3 players)",
          leaderboardMs);
    QVERIFY(QTest::qWaitFor([&] { return !window->leaderboard()->isAnimating(); }, 5000));
    screenshot(window.get(), QStringLiteral("presenter-07-leaderboard"));

    // → moves the room to the next question; ← back. The window follows the server.
    QTest::keyClick(window.get(), Qt::Key_Right);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window->session()->state().currentQuestionId ==
                   QString::fromStdString(made.questions[1].id);
        },
        10000));
    QCOMPARE(window->currentQuestion(), 1);
    QCOMPARE(window->panel(), PresenterWindow::Panel::Answers);
    QVERIFY(!window->session()->state().answerRevealed); // a new question opens hidden
    QTest::keyClick(window.get(), Qt::Key_Left);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window->session()->state().currentQuestionId ==
                   QString::fromStdString(made.questions[0].id);
        },
        10000));
    QCOMPARE(window->currentQuestion(), 0);

    // Another console moves the room: this screen follows over session:ID.
    const auto moved = test::awaitResult<Survey>(
        [&](auto done)
        {
            m_api.setSurveyPacing(QString::fromStdString(made.id),
                                  QString::fromStdString(made.questions[1].id),
                                  std::nullopt,
                                  nullptr,
                                  done);
        });
    QVERIFY(moved.ok());
    QVERIFY(QTest::qWaitFor([&] { return window->currentQuestion() == 1; }, 10000));
    m_made.push_back(made);
}

void PresenterLiveTest::audienceQuestionsAndWall()
{
    const std::string event = eventId();
    QVERIFY(!event.empty());
    Survey survey;
    survey.title = "Panel poll";
    survey.eventId = event;
    Question question;
    question.type = QuestionType::SingleChoice;
    question.text = "Which topic next?";
    question.options = {{"a", "Rendering"}, {"b", "Networking"}, {"c", "Tooling"}};
    survey.questions = {question};
    const Survey made = createSurvey(survey);
    QVERIFY(!made.id.empty());
    std::unique_ptr<PresenterWindow> window(openWindow(made));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString eventId = QString::fromStdString(event);

    // Three phones ask (pre-moderation: waiting); staff approve; votes and a pin make the order.
    std::vector<std::unique_ptr<ApiClient>> phones;
    std::vector<std::string> ids;
    for (const QString &text : {QStringLiteral("How does the scene graph batch draw calls?"),
                                QStringLiteral("什么时候支持 HTTP/3？"),
                                QStringLiteral("Will the slides be online?")})
    {
        phones.push_back(phone(m_server.url()));
        const auto asked = test::awaitResult<json>(
            [&](auto done) { phones.back()->askQuestion(eventId, text, nullptr, done); });
        QVERIFY2(asked.ok(), qPrintable(asked.error.userMessage()));
        ids.push_back(id(*asked.value));
        const auto approved = test::awaitResult<json>(
            [&](auto done)
            {
                m_api.moderateQuestion(QString::fromStdString(ids.back()),
                                       QStringLiteral("approved"),
                                       std::nullopt,
                                       nullptr,
                                       done);
            });
        QVERIFY(approved.ok());
    }
    // Question 2 gets 3 votes, question 1 one; question 3 is pinned.
    for (int voter = 0; voter < 3; ++voter)
    {
        const auto voted = test::awaitResult<json>(
            [&](auto done) {
                phones[static_cast<std::size_t>(voter)]->voteQuestion(
                    QString::fromStdString(ids[1]), nullptr, done);
            });
        QVERIFY2(voted.ok(), qPrintable(voted.error.userMessage()));
    }
    QVERIFY(test::awaitResult<json>(
                [&](auto done) { phones[1]->voteQuestion(QString::fromStdString(ids[0]), nullptr, done); })
                .ok());
    QVERIFY(test::awaitResult<json>(
                [&](auto done)
                { m_api.moderateQuestion(QString::fromStdString(ids[2]), QString(), true, nullptr, done); })
                .ok());

    QTest::keyClick(window.get(), Qt::Key_Q);
    QCOMPARE(window->panel(), PresenterWindow::Panel::Questions);
    // The public order, as the server lists it to anyone: pinned first, then votes.
    ApiClient anonymous;
    anonymous.setServerUrl(m_server.url());
    const auto publicList = test::awaitResult<json>(
        [&](auto done) { anonymous.listQuestions(eventId, QString(), QString(), nullptr, done); });
    QVERIFY(publicList.ok());
    QStringList expected;
    for (const json &item : (*publicList.value)["items"])
        expected << QString::fromStdString(item["text"].get<std::string>());
    QCOMPARE(expected.size(), 3);
    QCOMPARE(expected.front(), QStringLiteral("Will the slides be online?"));
    QCOMPARE(expected.at(1), QStringLiteral("什么时候支持 HTTP/3？"));
    QVERIFY(QTest::qWaitFor([&] { return window->topQuestions()->shownTexts() == expected; }, 10000));
    screenshot(window.get(), QStringLiteral("presenter-08-audience-questions"));

    // Three more votes for question 1 (4) pass question 2 (3); the pinned one stays first.
    QVERIFY(test::awaitResult<json>(
                [&](auto done) { phones[0]->voteQuestion(QString::fromStdString(ids[0]), nullptr, done); })
                .ok());
    QVERIFY(test::awaitResult<json>(
                [&](auto done) { phones[2]->voteQuestion(QString::fromStdString(ids[0]), nullptr, done); })
                .ok());
    auto extra = phone(m_server.url());
    QVERIFY(test::awaitResult<json>([&](auto done)
                                    { extra->voteQuestion(QString::fromStdString(ids[0]), nullptr, done); })
                .ok());
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            const QStringList shown = window->topQuestions()->shownTexts();
            return shown.size() == 3 &&
                   shown.at(1) == QStringLiteral("How does the scene graph batch draw calls?");
        },
        10000));
    QCOMPARE(window->topQuestions()->shownTexts().front(),
             QStringLiteral("Will the slides be online?")); // pinned stays first

    // The wall: an approved message flies over the chart.
    QTest::keyClick(window.get(), Qt::Key_Q);
    QCOMPARE(window->panel(), PresenterWindow::Panel::Answers);
    QVERIFY(window->isWallVisible());
    const auto posted = test::awaitResult<json>(
        [&](auto done)
        { phones[0]->postWallMessage(eventId, QStringLiteral("精彩！Great demo 🎉"), nullptr, done); });
    QVERIFY2(posted.ok(), qPrintable(posted.error.userMessage()));
    QCOMPARE(QString::fromStdString((*posted.value)["state"].get<std::string>()), QStringLiteral("pending"));
    QVERIFY(!window->wall()->activeTexts().contains(
        QStringLiteral("精彩！Great demo 🎉"))); // not before moderation
    QVERIFY(test::awaitResult<json>(
                [&](auto done) {
                    m_api.moderateWall(
                        QString::fromStdString(id(*posted.value)), QStringLiteral("approved"), nullptr, done);
                })
                .ok());
    QVERIFY(QTest::qWaitFor(
        [&] { return window->wall()->activeTexts().contains(QStringLiteral("精彩！Great demo 🎉")); }, 10000));
    QTest::qWait(1500); // let it fly a little into the screen for the screenshot (nothing is checked on time)
    screenshot(window.get(), QStringLiteral("presenter-09-wall-over-chart"));
    // W hides the wall.
    QTest::keyClick(window.get(), Qt::Key_W);
    QVERIFY(!window->isWallVisible());
    QTest::keyClick(window.get(), Qt::Key_W);
    QVERIFY(window->isWallVisible());
}

void PresenterLiveTest::keysExportAndJoinLink()
{
    QVERIFY(!m_made.empty());
    std::unique_ptr<PresenterWindow> window(openWindow(m_made.front()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(QTest::qWaitFor([&] { return !window->wordCloud()->placed().empty(); }, 10000));

    // F1 lists every key; Esc closes the list first, the window only after.
    QTest::keyClick(window.get(), Qt::Key_F1);
    QVERIFY(window->isHelpVisible());
    auto *help = window->findChild<QFrame *>(QStringLiteral("presenterHelp"));
    QVERIFY(help && help->geometry().intersects(window->rect()));
    const QString helpText = help->findChild<QLabel *>()->text();
    for (const PresenterWindow::Binding &b : window->bindings())
        QVERIFY2(helpText.contains(b.description.toHtmlEscaped()), qPrintable(b.description));
    screenshot(window.get(), QStringLiteral("presenter-10-keys"));
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->isHelpVisible());
    QVERIFY(window->isVisible());

    // Every action is in the menu too, with its key.
    QMenu *menu = window->actionMenu();
    QVERIFY(menu->actions().size() >= window->bindings().size() - 1);
    QVERIFY(menu->actions().at(4)->text().endsWith(QStringLiteral("\tR")));

    // T switches the theme.
    QVERIFY(window->isDarkTheme());
    QTest::keyClick(window.get(), Qt::Key_T);
    QVERIFY(!window->isDarkTheme());
    screenshot(window.get(), QStringLiteral("presenter-11-cloud-light"));

    // The join link stays on one line, elided in the middle, the whole link in the tooltip.
    const QString shown = window->shownJoinUrl();
    auto *link = window->findChild<QLabel *>(QStringLiteral("joinLink"));
    QVERIFY(!link->wordWrap());
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(QFontMetrics(link->font()).horizontalAdvance(shown) <= link->width());
    QCOMPARE(link->toolTip(), window->joinUrl());
    QVERIFY(window->joinUrl().endsWith(QString::fromStdString(m_made.front().id)));
    if (shown != window->joinUrl())
        QVERIFY(shown.contains(QChar(0x2026)) && shown.startsWith(QStringLiteral("http://127.0")));

    // Export: PNG and PDF of what the big area shows.
    const QString png = test::artifactsDir() + QStringLiteral("/presenter-export-cloud.png");
    const QString pdf = test::artifactsDir() + QStringLiteral("/presenter-export-cloud.pdf");
    QFile::remove(png);
    QFile::remove(pdf);
    QString error;
    QVERIFY2(window->exportPanel(png, &error), qPrintable(error));
    QVERIFY2(window->exportPanel(pdf, &error), qPrintable(error));
    const QImage exported(png);
    QVERIFY(!exported.isNull());
    QVERIFY(exported.width() == window->wordCloud()->width());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!window->exportPanel(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(!error.isEmpty());

    // Esc ends presenting.
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->isVisible());
}

void PresenterLiveTest::chineseScreens()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)), NEXTEVENT_ZH_CN_QM);
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    for (const Survey &survey : m_made)
    {
        std::unique_ptr<PresenterWindow> window(openWindow(survey));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(QTest::qWaitFor([&] { return window->results()->revision() > 0; }, 10000));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("presenterRespondents"))->isVisible());
        const QString name =
            QStringLiteral("presenter-zh-%1")
                .arg(survey.questions.front().type == QuestionType::WordCloud ? QStringLiteral("cloud")
                                                                              : QStringLiteral("quiz"));
        if (survey.questions.front().type == QuestionType::WordCloud)
            QVERIFY(QTest::qWaitFor(
                [&] { return !window->wordCloud()->placed().empty() && !window->wordCloud()->isAnimating(); },
                10000));
        else
        {
            // The room goes back to the quiz: the clock runs again.
            QVERIFY(test::awaitResult<Survey>(
                        [&](auto done)
                        {
                            m_api.setSurveyPacing(QString::fromStdString(survey.id),
                                                  QString::fromStdString(survey.questions.front().id),
                                                  std::nullopt,
                                                  nullptr,
                                                  done);
                        })
                        .ok());
            QVERIFY(QTest::qWaitFor(
                [&] { return window->currentQuestion() == 0 && window->quiz()->shownSeconds() > 0; }, 10000));
            screenshot(window.get(), name);
            QTest::keyClick(window.get(), Qt::Key_L);
            QVERIFY(QTest::qWaitFor([&] { return !window->leaderboard()->entries().empty(); }, 10000));
            QVERIFY(QTest::qWaitFor([&] { return !window->leaderboard()->isAnimating(); }, 5000));
            screenshot(window.get(), QStringLiteral("presenter-zh-leaderboard"));
            QTest::keyClick(window.get(), Qt::Key_L);
        }
        if (survey.questions.front().type == QuestionType::WordCloud)
            screenshot(window.get(), name);
        QTest::keyClick(window.get(), Qt::Key_F1);
        screenshot(window.get(), name + QStringLiteral("-keys"));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(PresenterLiveTest)
#include "PresenterLiveTest.moc"
