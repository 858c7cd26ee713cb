// SPDX-License-Identifier: MIT
// The HTTP fronts on the wire (http.front = poco and reactor): keep-alive, pipelining, HEAD,
// Expect: 100-continue, chunked bodies, and hostile or slow clients. Raw sockets, so every byte is ours.
#include <algorithm>
#include <chrono>
#include <optional>
#include <regex>
#include <string>
#include <sys/socket.h>
#include <vector>

#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>

#include "ServerProcess.h"
#include "TestServer.h"

using namespace nextevent::test;

namespace
{
/// One answer read off a raw connection.
struct RawAnswer
{
    int status = 0;
    std::map<std::string, std::string> headers; ///< lower-case names
    std::string body;
};

/// A client connection that writes exactly the bytes it is given and reads answers one by one.
class RawConnection
{
public:
    explicit RawConnection(int port)
    {
        m_socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
        m_socket.setReceiveTimeout(Poco::Timespan(0, 100000));
    }

    void send(const std::string &bytes)
    {
        m_socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    }

    /// Half-closes: the server sees the end of the requests but may still answer.
    void shutdownSend()
    {
        m_socket.shutdownSend();
    }

    /// The next answer (its body skipped for a HEAD), or nothing when the connection closed or nothing
    /// whole arrived within `within`.
    std::optional<RawAnswer> read(bool head = false, std::chrono::seconds within = std::chrono::seconds(15))
    {
        const auto deadline = std::chrono::steady_clock::now() + within;
        while (true)
        {
            const auto end = m_buffer.find("\r\n\r\n");
            if (end != std::string::npos)
            {
                RawAnswer answer;
                std::istringstream lines(m_buffer.substr(0, end));
                std::string line;
                std::getline(lines, line);
                if (line.size() < 12 || line.rfind("HTTP/1.", 0) != 0)
                    return std::nullopt;
                answer.status = std::stoi(line.substr(9, 3));
                while (std::getline(lines, line))
                {
                    if (!line.empty() && line.back() == '\r')
                        line.pop_back();
                    const auto colon = line.find(':');
                    if (colon == std::string::npos)
                        continue;
                    std::string name = line.substr(0, colon);
                    for (auto &c : name)
                        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    const auto value = line.find_first_not_of(' ', colon + 1);
                    answer.headers[name] = value == std::string::npos ? std::string() : line.substr(value);
                }
                std::size_t length = 0;
                if (!head && answer.status >= 200 && answer.status != 204 &&
                    answer.headers.count("content-length"))
                    length = std::stoul(answer.headers["content-length"]);
                if (m_buffer.size() >= end + 4 + length)
                {
                    answer.body = m_buffer.substr(end + 4, length);
                    m_buffer.erase(0, end + 4 + length);
                    return answer;
                }
            }
            if (m_closed || std::chrono::steady_clock::now() > deadline)
                return std::nullopt;
            receive();
        }
    }

    /// True once the server has closed the connection (waiting up to `within`); answers still unread stay.
    bool closedWithin(std::chrono::seconds within)
    {
        const auto deadline = std::chrono::steady_clock::now() + within;
        while (!m_closed && std::chrono::steady_clock::now() < deadline)
            receive();
        return m_closed;
    }

    const std::string &unread() const
    {
        return m_buffer;
    }

private:
    void receive()
    {
        char chunk[8192];
        try
        {
            const int n = m_socket.receiveBytes(chunk, sizeof chunk);
            if (n <= 0)
                m_closed = true;
            else
                m_buffer.append(chunk, static_cast<std::size_t>(n));
        }
        catch (const Poco::TimeoutException &)
        {
        }
        catch (const Poco::Net::NetException &)
        {
            m_closed = true; // reset
        }
    }

