// SPDX-License-Identifier: MIT
// QrCodeService's rules against a small in-process WeChat gateway (app owns the interface; no HTTP, no
// fake WeChat server): which scene a code carries, what is stored, and that a WeChat failure stores nothing.
#include "server/app/QrCodeService.h"

#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "nextevent/Error.h"

#include "server/app/Config.h"
#include "server/app/EventService.h"
#include "server/infra/QrRenderer.h"
#include "server/store/Database.h"
#include "server/store/Migrator.h"
#include "server/store/SqlStore.h"

namespace
{
using namespace nextevent;
using namespace nextevent::server;

class FakeGateway final : public app::WeChatGateway
{
public:
    bool on = true;
    bool failing = false;
    std::vector<std::pair<std::string, std::optional<std::chrono::seconds>>> requested;

    bool configured() const override
    {
        return on;
    }

    QrCode createQrCode(const std::string &scene, std::optional<std::chrono::seconds> temporaryFor) override
    {
        requested.emplace_back(scene, temporaryFor);
        if (failing)
            throw Error(ErrorCode::Unavailable, "WeChat is unreachable");
        return {
            "ticket-" + std::to_string(requested.size()), "https://weixin.qq.com/q/" + scene, temporaryFor};
    }

    std::string authorizeUrl(const std::string &, bool, const std::string &) const override
    {
        return {};
    }

    SignedInUser exchangeCode(const std::string &) override
    {
        return {};
    }

    Profile profile(const std::string &, const std::string &) override
    {
        return {};
    }

    JsSdkSignature signJsSdk(const std::string &) override
    {
        return {};
    }

    void tag(std::int64_t, const std::vector<std::string> &) override {}

    void sendTemplateMessage(const std::string &,
                             const std::string &,
                             const std::string &,
                             const nlohmann::json &,
                             const std::string &) override
    {
    }

    nlohmann::json status(TimePoint) const override
    {
        return nlohmann::json::object();
    }
};

class QrCodes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::random_device rd;
        m_dir = std::filesystem::temp_directory_path() / ("nextevent-qr-" + std::to_string(rd()));
        std::filesystem::create_directories(m_dir);
        auto database = std::make_shared<store::Database>(
            store::DatabaseUrl::parse("sqlite:" + (m_dir / "test.db").string()), 2);
        store::Migrator(*database).migrate();
        m_store = std::make_unique<store::SqlStore>(database);
        m_config.publicUrl = "https://events.example.com";
        m_events = std::make_unique<app::EventService>(*m_store, m_cache);
        m_service = std::make_unique<app::QrCodeService>(*m_store, m_cache, m_config, &gateway, m_renderer);
    }

    void TearDown() override
    {
        m_service.reset();
        m_events.reset();
        m_store.reset();
        std::filesystem::remove_all(m_dir);
    }

    std::string createEvent(const std::string &interactionCode = {})
    {
        nlohmann::json body{
            {"title", "Launch"}, {"startDate", "2030-05-01T09:00:00Z"}, {"endDate", "2030-05-01T17:00:00Z"}};
        if (!interactionCode.empty())
            body["wechatConfig"] = {{"interactionCode", interactionCode}};
        return m_events->create(body, app::Principal{}).id;
    }

    FakeGateway gateway;
    std::unique_ptr<app::QrCodeService> m_service;

private:
    std::filesystem::path m_dir;
    std::unique_ptr<store::SqlStore> m_store;
    app::EventCache m_cache;
    app::Config m_config;
    infra::QrRenderer m_renderer;
    std::unique_ptr<app::EventService> m_events;
};

TEST_F(QrCodes, AnEventCodeCarriesItsInteractionCodeOrItsIdAsTheScene)
{
    const auto plain = createEvent();
    const auto coded = createEvent("annual-2030");
    auto temporary = m_service->create("event", plain, false);
    auto permanent = m_service->create("event", coded, true);
    ASSERT_EQ(gateway.requested.size(), 2u);
    EXPECT_EQ(gateway.requested[0].first, "event:" + plain);
    EXPECT_TRUE(gateway.requested[0].second.has_value()) << "a temporary code has a lifetime";
    EXPECT_EQ(gateway.requested[1].first, "annual-2030");
    EXPECT_FALSE(gateway.requested[1].second.has_value());
    EXPECT_EQ(temporary["content"], "https://weixin.qq.com/q/event:" + plain);
    EXPECT_FALSE(temporary["expiresAt"].is_null());
    EXPECT_EQ(permanent["permanent"], true);
    EXPECT_TRUE(permanent["expiresAt"].is_null());
    EXPECT_EQ(m_service->content("event", coded), "https://weixin.qq.com/q/annual-2030");
}

TEST_F(QrCodes, WithoutWeChatTheCodeIsThePageUrl)
{
    gateway.on = false;
    const auto id = createEvent();
    const auto made = m_service->create("event", id, false);
    EXPECT_TRUE(gateway.requested.empty());
    EXPECT_EQ(made["content"], "https://events.example.com/m/events/" + id);
    EXPECT_TRUE(made["ticket"].is_null());
}

TEST_F(QrCodes, AWeChatFailurePassesThroughAndStoresNothing)
{
    const auto id = createEvent();
    gateway.failing = true;
    try
    {
        m_service->create("event", id, true);
        FAIL() << "expected the gateway's error";
    }
    catch (const Error &e)
    {
        EXPECT_EQ(e.code(), ErrorCode::Unavailable);
    }
    EXPECT_EQ(m_service->content("event", id), "https://events.example.com/m/events/" + id);
    EXPECT_THROW(m_service->create("event", "no-such-event", false), Error);
}

} // namespace
