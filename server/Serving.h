// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <Poco/Net/ServerSocket.h>

#include "server/ServerContext.h"
#include "server/http/HttpServer.h"

namespace nextevent::server
{

/// Starting a built ServerContext: the HTTP server with the /ws upgrade and its gauges, the realtime
/// hub and, when asked, the job workers; stopping in the reverse order. `serve` and the integration
/// harness both start servers through this, so tests run the start-up production runs.
class Serving
{
public:
    struct Options
    {
        /// Already bound (serve binds port 0 before building the context); else http.host:http.port.
        std::optional<Poco::Net::ServerSocket> socket;
        /// `serve` runs the job workers in-process; tests start them when a test needs them.
        bool startWorkers = true;
    };

    Serving(ServerContext &context, Options options);
    ~Serving();
    Serving(const Serving &) = delete;
    Serving &operator=(const Serving &) = delete;

    int port() const;

    /// Stops accepting, lets in-flight requests finish for up to `graceSeconds`. Idempotent.
    void stop(int graceSeconds);

private:
    ServerContext &m_context;
    std::unique_ptr<http::HttpServer> m_http;
    bool m_stopped = false;
};

/// The Threads: line of /proc/self/status (Linux); 0 where it cannot be read.
long processThreads();

} // namespace nextevent::server
