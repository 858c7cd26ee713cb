// SPDX-License-Identifier: MIT
// The check-in desk's door logic against a real server: online scans at two gates (entry, exit, re-entry
// refused or allowed, occupancy), then the server stopped mid-run — offline decisions by signature and
// local state, a forged ticket refused, the queue kept across a console restart (the desk destroyed and
// made again on the same database) — then the server back on the same port: the queue uploaded, the one
// conflict between two desks shown, occupancy exact.
#include "desktop/door/DoorDesk.h"

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "nextevent/Time.h"

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/app/ConsoleController.h"
#include "desktop/app/Settings.h"
#include "desktop/door/BadgeRenderer.h"
#include "desktop/door/BadgeSource.h"
#include "desktop/door/DoorPairing.h"
#include "desktop/door/SignedTicketCheck.h"
#include "desktop/models/CheckinConflictModel.h"
#include "desktop/models/DoorTokenModel.h"
#include "desktop/models/SyncProblemModel.h"
#include "desktop/views/CheckInPanel.h"
#include "desktop/views/CheckinConflictsDialog.h"
#include "desktop/views/DoorDeviceWindow.h"
#include "desktop/views/DoorDevicesDialog.h"
#include "desktop/views/PairDoorDialog.h"
#include "desktop/views/SignInDialog.h"

using namespace nextevent;
using namespace nextevent::console;
using namespace nextevent::console::test;
using nlohmann::json;
using Kind = DoorVerdict::Kind;

class DoorDeskTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ticketParsingAndSignature();
    void onlineThenOfflineThenSync();
    void deskPanelByKeyboard();
    void occupancyFollowsOtherDevices();
    void conflictsDialogAfterTwoOfflineDevices();
    void badgesAsPdfWithSignedQr();
    void doorDevicesAndPairing();
    void pairingText();

private:
    struct Person
    {
        QString id;
        QString name;
        QString code;
        QString ticket;
    };

    /// Signs `api` in as the demo admin (each desk its own session).
    bool signIn(ApiClient &api);
    /// Creates `event` (starting in an hour, three hours long unless set) and publishes it; its id, or
    /// empty when either step failed.
    QString publishedEvent(ApiClient &api, Event event);
    Person addPerson(ApiClient &api, const QString &eventId, const QString &name);
    /// What a USB scanner does: types `code` into `target` and presses Enter.
    static void typeScan(QWidget *target, const QString &code);
    /// Scans and waits for the verdict.
    DoorVerdict scan(DoorDesk &desk, const QString &code, const QString &listId, const QString &direction);
    json occupancy(ApiClient &api, const QString &eventId);
    /// POST `body` to `path` with the session of `api` (what the console has no call for: a registration
    /// with answers); the answer's data.
    json post(ApiClient &api, const QString &path, const json &body);
    /// Runs `program` and returns its standard output; nullopt when it failed.
    static std::optional<QByteArray> run(const QString &program, const QStringList &arguments);

    TestServer m_server;
    QTemporaryDir m_dir;
};

void DoorDeskTest::initTestCase()
{
    NEXTEVENT_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    // The desks a test does not give a file to keep theirs in the test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void DoorDeskTest::cleanupTestCase()
{
    m_server.stop();
}

bool DoorDeskTest::signIn(ApiClient &api)
{
    const auto user = awaitResult<User>(
        [&](auto done) {
            api.signIn(
                m_server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), this, done);
        });
    if (!user.ok())
        qWarning() << "sign-in failed:" << user.error.userMessage();
    return user.ok();
}

QString DoorDeskTest::publishedEvent(ApiClient &api, Event event)
{
    if (!event.startDate)
        event.startDate = nextevent::now() + std::chrono::hours(1);
    if (!event.endDate)
        event.endDate = *event.startDate + std::chrono::hours(3);
    const auto created = awaitResult<Event>([&](auto done) { api.createEvent(event, this, done); });
    if (!created.ok())
    {
        qWarning() << "creating the event failed:" << created.error.userMessage();
        return {};
    }
    const QString eventId = QString::fromStdString(created.value->id);
    const auto published = awaitResult<Done>(
        [&](auto done) { api.transitionEvent(eventId, EventStatus::Published, this, done); });
    return published.ok() ? eventId : QString();
}

