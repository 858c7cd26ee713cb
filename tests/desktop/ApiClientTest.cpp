// SPDX-License-Identifier: MIT
// The API client against a real nextevent-server: sign-in errors, events, lifecycle, conflicts,
// attendees, check-in, CSV download and the checkin role's limits.
#include "desktop/api/ApiClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "nextevent/EventLifecycle.h"

#include "TestServer.h"
#include "desktop/models/Convert.h"

using namespace nextevent;
using namespace nextevent::console;
using nextevent::console::test::awaitResult;

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unreachableServer();
    void wrongPassword();
    void tlsToPlainServer();
    void signInAndRefresh();
    void eventsListSearchFilterSort();
    void eventLifecycleAndConflict();
    void attendeesCheckInAndCsv();
    void checkinRoleMustSearch();
    void cleanupTestCase();

private:
    ApiResult<User> signIn(ApiClient &api, const QString &user, const QString &password);

    test::TestServer m_server;
    bool m_started = false;
};

void ApiClientTest::initTestCase()
{
    if (!test::TestServer::available())
        return;
    QString error;
    m_started = m_server.start(&error);
    QVERIFY2(m_started, qPrintable(error));
}

void ApiClientTest::cleanupTestCase()
{
    m_server.stop();
}

ApiResult<User> ApiClientTest::signIn(ApiClient &api, const QString &user, const QString &password)
{
    return awaitResult<User>([&](ApiHandler<User> done)
                             { api.signIn(m_server.url(), user, password, this, done); });
}

void ApiClientTest::unreachableServer()
{
    ApiClient api;
    const test::ClosedPort closed;
    QVERIFY(closed.port() != 0);
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.port()));
    const auto result =
        awaitResult<User>([&](ApiHandler<User> done)
                          { api.signIn(nowhere, QStringLiteral("a"), QStringLiteral("b"), this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Unreachable);
    QVERIFY(result.error.userMessage().contains(nowhere.authority()));
    QVERIFY(!api.isSignedIn());
}

void ApiClientTest::wrongPassword()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    const auto result = signIn(api, QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.is(ErrorCode::Unauthenticated), qPrintable(result.error.userMessage()));
    QCOMPARE(result.error.httpStatus(), 401);
    QVERIFY(!api.isSignedIn());
}

void ApiClientTest::tlsToPlainServer()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    // The plain server answers a ClientHello at once; a generous timeout keeps a loaded machine (CI,
    // parallel builds) from turning the handshake failure into a timeout.
    api.setTimeout(120000);
    QUrl https = m_server.url();
    https.setScheme(QStringLiteral("https"));
    const auto result =
        awaitResult<User>([&](ApiHandler<User> done)
                          { api.signIn(https, QStringLiteral("admin"), QStringLiteral("x"), this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Tls);
    QVERIFY(!result.error.userMessage().isEmpty());
}

void ApiClientTest::signInAndRefresh()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QSignalSpy states(&api, &ApiClient::connectionStateChanged);
    const auto user = signIn(api, QStringLiteral("admin"), QStringLiteral("admin-demo-pass"));
    QVERIFY2(user.ok(), qPrintable(user.error.userMessage()));
    QCOMPARE(QString::fromStdString(user.value->username), QStringLiteral("admin"));
    QVERIFY(user.value->hasRole(Role::Admin));
    QVERIFY(api.isSignedIn());
    QCOMPARE(api.connectionState(), ApiClient::ConnectionState::Connected);
    QVERIFY(!states.isEmpty());

    // The refresh token rotates: refreshing twice in a row works only with the new one each time.
    for (int i = 0; i < 2; ++i)
    {
        const auto refreshed =
            awaitResult<Done>([&](ApiHandler<Done> done) { api.refreshSession(this, done); });
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error.userMessage()));
    }
    const auto me = awaitResult<User>([&](ApiHandler<User> done) { api.fetchMe(this, done); });
    QVERIFY2(me.ok(), qPrintable(me.error.userMessage()));
    QCOMPARE(me.value->username, std::string("admin"));

    QSignalSpy signedOut(&api, &ApiClient::signedOut);
    api.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!api.isSignedIn());
    const auto after = awaitResult<User>([&](ApiHandler<User> done) { api.fetchMe(this, done); });
    QVERIFY(after.error.is(ErrorCode::Unauthenticated));
}

