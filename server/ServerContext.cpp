// SPDX-License-Identifier: MIT
#include "server/ServerContext.h"

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include <sodium.h>

#include "nextevent/Ids.h"
#include "nextevent/Json.h"

#include "server/EmbeddedResources.h"
#include "server/infra/ContentAdapters.h"
#include "server/infra/HttpWebhookSender.h"
#include "server/infra/InProcessBus.h"
#include "server/infra/MemoryRateLimiter.h"
#include "server/infra/QrRenderer.h"
#include "server/infra/RedisBus.h"
#include "server/infra/RedisRateLimiter.h"
#include "server/infra/RedisTokenCache.h"
#include "server/infra/ThreadErrors.h"
#include "server/infra/TimeZones.h"
#include "server/infra/WeChatApiGateway.h"
#include "server/routes/Routes.h"
#include "server/web/PageRoutes.h"
#include "server/wechat/MemoryTokenCache.h"
#include "server/wechat/WeChatApiClient.h"

namespace nextevent::server
{

std::string loadOrCreateJwtSecret(const std::string &dataDir)
{
    const auto path = std::filesystem::path(dataDir) / "jwt-secret";
    if (std::ifstream in(path); in)
    {
        std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (secret.size() >= 32)
            return secret;
    }
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    unsigned char bytes[48];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    std::filesystem::create_directories(dataDir);
    const auto old = ::umask(077);
    std::ofstream out(path, std::ios::trunc);
    ::umask(old);
    out << hex;
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
    return hex;
}

ServerContext::~ServerContext()
{
    // Close live connections first: they read from the services below.
    if (hub)
        hub->stop();
    // No handler may run while the services below go away.
    if (bus)
        bus->stop();
    // Flush buffered views before the services and the database go away.
    if (housekeeping)
        housekeeping->stop();
    // Let running jobs finish before their services go away.
    if (jobWorkers)
        jobWorkers->stop();
}

void ServerContext::startRealtime()
{
    if (hub)
        hub->start();
}

void ServerContext::startWorkers()
{
    if (jobWorkers && config.jobWorkers > 0)
        jobWorkers->start();
}

namespace
{

/// The message bus: Redis when redis.url is set (every instance), else in-process.
std::function<infra::BusCounters()> buildBus(ServerContext &ctx)
{
    std::function<infra::BusCounters()> busCounters;
    if (!ctx.config.redisUrl.empty())
    {
        auto redisBus = std::make_unique<infra::RedisBus>(ctx.config.redisUrl);
        busCounters = [bus = redisBus.get()]
        {
            return bus->counters();
        };
        ctx.bus = std::move(redisBus);
    }
    else
    {
        auto localBus = std::make_unique<infra::InProcessBus>();
        busCounters = [bus = localBus.get()]
        {
            return bus->counters();
        };
        ctx.bus = std::move(localBus);
    }
    return busCounters;
}

/// Database, store, sign-in, users, events, teams and the door.
void buildCore(ServerContext &ctx)
{
    const auto url = store::DatabaseUrl::parse(ctx.config.dbUrl);
    if (url.dialect == store::Dialect::SQLite)
    {
        const auto parent = std::filesystem::path(url.path).parent_path();
        if (!parent.empty())
            std::filesystem::create_directories(parent);
    }
    ctx.database = std::make_shared<store::Database>(url, ctx.config.dbPoolSize);
    ctx.store = std::make_unique<store::SqlStore>(ctx.database);
    ctx.hasher = std::make_unique<app::PasswordHasher>(ctx.config.passwordHashCost);
    ctx.tokens = std::make_unique<app::TokenService>(ctx.config.jwtSecret, ctx.config.accessTokenTtlSeconds);
    // Limits are shared by every instance when Redis is configured (and fall back to this process's own
    // counters while it is unreachable).
    if (ctx.config.redisUrl.empty())
        ctx.limiter = std::make_unique<infra::MemoryRateLimiter>();
    else
        ctx.limiter = std::make_unique<infra::RedisRateLimiter>(ctx.config.redisUrl);
    ctx.auth = std::make_unique<app::AuthService>(*ctx.store,
                                                  *ctx.hasher,
                                                  *ctx.tokens,
                                                  *ctx.limiter,
                                                  ctx.config.refreshTokenTtlSeconds,
                                                  ctx.config.loginAttemptsPerMinute,
                                                  ctx.config.maxConcurrentHashes);
    ctx.users = std::make_unique<app::UserService>(*ctx.store, *ctx.hasher, *ctx.auth);
    ctx.events = std::make_unique<app::EventService>(
        *ctx.store, ctx.eventCache, app::EventTimeZones{ctx.config.displayTimezone, &infra::isKnownTimeZone});
    ctx.teams = std::make_unique<app::TeamService>(*ctx.store);
    auto *teams = ctx.teams.get();
    ctx.auth->setTeams([teams](const std::string &userId, const std::string &type, const std::string &id)
                       { return teams->rolesAt(userId, type, id); },
                       [teams](const std::string &userId) { return teams->hasMemberships(userId); });
    ctx.checkins = std::make_unique<app::CheckinService>(*ctx.store, ctx.eventCache);
    auto *checkins = ctx.checkins.get();
    ctx.auth->setDoorTokens(
        app::CheckinService::kDoorTokenPrefix,
        [checkins](const std::string &token) { return checkins->authenticateDoorToken(token); },
        [checkins](const app::Principal &p) { return checkins->doorTokenValid(p); });
}

/// Media, articles, surveys, live interaction and analytics.
void buildContent(ServerContext &ctx)
{
    ctx.mediaStorage =
        std::make_unique<infra::FileMediaStorage>(std::filesystem::path(ctx.config.dataDir) / "media");
    ctx.imageSniffer = std::make_unique<infra::MagicImageSniffer>();
    ctx.htmlCleaner = std::make_unique<infra::GumboHtmlCleaner>();
    ctx.media = std::make_unique<app::MediaService>(
        *ctx.store, *ctx.mediaStorage, *ctx.imageSniffer, ctx.config.mediaMaxBytes);
    ctx.articles = std::make_unique<app::ArticleService>(*ctx.store, *ctx.htmlCleaner);
    ctx.responseWriter = std::make_unique<app::ResponseWriter>(*ctx.store, &ctx.changes);
    ctx.surveys = std::make_unique<app::SurveyService>(*ctx.store, *ctx.responseWriter, &ctx.changes);
    ctx.wordFilter.add(profanityListEn());
    ctx.wordFilter.add(profanityListZh());
    ctx.surveys->setWordFilter(&ctx.wordFilter);
    ctx.interaction = std::make_unique<app::InteractionService>(*ctx.store, ctx.wordFilter, &ctx.changes);
    ctx.analytics = std::make_unique<app::AnalyticsService>(*ctx.store);
}

/// The WeChat API client and gateway, when an AppID and secret are configured.
void buildWeChatClient(ServerContext &ctx)
{
    if (ctx.config.wechatApiConfigured())
    {
        wechat::WeChatApiConfig api;
        api.appId = ctx.config.wechatAppId;
        api.appSecret = ctx.config.wechatAppSecret;
        api.apiBase = ctx.config.wechatApiBase;
        // With Redis every instance shares one access_token (and one refresh at a time).
        if (ctx.config.redisUrl.empty())
            ctx.wechatTokenCache = std::make_shared<wechat::MemoryTokenCache>();
        else
            ctx.wechatTokenCache = std::make_shared<infra::RedisTokenCache>(ctx.config.redisUrl);
        ctx.wechatApi = std::make_unique<wechat::WeChatApiClient>(api, ctx.wechatTokenCache);
        ctx.wechatGateway = std::make_unique<infra::WeChatApiGateway>(*ctx.wechatApi);
    }
}

/// The job queue and everything that queues jobs: registration, webhooks, WeChat, QR codes; the
/// listeners that turn changes into webhook deliveries; the worker pool and the view flusher.
void buildJobsAndRegistration(ServerContext &ctx)
{
    ctx.jobs = std::make_unique<app::JobQueue>(
        *ctx.store,
        app::JobQueue::Options{ctx.config.jobMaxAttempts,
                               std::chrono::milliseconds(ctx.config.jobBackoffMs)});
    ctx.jobs->connect(*ctx.bus);
    ctx.attendees = std::make_unique<app::AttendeeService>(
        *ctx.store,
        ctx.eventCache,
        ctx.jobs.get(),
        app::AttendeeService::Notices{ctx.config.wechatRegistrationTemplateId, ctx.config.publicUrl});
    ctx.webhookSender = std::make_unique<infra::HttpWebhookSender>(ctx.config.webhooksAllowPrivateTargets,
                                                                   std::chrono::seconds(10));
    ctx.webhooks = std::make_unique<app::WebhookService>(
        *ctx.store,
        *ctx.jobs,
        *ctx.webhookSender,
        app::WebhookService::Options{std::chrono::milliseconds(ctx.config.webhooksRetryBaseMs)});
    auto *webhooks = ctx.webhooks.get();
    ctx.jobs->registerHandler(app::WebhookService::kDeliveryJob,
                              [webhooks](const nlohmann::json &p) { webhooks->runDelivery(p); });
    ctx.responseWriter->setListener(
        [webhooks](app::UnitOfWork &unit, const std::vector<SurveyResponse> &responses)
        {
            std::vector<nlohmann::json> items;
            items.reserve(responses.size());
            for (const auto &response : responses)
                items.push_back({{"response", response}});
            webhooks->emitEach(unit, "survey.response", items);
        });
    auto *attendees = ctx.attendees.get();
    attendees->setChangeListener(
        [webhooks](app::UnitOfWork &unit, const std::vector<app::AttendeeChange> &changes)
        {
            for (const auto &change : changes)
                webhooks->emit(unit, change.type, {{"attendee", change.attendee}});
        });
    ctx.checkins->setCheckedInListener(
        [webhooks](app::UnitOfWork &unit, const Attendee &attendee) {
            webhooks->emit(unit, "attendee.checked_in", {{"attendee", attendee}});
        });
    ctx.events->setPlacesOpened([attendees](const std::string &eventId, const std::string &actor)
                                { attendees->fillPlaces(eventId, actor); });
    ctx.jobs->registerHandler(app::AttendeeService::kOfferExpiryJob,
                              [attendees](const nlohmann::json &p)
                              { attendees->expireOffers(p.value("eventId", std::string())); });
    ctx.wechat = std::make_unique<app::WeChatService>(*ctx.store, *ctx.jobs, ctx.eventCache, ctx.config);
    ctx.wechatAccount = std::make_unique<app::WeChatAccountService>(
        *ctx.store, *ctx.jobs, *ctx.wechat, ctx.config, ctx.wechatGateway.get());
    ctx.qrRenderer = std::make_unique<infra::QrRenderer>();
    ctx.qrCodes = std::make_unique<app::QrCodeService>(
        *ctx.store, ctx.eventCache, ctx.config, ctx.wechatGateway.get(), *ctx.qrRenderer);
    auto *account = ctx.wechatAccount.get();
    ctx.jobs->registerHandler(app::kTagJob, [account](const nlohmann::json &p) { account->runTagJob(p); });
    ctx.jobs->registerHandler(app::kTemplateJob,
                              [account](const nlohmann::json &p) { account->runTemplateJob(p); });
    auto *sqlStore = ctx.store.get();
    ctx.jobWorkers = std::make_unique<app::JobWorkerPool>(*ctx.jobs,
                                                          ctx.config.jobWorkers,
                                                          std::chrono::milliseconds(ctx.config.jobPollMs),
                                                          [sqlStore, attendees]
                                                          {
                                                              auto unit = sqlStore->write();
                                                              unit->wechat().purgeDedup(nextevent::now());
                                                              unit->commit();
                                                              // Offers whose expiry job was lost.
                                                              attendees->expireOffers();
                                                          });
    auto *articles = ctx.articles.get();
    auto *database = ctx.database.get();
    ctx.housekeeping = std::make_unique<infra::PeriodicTask>(std::chrono::seconds(1),
                                                             [articles, database]
                                                             {
                                                                 articles->flushViews();
                                                                 database->checkpoint();
                                                             });
}

/// Gauges over the write batches, thread errors, the pool and the job queue.
void addMetrics(ServerContext &ctx)
{
    auto *writer = ctx.responseWriter.get();
    ctx.metrics.addGauge("nextevent_survey_write_batches",
                         "Survey response batches committed.",
                         [writer] { return static_cast<double>(writer->batches()); });
    ctx.metrics.addGauge("nextevent_survey_largest_batch",
                         "Most responses committed in one batch.",
                         [writer] { return static_cast<double>(writer->largestBatch()); });
    auto *webhookWriter = &ctx.wechat->writer();
    ctx.metrics.addGauge("nextevent_wechat_write_batches",
                         "WeChat webhook write batches committed.",
                         [webhookWriter] { return static_cast<double>(webhookWriter->batches()); });
    ctx.metrics.addGauge("nextevent_wechat_largest_batch",
                         "Most webhook messages committed in one batch.",
                         [webhookWriter] { return static_cast<double>(webhookWriter->largestBatch()); });
    infra::installThreadErrorHandler();
    ctx.metrics.addGauge("nextevent_thread_errors_total",
                         "Exceptions that escaped a server thread (reactor, acceptor, timer); should stay 0.",
                         [] { return static_cast<double>(infra::threadErrorCount()); });
    auto *database = ctx.database.get();
    ctx.metrics.addGauge("nextevent_db_pool_used",
                         "Database connections in use.",
                         [database] { return static_cast<double>(database->stats().used); });
    ctx.metrics.addGauge("nextevent_db_pool_waiting",
                         "Requests waiting for a database connection.",
                         [database] { return static_cast<double>(database->stats().waiting); });
    auto *jobs = ctx.jobs.get();
    // One count per scrape (not per job state): alerts fire on dead letters and a stuck queue. -1 when
    // the database is unreachable (readiness says so too).
    const auto jobCount = [jobs](const char *state)
    {
        return [jobs, state]
        {
            try
            {
                return jobs->summary().value(state, 0.0);
            }
            catch (const std::exception &)
            {
                return -1.0;
            }
        };
    };
    ctx.metrics.addGauge(
        "nextevent_jobs_dead", "Background jobs that failed every attempt (dead letters).", jobCount("dead"));
    ctx.metrics.addGauge("nextevent_jobs_queued", "Background jobs waiting to run.", jobCount("queued"));
    ctx.metrics.addGauge("nextevent_db_pool_capacity",
                         "Database connection pool capacity.",
                         [database] { return static_cast<double>(database->stats().capacity); });
}

/// Draws, live topics, the /ws hub and the bus gauges.
void buildRealtime(ServerContext &ctx, const std::function<infra::BusCounters()> &busCounters)
{
    ctx.draws = std::make_unique<app::DrawService>(*ctx.store, &ctx.changes);
    ctx.liveTopics = std::make_unique<app::LiveTopics>(
        *ctx.surveys, *ctx.events, *ctx.analytics, *ctx.interaction, *ctx.draws, ctx.checkins.get());
    realtime::HubOptions hubOptions;
    hubOptions.reactorThreads = ctx.config.wsThreads;
    hubOptions.senderThreads = ctx.config.wsThreads;
    hubOptions.maxConnections = ctx.config.wsMaxConnections;
    hubOptions.limits.messagesPerSecond = ctx.config.wsMessagesPerSecond;
    hubOptions.limits.maxQueuedBytes = static_cast<std::size_t>(ctx.config.wsSendQueueBytes);
    hubOptions.minInterval = std::chrono::milliseconds(ctx.config.wsUpdateIntervalMs);
    hubOptions.pingAfter = std::chrono::seconds(ctx.config.wsIdleSeconds);
    hubOptions.dropAfter = std::chrono::seconds(2 * ctx.config.wsIdleSeconds);
    hubOptions.instanceId = newUuid();
    ctx.hub = std::make_unique<realtime::Hub>(
        hubOptions, *ctx.liveTopics, ctx.changes, *ctx.auth, ctx.bus->shared() ? ctx.bus.get() : nullptr);
    ctx.wsEndpoint = std::make_unique<realtime::WsEndpoint>(*ctx.hub, *ctx.auth, ctx.config);
    auto *hub = ctx.hub.get();
    ctx.metrics.addSection([hub] { return hub->renderMetrics(); });
    ctx.metrics.addGauge("nextevent_bus_published",
                         "Messages published on the message bus.",
                         [busCounters] { return static_cast<double>(busCounters().published); });
    ctx.metrics.addGauge("nextevent_bus_received",
                         "Bus messages delivered to this process's handlers.",
                         [busCounters] { return static_cast<double>(busCounters().received); });
    ctx.metrics.addGauge("nextevent_bus_errors",
                         "Failed bus publishes, lost bus connections and failing bus handlers.",
                         [busCounters] { return static_cast<double>(busCounters().errors); });
    ctx.metrics.addGauge("nextevent_bus_dropped",
                         "Bus messages dropped because delivery fell behind.",
                         [busCounters] { return static_cast<double>(busCounters().dropped); });
}

} // namespace

std::unique_ptr<ServerContext> ServerContext::create(const app::Config &config)
{
    config.checkProduction();
    auto ctx = std::make_unique<ServerContext>();
    ctx->config = config;
    if (ctx->config.jwtSecret.empty())
        ctx->config.jwtSecret = loadOrCreateJwtSecret(config.dataDir);
    else if (ctx->config.jwtSecret.size() < 32)
        throw std::runtime_error("NEXTEVENT_JWT_SECRET must be at least 32 bytes");
    const auto busCounters = buildBus(*ctx);
    buildCore(*ctx);
    buildContent(*ctx);
    buildWeChatClient(*ctx);
    buildJobsAndRegistration(*ctx);
    addMetrics(*ctx);
    buildRealtime(*ctx, busCounters);
    // The composition root registers every route table: the API's and the mobile pages' (web uses http's
    // router; http never sees web).
    http::registerRoutes(ctx->router, *ctx);
    web::registerPageRoutes(ctx->router, *ctx);
    // Last: every part has subscribed by now.
    ctx->bus->start();
    return ctx;
}

} // namespace nextevent::server
