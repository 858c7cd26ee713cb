// SPDX-License-Identifier: MIT
// The moderation page against a real server: phones ask questions and post to the wall (one caught by the
// profanity list), the waiting counts follow live, and the keys change the server's state — A approve,
// R reject, Enter answered, P pin, B ban the author (whose next post is refused), Delete on the ban list
// lifts the ban. The page is in the main window's navigation for presenters, not for door staff.
// Screenshots at 1920×1080 in English and Chinese go to the artifacts folder.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/app/Settings.h"
#include "desktop/models/LiveInteractionModels.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/ModerationPage.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
void screenshot(QWidget *widget, const QString &name)
{
    const QString path = test::artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

std::unique_ptr<ApiClient> phone(const QUrl &server)
{
    auto client = std::make_unique<ApiClient>();
    client->setServerUrl(server);
    return client;
}
} // namespace

class ModerationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keysChangeTheServer();
    void pageOnlyForModerators();

private:
    /// The event's questions or wall messages as staff see them on the server.
    json serverItems(const QString &kind);
    QString stateOnServer(const QString &kind, const QString &id);

    test::TestServer m_server;
    ApiClient m_api;
    RealtimeClient m_realtime;
    QString m_event;
};

void ModerationTest::initTestCase()
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
    ListQuery query;
    const auto events =
        test::awaitResult<ListPage<Event>>([&](auto done) { m_api.listEvents(query, nullptr, done); });
    QVERIFY(events.ok() && !events.value->items.empty());
    m_event = QString::fromStdString(events.value->items.front().id);
}

void ModerationTest::cleanupTestCase()
{
    m_realtime.close();
    m_server.stop();
}

json ModerationTest::serverItems(const QString &kind)
{
    const auto result = test::awaitResult<json>(
        [&](auto done)
        {
            if (kind == QLatin1String("qa"))
                m_api.listQuestions(m_event, QString(), QString(), nullptr, done);
            else
                m_api.listWall(m_event, QString(), nullptr, done);
        });
    return result.ok() ? (*result.value)["items"] : json::array();
}

QString ModerationTest::stateOnServer(const QString &kind, const QString &id)
{
    for (const json &item : serverItems(kind))
        if (QString::fromStdString(item["id"].get<std::string>()) == id)
            return QString::fromStdString(item["state"].get<std::string>()) +
                   (item.value("pinned", false) ? QStringLiteral("+pinned") : QString());
    return {};
}