void ApiClientTest::eventsListSearchFilterSort()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api, QStringLiteral("staff"), QStringLiteral("staff-demo-pass")).ok());

    ListQuery query;
    query.pageSize = 2;
    auto page = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, this, done); });
    QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
    QCOMPARE(page.value->items.size(), std::size_t(2));
    QVERIFY(page.value->total >= 5); // the demo data has five events

    query = ListQuery{};
    query.search = QStringLiteral("Meetup");
    page = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, this, done); });
    QVERIFY(page.ok());
    QVERIFY(!page.value->items.empty());
    for (const Event &event : page.value->items)
        QVERIFY(QString::fromStdString(event.title + event.description + event.location)
                    .contains(QStringLiteral("meetup"), Qt::CaseInsensitive));

    query = ListQuery{};
    query.status = QStringLiteral("cancelled");
    page = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, this, done); });
    QVERIFY(page.ok());
    QVERIFY(!page.value->items.empty());
    for (const Event &event : page.value->items)
        QVERIFY(event.status == EventStatus::Cancelled);

    query = ListQuery{};
    query.sort = QStringLiteral("title");
    query.descending = true;
    page = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, this, done); });
    QVERIFY(page.ok());
    for (std::size_t i = 1; i < page.value->items.size(); ++i)
        QVERIFY(page.value->items[i - 1].title >= page.value->items[i].title);
}