void DoorDeskTest::typeScan(QWidget *target, const QString &code)
{
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

DoorDeskTest::Person DoorDeskTest::addPerson(ApiClient &api, const QString &eventId, const QString &name)
{
    const auto added =
        awaitResult<Attendee>([&](auto done) { api.addAttendee(eventId, name, QString(), this, done); });
    if (!added.ok())
        return {};
    Person p{
        QString::fromStdString(added.value->id), name, QString::fromStdString(added.value->checkInCode), {}};
    const auto full = awaitResult<json>([&](auto done) { api.fetchAttendeeJson(eventId, p.id, this, done); });
    if (full.ok())
        p.ticket = QString::fromStdString(full.value->value("signedTicket", std::string()));
    return p;
}

DoorVerdict
DoorDeskTest::scan(DoorDesk &desk, const QString &code, const QString &listId, const QString &direction)
{
    QSignalSpy spy(&desk, &DoorDesk::verdictReady);
    desk.scan(code, listId, direction);
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.takeFirst().at(0).value<DoorVerdict>();
}

json DoorDeskTest::occupancy(ApiClient &api, const QString &eventId)
{
    const auto result = awaitResult<json>([&](auto done) { api.fetchOccupancy(eventId, this, done); });
    return result.ok() ? *result.value : json();
}

void DoorDeskTest::ticketParsingAndSignature()
{
    QVERIFY(!parseSignedTicket(QStringLiteral("NE1.abc")).has_value());
    QVERIFY(!parseSignedTicket(QStringLiteral("ABCDEFGHJKLM")).has_value());
    QCOMPARE(normaliseCheckInCode(QStringLiteral(" abcd efgh ")), QStringLiteral("ABCDEFGH"));
    QCOMPARE(sha256Hex(QByteArrayLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void DoorDeskTest::onlineThenOfflineThenSync()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    ApiClient api2; // a second desk: its own session
    QVERIFY(signIn(api));
    QVERIFY(signIn(api2));

    Event event;
    event.title = "Door desk test";
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    const auto side = awaitResult<json>(
        [&](auto done) {
            api.createCheckinList(eventId, json{{"name", "Side door"}, {"allowReentry", true}}, this, done);
        });
    QVERIFY2(side.ok(), qPrintable(side.error.userMessage()));
    const QString sideId = QString::fromStdString(side.value->value("id", std::string()));

    const Person ann = addPerson(api, eventId, QStringLiteral("Ann Lee"));
    const Person bo = addPerson(api, eventId, QStringLiteral("Bo Chen"));
    const Person cy = addPerson(api, eventId, QStringLiteral("Cy Wu"));
    const Person di = addPerson(api, eventId, QStringLiteral("Di Ma"));
    for (const Person &p : {ann, bo, cy, di})
    {
        QVERIFY(!p.id.isEmpty());
        QVERIFY2(p.ticket.startsWith(QLatin1String("NE1.")), qPrintable(p.ticket));
    }

    const QString dbPath = m_dir.filePath(QStringLiteral("desk1/door-desk.sqlite"));
    auto desk = std::make_unique<DoorDesk>(&api, dbPath);
    DoorDesk desk2(&api2, m_dir.filePath(QStringLiteral("desk2/door-desk.sqlite")));
    QVERIFY2(desk->storeOpen(), qPrintable(desk->storeError()));
    QVERIFY(desk->deviceId() != desk2.deviceId());
    desk->setEvent(eventId);
    desk2.setEvent(eventId);
    QTRY_COMPARE_WITH_TIMEOUT(desk->lists().size(), std::size_t{2}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->localAttendeeCount(), 4, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk2.localAttendeeCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->store().keys(eventId).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!desk2.store().keys(eventId).isEmpty(), 20000);
    QString mainId;
    for (const DoorListInfo &l : desk->lists())
        if (l.isDefault)
            mainId = l.id;
    QVERIFY(!mainId.isEmpty());
    QVERIFY(!desk->list(mainId)->allowReentry);
    QCOMPARE(desk->status(), DoorDesk::Status::Online);
    QCOMPARE(desk->statusText(), QStringLiteral("Online"));

    // ---- online: Ann in and out at the main entrance, then refused back in; Bo in, out, in at the side
    // door.
    DoorVerdict v = scan(*desk, ann.ticket, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::Admitted);
    QVERIFY(!v.offline);
    QCOMPARE(v.attendeeName, ann.name);
    QCOMPARE(desk->insideTotal(), 1);
    QCOMPARE(scan(*desk, ann.ticket, mainId, QStringLiteral("entry")).kind, Kind::AlreadyInside);
    QCOMPARE(scan(*desk, ann.code, mainId, QStringLiteral("exit")).kind, Kind::Left);
    QCOMPARE(desk->insideTotal(), 0);
    QCOMPARE(scan(*desk, ann.code, mainId, QStringLiteral("entry")).kind, Kind::ReentryRefused);
    QCOMPARE(scan(*desk, bo.code, mainId, QStringLiteral("exit")).kind, Kind::NotInside);
    QCOMPARE(scan(*desk, bo.ticket, sideId, QStringLiteral("entry")).kind, Kind::Admitted);
    QCOMPARE(scan(*desk, bo.ticket, sideId, QStringLiteral("exit")).kind, Kind::Left);
    QCOMPARE(scan(*desk, bo.ticket, sideId, QStringLiteral("entry")).kind, Kind::Admitted);
    QCOMPARE(scan(*desk, QStringLiteral("ZZZZZZZZZZZZ"), mainId, QStringLiteral("entry")).kind,
             Kind::Unknown);
    QCOMPARE(desk->insideTotal(), 1);
    QCOMPARE(desk->insideAt(sideId), 1);
    json occ = occupancy(api, eventId);
    QCOMPARE(occ.value("inside", -1), 1);
    QCOMPARE(occ.value("entered", -1), 3);
    QCOMPARE(occ.value("exited", -1), 2);

    // A forged ticket: Cy's payload with Ann's signature (and Cy's payload re-signed by nobody).
    const QString cyPayload = cy.ticket.section(QLatin1Char('.'), 1, 1);
    const QString annSignature = ann.ticket.section(QLatin1Char('.'), 2, 2);
    const QString forged = QStringLiteral("NE1.") + cyPayload + QLatin1Char('.') + annSignature;
    QCOMPARE(scan(*desk, forged, mainId, QStringLiteral("entry")).kind, Kind::Forged);

    // ---- the server goes away.
    m_server.stop();
    v = scan(*desk, cy.ticket, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::Admitted);
    QVERIFY(v.offline);
    QCOMPARE(v.attendeeName, cy.name);
    QCOMPARE(desk->status(), DoorDesk::Status::Offline);
    QCOMPARE(desk->statusText(), QStringLiteral("Offline (1 queued)"));
    v = scan(*desk, cy.ticket, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::AlreadyInside);
    QVERIFY(v.offline);
    v = scan(*desk, forged, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::Forged); // by the event's public key, on this desk
    QVERIFY(v.offline);
    // Ann entered and left online: the local copy refuses her re-entry at the main entrance.
    QCOMPARE(scan(*desk, ann.ticket, mainId, QStringLiteral("entry")).kind, Kind::ReentryRefused);
    // Bo is inside at the side door (re-entry allowed): out and in again offline.
    QCOMPARE(scan(*desk, bo.code, sideId, QStringLiteral("exit")).kind, Kind::Left);
    QCOMPARE(scan(*desk, bo.code, sideId, QStringLiteral("entry")).kind, Kind::Admitted);
    QCOMPARE(scan(*desk, QStringLiteral("ZZZZZZZZZZZZ"), mainId, QStringLiteral("entry")).kind,
             Kind::Unknown);
    // Di by her 12-character code, typed in lower case with a space.
    const QString diTyped = di.code.left(4).toLower() + QLatin1Char(' ') + di.code.mid(4);
    QCOMPARE(scan(*desk, diTyped, mainId, QStringLiteral("entry")).kind, Kind::Admitted);
    QCOMPARE(desk->queuedCount(), 4);
    QVERIFY(desk->occupancyIsLocal());
    QCOMPARE(desk->insideTotal(), 3); // Bo, Cy, Di

    // The second desk, also offline, lets Di in too: a conflict once both upload.
    v = scan(desk2, di.ticket, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::Admitted);
    QVERIFY(v.offline);

    // ---- the console restarts (the desk object destroyed and made again on the same file), still offline.
    const QString deviceId = desk->deviceId();
    desk.reset();
    desk = std::make_unique<DoorDesk>(&api, dbPath);
    QCOMPARE(desk->deviceId(), deviceId);
    desk->setEvent(eventId);
    QCOMPARE(desk->queuedCount(), 4);
    QCOMPARE(desk->lists().size(), std::size_t{2});
    QTRY_COMPARE_WITH_TIMEOUT(desk->status(), DoorDesk::Status::Offline, 20000);
    QCOMPARE(desk->statusText(), QStringLiteral("Offline (4 queued)"));
    QCOMPARE(scan(*desk, cy.code, mainId, QStringLiteral("entry")).kind, Kind::AlreadyInside);
    QCOMPARE(desk->insideTotal(), 3);

    // ---- the server comes back on the same port: both desks upload (the client notices by itself).
    QSignalSpy synced1(desk.get(), &DoorDesk::synced);
    QSignalSpy synced2(&desk2, &DoorDesk::synced);
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!synced1.isEmpty() && !synced2.isEmpty(), 30000);
    QCOMPARE(desk->queuedCount(), 0);
    QCOMPARE(desk2.queuedCount(), 0);
    QCOMPARE(synced1.first().at(0).toInt() + synced2.first().at(0).toInt(), 5);
    // Exactly one of the two entries of Di is a conflict, on whichever desk uploaded second.
    const auto problems1 = desk->problems();
    const auto problems2 = desk2.problems();
    QCOMPARE(problems1.size() + problems2.size(), std::size_t{1});
    const SyncProblem problem = problems1.empty() ? problems2.front() : problems1.front();
    QCOMPARE(problem.result, QStringLiteral("conflict"));
    QCOMPARE(problem.attendeeName, di.name);
    QCOMPARE(problem.listName, QStringLiteral("Main entrance"));
    const auto conflicts =
        awaitResult<json>([&](auto done) { api.fetchCheckinConflicts(eventId, this, done); });
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value->value("total", -1), 1);
    QCOMPARE(QString::fromStdString((*conflicts.value)["items"][0].value("attendeeId", std::string())),
             di.id);
    // The desk that uploaded second fetched the same list after its sync.
    DoorDesk &second = problems1.empty() ? desk2 : *desk;
    QTRY_COMPARE_WITH_TIMEOUT(second.conflicts().size(), std::size_t{1}, 10000);
    QCOMPARE(second.conflicts().front().attendeeId, di.id);
    QCOMPARE(second.conflicts().front().attendeeName, di.name);
    QCOMPARE(second.conflicts().front().listId, mainId);
    QVERIFY(!second.conflicts().front().otherDeviceId.isEmpty());

    // Occupancy exact on the server and, once caught up, on the desk: Bo, Cy and Di inside.
    occ = occupancy(api, eventId);
    QCOMPARE(occ.value("inside", -1), 3);
    QTRY_COMPARE_WITH_TIMEOUT(desk->status(), DoorDesk::Status::Online, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->occupancyIsLocal() && desk->insideTotal() == 3, 20000);
    QCOMPARE(desk->statusText(), QStringLiteral("Online"));
    // Back online, the server decides again: Cy is inside.
    v = scan(*desk, cy.code, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::AlreadyInside);
    QVERIFY(!v.offline);
}

json DoorDeskTest::post(ApiClient &api, const QString &path, const json &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + api.accessToken());
    QNetworkReply *reply = network.post(request, QByteArray::fromStdString(body.dump()));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const json doc = json::parse(answer.constBegin(), answer.constEnd(), nullptr, false);
    return doc.is_object() ? doc.value("data", json()) : json();
}

