// SPDX-License-Identifier: MIT
// The nextevent-server binary as IT runs it: subcommands, refusal to start unsafely, graceful stop, and
// durability of an acknowledged check-in across a hard kill.
#include <chrono>
#include <thread>

#include "ApiTest.h"
#include "ServerProcess.h"
#include "server/store/Database.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
RunResult
run(const std::vector<std::string> &args, const Poco::Process::Env &env, const std::string &input = {})
{
    return runServerCommand(args, env, input);
}
} // namespace

class Process : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        port = freePort();
        env = {{"NEXTEVENT_DATA_DIR", m_db->dataDir()},
               {"NEXTEVENT_DB_URL", m_db->url()},
               {"NEXTEVENT_HTTP_PORT", std::to_string(port)},
               {"NEXTEVENT_PASSWORD_HASH_COST", "min"},
               {"NEXTEVENT_ENV", "development"}};
    }

    std::unique_ptr<TestDatabase> m_db;
    int port = 0;
    Poco::Process::Env env;
};

TEST_P(Process, VersionAndHelpDocumentEveryKey)
{
    const auto version = run({"--version"}, env);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("nextevent-server ", 0), 0u);
    const auto help = run({"--help"}, env);
    EXPECT_EQ(help.exitCode, 0);
    for (const char *key : {"NEXTEVENT_ENV",
                            "NEXTEVENT_HTTP_HOST",
                            "NEXTEVENT_HTTP_PORT",
                            "NEXTEVENT_PUBLIC_URL",
                            "NEXTEVENT_DATA_DIR",
                            "NEXTEVENT_DB_URL",
                            "NEXTEVENT_REDIS_URL",
                            "NEXTEVENT_JWT_SECRET",
                            "NEXTEVENT_WECHAT_APP_ID",
                            "NEXTEVENT_WECHAT_APP_SECRET",
                            "NEXTEVENT_WECHAT_TOKEN",
                            "NEXTEVENT_WECHAT_AES_KEY",
                            "NEXTEVENT_WECHAT_API_BASE",
                            "NEXTEVENT_LOG_FORMAT"})
        EXPECT_NE(help.out.find(key), std::string::npos) << key;
    EXPECT_EQ(run({"--bogus"}, env).exitCode, 2);
    EXPECT_EQ(run({"frobnicate"}, env).exitCode, 2);
}

TEST_P(Process, ProductionRefusesAMissingOrShortSecret)
{
    auto production = env;
    production["NEXTEVENT_ENV"] = "production";
    production["NEXTEVENT_PASSWORD_HASH_COST"] = "interactive";
    const auto missing = run({"serve"}, production);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("NEXTEVENT_JWT_SECRET"), std::string::npos) << missing.err;
    EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1) << "one line: " << missing.err;
    production["NEXTEVENT_JWT_SECRET"] = "too-short";
    const auto shortSecret = run({"serve"}, production);
    EXPECT_EQ(shortSecret.exitCode, 1);
    EXPECT_NE(shortSecret.err.find("too short"), std::string::npos) << shortSecret.err;
}

TEST_P(Process, ServeRefusesASchemaNewerThanItKnows)
{
    ASSERT_EQ(run({"migrate"}, env).exitCode, 0);
    {
        nextevent::server::store::Database db(nextevent::server::store::DatabaseUrl::parse(m_db->url()), 1);
        db.connect().execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");
    }
    const auto r = run({"serve"}, env);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("newer"), std::string::npos) << r.err;
}

TEST_P(Process, AcknowledgedCheckInSurvivesAHardKill)
{
    ASSERT_EQ(run({"migrate"}, env).exitCode, 0);
    const auto added = run({"user", "add", "--username", "boss", "--role", "admin", "--password-stdin"},
                           env,
                           "boss-password-1\n");
    ASSERT_EQ(added.exitCode, 0) << added.err;
    std::string eventId, attendeeId;
    {
        ServerProcess server(env, port);
        HttpClient http(port);
        const std::string token =
            http.post("/v2/auth/login", {{"username", "boss"}, {"password", "boss-password-1"}})
                .json()["data"]["accessToken"];
        auto event = http.post("/v2/events",
                               {{"title", "Durable"},
                                {"startDate", "2030-01-01T09:00:00Z"},
                                {"endDate", "2030-01-01T10:00:00Z"}},
                               token)
                         .json()["data"];
        eventId = event["id"];
        http.post("/v2/events/" + eventId + "/transition", {{"to", "published"}}, token);
        auto attendee =
            http.post("/v2/events/" + eventId + "/attendees", {{"name", "Kept"}}, token).json()["data"];
        attendeeId = attendee["id"];
        const auto checkIn =
            http.post("/v2/events/" + eventId + "/checkins", {{"code", attendee["checkInCode"]}}, token);
        ASSERT_EQ(checkIn.status, 200);
        server.killHard();
    }
    ServerProcess restarted(env, port);
    HttpClient http(port);
    const std::string token =
        http.post("/v2/auth/login", {{"username", "boss"}, {"password", "boss-password-1"}})
            .json()["data"]["accessToken"];
    const auto attendee =
        http.get("/v2/events/" + eventId + "/attendees/" + attendeeId, token).json()["data"];
    EXPECT_TRUE(attendee.contains("checkedInAt")) << attendee.dump();
    EXPECT_EQ(http.get("/v2/events/" + eventId, token).json()["data"]["counts"]["checkedIn"], 1);
}

TEST_P(Process, SigtermStopsGracefully)
{
    ServerProcess server(env, port);
    EXPECT_EQ(HttpClient(port).get("/readyz").status, 200);
    const auto [code, log] = server.terminate();
    EXPECT_EQ(code, 0);
    EXPECT_NE(log.find("stopped cleanly"), std::string::npos) << log;
    EXPECT_EQ(log.find("jwt"), std::string::npos) << "secrets are never logged";
}

TEST_P(Process, SeedDemoPrintsCredentialsOnce)
{
    const auto first = run({"seed-demo"}, env);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_NE(first.out.find("admin / admin-demo-pass"), std::string::npos) << first.out;
    const auto second = run({"seed-demo"}, env);
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_NE(second.out.find("already has users"), std::string::npos);
    ServerProcess server(env, port);
    HttpClient http(port);
    const std::string token =
        http.post("/v2/auth/login", {{"username", "staff"}, {"password", "staff-demo-pass"}})
            .json()["data"]["accessToken"];
    const auto events = http.get("/v2/events", token).json()["data"];
    EXPECT_EQ(events["total"], 5);
    std::set<std::string> statuses;
    for (const auto &e : events["items"])
        statuses.insert(e["status"].get<std::string>());
    EXPECT_EQ(statuses, (std::set<std::string>{"draft", "published", "active", "completed", "cancelled"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, Process, ::testing::Values("sqlite", "mysql"), backendName);
