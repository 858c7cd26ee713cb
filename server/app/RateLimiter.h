// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>

namespace nextevent::server::app
{

/// Counts hits per key in fixed windows. In-process by default; shared through Redis when configured.
class RateLimiter
{
public:
    virtual ~RateLimiter() = default;

    struct Decision
    {
        bool allowed = true;
        std::chrono::seconds retryAfter{0};
    };

    /// Records one hit on `key` and says whether it is within `limit` hits per `window`.
    virtual Decision hit(const std::string &key, int limit, std::chrono::seconds window) = 0;

    /// Forgets a key (e.g. after a successful login).
    virtual void reset(const std::string &key) = 0;
};

} // namespace nextevent::server::app
