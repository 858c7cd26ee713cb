// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <map>
#include <mutex>

#include "server/app/RateLimiter.h"

namespace nextevent::server::infra
{

/// Fixed-window counters in this process (one machine, no Redis).
class MemoryRateLimiter : public app::RateLimiter
{
public:
    Decision hit(const std::string &key, int limit, std::chrono::seconds window) override;
    void reset(const std::string &key) override;

private:
    struct Window
    {
        std::chrono::steady_clock::time_point start;
        int count = 0;
    };

    std::mutex m_mutex;
    std::map<std::string, Window> m_windows;
    std::chrono::steady_clock::time_point m_lastSweep{};
};

} // namespace nextevent::server::infra
