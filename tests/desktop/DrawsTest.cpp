// SPDX-License-Identifier: MIT
// Draws (抽奖) in the console against a real server, in Chinese on a 1920×1080 screen: the local
// verifier against fixed vectors computed independently (tests/unit/server/core/draw_vectors.py, Python's
// hashlib and hmac); then a draw created from the Draws page (commitment shown before the run), run
// from the big screen with Space, the winners on it (and on a second screen that only follows the
// draw:ID topic) equal to the server's, a redraw chosen with R and Enter, the record verified and
// exported as JSON (equal to GET /v2/draws/{id}) and as a one-page PDF rendered with pdftoppm, and a
// second round that leaves the first round's winners out. Screenshots go to the artifacts folder.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/app/ConsoleController.h"
#include "desktop/models/DrawListModel.h"
#include "desktop/models/DrawRecord.h"
#include "desktop/models/DrawVerifier.h"
#include "desktop/views/DrawScreen.h"
#include "desktop/views/DrawsPage.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
using test::screenshot;

QList<QByteArray> vectorIds()
{
    return {"c3d4e5f6-0000-4000-8000-000000000003",
            "a1b2c3d4-0000-4000-8000-000000000001",
            "f0e1d2c3-0000-4000-8000-000000000006",
            "0a0b0c0d-0000-4000-8000-000000000000",
            "b2c3d4e5-0000-4000-8000-000000000002",
            "e5f6a7b8-0000-4000-8000-000000000005",
            "d4e5f6a7-0000-4000-8000-000000000004",
            "Z-upper-sorts-before-lower"};
}

QByteArray vectorSeed()
{
    QByteArray seed;
    for (int i = 0; i < 32; ++i)
        seed.append(static_cast<char>(i));
    return seed;
}

QStringList idsOf(const json &winners)
{
    QStringList out;
    for (const auto &w : winners)
        out << QString::fromStdString(w.at("attendeeId").get<std::string>());
    return out;
}
} // namespace

class DrawsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifierMatchesIndependentVectors();
    void verifierFindsTampering();
    void drawFromPageToBigScreen();
    void cleanupTestCase();

private:
    json getDraw(const QString &id);

    QTranslator m_own;
    test::TestServer m_server;
    ApiClient m_api;
    RealtimeClient m_realtime;
};

void DrawsTest::initTestCase()
{
    ConsoleController::installTranslations(*qApp, QStringLiteral("zh_CN"));
    QVERIFY2(m_own.load(QStringLiteral(NEXTEVENT_ZH_CN_QM)), NEXTEVENT_ZH_CN_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_own));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1920, 1080));
    if (!test::TestServer::available())
        return;
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const auto user = test::awaitResult<User>(
        [&](auto done) {
            m_api.signIn(
                m_server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), this, done);
        });
    QVERIFY2(user.ok(), qPrintable(user.error.userMessage()));
    m_realtime.setTokenSource([this] { return m_api.accessToken(); });
    m_realtime.open(RealtimeClient::endpointFor(m_server.url()));
}

void DrawsTest::cleanupTestCase()
{
    m_realtime.close();
    m_server.stop();
}

json DrawsTest::getDraw(const QString &id)
{
    const auto got = test::awaitResult<json>([&](auto done) { m_api.getDraw(id, this, done); });
    return got.ok() ? *got.value : json();
}

