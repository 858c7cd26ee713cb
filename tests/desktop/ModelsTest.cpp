// SPDX-License-Identifier: MIT
// The list models, checked by QAbstractItemModelTester: fed directly, and fed by a real server.
#include <QAbstractItemModelTester>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"
#include "desktop/models/AttendeeListModel.h"
#include "desktop/models/EventChoice.h"
#include "desktop/models/EventListModel.h"

using namespace nextevent;
using namespace nextevent::console;

namespace
{
Event makeEvent(const std::string &id, const std::string &title, std::optional<std::int64_t> capacity)
{
    Event event;
    event.id = id;
    event.title = title;
    event.status = EventStatus::Published;
    event.startDate = TimePoint(std::chrono::milliseconds(1'800'000'000'000));
    event.endDate = *event.startDate + std::chrono::hours(2);
    event.capacity = capacity;
    event.counts = {7, 2, 3};
    return event;
}

bool waitLoaded(PagedTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
}
} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void eventModelFedDirectly();
    void attendeeModelFedDirectly();
    void eventModelAgainstServer();
    void attendeeModelRequiresSearchForDoorStaff();
    void preferredEventIsTheLiveOne();
};

void ModelsTest::eventModelFedDirectly()
{
    EventListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pageCount(), 1);

    ListPage<Event> page;
    page.items = {makeEvent("a", "Alpha", 50), makeEvent("b", "Beta", std::nullopt)};
    page.total = 45;
    page.pageSize = 20;
    QSignalSpy info(&model, &EventListModel::pageInfoChanged);
    model.setPageData(page);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.total(), 45);
    QCOMPARE(model.pageCount(), 3);
    QVERIFY(!info.isEmpty());

    const QModelIndex title = model.index(0, EventListModel::TitleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(title.data(EventListModel::IdRole).toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, EventListModel::CapacityColumn).data(EventListModel::RawValueRole).toLongLong(),
             50);
    // Unlimited sorts after every number.
    QCOMPARE(model.index(1, EventListModel::CapacityColumn).data(EventListModel::RawValueRole).toLongLong(),
             std::numeric_limits<qint64>::max());
    QVERIFY(!model.index(1, EventListModel::CapacityColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, EventListModel::StartColumn).data(EventListModel::RawValueRole).toLongLong(),
             1'800'000'000'000LL);
    QCOMPARE(model.index(0, EventListModel::CheckedInColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, EventListModel::StatusColumn).data(EventListModel::RawValueRole).toInt(),
             int(EventStatus::Published));
    QVERIFY(!model.headerData(EventListModel::TitleColumn, Qt::Horizontal).toString().isEmpty());

    QSignalSpy changed(&model, &EventListModel::dataChanged);
    Event edited = makeEvent("b", "Beta 2", 10);
    model.updateEvent(edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, EventListModel::TitleColumn).data().toString(), QStringLiteral("Beta 2"));
    model.updateEvent(makeEvent("zzz", "Not here", 1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QVERIFY(EventListModel::sortField(EventListModel::RegisteredColumn).isEmpty());
    QCOMPARE(EventListModel::sortField(EventListModel::StartColumn), QStringLiteral("startDate"));
}

void ModelsTest::attendeeModelFedDirectly()
{
    AttendeeListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListPage<Attendee> page;
    Attendee waiting;
    waiting.id = "w";
    waiting.name = "Wai";
    waiting.status = AttendeeStatus::Waitlisted;
    waiting.waitlistPosition = 2;
    Attendee in;
    in.id = "i";
    in.name = "In";
    in.checkInCode = "ABC123";
    in.checkedInAt = TimePoint(std::chrono::milliseconds(1'800'000'000'000));
    page.items = {waiting, in};
    page.total = 2;
    model.setPageData(page);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AttendeeListModel::ColumnCount));
    QCOMPARE(
        model.index(0, AttendeeListModel::WaitlistColumn).data(AttendeeListModel::RawValueRole).toLongLong(),
        2);
    QCOMPARE(
        model.index(1, AttendeeListModel::WaitlistColumn).data(AttendeeListModel::RawValueRole).toLongLong(),
        std::numeric_limits<qint64>::max());
    QVERIFY(!model.index(1, AttendeeListModel::CheckedInAtColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, AttendeeListModel::CodeColumn).data().toString(), QStringLiteral("ABC123"));
    // Counts line up on the right, like the events table's.
    QCOMPARE(
        model.index(0, AttendeeListModel::PartySizeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(
        !(model.index(0, AttendeeListModel::NameColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
          Qt::AlignRight));
    in.checkedInBy = "door";
    model.updateAttendee(in);
    QCOMPARE(model.index(1, AttendeeListModel::CheckedInByColumn).data().toString(), QStringLiteral("door"));
    QCOMPARE(AttendeeListModel::sortField(AttendeeListModel::WaitlistColumn),
             QStringLiteral("waitlistPosition"));
}

void ModelsTest::eventModelAgainstServer()
{
    NEXTEVENT_REQUIRE_SERVER();
    test::TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ApiClient api;
    QVERIFY(test::awaitResult<User>(
                [&](auto done) {
                    api.signIn(
                        server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), this, done);
                })
                .ok());
    EventListModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.total() >= 5);
    QVERIFY(model.pageCount() >= 3);

    model.setPage(model.pageCount());
    QVERIFY(waitLoaded(model));
    QVERIFY(model.rowCount() >= 1);

    model.setPageSize(100);
    model.sort(EventListModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.query().sort, QStringLiteral("title"));
    QCOMPARE(model.rowCount(), int(model.total()));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(
            model.index(row - 1, EventListModel::TitleColumn).data(EventListModel::RawValueRole).toString() >=
            model.index(row, EventListModel::TitleColumn).data(EventListModel::RawValueRole).toString());

    model.setStatusFilter(QStringLiteral("cancelled"));
    QVERIFY(waitLoaded(model));
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.eventAt(row)->status == EventStatus::Cancelled);

    model.setStatusFilter(QString());
    model.setSearch(QStringLiteral("no event is called like this 1234"));
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

