// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/WebSocket.h>
#include <nlohmann/json.hpp>

namespace nextevent::test
{

/// One frame as the client received it.
struct WsFrame
{
    int opcode = 0;
    std::string payload;
    bool compressed = false; ///< RSV1: a permessage-deflate message (payload as sent, not inflated)

    /// The close code of a close frame (0 when absent).
    int closeCode() const;
};

/// A blocking WebSocket client over POCO for the tests: a real socket to the server on loopback.
class WsTestClient
{
public:
    /// Connects to ws://127.0.0.1:port/ws<query>; throws Poco::Net::WebSocketException when refused.
    explicit WsTestClient(int port,
                          const std::string &query = "",
                          const std::map<std::string, std::string> &headers = {});

    /// The HTTP status of a handshake that was refused (101 when it was accepted).
    static int handshakeStatus(int port,
                               const std::string &query = "",
                               const std::map<std::string, std::string> &headers = {});

    /// The Sec-WebSocket-Extensions the server answered with ("" for none).
    const std::string &extensions() const
    {
        return m_extensions;
    }

    /// Messages with RSV1 received so far (next() inflates them as a browser does, with zlib).
    int compressedMessages() const
    {
        return m_compressed;
    }

    void send(const nlohmann::json &message);
    void sendText(const std::string &text);
    void sendFrame(const std::string &payload, int flags);

    /// The next frame, or nullopt after `timeout`. Pings are answered and returned.
    std::optional<WsFrame> receive(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

    /// The next JSON text message (skipping pings/pongs), or null json after `timeout` or on close.
    nlohmann::json next(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

    /// Messages until one satisfies `match` (returned) or `timeout` passes (null json).
    template <typename Match>
    nlohmann::json until(Match match, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline)
        {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            auto m = next(std::max(left, std::chrono::milliseconds(1)));
            if (m.is_null())
                return m;
            if (match(m))
                return m;
        }
        return nullptr;
    }

    /// Subscribes and returns the reply (snapshot or error).
    nlohmann::json subscribe(const std::string &topic);

    /// Waits for the server to close; the close code, or 0 when the socket just ended, -1 on timeout.
    int waitForClose(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

    Poco::Net::WebSocket &socket()
    {
        return *m_socket;
    }

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
    bool m_closed = false;
    std::string m_buffer;
    std::string m_extensions;
    int m_compressed = 0;
};

} // namespace nextevent::test
