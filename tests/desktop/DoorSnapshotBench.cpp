// SPDX-License-Identifier: MIT
// The door desk's snapshot timings (a benchmark tool, not a test; tests/bench/door_bench.py drives it):
// signs in, loads the full device snapshot of an event into a fresh local copy (download, then SQLite load),
// checks `--changes` attendees in, then takes the incremental snapshot, and prints one JSON line.
//
// Usage: door_snapshot_bench --server URL --event ID [--user staff --password staff-demo-pass]
//        [--db FILE] [--changes 100]
#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include "desktop/api/ApiClient.h"
#include "desktop/door/DoorDesk.h"

using namespace nextevent::console;
using nlohmann::json;

namespace
{
/// Runs the event loop until `done` holds or `ms` pass; false on the timeout.
template <typename Done> bool waitFor(Done done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
    {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("url")},
         {QStringLiteral("event"), QStringLiteral("Event id"), QStringLiteral("id")},
         {QStringLiteral("user"), QStringLiteral("User"), QStringLiteral("name"), QStringLiteral("staff")},
         {QStringLiteral("password"),
          QStringLiteral("Password"),
          QStringLiteral("password"),
          QStringLiteral("staff-demo-pass")},
         {QStringLiteral("db"),
          QStringLiteral("Local copy"),
          QStringLiteral("file"),
          QStringLiteral("door-bench.sqlite")},
         {QStringLiteral("changes"),
          QStringLiteral("Check-ins before the incremental snapshot"),
          QStringLiteral("n"),
          QStringLiteral("100")}});
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);

    ApiClient api;
    std::optional<ApiResult<nextevent::User>> signedIn;
    api.signIn(QUrl(parser.value(QStringLiteral("server"))),
               parser.value(QStringLiteral("user")),
               parser.value(QStringLiteral("password")),
               nullptr,
               [&](const ApiResult<nextevent::User> &result) { signedIn = result; });
    if (!waitFor([&] { return signedIn.has_value(); }, 20000) || !signedIn->ok())
    {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    const QString eventId = parser.value(QStringLiteral("event"));
    DoorDesk desk(&api, db);
    int rows = -1;
    bool full = false;
    QObject::connect(&desk,
                     &DoorDesk::snapshotApplied,
                     [&](int applied, bool wasFull)
                     {
                         rows = applied;
                         full = wasFull;
                     });
    QElapsedTimer clock;
    clock.start();
    desk.setEvent(eventId);
    if (!waitFor([&] { return rows >= 0; }, 120000) || !full)
    {
        std::fprintf(stderr, "no full snapshot\n");
        return 1;
    }
    const qint64 fullWall = clock.elapsed();
    const qint64 fullDownload = desk.lastSnapshotDownloadMs();
    const qint64 fullLoad = desk.lastSnapshotLoadMs();
    const int fullRows = rows;

    // Changes for the incremental snapshot: check-ins by code at the main entrance, through the server.
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    json page;
    {
        std::optional<ApiResult<ListPage<nextevent::Attendee>>> listed;
        ListQuery query;
        query.pageSize = std::max(1, changes);
        query.status = QStringLiteral("registered");
        api.listAttendees(eventId, query, nullptr, [&](const auto &result) { listed = result; });
        waitFor([&] { return listed.has_value(); }, 20000);
        int answered = 0;
        if (listed && listed->ok())
            for (const auto &a : listed->value->items)
                api.scanAtDoor(eventId,
                               json{{"code", a.checkInCode}},
                               nullptr,
                               [&](const ApiResult<json> &) { ++answered; });
        const int expected = listed && listed->ok() ? static_cast<int>(listed->value->items.size()) : 0;
        waitFor([&] { return answered == expected; }, 60000);
    }
    rows = -1;
    clock.restart();
    desk.refreshSnapshot();
    if (!waitFor([&] { return rows >= 0; }, 60000) || full)
    {
        std::fprintf(stderr, "no incremental snapshot\n");
        return 1;
    }
    const json out{{"fullRows", fullRows},
                   {"fullDownloadMs", fullDownload},
                   {"fullLoadMs", fullLoad},
                   {"fullWallMs", fullWall},
                   {"incrementalRows", rows},
                   {"incrementalDownloadMs", desk.lastSnapshotDownloadMs()},
                   {"incrementalLoadMs", desk.lastSnapshotLoadMs()},
                   {"incrementalWallMs", clock.elapsed()},
                   {"localAttendees", desk.localAttendeeCount()},
                   {"insideLocal", desk.store().insideCount(eventId)}};
    std::printf("%s\n", out.dump().c_str());
    return 0;
}