std::optional<QByteArray> DoorDeskTest::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
    {
        qWarning() << program << arguments << process.readAllStandardError();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

void DoorDeskTest::badgesAsPdfWithSignedQr()
{
    NEXTEVENT_REQUIRE_SERVER();
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (pdftoppm.isEmpty() || zbarimg.isEmpty())
        QSKIP("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed: scripts/install-deps.sh");
    ApiClient api;
    QVERIFY(signIn(api));

    Event event;
    event.title = "Badge day 2026";
    event.registrationForm = {FormField{"company", FormFieldType::Text, "Company", false, {}},
                              FormField{"diet", FormFieldType::Choice, "Diet", false, {"Vegetarian", "Any"}},
                              FormField{"phone2", FormFieldType::Text, "Second phone", false, {}}};
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    event.id = eventId.toStdString();
    QStringList ids;
    const std::vector<std::pair<std::string, json>> people = {
        {"王小明", json{{"company", "北京科技"}, {"diet", "Vegetarian"}, {"phone2", "secret"}}},
        {"Ann Lee", json{{"company", "Acme"}, {"diet", "Any"}}},
        {"Bo Chen", json::object()}};
    for (const auto &[name, answers] : people)
    {
        const json added = post(api,
                                QStringLiteral("/v2/events/%1/attendees").arg(eventId),
                                json{{"name", name}, {"answers", answers}});
        QVERIFY2(added.contains("id"), added.dump().c_str());
        ids << QString::fromStdString(added["id"].get<std::string>());
    }

    BadgeSource source(&api);
    QSignalSpy loaded(&source, &BadgeSource::loaded);
    source.load(event, ids, {QStringLiteral("company"), QStringLiteral("diet")});
    QVERIFY(loaded.wait(20000));
    const auto badges = loaded.takeFirst().at(0).value<QList<BadgeData>>();
    QCOMPARE(badges.size(), 3);
    QCOMPARE(badges[0].name, QStringLiteral("王小明"));
    QCOMPARE(badges[0].answers.size(), 2); // the second phone was not chosen
    QCOMPARE(badges[0].answers[0].first, QStringLiteral("Company"));
    QCOMPARE(badges[0].answers[0].second, QStringLiteral("北京科技"));
    QCOMPARE(badges[2].answers.size(), 0);
    for (const BadgeData &badge : badges)
        QVERIFY(badge.signedTicket.startsWith(QLatin1String("NE1.")));

    const QString dir = artifactsDir();
    for (const auto &[layout, stem] : {std::pair{BadgeLayout::A6, QStringLiteral("badges-a6")},
                                       std::pair{BadgeLayout::Label90x54, QStringLiteral("badges-label")},
                                       std::pair{BadgeLayout::A4Sheet, QStringLiteral("badges-sheet")}})
    {
        const QString pdf = QDir(dir).filePath(stem + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(BadgeRenderer::writePdf(pdf, layout, badges, &error), qPrintable(error));
        const QString prefix = QDir(dir).filePath(stem);
        for (const QString &old : QDir(dir).entryList({stem + QStringLiteral("-*.png")}))
            QFile::remove(QDir(dir).filePath(old));
        QVERIFY(run(pdftoppm,
                    {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), pdf, prefix}));
        const QStringList pages =
            QDir(dir).entryList({stem + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), layout == BadgeLayout::A4Sheet ? 1 : 3);
        // Every QR on the pages decodes to the signed ticket of its badge, and verifies as one.
        QStringList decoded;
        for (const QString &page : pages)
        {
            const QByteArray out =
                run(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), QDir(dir).filePath(page)})
                    .value_or(QByteArray());
            for (const QByteArray &line : out.split('\n'))
                if (!line.trimmed().isEmpty())
                    decoded << QString::fromUtf8(line.trimmed());
        }
        decoded.sort();
        QStringList expected;
        for (const BadgeData &badge : badges)
            expected << badge.signedTicket;
        expected.sort();
        QCOMPARE(decoded, expected);
    }
    // Printing badges checked nobody in.
    const json occ = occupancy(api, eventId);
    QCOMPARE(occ.value("inside", -1), 0);
    QCOMPARE(occ.value("entered", -1), 0);
}

