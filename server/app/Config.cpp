// SPDX-License-Identifier: MIT
#include "server/app/Config.h"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

extern char **environ;

namespace nextevent::server::app
{

const std::vector<ConfigKey> &configKeys()
{
    static const std::vector<ConfigKey> keys{
        {"env",
         "NEXTEVENT_ENV",
         "development",
         "development or production (production refuses weak secrets)"},
        {"http.host", "NEXTEVENT_HTTP_HOST", "127.0.0.1", "listen address"},
        {"http.port", "NEXTEVENT_HTTP_PORT", "8080", "listen port (0 picks a free one)"},
        {"http.portFile",
         "NEXTEVENT_HTTP_PORT_FILE",
         "",
         "once listening, `serve` writes the bound port to this file (how a test or supervisor learns "
         "the port chosen for 0); removed at a clean stop"},
        {"public.url",
         "NEXTEVENT_PUBLIC_URL",
         "http://HOST:PORT",
         "absolute base for links, QR codes, OAuth"},
        {"data.dir", "NEXTEVENT_DATA_DIR", "./var", "embedded database, media, generated secrets"},
        {"db.url", "NEXTEVENT_DB_URL", "sqlite:DATA_DIR/nextevent.db", "or mysql://user:pass@host:port/db"},
        {"db.poolSize", "NEXTEVENT_DB_POOL_SIZE", "32", "maximum database connections"},
        {"redis.url", "NEXTEVENT_REDIS_URL", "", "redis://host:port/db; empty: in-process cache and bus"},
        {"jwt.secret", "NEXTEVENT_JWT_SECRET", "generated into DATA_DIR", "HS256 key, at least 32 bytes"},
        {"wechat.appId", "NEXTEVENT_WECHAT_APP_ID", "", "Official Account AppID (empty: WeChat off)"},
        {"wechat.appSecret", "NEXTEVENT_WECHAT_APP_SECRET", "", "Official Account AppSecret"},
        {"wechat.token", "NEXTEVENT_WECHAT_TOKEN", "", "webhook Token"},
        {"wechat.aesKey", "NEXTEVENT_WECHAT_AES_KEY", "", "webhook EncodingAESKey (43 characters)"},
        {"wechat.apiBase", "NEXTEVENT_WECHAT_API_BASE", "https://api.weixin.qq.com", "WeChat API base URL"},
        {"wechat.autoReply",
         "NEXTEVENT_WECHAT_AUTO_REPLY",
         "",
         "reply to messages and unknown scenes (empty: answer 'success', i.e. nothing)"},
        {"wechat.registrationTemplateId",
         "NEXTEVENT_WECHAT_REGISTRATION_TEMPLATE_ID",
         "",
         "template message id for registration notices: approved, rejected, place offered (empty: none)"},
        {"webhooks.allowPrivateTargets",
         "NEXTEVENT_WEBHOOKS_ALLOW_PRIVATE_TARGETS",
         "false",
         "let webhooks target loopback, link-local and private addresses"},
        {"webhooks.retryBaseMs",
         "NEXTEVENT_WEBHOOKS_RETRY_BASE_MS",
         "30000",
         "first webhook retry delay in ms, doubling per attempt, for up to 24 hours"},
        {"wechat.timestampWindow",
         "NEXTEVENT_WECHAT_TIMESTAMP_WINDOW",
         "300",
         "webhook requests older or newer than this many seconds are refused"},
        {"ws.allowedOrigins",
         "NEXTEVENT_WS_ALLOWED_ORIGINS",
         "",
         "extra browser origins allowed to open /ws, comma-separated (* for any); the server's own is always "
         "allowed"},
        {"ws.maxConnections",
         "NEXTEVENT_WS_MAX_CONNECTIONS",
         "50000",
         "open WebSocket connections before 503"},
        {"ws.threads",
         "NEXTEVENT_WS_THREADS",
         "2",
         "WebSocket reactor threads (reads), and as many sender threads (writes)"},
        {"ws.messagesPerSecond",
         "NEXTEVENT_WS_MESSAGES_PER_SECOND",
         "20",
         "client messages per second per connection (bursts of twice that)"},
        {"ws.updateIntervalMs",
         "NEXTEVENT_WS_UPDATE_INTERVAL_MS",
         "50",
         "least time between two updates of one topic (longer for large audiences)"},
        {"ws.sendQueueBytes",
         "NEXTEVENT_WS_SEND_QUEUE_BYTES",
         "1048576",
         "unsent bytes held for one client before it is dropped as too slow (close 1013)"},
        {"ws.idleSeconds",
         "NEXTEVENT_WS_IDLE_SECONDS",
         "30",
         "a silent client is pinged after this, and dropped after twice this"},
        {"jobs.workers", "NEXTEVENT_JOB_WORKERS", "2", "background job threads in `serve` and `worker`"},
        {"jobs.maxAttempts", "NEXTEVENT_JOB_MAX_ATTEMPTS", "8", "attempts before a job is dead"},
        {"jobs.backoffMs",
         "NEXTEVENT_JOB_BACKOFF_MS",
         "5000",
         "retry delay after the first failure (doubles)"},
        {"jobs.pollMs", "NEXTEVENT_JOB_POLL_MS", "1000", "how often idle workers look for due jobs"},
        {"log.format", "NEXTEVENT_LOG_FORMAT", "text", "text or json"},
        {"log.level", "NEXTEVENT_LOG_LEVEL", "information", "error, warning, information, debug"},
        {"http.maxThreads",
         "NEXTEVENT_HTTP_MAX_THREADS",
         "512",
         "the poco front's worker threads (one per keep-alive connection)"},
        {"http.maxQueued",
         "NEXTEVENT_HTTP_MAX_QUEUED",
         "2048",
         "the poco front's accepted connections waiting for a thread"},
        {"http.front",
         "NEXTEVENT_HTTP_FRONT",
         "reactor",
         "the HTTP front: reactor (event-driven: http.ioThreads threads hold every connection and answer "
         "what memory can; requests that wait on the database run on http.workers threads) or poco (POCO's "
         "HTTPServer, one thread per keep-alive connection: "
         "http.maxThreads)"},
        {"http.ioThreads",
         "NEXTEVENT_HTTP_IO_THREADS",
         "2",
         "I/O threads of the reactor front (each holds its share of the connections and answers cached "
         "reads itself)"},
        {"http.workers",
         "NEXTEVENT_HTTP_WORKERS",
         "2",
         "request handler threads of the reactor front (handlers that wait on the database)"},
        {"http.maxBodyBytes",
         "NEXTEVENT_HTTP_MAX_BODY_BYTES",
         "1048576",
         "largest JSON request body (413 above)"},
        {"http.keepAliveSeconds", "NEXTEVENT_HTTP_KEEP_ALIVE_SECONDS", "10", "idle keep-alive timeout"},
        {"http.timeoutSeconds", "NEXTEVENT_HTTP_TIMEOUT_SECONDS", "15", "slow-client send/receive timeout"},
        {"auth.accessTokenTtl", "NEXTEVENT_ACCESS_TOKEN_TTL", "900", "access token lifetime, seconds"},
        {"auth.refreshTokenTtl", "NEXTEVENT_REFRESH_TOKEN_TTL", "2592000", "refresh token lifetime, seconds"},
        {"auth.passwordHashCost",
         "NEXTEVENT_PASSWORD_HASH_COST",
         "interactive",
         "argon2id cost: interactive, moderate or min (min only outside production)"},
        {"auth.loginAttemptsPerMinute",
         "NEXTEVENT_LOGIN_ATTEMPTS_PER_MINUTE",
         "10",
         "sign-in attempts (right or wrong) per minute, per client address and per account"},
        {"auth.maxConcurrentHashes",
         "NEXTEVENT_AUTH_MAX_CONCURRENT_HASHES",
         "4",
         "password checks running at once (each holds tens of MiB); more sign-ins get 429"},
        {"http.trustedProxies",
         "NEXTEVENT_HTTP_TRUSTED_PROXIES",
         "",
         "comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed"},
        {"limits.publicWritesPerMinute",
         "NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE",
         "6000",
         "public form posts (registration, survey answers) per minute per client address (a venue's Wi-Fi "
         "puts many phones behind one)"},
        {"limits.respondentWritesPerMinute",
         "NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE",
         "20",
         "public form posts per minute per respondent (WeChat user or anonymous cookie)"},
        {"wechat.allowPlaintext",
         "NEXTEVENT_WECHAT_ALLOW_PLAINTEXT",
         "false",
         "accept unencrypted webhook posts although an AES key is set (WeChat's compatible mode)"},
        {"media.maxBytes", "NEXTEVENT_MEDIA_MAX_BYTES", "10485760", "largest image upload (413 above)"},
        {"display.timezone",
         "NEXTEVENT_DISPLAY_TIMEZONE",
         "Asia/Shanghai",
         "IANA time zone of events that name none; the mobile pages show an event's times in its zone"},
    };
    return keys;
}

namespace
{
/// public.url when it is not set: the listen address, with a wildcard host replaced by loopback.
std::string derivedPublicUrl(const std::string &httpHost, int port)
{
    const std::string host = httpHost == "0.0.0.0" || httpHost == "::" ? "127.0.0.1" : httpHost;
    return "http://" + host + ":" + std::to_string(port);
}

int toInt(const std::string &key, const std::string &value, long long min, long long max)
{
    long long out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || ptr != value.data() + value.size() || out < min || out > max)
        throw std::invalid_argument(key + ": expected a whole number from " + std::to_string(min) + " to " +
                                    std::to_string(max) + ", got '" + value + "'");
    return static_cast<int>(out);
}
} // namespace