void DrawsTest::verifierMatchesIndependentVectors()
{
    // The constants are draw_vectors.py's output (Python's hashlib and hmac).
    const auto ids = vectorIds();
    QCOMPARE(drawcheck::poolHash(ids),
             QByteArray("ebae6dcfabace99c052d8bc49ff8c34c3d699f662ac2f8a7b7748a1d67be2e59"));
    QCOMPARE(drawcheck::poolHash({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(drawcheck::commitment(vectorSeed()),
             QByteArray("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"));
    const QList<QByteArray> all{"d4e5f6a7-0000-4000-8000-000000000004",
                                "0a0b0c0d-0000-4000-8000-000000000000",
                                "e5f6a7b8-0000-4000-8000-000000000005",
                                "f0e1d2c3-0000-4000-8000-000000000006",
                                "b2c3d4e5-0000-4000-8000-000000000002",
                                "Z-upper-sorts-before-lower",
                                "a1b2c3d4-0000-4000-8000-000000000001",
                                "c3d4e5f6-0000-4000-8000-000000000003"};
    QCOMPARE(drawcheck::picks(vectorSeed(), ids, 8), all);
    QCOMPARE(drawcheck::picks(QByteArray(32, '\xff'), ids, 3),
             (QList<QByteArray>{"d4e5f6a7-0000-4000-8000-000000000004",
                                "f0e1d2c3-0000-4000-8000-000000000006",
                                "a1b2c3d4-0000-4000-8000-000000000001"}));
    QList<QByteArray> thousand;
    for (int i = 0; i < 1000; ++i)
        thousand << QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0')).toLatin1();
    QCOMPARE(drawcheck::picks(vectorSeed(), thousand, 5),
             (QList<QByteArray>{"id-0447", "id-0972", "id-0625", "id-0132", "id-0997"}));
}

void DrawsTest::verifierFindsTampering()
{
    // A draw as the server would publish it for the vectors: 3 winners, the second replaced by pick 3.
    const auto ids = vectorIds();
    const auto picked = drawcheck::picks(vectorSeed(), ids, 4);
    Draw draw;
    draw.state = DrawState::Done;
    draw.seed = vectorSeed().toHex().toStdString();
    draw.commitment = drawcheck::commitment(vectorSeed()).toStdString();
    draw.poolHash = drawcheck::poolHash(ids).toStdString();
    draw.poolSize = ids.size();
    draw.picks = 4;
    draw.winners = {{picked[0].toStdString(), "", "", 1, {}},
                    {picked[2].toStdString(), "", "", 3, {}},
                    {picked[3].toStdString(), "", "", 4, {}}};
    draw.replaced = {{picked[1].toStdString(), "", "", 2, nextevent::now()}};
    std::vector<std::string> pool;
    for (const auto &id : ids)
        pool.push_back(id.toStdString());
    const auto good = verifyDraw(draw, pool);
    QVERIFY2(good.verified, qPrintable(good.problems.join(QLatin1Char('\n'))));

    Draw otherSeed = draw;
    otherSeed.seed = QByteArray(32, '\x01').toHex().toStdString();
    QVERIFY(!verifyDraw(otherSeed, pool).verified);

    Draw swapped = draw;
    std::swap(swapped.winners[0].attendeeId, swapped.winners[1].attendeeId);
    const auto bad = verifyDraw(swapped, pool);
    QVERIFY(!bad.verified);
    QCOMPARE(bad.problems.size(), 2); // rounds 1 and 3

    auto shorter = pool;
    shorter.pop_back();
    QVERIFY(!verifyDraw(draw, shorter).verified);

    Draw notRun = draw;
    notRun.state = DrawState::Ready;
    notRun.seed.reset();
    QVERIFY(!verifyDraw(notRun, pool).verified);
}

void DrawsTest::drawFromPageToBigScreen()
{
    NEXTEVENT_REQUIRE_SERVER();
    QVERIFY(QTest::qWaitFor([&] { return m_realtime.state() == RealtimeClient::State::Connected; }, 10000));

    // An event with 12 people, 9 of them checked in.
    Event event;
    event.title = "年会 2026";
    event.startDate = nextevent::now() + std::chrono::hours(1);
    event.endDate = *event.startDate + std::chrono::hours(3);
    event.capacity = 100;
    const auto created = test::awaitResult<Event>([&](auto done) { m_api.createEvent(event, this, done); });
    QVERIFY(created.ok());
    const QString eventId = QString::fromStdString(created.value->id);
    QVERIFY(test::awaitResult<Done>([&](auto done)
                                    { m_api.transitionEvent(eventId, EventStatus::Published, this, done); })
                .ok());
    const QStringList names{QStringLiteral("张三"),
                            QStringLiteral("李四"),
                            QStringLiteral("王小明"),
                            QStringLiteral("欧阳娜娜"),
                            QStringLiteral("赵六"),
                            QStringLiteral("孙七"),
                            QStringLiteral("John Smith"),
                            QStringLiteral("周八"),
                            QStringLiteral("吴九"),
                            QStringLiteral("郑十"),
                            QStringLiteral("冯十一"),
                            QStringLiteral("陈十二")};
    QStringList checkedIn;
    for (int i = 0; i < names.size(); ++i)
    {
        const auto a = test::awaitResult<Attendee>(
            [&](auto done)
            {
                m_api.addAttendee(eventId,
                                  names[i],
                                  QStringLiteral("138%1").arg(i + 1, 8, 10, QLatin1Char('0')),
                                  this,
                                  done);
            });
        QVERIFY2(a.ok(), qPrintable(a.error.userMessage()));
        if (i < 9)
        {
            const auto c = test::awaitResult<CheckInResult>(
                [&](auto done)
                { m_api.checkInAttendee(eventId, QString::fromStdString(a.value->id), this, done); });
            QVERIFY2(c.ok(), qPrintable(c.error.userMessage()));
            checkedIn << QString::fromStdString(a.value->id);
        }
    }

    DrawsPage page(&m_api, &m_realtime);
    page.resize(1280, 800);
    page.show();
    page.chooseEvent(eventId);
    QTRY_COMPARE_WITH_TIMEOUT(page.eventId(), eventId, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10000);
    QCOMPARE(page.model()->rowCount(), 0);

    // Create the first round from the dialog (Ctrl+N's path).
    const auto createRound = [&](const QString &prize, int winners) -> DrawDialog *
    {
        if (!page.createNew())
            return nullptr;
        DrawDialog *dialog = nullptr;
        for (auto *candidate : page.findChildren<DrawDialog *>())
            if (candidate->isVisible())
                dialog = candidate;
        if (!dialog)
            return nullptr;
        dialog->titleEdit()->setText(prize);
        dialog->poolCombo()->setCurrentIndex(dialog->poolCombo()->findData(QStringLiteral("checked_in")));
        dialog->winnersSpin()->setValue(winners);
        dialog->submit();
        return dialog;
    };
    QPointer<DrawDialog> first = createRound(QStringLiteral("一等奖：iPad"), 3);
    QVERIFY(first);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
    QTRY_VERIFY(first.isNull() || !first->isVisible());
    const QString firstId = QString::fromStdString(page.model()->drawAt(0).id);
    json ready = getDraw(firstId);
    QCOMPARE(ready.value("state", std::string()), std::string("ready"));
    QCOMPARE(ready.value("poolSize", 0), 9);
    QVERIFY(!ready.contains("seed"));
    // The commitment is on screen before the run.
    QTRY_VERIFY(page.selectedDraw().has_value());
    QVERIFY2(page.detailsText().contains(QString::fromStdString(ready["commitment"].get<std::string>())),
             qPrintable(page.detailsText()));
    screenshot(&page, QStringLiteral("draws-page-ready"));

    // A pool of survey respondents needs the survey.
    {
        QVERIFY(page.createNew());
        DrawDialog *dialog = nullptr;
        for (auto *candidate : page.findChildren<DrawDialog *>())
            if (candidate->isVisible())
                dialog = candidate;
        QVERIFY(dialog);
        dialog->titleEdit()->setText(QStringLiteral("问卷奖"));
        dialog->poolCombo()->setCurrentIndex(dialog->poolCombo()->findData(QStringLiteral("respondents")));
        QCOMPARE(dialog->body()["pool"], json("respondents"));
        QVERIFY(!dialog->body().contains("surveyId"));
        dialog->submit();
        QVERIFY(!dialog->errorText().isEmpty()); // refused here, nothing sent
        QCOMPARE(page.model()->rowCount(), 1);
        dialog->reject();
    }

    // A second round that leaves out earlier winners cannot be made before the first has run.
    QPointer<DrawDialog> early = createRound(QStringLiteral("二等奖"), 2);
    QVERIFY(early);
    QTRY_VERIFY_WITH_TIMEOUT(!early->errorText().isEmpty(), 10000);
    QCOMPARE(page.model()->rowCount(), 1);
    early->reject();

    // The big screen, and a second one that only follows the topic.
    DrawScreen *screen = page.openBigScreen();
    QVERIFY(screen);
    screen->setAnimation(14, 8);
    auto *second = new DrawScreen(&m_api, &m_realtime, eventId, QStringLiteral("年会 2026"), {firstId}, 0);
    second->setAnimation(10, 8);
    second->resize(960, 540);
    second->show();
    QTRY_VERIFY_WITH_TIMEOUT(screen->currentDraw().has_value(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second->currentDraw().has_value(), 10000);
    QCOMPARE(screen->size(), QSize(1920, 1080));
    QCOMPARE(screen->shownNames().size(), 3);
    screenshot(screen, QStringLiteral("draw-screen-ready"));

    QSignalSpy landed(screen, &DrawScreen::landed);
    QTest::keyClick(screen, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(screen->isAnimating(), 10000);
    screenshot(screen, QStringLiteral("draw-screen-cycling"));
    QTRY_VERIFY_WITH_TIMEOUT(landed.count() == 1, 20000);
    const json done = getDraw(firstId);
    QCOMPARE(done.value("state", std::string()), std::string("done"));
    const QStringList winners = idsOf(done["winners"]);
    QCOMPARE(winners.size(), 3);
    QCOMPARE(screen->landedAttendeeIds(), winners);
    QStringList masked;
    QStringList phones;
    for (const auto &w : done["winners"])
    {
        masked << QString::fromStdString(w["displayName"].get<std::string>());
        phones << QString::fromStdString(w["maskedPhone"].get<std::string>());
        QVERIFY(checkedIn.contains(QString::fromStdString(w["attendeeId"].get<std::string>())));
    }
    QCOMPARE(screen->shownNames(), masked);
    QCOMPARE(screen->shownPhones(), phones);
    static const QRegularExpression maskedPhone(QStringLiteral("^138\\*{4}\\d{4}$"));
    for (const QString &p : phones)
        QVERIFY2(maskedPhone.match(p).hasMatch(), qPrintable(p));
    for (const QString &n : masked)
        QVERIFY2(n.contains(QLatin1Char('*')), qPrintable(n));
    // The second screen got the run over draw:ID alone.
    QTRY_VERIFY_WITH_TIMEOUT(!second->isAnimating() && second->landedAttendeeIds() == winners, 20000);
    QCOMPARE(second->shownNames(), masked);
    screenshot(screen, QStringLiteral("draw-screen-winners"));
    screenshot(second, QStringLiteral("draw-screen-second"));

    // Space again does not run twice.
    QTest::keyClick(screen, Qt::Key_Space);
    QCOMPARE(getDraw(firstId)["picks"].get<int>(), 3);

    // Redraw the second winner: R, Right, Enter.
    QTest::keyClick(screen, Qt::Key_R);
    QVERIFY(screen->isChoosingRedraw());
    QTest::keyClick(screen, Qt::Key_Right);
    QCOMPARE(screen->redrawChoice(), 1);
    screenshot(screen, QStringLiteral("draw-screen-redraw-choice"));
    QTest::keyClick(screen, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(getDraw(firstId)["picks"].get<int>() == 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!screen->isAnimating() && screen->landedAttendeeIds().size() == 3, 20000);
    const json redrawn = getDraw(firstId);
    QCOMPARE(idsOf(redrawn["replaced"]), QStringList{winners[1]});
    const QStringList after = idsOf(redrawn["winners"]);
    // The new winner takes the absent one's place on screen; the others stay where they were.
    QCOMPARE(screen->landedAttendeeIds().at(0), winners[0]);
    QCOMPARE(screen->landedAttendeeIds().at(2), winners[2]);
    QCOMPARE(screen->landedAttendeeIds().at(1), after.last());
    QVERIFY(!after.contains(winners[1]));
    QTRY_VERIFY_WITH_TIMEOUT(
        !second->isAnimating() && second->landedAttendeeIds() == screen->landedAttendeeIds(), 20000);
    screenshot(screen, QStringLiteral("draw-screen-after-redraw"));

    // The page followed, verifies the draw locally and exports its record.
    page.selectDraw(firstId);
    QTRY_VERIFY_WITH_TIMEOUT(page.winnerList()->count() == 4, 10000);
    QSignalSpy verified(&page, &DrawsPage::verified);
    page.verifySelected();
    QVERIFY(verified.wait(10000));
    QVERIFY2(verified.first().first().toBool(), qPrintable(page.verificationText()));
    screenshot(&page, QStringLiteral("draws-page-verified"));

    QSignalSpy exported(&page, &DrawsPage::exported);
    const QString jsonPath = test::artifactsDir() + QStringLiteral("/draw-record.json");
    page.exportJson(jsonPath);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.last().at(1).toBool());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const json record = json::parse(jsonFile.readAll().toStdString());
    QCOMPARE(record["draw"], getDraw(firstId));
    QCOMPARE(record["verification"]["verified"], json(true));
    QCOMPARE(record["pool"]["items"].size(), std::size_t{9});
    QCOMPARE(record["draw"]["createdBy"], json("admin"));
    QCOMPARE(record["exportedBy"], json("admin"));

    const QString pdfPath = test::artifactsDir() + QStringLiteral("/draw-record.pdf");
    page.exportPdf(pdfPath);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.last().at(1).toBool());
    QVERIFY(QFileInfo(pdfPath).size() > 1000);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        qWarning("pdftoppm not found: the PDF was written but not rendered");
    else
    {
        const QString prefix = test::artifactsDir() + QStringLiteral("/draw-record");
        QFile::remove(prefix + QStringLiteral("-1.png"));
        QFile::remove(prefix + QStringLiteral("-2.png"));
        QProcess render;
        render.start(pdftoppm,
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdfPath, prefix});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        QVERIFY(QFile::exists(prefix + QStringLiteral("-1.png")));
        QVERIFY2(!QFile::exists(prefix + QStringLiteral("-2.png")), "the record must fit one page");
    }

    // Round two leaves round one's winners out; N moves the big screen to it.
    QPointer<DrawDialog> secondRound = createRound(QStringLiteral("二等奖：耳机"), 2);
    QVERIFY(secondRound);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
    const QString secondId = QString::fromStdString(page.model()->drawAt(1).id);
    QCOMPARE(getDraw(secondId).value("poolSize", 0), 9 - 3);
    delete screen;
    screen = page.openBigScreen(); // its rounds are the event's draws now
    QVERIFY(screen);
    screen->setAnimation(10, 8);
    screen->showRound(0);
    QTRY_VERIFY_WITH_TIMEOUT(screen->currentDraw().has_value(), 10000);
    QTest::keyClick(screen, Qt::Key_N);
    QCOMPARE(screen->round(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(screen->currentDraw() && screen->currentDraw()->id == secondId.toStdString(),
                             10000);
    QSignalSpy landedTwo(screen, &DrawScreen::landed);
    QTest::keyClick(screen, Qt::Key_Enter);
    QTRY_VERIFY_WITH_TIMEOUT(landedTwo.count() == 1, 20000);
    const QStringList roundTwo = idsOf(getDraw(secondId)["winners"]);
    QCOMPARE(screen->landedAttendeeIds(), roundTwo);
    // Round one's winners are left out; its replaced (absent) winner is not a winner and may win here.
    for (const QString &id : roundTwo)
        QVERIFY(!idsOf(redrawn["winners"]).contains(id));
    screenshot(screen, QStringLiteral("draw-screen-round-two"));

    QSignalSpy closed(screen, &DrawScreen::closed);
    QTest::keyClick(screen, Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    delete second;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    DrawsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "DrawsTest.moc"