void DoorDeskTest::deskPanelByKeyboard()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api));
    Event event;
    event.title = "Desk by keyboard";
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    const auto vip = awaitResult<json>(
        [&](auto done)
        {
            api.createCheckinList(
                eventId, json{{"name", "VIP lounge"}, {"requiresConfirmation", true}}, this, done);
        });
    QVERIFY(vip.ok());
    const QString vipId = QString::fromStdString(vip.value->value("id", std::string()));
    const Person eva = addPerson(api, eventId, QStringLiteral("Eva Sun"));
    const Person fei = addPerson(api, eventId, QStringLiteral("Fei Lin"));
    const Person gus = addPerson(api, eventId, QStringLiteral("Gus Ho"));
    const auto fresh = awaitResult<Event>([&](auto done) { api.getEvent(eventId, this, done); });
    QVERIFY(fresh.ok());

    CheckInPanel panel(&api, nullptr, m_dir.filePath(QStringLiteral("panel/door-desk.sqlite")));
    // What the main window's status bar shows: the last state the panel sent.
    QSignalSpy windowStatus(&panel, &CheckInPanel::deskStatusChanged);
    const auto lastWindowStatus = [&windowStatus]
    {
        return windowStatus.isEmpty() ? QStringLiteral("(none)") : windowStatus.last().at(0).toString();
    };
    panel.resize(1200, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.setEvent(*fresh.value);
    auto *gate = panel.findChild<QComboBox *>(QStringLiteral("checkInGate"));
    QVERIFY(gate);
    QTRY_COMPARE_WITH_TIMEOUT(gate->count(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.desk()->localAttendeeCount(), 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Online"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(lastWindowStatus(), QStringLiteral("Online"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), panel.codeField(), 5000);

    // A scanner: keystrokes and Enter into whatever has the focus.
    typeScan(QApplication::focusWidget(), eva.code);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::CheckedIn, 10000);
    QVERIFY(panel.verdictText().contains(eva.name));
    QTRY_VERIFY_WITH_TIMEOUT(panel.occupancyText().startsWith(QStringLiteral("Inside now: 1")), 10000);
    // F8: exit.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    QVERIFY(panel.isExit());
    typeScan(QApplication::focusWidget(), eva.ticket);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::CheckedOut, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.occupancyText().startsWith(QStringLiteral("Inside now: 0")), 10000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
    QVERIFY(!panel.isExit());
    // Back in at the main entrance: no re-entry there.
    typeScan(QApplication::focusWidget(), eva.code);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::ReentryRefused, 10000);
    QTest::qWait(0);
    panel.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-desk-1-reentry.png")));

    // The VIP lounge asks for confirmation: the name first; Esc lets them go, Enter admits.
    panel.setGate(vipId);
    typeScan(panel.codeField(), fei.code);
    QCOMPARE(panel.lastOutcome(), CheckInPanel::Outcome::AwaitingConfirmation);
    QVERIFY(panel.verdictText().contains(fei.name));
    panel.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-desk-2-confirm.png")));
    QTest::keyClick(panel.codeField(), Qt::Key_Escape);
    QCOMPARE(panel.lastOutcome(), CheckInPanel::Outcome::None);
    QCOMPARE(occupancy(api, eventId).value("inside", -1), 0); // nothing was sent
    typeScan(panel.codeField(), fei.code);
    QCOMPARE(panel.lastOutcome(), CheckInPanel::Outcome::AwaitingConfirmation);
    QTest::keyClick(panel.codeField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::CheckedIn, 10000);
    QVERIFY(panel.verdictText().contains(fei.name));
    QCOMPARE(occupancy(api, eventId).value("inside", -1), 1);

    // Rapid mode: the verdict clears by itself, ready for the next person.
    QTest::keyClick(panel.codeField(), Qt::Key_F9);
    QVERIFY(panel.rapidMode());
    typeScan(panel.codeField(), fei.code);
    QCOMPARE(panel.lastOutcome(), CheckInPanel::Outcome::AwaitingConfirmation); // a list rule, kept
    QTest::keyClick(panel.codeField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::AlreadyCheckedIn, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::None, 5000);
    QTest::keyClick(panel.codeField(), Qt::Key_F9);
    QVERIFY(!panel.rapidMode());

    // The server goes away: the desk says so and decides on its own.
    m_server.stop();
    for (int i = 0; i < gate->count(); ++i)
        if (gate->itemData(i).toString() != vipId)
            panel.setGate(gate->itemData(i).toString());
    typeScan(panel.codeField(), gus.ticket);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::CheckedIn, 10000);
    QVERIFY(panel.verdictText().contains(QStringLiteral("offline")));
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Offline (1 queued)"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(lastWindowStatus(), QStringLiteral("Offline (1 queued)"), 5000);
    QVERIFY(panel.occupancyText().contains(QStringLiteral("this desk's count")));
    panel.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-desk-3-offline.png")));
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Online"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(lastWindowStatus(), QStringLiteral("Online"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(occupancy(api, eventId).value("inside", -1), 2, 10000);
    QCOMPARE(panel.problemModel()->rowCount(), 0);
    panel.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-desk-4-synced.png")));
    // Out of sight, the desk is not in use: the status bar drops its state.
    panel.hide();
    QCOMPARE(lastWindowStatus(), QString());
}

