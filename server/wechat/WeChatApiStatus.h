// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

namespace nextevent::server::wechat
{

/// Counters of one API path.
struct ApiCallStats
{
    /// Calls made by our code (one per client method use, retries not counted).
    std::int64_t calls = 0;
    /// HTTP requests sent, retries included.
    std::int64_t requests = 0;
    /// Calls that ended in an error.
    std::int64_t failures = 0;
};

/// One failed attempt, as the status page lists it. errmsg is masked.
struct ApiErrorRecord
{
    TimePoint time{};
    std::string api;
    int errcode = 0;
    std::string errmsg;
    /// "api", "network", "bad-response", "circuit-open" or "not-configured".
    std::string kind;
};

/// A cached credential's lifecycle, without its value.
struct CredentialStatus
{
    bool present = false;
    TimePoint fetchedAt{};
    TimePoint expiresAt{};
    std::int64_t fetches = 0;
};

/// The snapshot behind /v2/wechat/status. Holds no secret and no token.
struct WeChatApiStatus
{
    bool configured = false;
    std::string appId;
    std::string apiBase;
    bool stableToken = false;
    CredentialStatus accessToken;
    CredentialStatus jsapiTicket;
    std::string breakerState;
    int consecutiveFailures = 0;
    std::int64_t breakerRetryInMs = 0;
    std::int64_t breakerTimesOpened = 0;
    std::map<std::string, ApiCallStats> calls;
    /// Newest last.
    std::vector<ApiErrorRecord> recentErrors;

    /// JSON for the status endpoint; token age and remaining lifetime are computed against `now`:
    /// {"configured","appId","apiBase","tokenEndpoint","accessToken":{"present","fetchedAt","expiresAt",
    /// "ageSeconds","expiresInSeconds","fetches"},"jsapiTicket":{…},"breaker":{"state",
    /// "consecutiveFailures","retryInMs","timesOpened"},"calls":{api:{"calls","requests","failures"}},
    /// "recentErrors":[{"time","api","errcode","errmsg","kind"}]}.
    nlohmann::json toJson(TimePoint now) const;
};

} // namespace nextevent::server::wechat