    Poco::Net::StreamSocket m_socket;
    std::string m_buffer;
    bool m_closed = false;
};

std::string get(const std::string &path, const std::string &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

std::string frontName(const ::testing::TestParamInfo<std::string> &param)
{
    return param.param;
}

/// The value of a Prometheus series without labels in a /metrics page, or -1.
double metric(const std::string &page, const std::string &name)
{
    const std::regex line("\n" + name + " ([-+0-9.eE]+)\n");
    std::smatch m;
    return std::regex_search(page, m, line) ? std::stod(m[1]) : -1;
}
} // namespace

/// Both fronts, one server each (SQLite: the wire does not depend on the database).
class HttpFront : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>("sqlite");
        m_server = std::make_unique<TestServer>(*m_db,
                                                std::map<std::string, std::string>{
                                                    {"NEXTEVENT_HTTP_FRONT", GetParam()},
                                                    {"NEXTEVENT_HTTP_TIMEOUT_SECONDS", "1"},
                                                    {"NEXTEVENT_HTTP_KEEP_ALIVE_SECONDS", "1"},
                                                    {"NEXTEVENT_HTTP_MAX_BODY_BYTES", "4096"},
                                                });
    }

    void TearDown() override
    {
        m_server.reset();
        m_db.reset();
    }

    int port() const
    {
        return m_server->port();
    }

    /// The server still answers a new client.
    void expectAlive() const
    {
        EXPECT_EQ(m_server->client().get("/healthz").status, 200);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestServer> m_server;
};

TEST_P(HttpFront, PipelinedRequestsAreAnsweredInOrderOnOneConnection)
{
    RawConnection c(port());
    // Three requests in one write, one of them HEAD: the answers come back in the order asked.
    c.send(get("/healthz", "X-Request-Id: first\r\n") +
           "HEAD /v2/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: second\r\n\r\n" +
           get("/v2/nope", "X-Request-Id: third\r\n"));
    const auto first = c.read();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, 200);
    EXPECT_EQ(first->headers.at("x-request-id"), "first");
    const auto second = c.read(true);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 200);
    EXPECT_EQ(second->headers.at("x-request-id"), "second");
    EXPECT_GT(std::stoul(second->headers.at("content-length")), 1000u) << "HEAD announces the GET's length";
    const auto third = c.read();
    ASSERT_TRUE(third);
    EXPECT_EQ(third->status, 404);
    EXPECT_EQ(third->headers.at("x-request-id"), "third");
    EXPECT_NE(third->body.find("NOT_FOUND"), std::string::npos) << third->body;
    // HEAD sent no body: nothing is left over after the third answer, and the connection stays open.
    c.send(get("/healthz"));
    const auto fourth = c.read();
    ASSERT_TRUE(fourth);
    EXPECT_EQ(fourth->status, 200);
    EXPECT_TRUE(c.unread().empty()) << c.unread();
}

TEST_P(HttpFront, AnswersGivenAfterTheirCommitKeepTheirPlaceInAPipeline)
{
    // A survey response is answered once its group commit is written (the reactor front's worker does not
    // wait for it). Pipelined with other requests on one connection, the answers still come back in the
    // order asked, and a respondent's second answer is refused by its commit with 409.
    const auto token = m_server->login("organizer");
    const nlohmann::json question{{"type", "single_choice"}, {"text", "Pick"}, {"options", {"A", "B"}}};
    const auto created = m_server->client().post(
        "/v2/surveys", {{"title", "Pipelined"}, {"isActive", true}, {"questions", {question}}}, token);
    ASSERT_EQ(created.status, 201) << created.body;
    const auto survey = created.json()["data"];
    const auto &q = survey["questions"][0];
    const std::string body =
        nlohmann::json{{"answers", {{{"questionId", q["id"]}, {"optionIds", {q["options"][0]["id"]}}}}}}
            .dump();
    const auto post = [&](const std::string &headers)
    {
        return "POST /v2/surveys/" + survey["id"].get<std::string>() +
               "/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
               "application/json\r\nContent-Length: " +
               std::to_string(body.size()) + "\r\n" + headers + "\r\n" + body;
    };

    RawConnection c(port());
    c.send(post(""));
    const auto first = c.read();
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 201) << first->body;
    const std::string cookie =
        first->headers.at("set-cookie").substr(0, first->headers.at("set-cookie").find(';'));

    c.send(post("Cookie: " + cookie + "\r\nX-Request-Id: again\r\n") +
           get("/healthz", "X-Request-Id: health\r\n") + post("X-Request-Id: other\r\n"));
    const auto again = c.read();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 409) << again->body;
    EXPECT_EQ(again->headers.at("x-request-id"), "again");
    EXPECT_NE(again->body.find("already_answered"), std::string::npos) << again->body;
    const auto health = c.read();
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(health->headers.at("x-request-id"), "health");
    const auto other = c.read();
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 201) << other->body;
    EXPECT_EQ(other->headers.at("x-request-id"), "other");

    const auto csv =
        m_server->client().get("/v2/surveys/" + survey["id"].get<std::string>() + "/responses.csv", token);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3) << csv.body; // header and two responses
}