void ModelsTest::attendeeModelRequiresSearchForDoorStaff()
{
    NEXTEVENT_REQUIRE_SERVER();
    test::TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ApiClient api;
    QVERIFY(test::awaitResult<User>(
                [&](auto done) {
                    api.signIn(
                        server.url(), QStringLiteral("door"), QStringLiteral("door-demo-pass"), this, done);
                })
                .ok());
    ListQuery published;
    published.status = QStringLiteral("published");
    const auto events =
        test::awaitResult<ListPage<Event>>([&](auto done) { api.listEvents(published, this, done); });
    QVERIFY(events.ok() && !events.value->items.empty());

    AttendeeListModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchRequired(true);
    QSignalSpy failures(&model, &AttendeeListModel::loadFailed);
    model.setEventId(QString::fromStdString(events.value->items.front().id));
    QVERIFY(!model.isLoading()); // no search text: no request at all
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QStringLiteral("13")); // two digits are not a search yet (the door rule: 3)
    QVERIFY(!model.isLoading());
    model.setSearch(QStringLiteral("138")); // demo phone numbers start with 13x
    QVERIFY(waitLoaded(model));
    QVERIFY(model.rowCount() <= 10); // door staff get at most 10 matches
    QCOMPARE(failures.count(), 0);
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::preferredEventIsTheLiveOne()
{
    const TimePoint now = TimePoint(std::chrono::milliseconds(1'800'000'000'000));
    const auto at = [&](const std::string &id, EventStatus status, std::chrono::hours fromNow)
    {
        Event event = makeEvent(id, id, std::nullopt);
        event.status = status;
        event.startDate = now + fromNow;
        event.endDate = *event.startDate + std::chrono::hours(3);
        return event;
    };
    // Newest first, as the pages list them.
    std::vector<Event> events = {at("draft", EventStatus::Draft, std::chrono::hours(24 * 21)),
                                 at("later", EventStatus::Published, std::chrono::hours(24 * 7)),
                                 at("soon", EventStatus::Published, std::chrono::hours(24)),
                                 at("live", EventStatus::Active, std::chrono::hours(-1)),
                                 at("done", EventStatus::Completed, std::chrono::hours(-24 * 30))};
    QCOMPARE(preferredEvent(events, now), 3);
    events[3].status = EventStatus::Completed; // nothing running: the next one to come
    QCOMPARE(preferredEvent(events, now), 2);
    events[1].status = events[2].status = EventStatus::Cancelled; // nothing open: the first, as before
    QCOMPARE(preferredEvent(events, now), 0);
    QCOMPARE(preferredEvent({}, now), -1);
}

QTEST_MAIN(ModelsTest)
#include "ModelsTest.moc"