void DoorDeskTest::doorDevicesAndPairing()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api));
    Event event;
    event.title = "Paired doors";
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    const auto north = awaitResult<json>(
        [&](auto done) {
            api.createCheckinList(eventId, json{{"name", "North"}}, this, done);
        });
    QVERIFY(north.ok());
    const QString northId = QString::fromStdString(north.value->value("id", std::string()));
    const Person hal = addPerson(api, eventId, QStringLiteral("Hal Xu"));
    const Person ivy = addPerson(api, eventId, QStringLiteral("Ivy Qi"));

    // The organiser makes a door device for the north gate.
    DoorDevicesDialog devices(
        &api, eventId, QStringLiteral("Paired doors"), {{northId, QStringLiteral("North")}});
    devices.show();
    devices.createDevice(QStringLiteral("North tablet"), northId);
    QTRY_VERIFY_WITH_TIMEOUT(!devices.pairingText().isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(devices.model()->rowCount(), 1, 10000);
    QCOMPARE(devices.model()->data(devices.model()->index(0, DoorTokenModel::GateColumn)).toString(),
             QStringLiteral("North"));
    QCOMPARE(devices.model()->data(devices.model()->index(0, DoorTokenModel::LastUsedColumn)).toString(),
             QStringLiteral("Never"));
    devices.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-devices.png")));

    // Another console pairs by "scanning" the code into the pairing field.
    Settings settings(m_dir.filePath(QStringLiteral("door-console.ini")));
    ConsoleController controller(&settings);
    controller.start();
    SignInDialog *signIn = controller.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    auto *pairButton = signIn->findChild<QPushButton *>(QStringLiteral("pairDoorButton"));
    QVERIFY(pairButton);
    pairButton->click();
    PairDoorDialog *pair = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pair = signIn->findChild<PairDoorDialog *>()) != nullptr, 5000);
    typeScan(pair->codeField(), QStringLiteral("not a code"));
    QVERIFY(controller.doorWindow() == nullptr); // refused at once, the dialog stays
    pair->codeField()->clear();
    typeScan(pair->codeField(), devices.pairingText());
    QTRY_VERIFY_WITH_TIMEOUT(controller.doorWindow() != nullptr, 10000);
    QVERIFY(controller.api()->isDoorDevice());
    DoorDeviceWindow *door = controller.doorWindow();
    QVERIFY(QTest::qWaitForWindowExposed(door));
    CheckInPanel *desk = door->checkInPanel();
    QTRY_COMPARE_WITH_TIMEOUT(desk->gate(), northId, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->desk()->localAttendeeCount(), 2, 10000);
    QVERIFY(!desk->searchField()->isVisible()); // a door device reads no attendee lists
    desk->submitCode(hal.ticket);
    QTRY_COMPARE_WITH_TIMEOUT(desk->lastOutcome(), CheckInPanel::Outcome::CheckedIn, 10000);
    QVERIFY(desk->verdictText().contains(hal.name));
    door->grab().save(QDir(artifactsDir()).filePath(QStringLiteral("door-device-window.png")));
    const json occ = occupancy(api, eventId);
    QCOMPARE(occ.value("inside", -1), 1);
    for (const json &l : occ["lists"])
        if (l.value("id", std::string()) == northId.toStdString())
            QCOMPARE(l["counts"].value("inside", -1), 1);

    // Its last use shows; revoking it (confirmed in the box) stops it at once.
    devices.reload();
    QTRY_VERIFY_WITH_TIMEOUT(
        devices.model()->data(devices.model()->index(0, DoorTokenModel::LastUsedColumn)).toString() !=
            QStringLiteral("Never"),
        10000);
    devices.findChild<QTableView *>()->selectRow(0);
    QTimer::singleShot(0,
                       this,
                       []
                       {
                           if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                               if (auto *confirm =
                                       box->findChild<QPushButton *>(QStringLiteral("confirmAction")))
                                   confirm->click();
                       });
    devices.revokeSelected();
    QTRY_VERIFY_WITH_TIMEOUT(devices.model()
                                 ->data(devices.model()->index(0, DoorTokenModel::StateColumn))
                                 .toString()
                                 .startsWith(QStringLiteral("Revoked")),
                             10000);
    desk->submitCode(ivy.code);
    QTRY_COMPARE_WITH_TIMEOUT(desk->lastOutcome(), CheckInPanel::Outcome::Failed, 10000);
    QVERIFY2(desk->verdictText().contains(QStringLiteral("revoked")), qPrintable(desk->verdictText()));
    QCOMPARE(occupancy(api, eventId).value("inside", -1), 1);
}

