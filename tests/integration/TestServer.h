// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/ServerContext.h"
#include "server/Serving.h"

namespace nextevent::test
{

/// One HTTP exchange's outcome.
struct HttpResult
{
    int status = 0;
    std::map<std::string, std::string> headers; ///< lower-case names
    std::string body;

    nlohmann::json json() const;
    std::string header(const std::string &lowerName) const;
    /// error.code of a failure envelope, or "" when there is none.
    std::string errorCode() const;
};

/// A plain HTTP client over real sockets (POCO HTTPClientSession), one connection per call.
class HttpClient
{
public:
    explicit HttpClient(int port);

    HttpResult request(const std::string &method,
                       const std::string &path,
                       const std::string &body = {},
                       const std::string &token = {},
                       const std::map<std::string, std::string> &headers = {}) const;
    HttpResult get(const std::string &path, const std::string &token = {}) const;
    HttpResult post(const std::string &path, const nlohmann::json &body, const std::string &token = {}) const;
    HttpResult put(const std::string &path, const nlohmann::json &body, const std::string &token = {}) const;
    HttpResult del(const std::string &path, const std::string &token = {}) const;

private:
    int m_port;
};

/// How many requests the reactor front ran on each thread (nextevent_http_handler_runs_total), from one
/// /metrics page, whose own request counts as a worker's.
struct HandlerRuns
{
    double io = -1;
    double worker = -1;
    double restarted = -1;
};

HandlerRuns handlerRuns(const HttpClient &client);

/// A database for one test: a fresh SQLite file, or a fresh MariaDB database created through
/// NEXTEVENT_TEST_MYSQL_URL. Dropped/removed on destruction.
class TestDatabase
{
public:
    /// backend: "sqlite" or "mysql". For mysql without NEXTEVENT_TEST_MYSQL_URL, available() is false.
    explicit TestDatabase(const std::string &backend);
    ~TestDatabase();

    bool available() const
    {
        return !m_url.empty();
    }

    const std::string &url() const
    {
        return m_url;
    }

    const std::string &dataDir() const
    {
        return m_dataDir;
    }

    /// Why the backend is unavailable (for the skip message).
    static std::string unavailableReason(const std::string &backend);

private:
    std::string m_backend;
    std::string m_url;
    std::string m_dataDir;
    std::string m_mysqlName;
};

/// A real nextevent server in this process, listening on a free loopback port, with seeded staff accounts:
/// admin, organizer, presenter, checkin and viewer (password "<role>-password-1"). Several may share one
/// TestDatabase, as instances of one deployment do.
class TestServer
{
public:
    explicit TestServer(const TestDatabase &database, std::map<std::string, std::string> overrides = {});
    ~TestServer();

    int port() const;

    HttpClient client() const
    {
        return HttpClient(port());
    }

    server::ServerContext &context()
    {
        return *m_context;
    }

    /// Signs in and returns the access token; fails the test on error.
    std::string login(const std::string &username) const;

    static std::string passwordFor(const std::string &username)
    {
        return username + "-password-1";
    }

private:
    std::unique_ptr<server::ServerContext> m_context;
    std::unique_ptr<server::Serving> m_serving;
};

/// A free TCP port on 127.0.0.1.
int freePort();

/// "sqlite" always; "mysql" too. Tests skip mysql (visibly) when MariaDB is not configured, and fail
/// instead when CI=true, so CI never silently drops the MariaDB half of the suite.
std::string backendName(const testing::TestParamInfo<std::string> &info);

} // namespace nextevent::test

/// In a fixture's SetUp: skip (or, under CI, fail) when the database backend is not available.
#define NEXTEVENT_REQUIRE_DATABASE(db)                                                                       \
    do                                                                                                       \
    {                                                                                                        \
        if (!(db).available())                                                                               \
        {                                                                                                    \
            if (std::getenv("CI"))                                                                           \
                FAIL() << ::nextevent::test::TestDatabase::unavailableReason(GetParam());                    \
            else                                                                                             \
                GTEST_SKIP() << ::nextevent::test::TestDatabase::unavailableReason(GetParam());              \
        }                                                                                                    \
    } while (false)
