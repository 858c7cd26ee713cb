// SPDX-License-Identifier: MIT
#include "server/infra/ThreadErrors.h"

#include <atomic>
#include <mutex>

#include <Poco/ErrorHandler.h>
#include <Poco/Logger.h>

namespace nextevent::server::infra
{
namespace
{
std::atomic<std::uint64_t> g_errors{0};

class CountingErrorHandler : public Poco::ErrorHandler
{
public:
    void exception(const Poco::Exception &e) override
    {
        note(e.displayText());
    }

    void exception(const std::exception &e) override
    {
        note(e.what());
    }

    void exception() override
    {
        note("unknown exception");
    }

private:
    static void note(const std::string &what)
    {
        const auto n = g_errors.fetch_add(1, std::memory_order_relaxed) + 1;
        // The first few in full, then one line per thousand: a thread failing in a loop must not flood the
        // log.
        if (n <= 10 || n % 1000 == 0)
            Poco::Logger::get("server").error(
                "exception in a server thread (%Lu so far): %s", static_cast<Poco::UInt64>(n), what);
    }
};
} // namespace

void installThreadErrorHandler()
{
    static CountingErrorHandler handler;
    static std::once_flag once;
    std::call_once(once, [] { Poco::ErrorHandler::set(&handler); });
}

std::uint64_t threadErrorCount()
{
    return g_errors.load(std::memory_order_relaxed);
}

} // namespace nextevent::server::infra