TEST_P(HttpFront, PipelinedGarbageIsRefusedAfterTheGoodRequests)
{
    RawConnection c(port());
    c.send(get("/healthz") + get("/healthz") + "\x01\x02 garbage \xff\r\n\r\n" + get("/healthz"));
    for (int i = 0; i < 2; ++i)
    {
        const auto ok = c.read();
        ASSERT_TRUE(ok) << i;
        EXPECT_EQ(ok->status, 200);
    }
    const auto refused = c.read();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 400);
    EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
    EXPECT_FALSE(c.read()) << "nothing is answered after the garbage";
    expectAlive();
}

TEST_P(HttpFront, OversizedHeadersAreRefusedAndTheConnectionClosed)
{
    {
        RawConnection c(port());
        c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
        const auto refused = c.read();
        ASSERT_TRUE(refused);
        EXPECT_TRUE(refused->status == 400 || refused->status == 431) << refused->status;
        EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
    }
    {
        // Many small fields.
        std::string head = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 200; ++i)
            head += "X-F" + std::to_string(i) + ": v\r\n";
        RawConnection c(port());
        c.send(head + "\r\n");
        const auto refused = c.read();
        ASSERT_TRUE(refused);
        EXPECT_TRUE(refused->status == 400 || refused->status == 431) << refused->status;
        EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
    }
    expectAlive();
}

TEST_P(HttpFront, HalfClosedClientsGetEveryAnswerThenTheClose)
{
    RawConnection c(port());
    c.send(get("/healthz", "X-Request-Id: a\r\n") + get("/healthz", "X-Request-Id: b\r\n"));
    c.shutdownSend();
    const auto a = c.read();
    const auto b = c.read();
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->headers.at("x-request-id"), "a");
    EXPECT_EQ(b->headers.at("x-request-id"), "b");
    EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
    expectAlive();
}

TEST_P(HttpFront, IdleKeepAliveConnectionsAreClosed)
{
    RawConnection c(port());
    c.send(get("/healthz"));
    ASSERT_TRUE(c.read());
    EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
}

TEST_P(HttpFront, ExpectContinueAndChunkedBodies)
{
    const std::string login = R"({"username":"admin","password":"admin-password-1"})";
    {
        // Expect: 100-continue: the interim answer, then the body, then the real answer.
        RawConnection c(port());
        c.send(
            "POST /v2/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
            std::to_string(login.size()) + "\r\nExpect: 100-continue\r\n\r\n");
        const auto interim = c.read();
        ASSERT_TRUE(interim);
        EXPECT_EQ(interim->status, 100);
        c.send(login);
        const auto answer = c.read();
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 200) << answer->body;
    }
    {
        // A chunked body, in two chunks.
        RawConnection c(port());
        const std::string half1 = login.substr(0, 10), half2 = login.substr(10);
        std::ostringstream chunked;
        chunked << std::hex << half1.size() << "\r\n"
                << half1 << "\r\n"
                << half2.size() << "\r\n"
                << half2 << "\r\n0\r\n\r\n";
        c.send("POST /v2/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Transfer-Encoding: chunked\r\n\r\n" +
               chunked.str());
        const auto answer = c.read();
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 200) << answer->body;
    }
    {
        // A chunked body past http.maxBodyBytes (4096 here): 413.
        RawConnection c(port());
        std::ostringstream chunked;
        for (int i = 0; i < 8; ++i)
            chunked << std::hex << 1000 << "\r\n" << std::string(1000, 'x') << "\r\n";
        chunked << "0\r\n\r\n";
        c.send("POST /v2/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Transfer-Encoding: chunked\r\n\r\n" +
               chunked.str());
        const auto answer = c.read();
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 413) << answer->body;
    }
    expectAlive();
}

