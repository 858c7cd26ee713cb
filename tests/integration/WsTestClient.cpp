// SPDX-License-Identifier: MIT
#include "WsTestClient.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>

#include "tests/support/WsWire.h"

namespace nextevent::test
{

int WsFrame::closeCode() const
{
    if (payload.size() < 2)
        return 0;
    return (static_cast<unsigned char>(payload[0]) << 8) | static_cast<unsigned char>(payload[1]);
}

WsTestClient::WsTestClient(int port,
                           const std::string &query,
                           const std::map<std::string, std::string> &headers)
    : m_session(std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port)))
{
    Poco::Net::HTTPRequest request(
        Poco::Net::HTTPRequest::HTTP_GET, "/ws" + query, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto &[k, v] : headers)
        request.set(k, v);
    Poco::Net::HTTPResponse response;
    m_socket = std::make_unique<Poco::Net::WebSocket>(*m_session, request, response);
    m_socket->setMaxPayloadSize(4 * 1024 * 1024);
    m_extensions = response.get("Sec-WebSocket-Extensions", "");
}

int WsTestClient::handshakeStatus(int port,
                                  const std::string &query,
                                  const std::map<std::string, std::string> &headers)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(
        Poco::Net::HTTPRequest::HTTP_GET, "/ws" + query, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto &[k, v] : headers)
        request.set(k, v);
    Poco::Net::HTTPResponse response;
    try
    {
        Poco::Net::WebSocket ws(session, request, response);
        ws.close();
        return 101;
    }
    catch (const Poco::Net::WebSocketException &)
    {
        return static_cast<int>(response.getStatus());
    }
}

void WsTestClient::send(const nlohmann::json &message)
{
    sendText(message.dump());
}

void WsTestClient::sendText(const std::string &text)
{
    m_socket->sendFrame(text.data(), static_cast<int>(text.size()), Poco::Net::WebSocket::FRAME_TEXT);
}

void WsTestClient::sendFrame(const std::string &payload, int flags)
{
    m_socket->sendFrame(payload.data(), static_cast<int>(payload.size()), flags);
}

std::optional<WsFrame> WsTestClient::receive(std::chrono::milliseconds timeout)
{
    if (m_closed)
        return std::nullopt;
    // Wait for readability first: a receive timeout in the middle of a frame would leave the stream
    // unsynchronised (POCO 1.11 cannot resume a frame), so frames are only read once they are arriving.
    if (!m_socket->poll(Poco::Timespan(timeout.count() * 1000), Poco::Net::Socket::SELECT_READ))
        return std::nullopt;
    m_socket->setReceiveTimeout(Poco::Timespan(10, 0));
    std::string &buffer = m_buffer;
    buffer.resize(4 * 1024 * 1024);
    int flags = 0;
    int n = 0;
    try
    {
        n = m_socket->receiveFrame(buffer.data(), static_cast<int>(buffer.size()), flags);
    }
    catch (const Poco::TimeoutException &)
    {
        return std::nullopt;
    }
    catch (const Poco::Exception &)
    {
        m_closed = true;
        return WsFrame{Poco::Net::WebSocket::FRAME_OP_CLOSE, {}};
    }
    if (n == 0 && flags == 0)
    {
        m_closed = true;
        return WsFrame{Poco::Net::WebSocket::FRAME_OP_CLOSE, {}};
    }
    WsFrame frame{flags & Poco::Net::WebSocket::FRAME_OP_BITMASK,
                  buffer.substr(0, static_cast<std::size_t>(n)),
                  (flags & Poco::Net::WebSocket::FRAME_FLAG_RSV1) != 0};
    if (frame.opcode == Poco::Net::WebSocket::FRAME_OP_PING)
        m_socket->sendFrame(frame.payload.data(),
                            static_cast<int>(frame.payload.size()),
                            static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN) |
                                Poco::Net::WebSocket::FRAME_OP_PONG);
    if (frame.opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
        m_closed = true;
    return frame;
}

nlohmann::json WsTestClient::next(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline)
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        auto frame = receive(std::max(left, std::chrono::milliseconds(1)));
        if (!frame || frame->opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
            return nullptr;
        if (frame->opcode == Poco::Net::WebSocket::FRAME_OP_TEXT && frame->compressed)
        {
            ++m_compressed;
            return nlohmann::json::parse(inflateAsABrowserDoes(frame->payload));
        }
        if (frame->opcode == Poco::Net::WebSocket::FRAME_OP_TEXT)
            return nlohmann::json::parse(frame->payload);
    }
    return nullptr;
}

nlohmann::json WsTestClient::subscribe(const std::string &topic)
{
    send({{"type", "subscribe"}, {"topic", topic}});
    return until([](const nlohmann::json &m) { return m["type"] == "snapshot" || m["type"] == "error"; });
}

int WsTestClient::waitForClose(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline)
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        auto frame = receive(std::max(left, std::chrono::milliseconds(1)));
        if (frame && frame->opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
            return frame->closeCode();
    }
    return -1;
}

} // namespace nextevent::test
