// SPDX-License-Identifier: MIT
// Faults under a running nextevent-server process, with real services: Redis stopped and restarted,
// MariaDB restarted, the server killed with SIGKILL in the middle of a flood of writes, and a full disk
// under the media directory. Every wait polls with a bound; nothing sleeps for a fixed time.
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <sys/mount.h>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <vector>

#include "ApiTest.h"
#include "RedisTestSupport.h"
#include "ServerProcess.h"
#include "WsTestClient.h"

using namespace nextevent::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace
{
const std::string kAdminPassword = "fault-admin-pw-1";

/// Polls `condition` until it holds or `bound` passes; true when it held.
template <typename Condition> bool eventually(Condition condition, std::chrono::milliseconds bound)
{
    const auto deadline = std::chrono::steady_clock::now() + bound;
    while (std::chrono::steady_clock::now() < deadline)
    {
        if (condition())
            return true;
        std::this_thread::sleep_for(50ms);
    }
    return condition();
}

/// The environment of a server on `db`, with the schema migrated and an admin account "boss".
Poco::Process::Env
prepareServer(const TestDatabase &db, int port, const std::map<std::string, std::string> &extra = {})
{
    Poco::Process::Env env{{"NEXTEVENT_DATA_DIR", db.dataDir()},
                           {"NEXTEVENT_DB_URL", db.url()},
                           {"NEXTEVENT_HTTP_PORT", std::to_string(port)},
                           {"NEXTEVENT_PASSWORD_HASH_COST", "min"},
                           {"NEXTEVENT_ENV", "development"}};
    for (const auto &[k, v] : extra)
        env[k] = v;
    const auto migrated = runServerCommand({"migrate"}, env);
    EXPECT_EQ(migrated.exitCode, 0) << migrated.err;
    const auto added =
        runServerCommand({"user", "add", "--username", "boss", "--role", "admin", "--password-stdin"},
                         env,
                         kAdminPassword + "\n");
    EXPECT_EQ(added.exitCode, 0) << added.err;
    return env;
}

std::string login(const HttpClient &http)
{
    const auto r = http.post("/v2/auth/login", {{"username", "boss"}, {"password", kAdminPassword}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json()["data"]["accessToken"].get<std::string>() : std::string();
}

/// A published event; returns its id.
std::string openEvent(const HttpClient &http, const std::string &token)
{
    auto r = http.post("/v2/events",
                       {{"title", "Fault"},
                        {"startDate", "2030-01-01T09:00:00Z"},
                        {"endDate", "2030-01-01T18:00:00Z"},
                        {"capacity", 100000}},
                       token);
    EXPECT_EQ(r.status, 201) << r.body;
    const std::string id = r.json()["data"]["id"];
    r = http.post("/v2/events/" + id + "/transition", {{"to", "published"}}, token);
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
}

/// A live survey with one single-choice question; returns {surveyId, questionId}.
std::pair<std::string, std::string> liveSurvey(const HttpClient &http, const std::string &token)
{
    const json question{{"type", "single_choice"},
                        {"text", "Best talk?"},
                        {"options", {{{"id", "a"}, {"text", "Keynote"}}, {{"id", "b"}, {"text", "Panel"}}}}};
    auto r = http.post("/v2/surveys",
                       {{"title", "Poll"}, {"isActive", true}, {"questions", json::array({question})}},
                       token);
    EXPECT_EQ(r.status, 201) << r.body;
    const auto survey = r.json()["data"];
    const std::string id = survey["id"];
    r = http.post("/v2/surveys/" + id + "/state", {{"isLive", true}, {"resultsVisible", true}}, token);
    EXPECT_EQ(r.status, 200) << r.body;
    return {id, survey["questions"][0]["id"].get<std::string>()};
}

HttpResult vote(const HttpClient &http, const std::string &surveyId, const std::string &questionId)
{
    return http.post("/v2/surveys/" + surveyId + "/responses",
                     {{"answers", {{{"questionId", questionId}, {"optionIds", {"a"}}}}}});
}

/// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(std::string name, const std::string &value)
        : m_name(std::move(name))
    {
        if (const char *old = std::getenv(m_name.c_str()))
            m_old = old;
        ::setenv(m_name.c_str(), value.c_str(), 1);
    }

    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name.c_str(), m_old->c_str(), 1);
        else
            ::unsetenv(m_name.c_str());
    }

private:
    std::string m_name;
    std::optional<std::string> m_old;
};

