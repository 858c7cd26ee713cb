// SPDX-License-Identifier: MIT
#include "TestServer.h"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <regex>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include "nextevent/Ids.h"

#include "server/store/Migrator.h"

namespace nextevent::test
{

nlohmann::json HttpResult::json() const
{
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        ADD_FAILURE() << "response is not JSON: " << body.substr(0, 300);
    return parsed;
}

std::string HttpResult::header(const std::string &lowerName) const
{
    auto it = headers.find(lowerName);
    return it == headers.end() ? "" : it->second;
}

std::string HttpResult::errorCode() const
{
    auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_object() && j.contains("error") && j["error"].is_object())
        return j["error"].value("code", "");
    return "";
}

HttpClient::HttpClient(int port)
    : m_port(port)
{
}

HttpResult HttpClient::request(const std::string &method,
                               const std::string &path,
                               const std::string &body,
                               const std::string &token,
                               const std::map<std::string, std::string> &headers) const
{
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(m_port));
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    for (const auto &[k, v] : headers)
        request.set(k, v);
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
    {
        if (!headers.contains("Content-Type"))
            request.setContentType("application/json");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto &in = session.receiveResponse(response);
    HttpResult result;
    result.status = response.getStatus();
    for (const auto &[name, value] : response)
    {
        std::string lower = name;
        for (auto &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        result.headers[lower] = value;
    }
    Poco::StreamCopier::copyToString(in, result.body);
    return result;
}

HandlerRuns handlerRuns(const HttpClient &client)
{
    const auto page = client.get("/metrics").body;
    const auto count = [&page](const std::string &thread)
    {
        const std::regex line("nextevent_http_handler_runs_total\\{thread=\"" + thread + "\"\\} ([0-9]+)");
        std::smatch m;
        return std::regex_search(page, m, line) ? std::stod(m[1]) : -1;
    };
    return {count("io"), count("worker"), count("restarted")};
}

HttpResult HttpClient::get(const std::string &path, const std::string &token) const
{
    return request("GET", path, {}, token);
}

HttpResult
HttpClient::post(const std::string &path, const nlohmann::json &body, const std::string &token) const
{
    return request("POST", path, body.dump(), token);
}

HttpResult
HttpClient::put(const std::string &path, const nlohmann::json &body, const std::string &token) const
{
    return request("PUT", path, body.dump(), token);
}

HttpResult HttpClient::del(const std::string &path, const std::string &token) const
{
    return request("DELETE", path, {}, token);
}

namespace
{
std::string tempDir()
{
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("nextevent-it-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    return dir.string();
}

/// Runs one statement as the test administrator (no database selected).
void mysqlAdmin(const std::string &adminUrl, const std::string &sql)
{
    auto url = server::store::DatabaseUrl::parse(adminUrl);
    url.database = "mysql";
    server::store::Database database(url, 1);
    database.connect().execute(sql);
}
} // namespace

TestDatabase::TestDatabase(const std::string &backend)
    : m_backend(backend)
    , m_dataDir(tempDir())
{
    if (backend == "sqlite")
        m_url = "sqlite:" + m_dataDir + "/nextevent.db";
    else if (const char *admin = std::getenv("NEXTEVENT_TEST_MYSQL_URL"); admin && *admin)
    {
        std::string base = admin;
        while (!base.empty() && base.back() == '/')
            base.pop_back();
        m_mysqlName = "ne_test_" + newUuid().substr(0, 8);
        mysqlAdmin(admin,
                   "CREATE DATABASE " + m_mysqlName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        m_url = base + "/" + m_mysqlName;
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_mysqlName.empty())
    {
        try
        {
            mysqlAdmin(std::getenv("NEXTEVENT_TEST_MYSQL_URL"), "DROP DATABASE IF EXISTS " + m_mysqlName);
        }
        catch (const std::exception &)
        {
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

std::string TestDatabase::unavailableReason(const std::string &backend)
{
    return "SKIPPED: the " + backend +
           " backend is not available (NEXTEVENT_TEST_MYSQL_URL is unset; scripts/test.sh starts MariaDB and "
           "sets it)";
}

int freePort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    return socket.address().port();
}

TestServer::TestServer(const TestDatabase &database, std::map<std::string, std::string> overrides)
{
    std::map<std::string, std::string> env{{"NEXTEVENT_ENV", "test"},
                                           {"NEXTEVENT_HTTP_PORT", "0"},
                                           {"NEXTEVENT_DATA_DIR", database.dataDir()},
                                           {"NEXTEVENT_DB_URL", database.url()},
                                           {"NEXTEVENT_DB_POOL_SIZE", "16"},
                                           {"NEXTEVENT_HTTP_MAX_THREADS", "64"},
                                           {"NEXTEVENT_PASSWORD_HASH_COST", "min"},
                                           {"NEXTEVENT_LOGIN_ATTEMPTS_PER_MINUTE", "1000"},
                                           // Tests post from one address and few respondents; the limits
                                           // have tests of their own that lower these.
                                           {"NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE", "1000000"},
                                           {"NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE", "1000000"},
                                           {"NEXTEVENT_LOG_LEVEL", "warning"}};
    // The suite runs against either HTTP front: NEXTEVENT_HTTP_FRONT=reactor ctest -R integration.
    if (const char *front = std::getenv("NEXTEVENT_HTTP_FRONT"))
        env["NEXTEVENT_HTTP_FRONT"] = front;
    for (auto &[k, v] : overrides)
        env[k] = v;
    const auto config = server::app::Config::resolve({}, env);
    m_context = server::ServerContext::create(config);
    server::store::Migrator(*m_context->database).migrate();
    auto unit = m_context->store->write();
    const std::vector<std::pair<std::string, Role>> staff{{"admin", Role::Admin},
                                                          {"organizer", Role::Organizer},
                                                          {"presenter", Role::Presenter},
                                                          {"checkin", Role::Checkin},
                                                          {"viewer", Role::Viewer}};
    for (const auto &[name, role] : staff)
    {
        // A second server on the same database (a multi-instance test) finds the accounts already there.
        if (unit->users().findByUsername(name))
            continue;
        User user;
        user.id = newUuid();
        user.username = name;
        user.displayName = name;
        user.roles = {role};
        user.createdAt = user.updatedAt = nextevent::now();
        unit->users().insert(user, m_context->hasher->hash(passwordFor(name)));
    }
    unit->commit();
    unit.reset();
    // Started as `serve` starts it; tests that need the job workers start them.
    m_serving = std::make_unique<server::Serving>(*m_context, server::Serving::Options{std::nullopt, false});
}

TestServer::~TestServer()
{
    m_serving->stop(2);
}

int TestServer::port() const
{
    return m_serving->port();
}

std::string TestServer::login(const std::string &username) const
{
    const auto r =
        client().post("/v2/auth/login", {{"username", username}, {"password", passwordFor(username)}});
    EXPECT_EQ(r.status, 200) << r.body;
    if (r.status != 200)
        return {};
    return r.json()["data"]["accessToken"].get<std::string>();
}

std::string backendName(const testing::TestParamInfo<std::string> &info)
{
    return info.param == "sqlite" ? "SQLite" : "MariaDB";
}

} // namespace nextevent::test
