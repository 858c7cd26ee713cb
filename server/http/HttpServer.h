// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <Poco/Net/ServerSocket.h>

#include "server/app/AuthService.h"
#include "server/app/Config.h"
#include "server/http/ClientAddress.h"
#include "server/http/Metrics.h"
#include "server/http/Pipeline.h"
#include "server/http/Router.h"

namespace Poco::Net
{
class HTTPServer;
class HTTPRequestHandler;
} // namespace Poco::Net

namespace Poco
{
class ThreadPool;
}

namespace nextevent::server::http
{

class ReactorFront;

/// The HTTP server: the request pipeline (Pipeline.h) behind the front `http.front` names: POCO's
/// HTTPServer (a thread per keep-alive connection) or the event-driven ReactorFront.
class HttpServer
{
public:
    HttpServer(const app::Config &config, Router &router, Metrics &metrics, app::AuthService &auth);
    ~HttpServer();

    /// Serves `path` (exactly, any query) with handlers from `factory` instead of the /v2 pipeline: the
    /// WebSocket upgrade, which needs the raw request and response. Call before start().
    void setUpgradeHandler(std::string path, std::function<Poco::Net::HTTPRequestHandler *()> factory);

    /// The same endpoint for the reactor front, which has no POCO request to hand over: `acceptor`
    /// answers the handshake and takes the socket. Call before start().
    void setUpgradeAcceptor(UpgradeAcceptor acceptor);

    /// Binds config.httpHost:config.httpPort and starts accepting; throws on a port already in use.
    void start();

    /// Starts accepting on a socket from listen(): how `serve` learns the port that port 0 picked before
    /// the rest of the server is built with it.
    void start(Poco::Net::ServerSocket socket);

    /// A listening socket on host:port (0 picks a free port); throws when the port is already in use.
    static Poco::Net::ServerSocket listen(const std::string &host, int port);

    /// Stops accepting, lets in-flight requests finish (up to `graceSeconds`), then closes idle connections.
    void stop(int graceSeconds = 10);

    /// The bound port (useful with port 0).
    int port() const;

    int openConnections() const;

private:
    const app::Config &m_config;
    std::unique_ptr<Pipeline> m_pipeline;
    std::string m_upgradePath;
    std::function<Poco::Net::HTTPRequestHandler *()> m_upgradeFactory;
    UpgradeAcceptor m_upgradeAcceptor;
    std::unique_ptr<Poco::ThreadPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::unique_ptr<ReactorFront> m_reactor;
    int m_port = 0;
};

} // namespace nextevent::server::http