/// A MariaDB and a Redis of the test's own, started, stopped and restarted through
/// scripts/test-services.sh (so a fault test never touches the services other tests share).
class PrivateServices
{
public:
    PrivateServices()
        : m_dir(std::filesystem::temp_directory_path() /
                ("nextevent-fault-" + std::to_string(::getpid()) + "-" + std::to_string(freePort())))
    {
        const auto r = script("start");
        const auto urlAfter = [&](const std::string &name) -> std::string
        {
            const auto at = r.out.find(name + "='");
            if (at == std::string::npos)
                return {};
            const auto begin = at + name.size() + 2;
            return r.out.substr(begin, r.out.find('\'', begin) - begin);
        };
        m_mysqlUrl = urlAfter("NEXTEVENT_TEST_MYSQL_URL");
        m_redisUrl = urlAfter("NEXTEVENT_TEST_REDIS_URL");
        m_startLog = r.out + r.err;
    }

    ~PrivateServices()
    {
        script("stop");
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

    const std::string &mysqlUrl() const
    {
        return m_mysqlUrl;
    }

    const std::string &startLog() const
    {
        return m_startLog;
    }

    bool stopMariaDb()
    {
        return script("stop-mariadb").exitCode == 0;
    }

    bool startMariaDb()
    {
        return script("start-mariadb").exitCode == 0;
    }

private:
    RunResult script(const std::string &command) const
    {
        Poco::Pipe out, err;
        auto handle = Poco::Process::launch(NEXTEVENT_SOURCE_DIR "/scripts/test-services.sh",
                                            {command, m_dir.string()},
                                            std::string(),
                                            nullptr,
                                            &out,
                                            &err);
        Poco::PipeInputStream outStream(out), errStream(err);
        RunResult r;
        Poco::StreamCopier::copyToString(outStream, r.out);
        Poco::StreamCopier::copyToString(errStream, r.err);
        r.exitCode = handle.wait();
        return r;
    }

    std::filesystem::path m_dir;
    std::string m_mysqlUrl;
    std::string m_redisUrl;
    std::string m_startLog;
};

/// A tmpfs of `bytes` mounted on `dir` for one scope (needs CAP_SYS_ADMIN, as root in the CI container).
class SmallFilesystem
{
public:
    SmallFilesystem(const std::filesystem::path &dir, std::size_t bytes)
        : m_dir(dir)
    {
        std::filesystem::create_directories(dir);
        const std::string options = "size=" + std::to_string(bytes) + ",mode=0755";
        m_mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
        if (!m_mounted)
            m_error = std::strerror(errno);
    }

    ~SmallFilesystem()
    {
        if (m_mounted)
            ::umount2(m_dir.c_str(), MNT_DETACH);
    }

    bool mounted() const
    {
        return m_mounted;
    }

    const std::string &error() const
    {
        return m_error;
    }

private:
    std::filesystem::path m_dir;
    bool m_mounted = false;
    std::string m_error;
};

std::string logPath(const TestDatabase &db, const std::string &name)
{
    return db.dataDir() + "/" + name + ".log";
}
} // namespace

