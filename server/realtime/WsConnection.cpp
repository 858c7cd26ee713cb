// SPDX-License-Identifier: MIT
#include "server/realtime/WsConnection.h"

#include <cerrno>
#include <sys/socket.h>
#include <vector>

#include <Poco/Logger.h>
#include <Poco/NObserver.h>
#include <Poco/Net/NetException.h>

#include "server/realtime/SendPool.h"

namespace nextevent::server::realtime
{
namespace
{
using Clock = std::chrono::steady_clock;

std::int64_t nowNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

/// A peer that accepts no byte for this long is gone, whatever TCP still believes.
constexpr auto kStallLimit = std::chrono::seconds(10);
} // namespace

WsConnection::WsConnection(std::uint64_t id,
                           Poco::Net::WebSocket socket,
                           std::string peer,
                           const ConnectionLimits &limits,
                           SendPool &senders,
                           ConnectionListener &listener)
    : m_id(id)
    , m_socket(std::move(socket))
    , m_fd(m_socket.impl()->sockfd())
    , m_peer(std::move(peer))
    , m_limits(limits)
    , m_senders(senders)
    , m_listener(listener)
    , m_lastReadNs(nowNanos())
    , m_out(SendQueue::Limits{limits.maxQueuedBytes, limits.maxQueuedFrames})
    , m_tokens(2 * limits.messagesPerSecond)
    , m_tokensAt(Clock::now())
{
    // Reads stay blocking with a short timeout: POCO 1.11's WebSocket cannot read frames from a
    // non-blocking socket (POCO-NOTES.md). Writes bypass it with MSG_DONTWAIT.
    m_socket.setBlocking(true);
    m_socket.setReceiveTimeout(
        Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(limits.frameTimeout).count()));
    m_socket.setMaxPayloadSize(limits.maxFrameBytes);
    m_socket.setNoDelay(true);
    m_socket.setSendBufferSize(limits.socketSendBuffer);
}

WsConnection::~WsConnection() = default;

void WsConnection::enableDeflate()
{
    m_deflate = true;
    std::lock_guard lock(m_sendMutex);
    m_out.setDeflate(true);
}

void WsConnection::attach(Poco::Net::SocketReactor &reactor)
{
    m_reactor = &reactor;
    reactor.addEventHandler(
        m_socket,
        Poco::NObserver<WsConnection, Poco::Net::ReadableNotification>(*this, &WsConnection::onReadable));
}

void WsConnection::detach()
{
    if (m_detached)
        return;
    m_detached = true;
    if (m_reactor)
        m_reactor->removeEventHandler(
            m_socket,
            Poco::NObserver<WsConnection, Poco::Net::ReadableNotification>(*this, &WsConnection::onReadable));
    m_listener.onClosed(shared_from_this());
}

template <typename Push> bool WsConnection::enqueue(const FramePtr &frame, Push push)
{
    bool schedule = false;
    {
        std::lock_guard lock(m_sendMutex);
        if (m_closing)
        {
            m_senders.abandoned(*frame, Clock::now());
            return false;
        }
        if (!push())
        {
            // The client cannot keep up: drop it with a close code rather than hold more memory for it.
            m_senders.slowDropped.fetch_add(1, std::memory_order_relaxed);
            m_closing = true;
            if (!m_out.midFrame())
            {
                m_out.clear(m_senders);
                m_out.push(makeCloseFrame(closeCode::TryAgainLater, "send queue full: client too slow"),
                           m_senders,
                           false);
                m_shutAfterFlush = true;
            }
            else if (!m_shut)
            {
                ::shutdown(m_fd, SHUT_RDWR);
                m_shut = true;
            }
            m_senders.abandoned(*frame, Clock::now());
            return false;
        }
        if (!m_scheduled)
            schedule = m_scheduled = true;
    }
    if (schedule)
        m_senders.schedule(shared_from_this());
    return true;
}

bool WsConnection::send(const FramePtr &frame)
{
    return enqueue(frame,
                   [&]
                   {
                       // A client that finished no frame while this many updates came is not keeping up.
                       if (frame->isTopicUpdate() && m_out.missedInARow() >= m_limits.maxMissedUpdates)
                           return false;
                       return m_out.push(frame, m_senders);
                   });
}

bool WsConnection::sendSnapshot(const std::string &topic, std::int64_t seq, const FramePtr &frame)
{
    return enqueue(frame, [&] { return m_out.pushSnapshot(topic, seq, frame, m_senders); });
}

void WsConnection::forgetTopic(const std::string &topic)
{
    std::lock_guard lock(m_sendMutex);
    m_out.forget(topic, m_senders);
}

void WsConnection::close(std::uint16_t code, std::string_view reason)
{
    bool schedule = false;
    {
        std::lock_guard lock(m_sendMutex);
        if (m_closing)
            return;
        m_closing = true;
        m_out.push(makeCloseFrame(code, reason), m_senders, false);
        m_shutAfterFlush = true;
        if (!m_scheduled)
            schedule = m_scheduled = true;
    }
    if (schedule)
        m_senders.schedule(shared_from_this());
}

void WsConnection::abort()
{
    std::lock_guard lock(m_sendMutex);
    m_closing = true;
    if (!m_shut)
    {
        ::shutdown(m_fd, SHUT_RDWR);
        m_shut = true;
    }
}

