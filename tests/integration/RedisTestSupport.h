// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Process.h>
#include <gtest/gtest.h>

namespace nextevent::test
{

/// The shared test Redis (NEXTEVENT_TEST_REDIS_URL, set by scripts/test-services.sh), or "".
inline std::string testRedisUrl()
{
    const char *url = std::getenv("NEXTEVENT_TEST_REDIS_URL");
    return url ? url : "";
}

/// A redis-server of the test's own on a loopback port, so a test can stop and restart it.
class PrivateRedis
{
public:
    explicit PrivateRedis(int port)
        : m_port(port)
    {
    }

    ~PrivateRedis()
    {
        stop();
    }

    /// Starts redis-server and waits (up to 10 s) until it accepts connections; false if it did not.
    bool start()
    {
        const std::vector<std::string> args{"--port",
                                            std::to_string(m_port),
                                            "--bind",
                                            "127.0.0.1",
                                            "--save",
                                            "",
                                            "--appendonly",
                                            "no",
                                            "--logfile",
                                            "/dev/null"};
        try
        {
            m_handle = std::make_unique<Poco::ProcessHandle>(
                Poco::Process::launch("redis-server", args, nullptr, nullptr, nullptr));
        }
        catch (const Poco::Exception &)
        {
            return false;
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < deadline)
        {
            try
            {
                Poco::Net::StreamSocket socket(
                    Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(m_port)));
                return true;
            }
            catch (const Poco::Exception &)
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
        return false;
    }

    void stop()
    {
        if (!m_handle)
            return;
        Poco::Process::kill(*m_handle);
        m_handle->wait();
        m_handle.reset();
    }

    std::string url() const
    {
        return "redis://127.0.0.1:" + std::to_string(m_port) + "/0";
    }

private:
    int m_port;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
};

} // namespace nextevent::test

/// Skip (or, under CI, fail) when no test Redis is configured, as NEXTEVENT_REQUIRE_DATABASE does for
/// MariaDB.
#define NEXTEVENT_REQUIRE_REDIS(url)                                                                         \
    do                                                                                                       \
    {                                                                                                        \
        if ((url).empty())                                                                                   \
        {                                                                                                    \
            const char *reason = "SKIPPED: Redis is not available (NEXTEVENT_TEST_REDIS_URL is unset; "      \
                                 "scripts/test.sh starts Redis and sets it)";                                \
            if (std::getenv("CI"))                                                                           \
                FAIL() << reason;                                                                            \
            else                                                                                             \
                GTEST_SKIP() << reason;                                                                      \
        }                                                                                                    \
    } while (false)