void ApiClientTest::eventLifecycleAndConflict()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api, QStringLiteral("admin"), QStringLiteral("admin-demo-pass")).ok());

    Event draft;
    draft.title = "Console test event";
    draft.location = "Room 1";
    draft.startDate = nextevent::now() + std::chrono::hours(48);
    draft.endDate = *draft.startDate + std::chrono::hours(2);
    draft.capacity = 1;
    auto created = awaitResult<Event>([&](auto done) { api.createEvent(draft, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QVERIFY(!created.value->id.empty());
    QVERIFY(created.value->status == EventStatus::Draft);

    // Invalid input comes back as VALIDATION_ERROR with field details.
    Event invalid = draft;
    invalid.title.clear();
    const auto rejected = awaitResult<Event>([&](auto done) { api.createEvent(invalid, this, done); });
    QVERIFY(rejected.error.is(ErrorCode::Validation));
    QVERIFY(!rejected.error.details().empty());
    QCOMPARE(rejected.error.details().front().field, std::string("title"));

    // Two edits of the same version: the second is stale.
    Event first = *created.value;
    first.title = "Console test event (edited)";
    const auto updated = awaitResult<Event>([&](auto done) { api.updateEvent(first, this, done); });
    QVERIFY2(updated.ok(), qPrintable(updated.error.userMessage()));
    QCOMPARE(updated.value->title, first.title);
    Event stale = *created.value;
    stale.location = "Room 2";
    const auto conflict = awaitResult<Event>([&](auto done) { api.updateEvent(stale, this, done); });
    QVERIFY2(conflict.error.is(ErrorCode::Conflict), qPrintable(conflict.error.userMessage()));

    const QString id = QString::fromStdString(created.value->id);
    const auto published =
        awaitResult<Done>([&](auto done) { api.transitionEvent(id, EventStatus::Published, this, done); });
    QVERIFY2(published.ok(), qPrintable(published.error.userMessage()));
    const auto reloaded = awaitResult<Event>([&](auto done) { api.getEvent(id, this, done); });
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.value->status == EventStatus::Published);
    // A move the lifecycle forbids is refused by the server as well.
    QVERIFY(!canTransition(EventStatus::Published, EventStatus::Completed));
    const auto forbidden =
        awaitResult<Done>([&](auto done) { api.transitionEvent(id, EventStatus::Completed, this, done); });
    QVERIFY(forbidden.error.is(ErrorCode::Conflict) || forbidden.error.is(ErrorCode::Validation));

    const auto deleted = awaitResult<Done>([&](auto done) { api.deleteEvent(id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.userMessage()));
    const auto gone = awaitResult<Event>([&](auto done) { api.getEvent(id, this, done); });
    QVERIFY(gone.error.is(ErrorCode::NotFound));
}

void ApiClientTest::attendeesCheckInAndCsv()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    QVERIFY(signIn(api, QStringLiteral("admin"), QStringLiteral("admin-demo-pass")).ok());

    Event event;
    event.title = "Check-in test";
    event.startDate = nextevent::now() + std::chrono::hours(1);
    event.endDate = *event.startDate + std::chrono::hours(3);
    event.capacity = 1;
    const auto created = awaitResult<Event>([&](auto done) { api.createEvent(event, this, done); });
    QVERIFY(created.ok());
    const QString id = QString::fromStdString(created.value->id);
    QVERIFY(awaitResult<Done>([&](auto done) { api.transitionEvent(id, EventStatus::Published, this, done); })
                .ok());

    const auto ann = awaitResult<Attendee>(
        [&](auto done)
        { api.addAttendee(id, QStringLiteral("Ann Lee"), QStringLiteral("+86 138 0000 0001"), this, done); });
    QVERIFY2(ann.ok(), qPrintable(ann.error.userMessage()));
    QVERIFY(ann.value->status == AttendeeStatus::Registered);
    QVERIFY(!ann.value->checkInCode.empty());
    const auto bo = awaitResult<Attendee>(
        [&](auto done) { api.addAttendee(id, QStringLiteral("Bo Chen"), QString(), this, done); });
    QVERIFY(bo.ok());
    QVERIFY(bo.value->status == AttendeeStatus::Waitlisted); // capacity 1
    QCOMPARE(bo.value->waitlistPosition.value_or(0), 1);

    const QString code = QString::fromStdString(ann.value->checkInCode);
    auto checked = awaitResult<CheckInResult>([&](auto done) { api.checkIn(id, code, this, done); });
    QVERIFY2(checked.ok(), qPrintable(checked.error.userMessage()));
    QVERIFY(!checked.value->alreadyCheckedIn);
    QVERIFY(checked.value->attendee.checkedInAt.has_value());
    checked = awaitResult<CheckInResult>([&](auto done) { api.checkIn(id, code, this, done); });
    QVERIFY(checked.ok());
    QVERIFY(checked.value->alreadyCheckedIn);

    const auto unknown = awaitResult<CheckInResult>(
        [&](auto done) { api.checkIn(id, QStringLiteral("ZZZZZZZZ"), this, done); });
    QVERIFY(unknown.error.is(ErrorCode::NotFound) || unknown.error.is(ErrorCode::Validation));

    // A ticket of a demo event presented at this one.
    ListQuery all;
    all.status = QStringLiteral("published");
    const auto events = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(all, this, done); });
    QVERIFY(events.ok());
    QString otherCode;
    for (const Event &other : events.value->items)
    {
        if (other.id == created.value->id || other.counts.registered == 0)
            continue;
        const auto attendees = awaitResult<ListPage<Attendee>>(
            [&](auto done) { api.listAttendees(QString::fromStdString(other.id), ListQuery{}, this, done); });
        QVERIFY(attendees.ok());
        for (const Attendee &a : attendees.value->items)
            if (a.status == AttendeeStatus::Registered)
                otherCode = QString::fromStdString(a.checkInCode);
        if (!otherCode.isEmpty())
            break;
    }
    QVERIFY2(!otherCode.isEmpty(),
             "the demo data should have a registered attendee of another published event");
    const auto wrong = awaitResult<CheckInResult>([&](auto done) { api.checkIn(id, otherCode, this, done); });
    QVERIFY(wrong.error.is(ErrorCode::Conflict) || wrong.error.is(ErrorCode::NotFound));

    const auto event2 = awaitResult<Event>([&](auto done) { api.getEvent(id, this, done); });
    QCOMPARE(event2.value->counts.checkedIn, 1);
    QCOMPARE(event2.value->counts.waitlisted, 1);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("attendees.csv"));
    qint64 lastProgress = -1;
    const auto csv = awaitResult<Done>(
        [&](auto done)
        {
            api.downloadAttendeesCsv(
                id, csvPath, this, [&](qint64 received, qint64) { lastProgress = received; }, done);
        });
    QVERIFY2(csv.ok(), qPrintable(csv.error.userMessage()));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Ann Lee"));
    QVERIFY(content.contains("Bo Chen"));
    QVERIFY(lastProgress > 0);

    // Cancelling Ann moves Bo up from the waitlist.
    QVERIFY(awaitResult<Done>([&](auto done)
                              { api.cancelAttendee(id, QString::fromStdString(ann.value->id), this, done); })
                .error.is(ErrorCode::Conflict)); // checked in: cannot be cancelled
    const auto boCancel = awaitResult<Done>(
        [&](auto done) { api.cancelAttendee(id, QString::fromStdString(bo.value->id), this, done); });
    QVERIFY2(boCancel.ok(), qPrintable(boCancel.error.userMessage()));
    ListQuery cancelled;
    cancelled.status = QStringLiteral("cancelled");
    const auto list =
        awaitResult<ListPage<Attendee>>([&](auto done) { api.listAttendees(id, cancelled, this, done); });
    QVERIFY(list.ok());
    QCOMPARE(list.value->total, 1);
    QCOMPARE(list.value->items.front().name, std::string("Bo Chen"));
}