void ModerationTest::keysChangeTheServer()
{
    ModerationPage page(&m_api, &m_realtime);
    page.resize(1920, 1080);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.reload();
    page.chooseEvent(m_event);
    QVERIFY(QTest::qWaitFor([&] { return page.eventId() == m_event; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return m_realtime.lastSeq(QStringLiteral("qa-queue:") + m_event) >= 0; },
                            10000));

    // Phones: three questions (the third caught by the profanity list), two wall messages.
    std::vector<std::unique_ptr<ApiClient>> phones;
    QStringList questionIds;
    for (const QString &text : {QStringLiteral("Is the recording shared afterwards?"),
                                QStringLiteral("下一场几点开始？"),
                                QStringLiteral("Why is this bastard of a bug still open?")})
    {
        phones.push_back(phone(m_server.url()));
        const auto asked = test::awaitResult<json>(
            [&](auto done) { phones.back()->askQuestion(m_event, text, nullptr, done); });
        QVERIFY2(asked.ok(), qPrintable(asked.error.userMessage()));
        questionIds << QString::fromStdString((*asked.value)["id"].get<std::string>());
    }
    QStringList wallIds;
    for (std::size_t i = 0; i < 2; ++i)
    {
        const auto posted = test::awaitResult<json>(
            [&](auto done)
            {
                phones[i]->postWallMessage(m_event,
                                           i == 0 ? QStringLiteral("加油！")
                                                  : QStringLiteral("Hello from row 12"),
                                           nullptr,
                                           done);
            });
        QVERIFY2(posted.ok(), qPrintable(posted.error.userMessage()));
        wallIds << QString::fromStdString((*posted.value)["id"].get<std::string>());
    }

    // The waiting counts follow without a reload (qa-queue: and wall: topics).
    QVERIFY2(QTest::qWaitFor(
                 [&]
                 {
                     return page.questions()->countIn(QStringLiteral("pending")) == 3 &&
                            page.wallMessages()->countIn(QStringLiteral("pending")) == 2;
                 },
                 10000),
             qPrintable(page.countsText()));
    QVERIFY(page.countsText().startsWith(QStringLiteral("3 question")));
    QVERIFY(page.countsText().contains(QStringLiteral("2 wall message")));
    // Oldest first; the flagged one marked.
    QCOMPARE(page.questions()->itemAt(0)->id, questionIds[0]);
    const int flagged = page.questions()->rowOf(questionIds[2]);
    QVERIFY(page.questions()->itemAt(flagged)->filtered);
    QVERIFY(page.questions()->index(flagged).data().toString().contains(QStringLiteral("⚑")));
    QVERIFY(!page.questions()->itemAt(0)->filtered);
    screenshot(&page, QStringLiteral("moderation-01-queues"));

    // A approves the first; the selection moves on to the next waiting question.
    QListView *qa = page.questionList();
    qa->setFocus();
    qa->setCurrentIndex(page.questions()->index(0));
    int actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_A);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("qa"), questionIds[0]), QStringLiteral("approved"));
    QVERIFY(
        QTest::qWaitFor([&] { return page.questions()->countIn(QStringLiteral("pending")) == 2; }, 10000));
    QCOMPARE(page.questions()->itemAt(qa->currentIndex().row())->id, questionIds[1]);

    // R rejects the flagged one.
    qa->setCurrentIndex(page.questions()->index(page.questions()->rowOf(questionIds[2])));
    actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_R);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("qa"), questionIds[2]), QStringLiteral("rejected"));
    QVERIFY(QTest::qWaitFor([&] { return page.questions()->rowOf(questionIds[2]) < 0; }, 10000));

    // P pins the approved one; P again unpins; P once more, then Enter marks it answered.
    qa->setCurrentIndex(page.questions()->index(page.questions()->rowOf(questionIds[0])));
    actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_P);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("qa"), questionIds[0]), QStringLiteral("approved+pinned"));
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            const int r = page.questions()->rowOf(questionIds[0]);
            return r >= 0 && page.questions()->itemAt(r)->pinned;
        },
        10000));
    qa->setCurrentIndex(page.questions()->index(page.questions()->rowOf(questionIds[0])));
    actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_P);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("qa"), questionIds[0]), QStringLiteral("approved"));
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            const int r = page.questions()->rowOf(questionIds[0]);
            return r >= 0 && !page.questions()->itemAt(r)->pinned;
        },
        10000));
    qa->setCurrentIndex(page.questions()->index(page.questions()->rowOf(questionIds[0])));
    actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("qa"), questionIds[0]), QStringLiteral("answered"));

    // The wall: A puts the first message up, R takes the second down.
    QListView *wall = page.wallList();
    wall->setFocus();
    wall->setCurrentIndex(page.wallMessages()->index(page.wallMessages()->rowOf(wallIds[0])));
    actions = page.actionsDone();
    QTest::keyClick(wall, Qt::Key_A);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("wall"), wallIds[0]), QStringLiteral("approved"));
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            const int r = page.wallMessages()->rowOf(wallIds[1]);
            return r >= 0;
        },
        10000));
    wall->setCurrentIndex(page.wallMessages()->index(page.wallMessages()->rowOf(wallIds[1])));
    actions = page.actionsDone();
    QTest::keyClick(wall, Qt::Key_R);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QCOMPARE(stateOnServer(QStringLiteral("wall"), wallIds[1]), QStringLiteral("rejected"));
    QVERIFY(
        QTest::qWaitFor([&] { return page.wallMessages()->countIn(QStringLiteral("pending")) == 0; }, 10000));

    // B bans the author of the waiting question; their next post is refused (403 banned).
    const int waitingRow = page.questions()->rowOf(questionIds[1]);
    QVERIFY(waitingRow >= 0);
    const QString author = page.questions()->itemAt(waitingRow)->respondentId;
    QVERIFY(author.startsWith(QStringLiteral("anon:")));
    qa->setFocus();
    qa->setCurrentIndex(page.questions()->index(waitingRow));
    auto *reason = page.findChild<QLineEdit *>(QStringLiteral("banReason"));
    reason->setText(QStringLiteral("Spam"));
    actions = page.actionsDone();
    QTest::keyClick(qa, Qt::Key_B);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return page.bans()->rowOf(author) >= 0; }, 10000));
    QVERIFY(
        page.bans()->index(page.bans()->rowOf(author)).data().toString().contains(QStringLiteral("Spam")));
    const auto refused = test::awaitResult<json>(
        [&](auto done) { phones[1]->postWallMessage(m_event, QStringLiteral("again"), nullptr, done); });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.is(ErrorCode::Forbidden));
    screenshot(&page, QStringLiteral("moderation-02-after-keys"));

    // Delete on the ban list lifts it (DELETE /v2/events/{id}/bans/{respondentId}).
    QListView *bans = page.banList();
    bans->setFocus();
    bans->setCurrentIndex(page.bans()->index(page.bans()->rowOf(author)));
    actions = page.actionsDone();
    QTest::keyClick(bans, Qt::Key_Delete);
    QVERIFY(QTest::qWaitFor([&] { return page.actionsDone() > actions; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return page.bans()->rowOf(author) < 0; }, 10000));
    const auto serverBans =
        test::awaitResult<json>([&](auto done) { m_api.listBans(m_event, nullptr, done); });
    QVERIFY(serverBans.ok());
    for (const json &ban : (*serverBans.value)["items"])
        QVERIFY(QString::fromStdString(ban["respondentId"].get<std::string>()) != author);

    // The same page in Chinese.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)));
    QCoreApplication::installTranslator(&translator);
    {
        ModerationPage zh(&m_api, &m_realtime);
        zh.resize(1920, 1080);
        zh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zh));
        zh.reload();
        zh.chooseEvent(m_event);
        QVERIFY(QTest::qWaitFor(
            [&]
            { return zh.questions()->rowCount() > 0 && zh.bans()->rowCount() == page.bans()->rowCount(); },
            10000));
        QVERIFY(zh.countsText().contains(QStringLiteral("待审")));
        screenshot(&zh, QStringLiteral("moderation-03-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
}

void ModerationTest::pageOnlyForModerators()
{
    // A presenter gets the page; door staff (check-in only) do not.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("console.ini")));
    for (const auto &[user, password, expected] : std::vector<std::tuple<QString, QString, bool>>{
             {QStringLiteral("presenter"), QStringLiteral("presenter-demo-pass"), true},
             {QStringLiteral("door"), QStringLiteral("door-demo-pass"), false}})
    {
        ApiClient api;
        const auto signedIn = test::awaitResult<User>(
            [&](auto done) { api.signIn(m_server.url(), user, password, nullptr, done); });
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.userMessage()));
        MainWindow window(&api, nullptr, &settings);
        QCOMPARE(window.page<ModerationPage>() != nullptr, expected);
    }
}

QTEST_MAIN(ModerationTest)
#include "ModerationTest.moc"