void DoorDeskTest::pairingText()
{
    DoorPairing pairing;
    pairing.server = QUrl(QStringLiteral("https://events.example.org:8443"));
    pairing.eventId = QStringLiteral("e-1");
    pairing.token = QStringLiteral("ned_abc-DEF_123");
    pairing.name = QStringLiteral("北门 tablet");
    const QString text = pairing.encode();
    for (const QChar c : text)
        QVERIFY2(c.unicode() > 32 && c.unicode() < 127, qPrintable(text)); // a scanner can type every one
    const auto back = DoorPairing::parse(QStringLiteral("  ") + text + QStringLiteral("\n"));
    QVERIFY(back.has_value());
    QCOMPARE(back->server, pairing.server);
    QCOMPARE(back->eventId, pairing.eventId);
    QCOMPARE(back->listId, QString());
    QCOMPARE(back->token, pairing.token);
    QCOMPARE(back->name, pairing.name);
    QVERIFY(!DoorPairing::parse(QStringLiteral("NEDOOR1|x|y|-|ned_z")).has_value());
    QVERIFY(
        !DoorPairing::parse(QString(text).replace(QLatin1String("ned_"), QLatin1String("xyz_"))).has_value());
}

void DoorDeskTest::occupancyFollowsOtherDevices()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api));
    Event event;
    event.title = "Occupancy from other gates";
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    const Person hana = addPerson(api, eventId, QStringLiteral("Hana Wu"));
    const Person ivo = addPerson(api, eventId, QStringLiteral("Ivo Ma"));
    QVERIFY(!hana.code.isEmpty() && !ivo.code.isEmpty());

    // The desk follows `event:ID` and does nothing else during the test.
    RealtimeClient realtime;
    realtime.setTokenSource([&api] { return api.accessToken(); });
    realtime.open(RealtimeClient::endpointFor(m_server.url()));
    const QString topic = QStringLiteral("event:") + eventId;
    QSignalSpy topicSnapshots(&realtime, &RealtimeClient::snapshotReceived);
    DoorDesk desk(&api, m_dir.filePath(QStringLiteral("follow/door-desk.sqlite")));
    desk.setRealtime(&realtime);
    desk.setEvent(eventId);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(topicSnapshots.cbegin(),
                                         topicSnapshots.cend(),
                                         [&](const QList<QVariant> &args)
                                         { return args.at(0).toString() == topic; }),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.lists().size(), std::size_t{1}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.localAttendeeCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.insideTotal(), qint64{0}, 20000);
    const QString mainId = desk.lists().front().id;

    // Another device (its own session) scans over HTTP at the main entrance.
    ApiClient other;
    QVERIFY(signIn(other));
    const auto scanElsewhere = [&](const Person &person, const char *direction)
    {
        const json body{{"code", person.code.toStdString()},
                        {"direction", direction},
                        {"listId", mainId.toStdString()},
                        {"nonce", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                        {"deviceId", "other-gate-device"}};
        const auto answer =
            awaitResult<json>([&](auto done) { other.scanAtDoor(eventId, body, this, done); });
        return answer.ok();
    };
    QSignalSpy occupancyChanges(&desk, &DoorDesk::occupancyChanged);
    QVERIFY(scanElsewhere(hana, "entry"));
    QVERIFY(scanElsewhere(ivo, "entry"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.insideTotal(), qint64{2}, 10000);
    QCOMPARE(desk.insideAt(mainId), qint64{2});
    QVERIFY(!desk.occupancyIsLocal());
    QVERIFY(!occupancyChanges.isEmpty());
    QVERIFY(scanElsewhere(hana, "exit"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.insideTotal(), qint64{1}, 10000);
    QCOMPARE(desk.insideAt(mainId), qint64{1});
    QCOMPARE(occupancy(api, eventId).value("inside", -1), 1);
    realtime.close();
}

void DoorDeskTest::conflictsDialogAfterTwoOfflineDevices()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    ApiClient api2; // the other door: its own session
    QVERIFY(signIn(api));
    QVERIFY(signIn(api2));
    Event event;
    event.title = "Two doors offline";
    const QString eventId = publishedEvent(api, event);
    QVERIFY(!eventId.isEmpty());
    const Person kim = addPerson(api, eventId, QStringLiteral("Kim Yu"));
    const Person lu = addPerson(api, eventId, QStringLiteral("Lu Fang"));
    QVERIFY(!kim.code.isEmpty() && !lu.code.isEmpty());
    const auto fresh = awaitResult<Event>([&](auto done) { api.getEvent(eventId, this, done); });
    QVERIFY(fresh.ok());

    CheckInPanel panel(&api, nullptr, m_dir.filePath(QStringLiteral("conflicts-panel/door-desk.sqlite")));
    panel.resize(1200, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.setEvent(*fresh.value);
    DoorDesk other(&api2, m_dir.filePath(QStringLiteral("conflicts-other/door-desk.sqlite")));
    other.setEvent(eventId);
    QTRY_COMPARE_WITH_TIMEOUT(panel.desk()->localAttendeeCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(other.localAttendeeCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(other.lists().size(), std::size_t{1}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Online"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.desk()->conflictsLoaded(), 20000);
    const QString mainId = other.lists().front().id;
    auto *conflictsButton = panel.findChild<QPushButton *>(QStringLiteral("conflictsButton"));
    QVERIFY(conflictsButton);
    QVERIFY(conflictsButton->isVisible());
    QCOMPARE(conflictsButton->text(), QStringLiteral("C&onflicts…"));

    // Both doors lose the server and let Kim in; Lu only at this desk.
    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), panel.codeField(), 5000);
    typeScan(panel.codeField(), kim.code);
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), CheckInPanel::Outcome::CheckedIn, 20000);
    QVERIFY(panel.verdictText().contains(QStringLiteral("offline")));
    typeScan(panel.codeField(), lu.code);
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Offline (2 queued)"), 20000);
    const DoorVerdict v = scan(other, kim.code, mainId, QStringLiteral("entry"));
    QCOMPARE(v.kind, Kind::Admitted);
    QVERIFY(v.offline);

    // The server is back: both upload by themselves.
    QSignalSpy synced1(panel.desk(), &DoorDesk::synced);
    QSignalSpy synced2(&other, &DoorDesk::synced);
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!synced1.isEmpty() && !synced2.isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.deskStatusText(), QStringLiteral("Online"), 20000);
    QCOMPARE(occupancy(api, eventId).value("inside", -1), 2); // Kim counted once

    // Alt+O from the code field opens the list; it asks the server, whichever desk uploaded second.
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), panel.codeField(), 5000);
    QTest::keyClick(panel.codeField(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(panel.conflictsDialog() != nullptr, 5000);
    CheckinConflictsDialog *dialog = panel.conflictsDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    CheckinConflictModel *model = dialog->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    const auto cell = [model](int column)
    {
        return model->data(model->index(0, column)).toString();
    };
    QCOMPARE(cell(CheckinConflictModel::NameColumn), kim.name);
    QCOMPARE(cell(CheckinConflictModel::GateColumn), QStringLiteral("Main entrance"));
    QVERIFY(!cell(CheckinConflictModel::TimeColumn).isEmpty());
    // The two devices, this desk named as such, the first that admitted Kim on the left.
    const QString devices = cell(CheckinConflictModel::DevicesColumn);
    QVERIFY2(devices == QStringLiteral("this desk → ") + other.deviceId() ||
                 devices == other.deviceId() + QStringLiteral(" → this desk"),
             qPrintable(devices));
    QVERIFY2(cell(CheckinConflictModel::WhatColumn).contains(QStringLiteral("had already admitted them")),
             qPrintable(cell(CheckinConflictModel::WhatColumn)));
    QCOMPARE(dialog->summaryText(), QStringLiteral("Tickets let in by two devices while offline: 1"));
    QCOMPARE(conflictsButton->text(), QStringLiteral("C&onflicts (1)…"));
    screenshot(dialog, QStringLiteral("door-conflicts"));
    // Esc closes it and the scanner's keys go to the code field again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(panel.conflictsDialog() == nullptr, 5000);
    // The panel's own focus (the offscreen platform need not hand activation back to its window).
    QTRY_COMPARE_WITH_TIMEOUT(panel.focusWidget(), panel.codeField(), 5000);
}

QTEST_MAIN(DoorDeskTest)
#include "DoorDeskTest.moc"
