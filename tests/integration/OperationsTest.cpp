// SPDX-License-Identifier: MIT
// Health, readiness, metrics, request ids and the error envelope for unknown routes and methods.
#include "ApiTest.h"
#include "WsTestClient.h"

using namespace nextevent::test;

class Operations : public ApiTest
{
};

TEST_P(Operations, HealthAndReadiness)
{
    EXPECT_EQ(http().get("/healthz").status, 200);
    const auto ready = http().get("/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json()["status"], "ready");
}

TEST_P(Operations, MetricsInPrometheusFormat)
{
    http().get("/v2/events", organizer);
    const auto r = http().get("/metrics");
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.header("content-type").find("text/plain"), std::string::npos);
    EXPECT_NE(
        r.body.find("nextevent_http_requests_total{method=\"GET\",route=\"/v2/events\",status=\"200\"}"),
        std::string::npos)
        << r.body;
    EXPECT_NE(r.body.find("nextevent_http_request_duration_seconds_bucket{route=\"/v2/events\",le=\"+Inf\"}"),
              std::string::npos);
    EXPECT_NE(r.body.find("nextevent_db_pool_capacity"), std::string::npos);
}

TEST_P(Operations, IdleServerThreadsRaiseNothing)
{
    // The WebSocket reactors idle whenever no socket is registered (from start-up, and again after the last
    // client leaves); on a thread POCO did not start that idling threw in a loop and took a core each.
    {
        WsTestClient ws(server().port());
        ws.send({{"type", "ping"}});
        ASSERT_FALSE(
            ws.until([](const nlohmann::json &m) { return m.value("type", "") == "pong"; }).is_null());
    }
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(http().get("/healthz").status, 200);
    const auto r = http().get("/metrics");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("\nnextevent_thread_errors_total 0\n"), std::string::npos) << r.body;
}

TEST_P(Operations, RequestIdIsGeneratedOrEchoed)
{
    const auto generated = http().get("/healthz");
    EXPECT_EQ(generated.header("x-request-id").size(), 36u);
    const auto echoed =
        http().request("GET", "/v2/events", {}, organizer, {{"X-Request-Id", "client-abc-123"}});
    EXPECT_EQ(echoed.header("x-request-id"), "client-abc-123");
    EXPECT_EQ(echoed.json()["requestId"], "client-abc-123");
    const auto unsafe = http().request("GET", "/healthz", {}, {}, {{"X-Request-Id", "evil\tvalue"}});
    EXPECT_NE(unsafe.header("x-request-id"), "evil\tvalue") << "ids that could corrupt logs are replaced";
}

TEST_P(Operations, UnknownRouteAndMethodUseTheErrorEnvelope)
{
    const auto missing = http().get("/v2/nothing-here", organizer);
    EXPECT_EQ(missing.status, 404);
    const auto j = missing.json();
    EXPECT_EQ(j["success"], false);
    EXPECT_EQ(j["error"]["code"], "NOT_FOUND");
    EXPECT_TRUE(j["error"]["timestamp"].is_string());
    EXPECT_EQ(j["error"]["requestId"], missing.header("x-request-id"));
    const auto wrongMethod = http().request("DELETE", "/v2/events", {}, organizer);
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_NE(wrongMethod.header("allow").find("GET"), std::string::npos);
}

TEST_P(Operations, OpenApiDocumentIsServed)
{
    const auto r = http().get("/v2/openapi.json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json()["openapi"].get<std::string>().substr(0, 2), "3.");
    EXPECT_TRUE(r.json()["paths"].contains("/v2/events"));
}

TEST_P(Operations, OversizedBodyIs413AndChangesNothing)
{
    const std::string huge = R"({"title":")" + std::string(2 * 1024 * 1024, 'x') + R"("})";
    const auto r = http().request("POST", "/v2/events", huge, organizer);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.errorCode(), "PAYLOAD_TOO_LARGE");
    EXPECT_EQ(http().get("/v2/events", organizer).json()["data"]["total"], 0);
}

NEXTEVENT_BACKENDS(Operations);
