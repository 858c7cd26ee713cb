// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nextevent::server::app
{

/// One configuration key: its name in the config file, its environment override, default and meaning.
struct ConfigKey
{
    const char *key;
    const char *env;
    const char *defaultValue;
    const char *help;
};

/// Every key the server reads; `--help` prints this table.
const std::vector<ConfigKey> &configKeys();

/// The server's settings, resolved from defaults, then the config file, then NEXTEVENT_* variables.
struct Config
{
    std::string env = "development";
    std::string httpHost = "127.0.0.1";
    int httpPort = 8080;
    /// Where `serve` writes the bound port once listening (empty: nowhere).
    std::string httpPortFile;
    std::string publicUrl;
    std::string dataDir = "./var";
    std::string dbUrl;
    int dbPoolSize = 32;
    std::string redisUrl;
    std::string jwtSecret;
    std::string wechatAppId;
    std::string wechatAppSecret;
    std::string wechatToken;
    std::string wechatAesKey;
    std::string wechatApiBase = "https://api.weixin.qq.com";
    std::string wechatAutoReply;
    /// Template for registration notices (approved, rejected, place offered); empty: none are sent.
    std::string wechatRegistrationTemplateId;
    /// Webhooks may target loopback, link-local and private addresses (tests, closed networks).
    bool webhooksAllowPrivateTargets = false;
    /// The first webhook retry waits this long; each next one twice as long, for up to 24 hours.
    int webhooksRetryBaseMs = 30000;
    int wechatTimestampWindowSeconds = 300;
    std::string wsAllowedOrigins;
    int wsMaxConnections = 50000;
    int wsThreads = 2;
    int wsMessagesPerSecond = 20;
    int wsUpdateIntervalMs = 50;
    int wsIdleSeconds = 30;
    int wsSendQueueBytes = 1 << 20;
    int jobWorkers = 2;
    int jobMaxAttempts = 8;
    int jobBackoffMs = 5000;
    int jobPollMs = 1000;
    std::string logFormat = "text";
    std::string logLevel = "information";
    int httpMaxThreads = 512;
    int httpMaxQueued = 2048;
    std::string httpFront = "reactor"; ///< "poco" or "reactor" (server/http/ReactorFront.h)
    int httpIoThreads = 2;             ///< the reactor front's I/O threads
    int httpWorkers = 2;               ///< the reactor front's handler threads
    std::int64_t httpMaxBodyBytes = 1 << 20;
    int httpKeepAliveSeconds = 10;
    int httpTimeoutSeconds = 15;
    int accessTokenTtlSeconds = 900;
    int refreshTokenTtlSeconds = 30 * 24 * 3600;
    std::string passwordHashCost = "interactive";
    int loginAttemptsPerMinute = 10;
    int maxConcurrentHashes = 4;
    std::string trustedProxies; ///< comma-separated addresses or CIDR ranges
    int publicWritesPerMinute = 6000;
    int respondentWritesPerMinute = 20;
    bool wechatAllowPlaintext = false;
    std::string displayTimezone = "Asia/Shanghai"; ///< checked against the tz database at start-up
    std::int64_t mediaMaxBytes = 10 << 20;

    bool production() const
    {
        return env == "production";
    }

    /// True when the WeChat server API can be called (AppID and AppSecret set).
    bool wechatApiConfigured() const
    {
        return !wechatAppId.empty() && !wechatAppSecret.empty();
    }

    /// Resolves every key. `file` holds the config file's key/values (may be empty); `environment`
    /// the process environment. Throws std::invalid_argument naming the key for a malformed value.
    static Config resolve(const std::map<std::string, std::string> &file,
                          const std::map<std::string, std::string> &environment);

    /// These settings once the server listens on `port` (the one port 0 picked): httpPort is `port`,
    /// and so is the port of publicUrl when publicUrl was not set but derived from the listen address.
    Config withBoundPort(int port) const;

    /// Throws std::runtime_error with a one-line reason when the settings are unsafe for production
    /// (missing or short JWT secret).
    void checkProduction() const;
};

/// The process environment as a map (only NEXTEVENT_* variables).
std::map<std::string, std::string> nexteventEnvironment();

} // namespace nextevent::server::app
