// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "TestServer.h"

namespace nextevent::test
{

/// A fresh server and database per test, run once per backend (SQLite and MariaDB).
class ApiTest : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        m_server = std::make_unique<TestServer>(*m_db, overrides());
        admin = m_server->login("admin");
        organizer = m_server->login("organizer");
    }

    void TearDown() override
    {
        m_server.reset();
        m_db.reset();
    }

    virtual std::map<std::string, std::string> overrides() const
    {
        return {};
    }

    HttpClient http() const
    {
        return m_server->client();
    }

    TestServer &server()
    {
        return *m_server;
    }

    /// Creates an event (as organizer) and returns its JSON; fields in `fields` override the defaults.
    nlohmann::json createEvent(const nlohmann::json &fields = nlohmann::json::object())
    {
        nlohmann::json body{{"title", "Launch"},
                            {"description", "Product launch"},
                            {"startDate", "2030-05-01T09:00:00Z"},
                            {"endDate", "2030-05-01T17:00:00Z"},
                            {"location", "Shanghai"}};
        body.merge_patch(fields);
        const auto r = http().post("/v2/events", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    /// Creates and publishes an event.
    nlohmann::json openEvent(const nlohmann::json &fields = nlohmann::json::object())
    {
        const auto event = createEvent(fields);
        const auto r = http().post(
            "/v2/events/" + event["id"].get<std::string>() + "/transition", {{"to", "published"}}, organizer);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"];
    }

    nlohmann::json registerAttendee(const std::string &eventId, const std::string &name)
    {
        const auto r = http().post(
            "/v2/events/" + eventId + "/attendees", {{"name", name}, {"phone", "13800000000"}}, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    std::string admin;
    std::string organizer;

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestServer> m_server;
};

} // namespace nextevent::test

#define NEXTEVENT_BACKENDS(Suite)                                                                            \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        Backends, Suite, ::testing::Values("sqlite", "mysql"), ::nextevent::test::backendName)
