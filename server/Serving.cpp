// SPDX-License-Identifier: MIT
#include "server/Serving.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace nextevent::server
{

long processThreads()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Threads:", 0) == 0)
            return std::strtol(line.c_str() + 8, nullptr, 10);
    return 0;
}

Serving::Serving(ServerContext &context, Options options)
    : m_context(context)
    , m_http(
          std::make_unique<http::HttpServer>(context.config, context.router, context.metrics, *context.auth))
{
    auto *http = m_http.get();
    m_context.metrics.addGauge("nextevent_http_open_connections",
                               "Open HTTP connections.",
                               [http] { return static_cast<double>(http->openConnections()); });
    m_context.metrics.addGauge(
        "nextevent_process_threads",
        "Threads of this process (the poco HTTP front holds one per keep-alive connection).",
        [] { return static_cast<double>(processThreads()); });
    auto *ws = m_context.wsEndpoint.get();
    m_http->setUpgradeHandler("/ws", [ws] { return ws->createHandler(); });
    m_http->setUpgradeAcceptor([ws](const http::UpgradeRequest &request) { return ws->answer(request); });
    // The hub first: a client may upgrade to /ws as soon as the server accepts.
    m_context.startRealtime();
    if (options.socket)
        m_http->start(std::move(*options.socket));
    else
        m_http->start();
    if (options.startWorkers)
        m_context.startWorkers();
}

Serving::~Serving()
{
    stop(2);
}

int Serving::port() const
{
    return m_http->port();
}

void Serving::stop(int graceSeconds)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_http->stop(graceSeconds);
}

} // namespace nextevent::server
