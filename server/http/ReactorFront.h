// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include <Poco/Net/ServerSocket.h>

#include "server/http/Pipeline.h"

namespace nextevent::server::http
{

/// The event-driven HTTP/1.1 front (`http.front=reactor`): one epoll thread accepts, reads, parses
/// (nodejs/http-parser, Debian's libhttp-parser) and writes every connection; requests run on a small pool
/// of `http.workers` threads, because handlers may wait on the database. An idle keep-alive connection
/// costs a few hundred bytes and no thread, so thousands of phones holding connections open do not make
/// the next visitor wait (POCO's HTTPServer holds a thread per connection).
///
/// The wire behaviour matches the POCO front: keep-alive with `http.keepAliveSeconds` between requests
/// (`http.timeoutSeconds` for the first), pipelined requests answered one at a time in order, HEAD,
/// `Expect: 100-continue` (sent once the request is admitted), chunked request bodies, the body limits and
/// the refusal-before-the-body of Pipeline::admit, half-closed connections answered before closing.
/// Stricter where POCO is lax: a request head must arrive whole within `http.timeoutSeconds` (slowloris),
/// and a body or an answer must make progress within it.
class ReactorFront
{
public:
    /// `upgradePath` requests (the WebSocket endpoint) go to `upgrade`, which answers the handshake and
    /// takes the socket after a 101.
    ReactorFront(const Pipeline &pipeline, std::string upgradePath, UpgradeAcceptor upgrade);
    ~ReactorFront();
    ReactorFront(const ReactorFront &) = delete;
    ReactorFront &operator=(const ReactorFront &) = delete;

    /// Starts the I/O thread and the workers on a listening socket.
    void start(Poco::Net::ServerSocket socket);

    /// Stops accepting, closes idle connections, lets running requests finish (up to `graceSeconds`),
    /// then closes the rest and joins every thread.
    void stop(int graceSeconds);

    int openConnections() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace nextevent::server::http