// Redis goes away under two instances: the API keeps answering (limits and caches fall back to the
// process), and once Redis is back the bus carries updates between instances again.
TEST(Fault, RedisStoppedMidRunThenBack)
{
    PrivateRedis redis(freePort());
    if (!redis.start())
    {
        if (std::getenv("CI"))
            FAIL() << "redis-server could not start";
        GTEST_SKIP() << "redis-server could not start";
    }
    TestDatabase db("sqlite");
    const int portA = freePort();
    const int portB = freePort();
    auto envA = prepareServer(db, portA, {{"NEXTEVENT_REDIS_URL", redis.url()}});
    auto envB = envA;
    envB["NEXTEVENT_HTTP_PORT"] = std::to_string(portB);
    ServerProcess a(envA, portA, logPath(db, "a"));
    ServerProcess b(envB, portB, logPath(db, "b"));
    ASSERT_TRUE(a.running() && b.running());
    const auto http = a.client();
    const std::string token = login(http);
    std::string surveyId, questionId;
    std::tie(surveyId, questionId) = liveSurvey(http, token);
    WsTestClient onB(portB);
    ASSERT_EQ(onB.subscribe("survey:" + surveyId)["type"], "snapshot");

    // Votes on A until B's subscriber sees the running total (B may still be subscribing to the bus).
    int votes = 0;
    const auto voteUntilBSeesIt = [&](std::chrono::seconds bound)
    {
        return eventually(
            [&]
            {
                const auto r = vote(http, surveyId, questionId);
                if (r.status != 201)
                    return false;
                ++votes;
                return !onB.until([&](const json &m)
                                  { return m["type"] == "update" && m["data"]["totalResponses"] == votes; },
                                  500ms)
                            .is_null();
            },
            bound);
    };
    ASSERT_TRUE(voteUntilBSeesIt(20s)) << "the bus never carried a vote from A to B\n" << b.log();

    redis.stop();
    // Serving goes on: reads, votes (per-client limits fall back to the process), sign-in (its throttle
    // too) and a check-in.
    EXPECT_EQ(http.get("/v2/surveys/" + surveyId, token).status, 200);
    for (int i = 0; i < 5; ++i)
    {
        const auto r = vote(http, surveyId, questionId);
        ASSERT_EQ(r.status, 201) << r.body << "\n" << a.log();
        ++votes;
    }
    EXPECT_FALSE(login(b.client()).empty());
    const std::string eventId = openEvent(http, token);
    auto r = http.post("/v2/events/" + eventId + "/attendees", {{"name", "Li Lei"}}, token);
    ASSERT_EQ(r.status, 201) << r.body;
    r = http.post("/v2/events/" + eventId + "/checkins", {{"code", r.json()["data"]["checkInCode"]}}, token);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(http.get("/healthz").status, 200);

    ASSERT_TRUE(redis.start());
    EXPECT_TRUE(voteUntilBSeesIt(30s)) << "the bus did not recover after Redis came back\n" << b.log();
    r = http.get("/v2/surveys/" + surveyId, token);
    EXPECT_EQ(r.json()["data"]["totalResponses"], votes) << "every acknowledged vote is counted";
}