INSTANTIATE_TEST_SUITE_P(Fronts, HttpFront, ::testing::Values("poco", "reactor"), frontName);

/// The reactor front only: POCO's front holds a thread per connection by design.
class ReactorFront : public HttpFront
{
protected:
    /// A new event's API path, created with `token`.
    std::string createdEvent(const std::string &title, const std::string &token) const
    {
        const auto created = m_server->client().post(
            "/v2/events",
            {{"title", title}, {"startDate", "2031-05-01T09:00:00Z"}, {"endDate", "2031-05-01T17:00:00Z"}},
            token);
        EXPECT_EQ(created.status, 201) << created.body;
        return "/v2/events/" + created.json()["data"].value("id", std::string());
    }
};

// (The POCO front closes a silent partial head too, but its connection thread reports the timeout as an
// exception, which Operations.IdleServerThreadsRaiseNothing counts process-wide.)
TEST_P(ReactorFront, ASilentPartialHeadIsClosedAfterTheTimeout)
{
    RawConnection c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // and never the end of the head
    EXPECT_TRUE(c.closedWithin(std::chrono::seconds(15)));
    expectAlive();
}

TEST_P(ReactorFront, ATricklingHeadIsCutOffAtTheTimeout)
{
    // Slowloris: a byte every 200 ms keeps each read alive, but the whole head must come within
    // http.timeoutSeconds (1 s here).
    RawConnection c(port());
    c.send("GET /healthz HTTP/1.1\r\n");
    bool closed = false;
    for (int i = 0; i < 150 && !closed; ++i)
    {
        try
        {
            c.send("X");
        }
        catch (const Poco::Exception &)
        {
            closed = true; // the server reset the connection
            break;
        }
        closed = c.closedWithin(std::chrono::seconds(0));
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the attacker's pace
    }
    EXPECT_TRUE(closed || c.closedWithin(std::chrono::seconds(5)));
    expectAlive();
}

TEST_P(ReactorFront, CachedReadsAreAnsweredOnAnIoThreadAndMissesRunAgainOnAWorker)
{
    const auto token = m_server->login("organizer");
    auto http = m_server->client();
    const std::string path = createdEvent("Cached", token);
    ASSERT_EQ(http.get(path, token).status, 200);

    // Cached: answered on an I/O thread; no worker ran it (the one more worker run is the /metrics page).
    const auto before = handlerRuns(m_server->client());
    ASSERT_GE(before.io, 0);
    const auto cached = http.get(path, token);
    EXPECT_EQ(cached.status, 200);
    EXPECT_EQ(cached.json()["data"]["title"], "Cached");
    const auto afterCached = handlerRuns(m_server->client());
    EXPECT_EQ(afterCached.io, before.io + 1);
    EXPECT_EQ(afterCached.worker, before.worker + 1);
    EXPECT_EQ(afterCached.restarted, before.restarted);

    // An update (on a worker) drops the cached event; the next read misses the cache on the I/O thread,
    // starts over on a worker, and answers what was written.
    const auto updated = http.put(path, {{"title", "Renamed"}}, token);
    ASSERT_EQ(updated.status, 200) << updated.body;
    const auto afterUpdate = handlerRuns(m_server->client());
    EXPECT_EQ(afterUpdate.worker, afterCached.worker + 2);
    const auto fresh = http.get(path, token);
    EXPECT_EQ(fresh.status, 200);
    EXPECT_EQ(fresh.json()["data"]["title"], "Renamed");
    const auto afterMiss = handlerRuns(m_server->client());
    EXPECT_EQ(afterMiss.restarted, afterUpdate.restarted + 1);
    EXPECT_EQ(afterMiss.io, afterUpdate.io);

    // Signed out: the same token is refused on the I/O thread too.
    ASSERT_EQ(http.post("/v2/auth/logout", nlohmann::json::object(), token).status, 200);
    EXPECT_EQ(http.get(path, token).status, 401);
}

