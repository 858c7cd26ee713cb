// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "server/app/AnalyticsService.h"
#include "server/app/ArticleService.h"
#include "server/app/AttendeeService.h"
#include "server/app/AuthService.h"
#include "server/app/ChangeFeed.h"
#include "server/app/CheckinService.h"
#include "server/app/Config.h"
#include "server/app/DrawService.h"
#include "server/app/EventCache.h"
#include "server/app/EventService.h"
#include "server/app/InteractionService.h"
#include "server/app/JobQueue.h"
#include "server/app/LiveTopics.h"
#include "server/app/MediaService.h"
#include "server/app/MessageBus.h"
#include "server/app/PasswordHasher.h"
#include "server/app/QrCodeService.h"
#include "server/app/RateLimiter.h"
#include "server/app/ResponseWriter.h"
#include "server/app/SurveyService.h"
#include "server/app/TeamService.h"
#include "server/app/TokenService.h"
#include "server/app/UserService.h"
#include "server/app/WeChatAccountService.h"
#include "server/app/WeChatGateway.h"
#include "server/app/WeChatService.h"
#include "server/app/WebhookService.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/infra/PeriodicTask.h"
#include "server/realtime/Hub.h"
#include "server/realtime/WsEndpoint.h"
#include "server/store/Database.h"
#include "server/store/SqlStore.h"

namespace nextevent::server::wechat
{
class TokenCache;
class WeChatApiClient;
} // namespace nextevent::server::wechat

namespace nextevent::server
{

/// The composition root: every long-lived object of one server process, built from its Config.
struct ServerContext
{
    app::Config config;
    /// Hints between the parts of the deployment (Redis when redis.url is set, else in-process). Parts
    /// subscribe while create() builds them; it starts at the end of create() and stops first.
    std::unique_ptr<app::MessageBus> bus;
    std::shared_ptr<store::Database> database;
    std::unique_ptr<store::SqlStore> store;
    std::unique_ptr<app::PasswordHasher> hasher;
    std::unique_ptr<app::TokenService> tokens;
    std::unique_ptr<app::RateLimiter> limiter;
    std::unique_ptr<app::AuthService> auth;
    std::unique_ptr<app::UserService> users;
    /// Live topics changed by this process's commits; drained by the realtime hub.
    app::ChangeFeed changes;
    app::EventCache eventCache{&changes};
    std::unique_ptr<app::EventService> events;
    std::unique_ptr<app::AttendeeService> attendees;
    /// The door: check-in lists, scans, occupancy, signed tickets, door tokens, snapshots.
    std::unique_ptr<app::CheckinService> checkins;
    std::unique_ptr<app::MediaStorage> mediaStorage;
    std::unique_ptr<app::ImageSniffer> imageSniffer;
    std::unique_ptr<app::HtmlCleaner> htmlCleaner;
    std::unique_ptr<app::MediaService> media;
    std::unique_ptr<app::ArticleService> articles;
    std::unique_ptr<app::ResponseWriter> responseWriter;
    std::unique_ptr<app::SurveyService> surveys;
    /// The profanity list (resources/profanity/*.txt, compiled in) for Q&A, wall posts and word clouds.
    WordFilter wordFilter;
    /// Audience Q&A, message wall and bans.
    std::unique_ptr<app::InteractionService> interaction;
    std::unique_ptr<app::AnalyticsService> analytics;
    std::unique_ptr<app::DrawService> draws;
    /// The WeChat server API client: one per process, null unless wechat.appId and wechat.appSecret are set.
    std::shared_ptr<wechat::TokenCache> wechatTokenCache;
    std::unique_ptr<wechat::WeChatApiClient> wechatApi;
    std::unique_ptr<app::WeChatGateway> wechatGateway; ///< over wechatApi; what the services see
    std::unique_ptr<app::JobQueue> jobs;
    std::unique_ptr<app::WeChatService> wechat;
    std::unique_ptr<app::WeChatAccountService> wechatAccount;
    std::unique_ptr<app::WebhookSender> webhookSender;
    std::unique_ptr<app::WebhookService> webhooks;
    std::unique_ptr<app::TeamService> teams;
    std::unique_ptr<app::QrImageRenderer> qrRenderer;
    std::unique_ptr<app::QrCodeService> qrCodes;
    /// Background job threads (jobs.workers of them); started by `serve` and `worker`, not by create().
    std::unique_ptr<app::JobWorkerPool> jobWorkers;
    std::unique_ptr<app::LiveTopics> liveTopics;
    /// The /ws hub and its handshake endpoint; started by startRealtime().
    std::unique_ptr<realtime::Hub> hub;
    std::unique_ptr<realtime::WsEndpoint> wsEndpoint;
    /// Every second and at shutdown: checkpoints SQLite's write-ahead log and writes buffered article
    /// views. Declared last: stops first.
    std::unique_ptr<infra::PeriodicTask> housekeeping;

    ServerContext() = default;
    ~ServerContext();
    ServerContext(const ServerContext &) = delete;
    ServerContext &operator=(const ServerContext &) = delete;
    http::Metrics metrics;
    http::Router router;

    /// Opens the database and builds the services. In development the JWT secret is generated once into
    /// DATA_DIR; in production a missing or short one is refused. Throws with a one-line reason.
    static std::unique_ptr<ServerContext> create(const app::Config &config);

    /// Starts the job worker threads (no-op when jobs.workers is 0 or they already run).
    void startWorkers();

    /// Starts the realtime hub's threads (serve does; commands such as migrate do not need them).
    void startRealtime();
};

/// Reads DATA_DIR/jwt-secret, creating it (0600, 48 random bytes) when absent.
std::string loadOrCreateJwtSecret(const std::string &dataDir);

} // namespace nextevent::server