// MariaDB restarted under a running server: requests in the outage fail fast and cleanly (503
// UNAVAILABLE, JSON), /readyz says not ready, and the pool reconnects by itself afterwards.
TEST(Fault, MariaDbRestartedUnderTheServer)
{
    PrivateServices services;
    if (services.mysqlUrl().empty())
    {
        if (std::getenv("CI"))
            FAIL() << "MariaDB could not start: " << services.startLog();
        GTEST_SKIP() << "MariaDB could not start: " << services.startLog();
    }
    ScopedEnv adminUrl("NEXTEVENT_TEST_MYSQL_URL", services.mysqlUrl());
    TestDatabase db("mysql");
    ASSERT_TRUE(db.available());
    const int port = freePort();
    ServerProcess server(prepareServer(db, port), port, logPath(db, "server"));
    const auto http = server.client();
    const std::string token = login(http);
    const std::string before = openEvent(http, token);
    ASSERT_EQ(http.get("/readyz").status, 200);

    ASSERT_TRUE(services.stopMariaDb());
    const json newEvent{
        {"title", "During"}, {"startDate", "2030-01-01T09:00:00Z"}, {"endDate", "2030-01-01T10:00:00Z"}};
    for (const auto &r : {http.get("/v2/events/" + before, token),
                          http.get("/v2/events?page=1", token),
                          http.post("/v2/events", newEvent, token),
                          http.post("/v2/auth/login", {{"username", "boss"}, {"password", kAdminPassword}})})
    {
        EXPECT_EQ(r.status, 503) << r.body;
        EXPECT_EQ(r.errorCode(), "UNAVAILABLE") << r.body;
        EXPECT_NE(r.header("content-type").find("application/json"), std::string::npos);
    }
    EXPECT_EQ(http.get("/readyz").status, 503);
    EXPECT_EQ(http.get("/healthz").status, 200) << "the process itself is alive";
    if (HasFailure())
        ADD_FAILURE() << "server log:\n" << server.log();

    ASSERT_TRUE(services.startMariaDb());
    EXPECT_TRUE(eventually([&] { return http.get("/v2/events/" + before, token).status == 200; }, 30s))
        << "requests did not succeed again after MariaDB came back\n"
        << server.log();
    const auto created = http.post("/v2/events", newEvent, token);
    EXPECT_EQ(created.status, 201) << created.body;
    EXPECT_TRUE(eventually([&] { return http.get("/readyz").status == 200; }, 10s));
    EXPECT_FALSE(login(http).empty());
}

class FaultKill : public ::testing::TestWithParam<std::string>
{
};

