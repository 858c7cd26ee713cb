// SPDX-License-Identifier: MIT
#include "server/wechat/Clock.h"

#include <thread>

namespace nextevent::server::wechat
{
namespace
{
class SystemClock final : public Clock
{
public:
    SteadyTime steadyNow() const override
    {
        return std::chrono::steady_clock::now();
    }

    TimePoint wallNow() const override
    {
        return nextevent::now();
    }

    void sleepFor(std::chrono::milliseconds duration) const override
    {
        std::this_thread::sleep_for(duration);
    }
};
} // namespace

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}

} // namespace nextevent::server::wechat