Config Config::resolve(const std::map<std::string, std::string> &file,
                       const std::map<std::string, std::string> &environment)
{
    std::map<std::string, std::string> values;
    for (const auto &k : configKeys())
    {
        if (auto it = environment.find(k.env); it != environment.end())
            values[k.key] = it->second;
        else if (auto f = file.find(k.key); f != file.end())
            values[k.key] = f->second;
    }
    const auto get = [&](const char *key, const std::string &fallback)
    {
        auto it = values.find(key);
        return it == values.end() ? fallback : it->second;
    };
    Config c;
    c.env = get("env", c.env);
    if (c.env != "development" && c.env != "production" && c.env != "test")
        throw std::invalid_argument("env: expected development, production or test, got '" + c.env + "'");
    c.httpHost = get("http.host", c.httpHost);
    c.httpPort = toInt("http.port", get("http.port", "8080"), 0, 65535);
    c.httpPortFile = get("http.portFile", "");
    c.dataDir = get("data.dir", c.dataDir);
    c.dbUrl = get("db.url", "sqlite:" + c.dataDir + "/nextevent.db");
    c.dbPoolSize = toInt("db.poolSize", get("db.poolSize", "32"), 1, 1000);
    c.redisUrl = get("redis.url", "");
    c.jwtSecret = get("jwt.secret", "");
    c.wechatAppId = get("wechat.appId", "");
    c.wechatAppSecret = get("wechat.appSecret", "");
    c.wechatToken = get("wechat.token", "");
    c.wechatAesKey = get("wechat.aesKey", "");
    c.wechatApiBase = get("wechat.apiBase", c.wechatApiBase);
    c.wechatAutoReply = get("wechat.autoReply", "");
    c.wechatRegistrationTemplateId = get("wechat.registrationTemplateId", "");
    const std::string allowPrivate = get("webhooks.allowPrivateTargets", "false");
    c.webhooksAllowPrivateTargets = allowPrivate == "true" || allowPrivate == "1";
    c.webhooksRetryBaseMs = toInt("webhooks.retryBaseMs", get("webhooks.retryBaseMs", "30000"), 1, 3600000);
    c.wechatTimestampWindowSeconds =
        toInt("wechat.timestampWindow", get("wechat.timestampWindow", "300"), 1, 86400);
    c.wsAllowedOrigins = get("ws.allowedOrigins", "");
    c.wsMaxConnections = toInt("ws.maxConnections", get("ws.maxConnections", "50000"), 1, 1000000);
    c.wsThreads = toInt("ws.threads", get("ws.threads", "2"), 1, 64);
    c.wsMessagesPerSecond = toInt("ws.messagesPerSecond", get("ws.messagesPerSecond", "20"), 1, 10000);
    c.wsUpdateIntervalMs = toInt("ws.updateIntervalMs", get("ws.updateIntervalMs", "50"), 1, 60000);
    c.wsSendQueueBytes = toInt("ws.sendQueueBytes", get("ws.sendQueueBytes", "1048576"), 1024, 1 << 30);
    c.wsIdleSeconds = toInt("ws.idleSeconds", get("ws.idleSeconds", "30"), 1, 3600);
    c.jobWorkers = toInt("jobs.workers", get("jobs.workers", "2"), 0, 64);
    c.jobMaxAttempts = toInt("jobs.maxAttempts", get("jobs.maxAttempts", "8"), 1, 100);
    c.jobBackoffMs = toInt("jobs.backoffMs", get("jobs.backoffMs", "5000"), 1, 3600000);
    c.jobPollMs = toInt("jobs.pollMs", get("jobs.pollMs", "1000"), 10, 60000);
    c.logFormat = get("log.format", c.logFormat);
    if (c.logFormat != "text" && c.logFormat != "json")
        throw std::invalid_argument("log.format: expected text or json, got '" + c.logFormat + "'");
    c.logLevel = get("log.level", c.logLevel);
    c.httpMaxThreads = toInt("http.maxThreads", get("http.maxThreads", "512"), 2, 10000);
    c.httpMaxQueued = toInt("http.maxQueued", get("http.maxQueued", "2048"), 1, 100000);
    c.httpFront = get("http.front", c.httpFront);
    if (c.httpFront != "poco" && c.httpFront != "reactor")
        throw std::invalid_argument("http.front: expected poco or reactor, got '" + c.httpFront + "'");
    c.httpIoThreads = toInt("http.ioThreads", get("http.ioThreads", "2"), 1, 64);
    c.httpWorkers = toInt("http.workers", get("http.workers", "2"), 1, 256);
    c.httpMaxBodyBytes = toInt("http.maxBodyBytes", get("http.maxBodyBytes", "1048576"), 1024, 1 << 30);
    c.httpKeepAliveSeconds = toInt("http.keepAliveSeconds", get("http.keepAliveSeconds", "10"), 1, 3600);
    c.httpTimeoutSeconds = toInt("http.timeoutSeconds", get("http.timeoutSeconds", "15"), 1, 3600);
    c.accessTokenTtlSeconds = toInt("auth.accessTokenTtl", get("auth.accessTokenTtl", "900"), 10, 86400);
    c.refreshTokenTtlSeconds =
        toInt("auth.refreshTokenTtl", get("auth.refreshTokenTtl", "2592000"), 60, 365 * 86400);
    c.passwordHashCost = get("auth.passwordHashCost", c.passwordHashCost);
    if (c.passwordHashCost != "interactive" && c.passwordHashCost != "moderate" &&
        c.passwordHashCost != "min")
        throw std::invalid_argument("auth.passwordHashCost: expected interactive, moderate or min");
    c.loginAttemptsPerMinute =
        toInt("auth.loginAttemptsPerMinute", get("auth.loginAttemptsPerMinute", "10"), 1, 100000);
    c.mediaMaxBytes = toInt("media.maxBytes", get("media.maxBytes", "10485760"), 1024, 1 << 30);
    c.maxConcurrentHashes = toInt("auth.maxConcurrentHashes", get("auth.maxConcurrentHashes", "4"), 1, 1024);
    c.trustedProxies = get("http.trustedProxies", "");
    c.publicWritesPerMinute =
        toInt("limits.publicWritesPerMinute", get("limits.publicWritesPerMinute", "6000"), 1, 10000000);
    c.respondentWritesPerMinute =
        toInt("limits.respondentWritesPerMinute", get("limits.respondentWritesPerMinute", "20"), 1, 10000000);
    {
        const std::string plaintext = get("wechat.allowPlaintext", "false");
        if (plaintext != "true" && plaintext != "false" && plaintext != "1" && plaintext != "0")
            throw std::invalid_argument("wechat.allowPlaintext: expected true or false, got '" + plaintext +
                                        "'");
        c.wechatAllowPlaintext = plaintext == "true" || plaintext == "1";
    }
    c.displayTimezone = get("display.timezone", "Asia/Shanghai");
    c.publicUrl = get("public.url", derivedPublicUrl(c.httpHost, c.httpPort));
    while (!c.publicUrl.empty() && c.publicUrl.back() == '/')
        c.publicUrl.pop_back();
    return c;
}

Config Config::withBoundPort(int port) const
{
    Config bound = *this;
    bound.httpPort = port;
    if (publicUrl == derivedPublicUrl(httpHost, httpPort))
        bound.publicUrl = derivedPublicUrl(httpHost, port);
    return bound;
}

void Config::checkProduction() const
{
    if (!production())
        return;
    if (jwtSecret.empty())
        throw std::runtime_error("NEXTEVENT_JWT_SECRET is required in production (at least 32 bytes)");
    if (jwtSecret.size() < 32)
        throw std::runtime_error("NEXTEVENT_JWT_SECRET is too short for production: " +
                                 std::to_string(jwtSecret.size()) + " bytes, at least 32 needed");
    if (passwordHashCost == "min")
        throw std::runtime_error("auth.passwordHashCost=min is not allowed in production");
}

std::map<std::string, std::string> nexteventEnvironment()
{
    std::map<std::string, std::string> out;
    for (char **e = environ; e && *e; ++e)
    {
        const std::string entry = *e;
        const auto eq = entry.find('=');
        if (eq != std::string::npos && entry.rfind("NEXTEVENT_", 0) == 0)
            out[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    return out;
}

} // namespace nextevent::server::app