WsConnection::Flush WsConnection::flush(std::size_t &frames, std::size_t &bytes)
{
    std::lock_guard lock(m_sendMutex);
    if (!m_shut)
    {
        const auto writer = [this](const iovec *vectors, int count) -> ssize_t
        {
            msghdr message{};
            message.msg_iov = const_cast<iovec *>(vectors);
            message.msg_iovlen = static_cast<std::size_t>(count);
            const ssize_t n = ::sendmsg(m_fd, &message, MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0)
                m_stalledSince.reset();
            return n;
        };
        const auto result = m_out.write(writer, m_senders, frames, bytes);
        if (result == SendQueue::Result::WouldBlock)
        {
            const auto now = Clock::now();
            if (!m_stalledSince)
                m_stalledSince = now;
            if (now - *m_stalledSince < kStallLimit)
                return Flush::WouldBlock;
        }
        if (result != SendQueue::Result::Done)
        {
            // The peer is gone (or stalled for good): shut the socket so the reactor cleans up.
            ::shutdown(m_fd, SHUT_RDWR);
            m_shut = true;
        }
    }
    if (m_shut)
    {
        m_out.clear(m_senders);
        m_scheduled = false;
        return Flush::Dead;
    }
    m_scheduled = false;
    if (m_shutAfterFlush)
    {
        ::shutdown(m_fd, SHUT_RDWR);
        m_shut = true;
    }
    return Flush::Done;
}

std::chrono::steady_clock::duration WsConnection::idleFor(std::chrono::steady_clock::time_point now) const
{
    return now.time_since_epoch() - std::chrono::nanoseconds(m_lastReadNs.load(std::memory_order_relaxed));
}

bool WsConnection::takeMessageToken()
{
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_tokensAt).count();
    m_tokensAt = now;
    m_tokens = std::min(2 * m_limits.messagesPerSecond, m_tokens + elapsed * m_limits.messagesPerSecond);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void WsConnection::onReadable(const Poco::AutoPtr<Poco::Net::ReadableNotification> &)
{
    if (m_detached)
        return;
    auto self = shared_from_this();
    thread_local std::vector<char> buffer;
    if (buffer.size() < static_cast<std::size_t>(m_limits.maxFrameBytes))
        buffer.resize(static_cast<std::size_t>(m_limits.maxFrameBytes));
    int flags = 0;
    int n = 0;
    try
    {
        n = m_socket.receiveFrame(buffer.data(), m_limits.maxFrameBytes, flags);
    }
    catch (const Poco::Net::WebSocketException &e)
    {
        if (e.code() == Poco::Net::WebSocket::WS_ERR_PAYLOAD_TOO_BIG)
            close(closeCode::TooBig, "frame too large");
        else
            close(closeCode::ProtocolError, "malformed frame");
        detach();
        return;
    }
    catch (const Poco::TimeoutException &)
    {
        // A frame started but did not arrive in time; the stream cannot be resynchronised.
        close(closeCode::ProtocolError, "incomplete frame");
        detach();
        return;
    }
    catch (const Poco::Exception &)
    {
        abort();
        detach();
        return;
    }
    if (n == 0 && flags == 0)
    {
        abort(); // peer closed (or we shut the socket)
        detach();
        return;
    }
    m_lastReadNs.store(nowNanos(), std::memory_order_relaxed);
    pinged = false;
    const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
    const bool fin = (flags & Poco::Net::WebSocket::FRAME_FLAG_FIN) != 0;
    // RSV1 marks a compressed message, allowed on data frames of a connection that negotiated it; the other
    // reserved bits mean nothing here (RFC 6455 5.2: fail the connection).
    const bool compressed = (flags & Poco::Net::WebSocket::FRAME_FLAG_RSV1) != 0;
    const bool control = (opcode & 0x8) != 0;
    if ((flags & (Poco::Net::WebSocket::FRAME_FLAG_RSV2 | Poco::Net::WebSocket::FRAME_FLAG_RSV3)) != 0 ||
        (compressed && (!m_deflate || control)))
    {
        close(closeCode::ProtocolError, "reserved bits set");
        detach();
        return;
    }
    switch (opcode)
    {
    case Poco::Net::WebSocket::FRAME_OP_TEXT:
        if (!fin)
        {
            close(closeCode::ProtocolError, "fragmented messages are not supported");
            detach();
            return;
        }
        if (compressed)
        {
            bool tooBig = false;
            const auto text = inflateMessage(std::string_view(buffer.data(), static_cast<std::size_t>(n)),
                                             static_cast<std::size_t>(m_limits.maxFrameBytes),
                                             tooBig);
            if (!text)
            {
                close(tooBig ? closeCode::TooBig : closeCode::InvalidData,
                      tooBig ? "message too large" : "invalid compressed message");
                detach();
                return;
            }
            m_listener.onText(self, *text);
            return;
        }
        m_listener.onText(self, std::string_view(buffer.data(), static_cast<std::size_t>(n)));
        return;
    case Poco::Net::WebSocket::FRAME_OP_PING:
        send(makeFrame(Opcode::Pong, std::string_view(buffer.data(), static_cast<std::size_t>(n))));
        return;
    case Poco::Net::WebSocket::FRAME_OP_PONG:
        return;
    case Poco::Net::WebSocket::FRAME_OP_CLOSE:
        close(closeCode::Normal, "");
        detach();
        return;
    case Poco::Net::WebSocket::FRAME_OP_BINARY:
        close(closeCode::Unsupported, "binary frames are not supported");
        detach();
        return;
    default:
        close(closeCode::ProtocolError, "unexpected frame");
        detach();
        return;
    }
}

} // namespace nextevent::server::realtime