void ApiClientTest::checkinRoleMustSearch()
{
    NEXTEVENT_REQUIRE_SERVER();
    ApiClient api;
    const auto door = signIn(api, QStringLiteral("door"), QStringLiteral("door-demo-pass"));
    QVERIFY2(door.ok(), qPrintable(door.error.userMessage()));
    QVERIFY(door.value->hasRole(Role::Checkin));
    ListQuery query;
    query.status = QStringLiteral("published");
    const auto events = awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(query, this, done); });
    QVERIFY2(events.ok(), qPrintable(events.error.userMessage()));
    QVERIFY(!events.value->items.empty());
    const QString id = QString::fromStdString(events.value->items.front().id);
    const auto browse =
        awaitResult<ListPage<Attendee>>([&](auto done) { api.listAttendees(id, ListQuery{}, this, done); });
    QVERIFY(browse.error.is(ErrorCode::Forbidden));
    ListQuery search;
    search.search = QStringLiteral("13");
    const auto tooShort =
        awaitResult<ListPage<Attendee>>([&](auto done) { api.listAttendees(id, search, this, done); });
    QVERIFY(tooShort.error.is(ErrorCode::Forbidden));
    search.search = QStringLiteral("138");
    const auto found =
        awaitResult<ListPage<Attendee>>([&](auto done) { api.listAttendees(id, search, this, done); });
    QVERIFY2(found.ok(), qPrintable(found.error.userMessage()));
    for (const Attendee &a : found.value->items)
        QVERIFY(a.checkInCode.empty() && a.openid.empty()); // a door never sees a ticket's key
    const auto create = awaitResult<Event>([&](auto done) { api.createEvent(Event{}, this, done); });
    QVERIFY(create.error.is(ErrorCode::Forbidden) || create.error.is(ErrorCode::Validation));
}

QTEST_MAIN(ApiClientTest)
#include "ApiClientTest.moc"