// A flood of votes, registrations and check-ins from three clients; the server is killed with SIGKILL
// as soon as enough have been acknowledged. After a restart on the same database every acknowledged
// write is there.
TEST_P(FaultKill, EveryAcknowledgedWriteSurvivesKillNine)
{
    TestDatabase db(GetParam());
    NEXTEVENT_REQUIRE_DATABASE(db);
    const int port = freePort();
    const auto env = prepareServer(db, port);
    std::string eventId, surveyId, questionId;
    std::vector<std::pair<std::string, std::string>> toCheckIn; // attendee id, code
    std::vector<std::string> registered, checkedIn;
    int votes = 0;
    {
        ServerProcess server(env, port, logPath(db, "first"));
        const auto http = server.client();
        const std::string token = login(http);
        eventId = openEvent(http, token);
        std::tie(surveyId, questionId) = liveSurvey(http, token);
        for (int i = 0; i < 16; ++i)
        {
            const auto r = http.post(
                "/v2/events/" + eventId + "/attendees", {{"name", "Early " + std::to_string(i)}}, token);
            ASSERT_EQ(r.status, 201) << r.body;
            toCheckIn.emplace_back(r.json()["data"]["id"], r.json()["data"]["checkInCode"]);
        }

        std::mutex mutex;
        std::atomic<int> acknowledged{0};
        std::atomic<bool> stop{false};
        const auto flood = [&](auto write)
        {
            return std::thread(
                [&, write]
                {
                    for (int i = 0; !stop; ++i)
                    {
                        try
                        {
                            if (!write(i))
                                return;
                            ++acknowledged;
                        }
                        catch (const std::exception &)
                        {
                            return; // the server is gone
                        }
                    }
                });
        };
        std::vector<std::thread> clients;
        clients.push_back(flood(
            [&](int)
            {
                if (vote(http, surveyId, questionId).status != 201)
                    return false;
                std::lock_guard lock(mutex);
                ++votes;
                return true;
            }));
        clients.push_back(flood(
            [&](int i)
            {
                const auto r = http.post(
                    "/v2/events/" + eventId + "/attendees", {{"name", "Flood " + std::to_string(i)}}, token);
                if (r.status != 201)
                    return false;
                std::lock_guard lock(mutex);
                registered.push_back(r.json()["data"]["id"]);
                return true;
            }));
        clients.push_back(flood(
            [&](int i)
            {
                if (i >= static_cast<int>(toCheckIn.size()))
                    return false;
                const auto r =
                    http.post("/v2/events/" + eventId + "/checkins", {{"code", toCheckIn[i].second}}, token);
                if (r.status != 200)
                    return false;
                std::lock_guard lock(mutex);
                checkedIn.push_back(toCheckIn[i].first);
                return true;
            }));
        const bool enough = eventually([&] { return acknowledged >= 30; }, 40s);
        server.killHard(); // while the clients are still writing
        stop = true;
        for (auto &client : clients)
            client.join();
        ASSERT_TRUE(enough) << "only " << acknowledged << " writes were acknowledged\n" << server.log();
    }
    ASSERT_GT(votes, 0);
    ASSERT_GT(registered.size(), 0u);
    ASSERT_GT(checkedIn.size(), 0u);

    ServerProcess restarted(env, port, logPath(db, "second"));
    const auto http = restarted.client();
    const std::string token = login(http);
    const auto survey = http.get("/v2/surveys/" + surveyId, token).json()["data"];
    // At least every acknowledged vote; one more may have landed unacknowledged when the kill came.
    EXPECT_GE(survey["totalResponses"].get<int>(), votes);
    EXPECT_LE(survey["totalResponses"].get<int>(), votes + 1);
    for (const auto &id : registered)
        EXPECT_EQ(http.get("/v2/events/" + eventId + "/attendees/" + id, token).status, 200)
            << "lost registration " << id;
    for (const auto &id : checkedIn)
    {
        const auto attendee = http.get("/v2/events/" + eventId + "/attendees/" + id, token).json()["data"];
        EXPECT_TRUE(attendee.contains("checkedInAt")) << "lost check-in " << attendee.dump();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, FaultKill, ::testing::Values("sqlite", "mysql"), backendName);

// The media directory's disk fills up: the upload gets 507 INSUFFICIENT_STORAGE, no partial file is left,
// and the server goes on serving (a smaller upload then succeeds).
TEST(Fault, DiskFullOnMediaUpload)
{
    TestDatabase db("sqlite");
    const std::filesystem::path media = std::filesystem::path(db.dataDir()) / "media";
    SmallFilesystem small(media, 64 * 1024);
    if (!small.mounted())
    {
        if (std::getenv("CI"))
            FAIL() << "cannot mount a small tmpfs (needs root): " << small.error();
        GTEST_SKIP() << "cannot mount a small tmpfs (needs root): " << small.error();
    }
    const int port = freePort();
    ServerProcess server(prepareServer(db, port), port, logPath(db, "server"));
    const auto http = server.client();
    const std::string token = login(http);

    // PNG signature + IHDR: what the content sniffer needs; the rest is payload.
    const std::string header(
        "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00", 29);
    const auto upload = [&](std::size_t size, char fill)
    {
        const std::string bytes = header + std::string(size - header.size(), fill);
        const std::string body =
            "--fault\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
            "Content-Type: image/png\r\n\r\n" +
            bytes + "\r\n--fault--\r\n";
        return http.request(
            "POST", "/v2/media", body, token, {{"Content-Type", "multipart/form-data; boundary=fault"}});
    };
    const auto filesUnderMedia = [&]
    {
        std::vector<std::string> files;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(media))
            if (entry.is_regular_file())
                files.push_back(entry.path().filename().string());
        return files;
    };

    const auto full = upload(256 * 1024, 'x');
    EXPECT_EQ(full.status, 507) << full.body;
    EXPECT_EQ(full.errorCode(), "INSUFFICIENT_STORAGE") << full.body;
    EXPECT_TRUE(filesUnderMedia().empty()) << "a partial file was left: " << filesUnderMedia().front();

    EXPECT_EQ(http.get("/healthz").status, 200);
    const auto small_ = upload(4 * 1024, 'y');
    ASSERT_EQ(small_.status, 201) << small_.body;
    EXPECT_EQ(filesUnderMedia().size(), 1u);
    const auto served = http.get(small_.json()["data"]["url"].get<std::string>());
    EXPECT_EQ(served.status, 200);
    EXPECT_EQ(served.body.size(), 4u * 1024);
}
