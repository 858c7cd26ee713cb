// SPDX-License-Identifier: MIT
// The nextevent-server binary as IT runs it: subcommands, refusal to start unsafely, graceful stop, and
// durability of an acknowledged check-in across a hard kill.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include "ApiTest.h"
#include "server/store/Database.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
struct RunResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs the server binary to completion with extra environment and optional stdin.
RunResult
run(const std::vector<std::string> &args, const Poco::Process::Env &env, const std::string &input = {})
{
    Poco::Pipe in, out, err;
    auto handle = Poco::Process::launch(NEXTEVENT_SERVER_BINARY, args, std::string(), &in, &out, &err, env);
    Poco::PipeOutputStream stdinStream(in);
    stdinStream << input;
    stdinStream.close();
    Poco::PipeInputStream outStream(out), errStream(err);
    RunResult r;
    Poco::StreamCopier::copyToString(outStream, r.out);
    Poco::StreamCopier::copyToString(errStream, r.err);
    r.exitCode = handle.wait();
    return r;
}

/// The port in a port file, or 0 while there is none (the server renames a complete file into place).
int readPortFile(const std::string &path)
{
    std::ifstream in(path);
    int port = 0;
    return in >> port ? port : 0;
}

/// A server process in the background, started on port 0 (env sets NEXTEVENT_HTTP_PORT=0 and
/// NEXTEVENT_HTTP_PORT_FILE=portFile); port() is the one it picked, read back from its port file.
class ServerProcess
{
public:
    ServerProcess(const Poco::Process::Env &env, const std::string &portFile)
    {
        std::filesystem::remove(portFile); // left behind by a server that was killed
        m_handle = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(
            NEXTEVENT_SERVER_BINARY, {"serve"}, std::string(), nullptr, &m_err, &m_err, env));
        // Generous bounds: they only limit how long a broken start takes to report.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while ((m_port = readPortFile(portFile)) == 0)
        {
            if (!Poco::Process::isRunning(*m_handle) || std::chrono::steady_clock::now() > deadline)
            {
                ADD_FAILURE() << "the server wrote no port file " << portFile;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        while (std::chrono::steady_clock::now() < deadline)
        {
            try
            {
                if (HttpClient(m_port).get("/healthz").status == 200)
                    return;
            }
            catch (const std::exception &)
            {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ADD_FAILURE() << "server did not become healthy";
    }

    int port() const
    {
        return m_port;
    }

    ~ServerProcess()
    {
        if (m_handle && Poco::Process::isRunning(*m_handle))
        {
            Poco::Process::kill(*m_handle);
            m_handle->wait();
        }
    }

    void killHard()
    {
        Poco::Process::kill(*m_handle); // SIGKILL: no chance to flush or close anything
        m_handle->wait();
        m_handle.reset();
    }

    /// SIGTERM; returns exit code and the log written.
    std::pair<int, std::string> terminate()
    {
        Poco::Process::requestTermination(m_handle->id());
        const int code = m_handle->wait();
        m_handle.reset();
        Poco::PipeInputStream errStream(m_err);
        std::string log;
        Poco::StreamCopier::copyToString(errStream, log);
        return {code, log};
    }

private:
    int m_port = 0;
    Poco::Pipe m_err;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
};
} // namespace

class Process : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        portFile = m_db->dataDir() + "/http.port";
        env = {{"NEXTEVENT_DATA_DIR", m_db->dataDir()},
               {"NEXTEVENT_DB_URL", m_db->url()},
               {"NEXTEVENT_HTTP_PORT", "0"},
               {"NEXTEVENT_HTTP_PORT_FILE", portFile},
               {"NEXTEVENT_PASSWORD_HASH_COST", "min"},
               {"NEXTEVENT_ENV", "development"}};
    }

    std::unique_ptr<TestDatabase> m_db;
    std::string portFile;
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
                            "NEXTEVENT_HTTP_PORT_FILE",
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
        ServerProcess server(env, portFile);
        HttpClient http(server.port());
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
    ServerProcess restarted(env, portFile);
    HttpClient http(restarted.port());
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
    ServerProcess server(env, portFile);
    EXPECT_EQ(HttpClient(server.port()).get("/readyz").status, 200);
    const auto [code, log] = server.terminate();
    EXPECT_EQ(code, 0);
    EXPECT_NE(log.find("stopped cleanly"), std::string::npos) << log;
    EXPECT_EQ(log.find("jwt"), std::string::npos) << "secrets are never logged";
    EXPECT_FALSE(std::filesystem::exists(portFile)) << "a clean stop removes the port file";
}

TEST_P(Process, PortZeroIsReadBackFromThePortFileAndUsedForTheDerivedPublicUrl)
{
    ServerProcess server(env, portFile);
    ASSERT_GT(server.port(), 0);
    EXPECT_EQ(readPortFile(portFile), server.port());
    EXPECT_EQ(HttpClient(server.port()).get("/healthz").status, 200);
    // No NEXTEVENT_PUBLIC_URL: the public URL is derived from the port actually bound, not from the 0
    // asked for. Pages name it in their Content-Security-Policy (the WebSocket origin they may open).
    const auto page = HttpClient(server.port()).get("/m/events/00000000-0000-4000-8000-000000000000");
    const std::string csp = page.header("content-security-policy");
    EXPECT_NE(csp.find("ws://127.0.0.1:" + std::to_string(server.port())), std::string::npos) << csp;
    EXPECT_EQ(csp.find("ws://127.0.0.1:0 "), std::string::npos) << csp;
    EXPECT_EQ(csp.find("ws://127.0.0.1:0;"), std::string::npos) << csp;
}

TEST_P(Process, SeedDemoPrintsCredentialsOnce)
{
    const auto first = run({"seed-demo"}, env);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_NE(first.out.find("admin / admin-demo-pass"), std::string::npos) << first.out;
    const auto second = run({"seed-demo"}, env);
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_NE(second.out.find("already has users"), std::string::npos);
    ServerProcess server(env, portFile);
    HttpClient http(server.port());
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