TEST_P(ReactorFront, PipelinedRequestsKeepTheirOrderWhenOneRunsAgainOnAWorker)
{
    // One connection, three requests in one write: a cache miss that starts over on a worker, a request for
    // a worker, and a cached read answered on the I/O thread. The answers come back in the order asked.
    const auto token = m_server->login("organizer");
    auto http = m_server->client();
    const std::string path = createdEvent("Pipelined", token);
    ASSERT_EQ(http.put(path, {{"title", "Pipelined again"}}, token).status, 200); // drops the cached event
    const auto before = handlerRuns(http);
    const std::string auth = "Authorization: Bearer " + token + "\r\n";
    RawConnection c(port());
    c.send(get(path, auth + "X-Request-Id: miss\r\n") + get("/healthz", "X-Request-Id: worker\r\n") +
           get(path, auth + "X-Request-Id: cached\r\n"));
    for (const char *id : {"miss", "worker", "cached"})
    {
        const auto answer = c.read();
        ASSERT_TRUE(answer) << id;
        EXPECT_EQ(answer->status, 200) << id;
        EXPECT_EQ(answer->headers.at("x-request-id"), id);
        if (std::string(id) != "worker")
        {
            EXPECT_NE(answer->body.find("Pipelined again"), std::string::npos) << answer->body;
        }
    }
    const auto after = handlerRuns(http);
    EXPECT_EQ(after.restarted, before.restarted + 1);
    EXPECT_EQ(after.io, before.io + 1);
}

INSTANTIATE_TEST_SUITE_P(Fronts, ReactorFront, ::testing::Values("reactor"), frontName);

TEST(ReactorFrontProcess, ThousandsOfIdleKeepAliveConnectionsHoldNoThreads)
{
    // 2,000 phones holding keep-alive connections after a request each; the process's threads stay few
    // and a new visitor is answered.
    constexpr int kIdle = 2000;
    // The thread budget of issue 22 (16) with the defaults: the front's 2 I/O threads and 2 workers beside
    // the realtime, job and writer threads.
    TestDatabase db("sqlite");
    const int port = freePort();
    ServerProcess server({{"NEXTEVENT_DATA_DIR", db.dataDir()},
                          {"NEXTEVENT_DB_URL", db.url()},
                          {"NEXTEVENT_HTTP_PORT", std::to_string(port)},
                          {"NEXTEVENT_HTTP_FRONT", "reactor"},
                          {"NEXTEVENT_HTTP_KEEP_ALIVE_SECONDS", "600"},
                          {"NEXTEVENT_PASSWORD_HASH_COST", "min"},
                          {"NEXTEVENT_LOG_LEVEL", "warning"},
                          {"NEXTEVENT_ENV", "development"}},
                         port,
                         db.dataDir() + "/server.log");
    ASSERT_TRUE(server.running());
    const auto before = server.client().get("/metrics");
    ASSERT_EQ(before.status, 200);
    const double idleThreads = metric(before.body, "nextevent_process_threads");
    ASSERT_GT(idleThreads, 0) << before.body;

    std::vector<std::unique_ptr<RawConnection>> phones;
    phones.reserve(kIdle);
    for (int i = 0; i < kIdle; ++i)
    {
        phones.push_back(std::make_unique<RawConnection>(port));
        phones.back()->send(get("/healthz"));
    }
    for (auto &phone : phones)
    {
        const auto answer = phone->read();
        ASSERT_TRUE(answer);
        ASSERT_EQ(answer->status, 200);
    }
    // Every phone is connected and idle now; a new visitor is served at once (no queue behind them).
    const auto during = server.client().get("/metrics");
    ASSERT_EQ(during.status, 200);
    EXPECT_GE(metric(during.body, "nextevent_http_open_connections"), kIdle);
    const double threads = metric(during.body, "nextevent_process_threads");
    EXPECT_LE(threads, 16) << "threads with " << kIdle << " idle connections (idle server: " << idleThreads
                           << ")";
    EXPECT_LE(threads, idleThreads) << "connections hold no thread";
    EXPECT_EQ(server.client().get("/healthz").status, 200);
    // The phones' connections are still usable.
    phones.front()->send(get("/healthz"));
    const auto again = phones.front()->read();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 200);
}
