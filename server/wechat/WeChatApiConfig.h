// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "server/wechat/Clock.h"

namespace nextevent::server::wechat
{

/// Settings of WeChatApiClient. Only appId, appSecret and apiBase come from the server config
/// (NEXTEVENT_WECHAT_APP_ID, _APP_SECRET, _API_BASE); the rest are tuning values with safe defaults.
struct WeChatApiConfig
{
    std::string appId;
    std::string appSecret;
    /// Scheme, host, optional port and optional path prefix; http:// is allowed for a local fake.
    std::string apiBase = "https://api.weixin.qq.com";
    /// Where authorizeUrl() sends the browser; never called by the server itself.
    std::string oauthAuthorizeBase = "https://open.weixin.qq.com/connect/oauth2/authorize";
    /// Use POST cgi-bin/stable_token instead of GET cgi-bin/token. Pick one per deployment: tokens of
    /// the two schemes are independent (wechat-protocol.md §4.2).
    bool useStableToken = false;

    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds readTimeout{10000};

    /// Attempts per call for transient failures (network, HTTP status, bad body, errcode -1);
    /// 1 disables retrying.
    int maxAttempts = 3;
    /// Backoff before the 2nd attempt; doubled for each further one, capped at backoffMax.
    std::chrono::milliseconds backoffInitial{200};
    std::chrono::milliseconds backoffMax{2000};

    /// Consecutive transient failures that open the circuit breaker.
    int breakerThreshold = 5;
    /// How long an open breaker refuses calls before letting one trial call through.
    std::chrono::milliseconds breakerOpenFor{30000};

    /// Refresh a token/ticket when less than min(refreshMargin, refreshFraction of its lifetime)
    /// remains.
    std::chrono::seconds refreshMargin{300};
    double refreshFraction = 0.2;

    /// How many recent errors the status snapshot keeps.
    std::size_t errorHistory = 20;
    /// Prefix of the TokenCache keys; the AppID is appended so several accounts can share a cache.
    std::string cacheKeyPrefix = "wechat:";
    /// Time for token expiry, the breaker and backoff; null means Clock::system(). Tests pass a clock
    /// they move by hand.
    std::shared_ptr<const Clock> clock;

    /// True when an AppID and an AppSecret are set.
    bool configured() const
    {
        return !appId.empty() && !appSecret.empty();
    }
};

} // namespace nextevent::server::wechat
