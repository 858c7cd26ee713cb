// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "server/app/RateLimiter.h"
#include "server/infra/MemoryRateLimiter.h"
#include "server/infra/RedisClient.h"

namespace nextevent::server::infra
{

/// Fixed-window counters in Redis, so every instance counts against one budget (a client spreading
/// attempts across instances behind a load balancer gains nothing). While Redis cannot be reached the
/// counters of this process take over, so limits never switch off; they return to Redis when it does.
class RedisRateLimiter : public app::RateLimiter
{
public:
    explicit RedisRateLimiter(const std::string &url,
                              std::chrono::milliseconds timeout = std::chrono::milliseconds(250));

    Decision hit(const std::string &key, int limit, std::chrono::seconds window) override;
    void reset(const std::string &key) override;

private:
    RedisConnection m_connection;
    MemoryRateLimiter m_fallback;
};

} // namespace nextevent::server::infra
