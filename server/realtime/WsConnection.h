// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include <Poco/Net/SocketNotification.h>
#include <Poco/Net/SocketReactor.h>
#include <Poco/Net/WebSocket.h>

#include "server/app/Principal.h"
#include "server/realtime/SendQueue.h"
#include "server/realtime/WsFrame.h"

namespace nextevent::server::realtime
{

class SendPool;
class WsConnection;

/// Receives what a connection reads (on its reactor thread).
class ConnectionListener
{
public:
    virtual ~ConnectionListener() = default;
    virtual void onText(const std::shared_ptr<WsConnection> &connection, std::string_view text) = 0;
    /// Called once, when the reactor lets go of the connection (peer closed, error, or server close).
    virtual void onClosed(const std::shared_ptr<WsConnection> &connection) = 0;
};

/// Limits of one connection.
struct ConnectionLimits
{
    int maxFrameBytes = 16 * 1024;            ///< bigger client frames close the connection (1009)
    std::size_t maxQueuedBytes = 1024 * 1024; ///< unsent bytes before a slow client is dropped (1013)
    std::size_t maxQueuedFrames = 256;        ///< unsent frames before a slow client is dropped (1013)
    /// Updates replaced unsent in a row while the client finished not one frame: past this it is not keeping
    /// up (it is dropped with 1013), however little memory conflation lets it hold.
    std::uint64_t maxMissedUpdates = 64;
    double messagesPerSecond = 20;               ///< sustained client messages; bursts up to twice that
    std::chrono::milliseconds frameTimeout{500}; ///< a frame started must arrive completely within this
    /// Kernel send buffer per socket. Fixed rather than auto-tuned (up to 4 MB each), so what a slow client
    /// can hold is bounded by this plus maxQueuedBytes, and it is noticed quickly.
    int socketSendBuffer = 128 * 1024;
};

/// One WebSocket after the handshake. Reads are served by a SocketReactor (no thread of its own); writes
/// go through a bounded queue of pre-encoded frames flushed by a SendPool thread with non-blocking send(),
/// so one slow client never blocks anybody else and never grows memory past its limit.
class WsConnection : public std::enable_shared_from_this<WsConnection>
{
public:
    WsConnection(std::uint64_t id,
                 Poco::Net::WebSocket socket,
                 std::string peer,
                 const ConnectionLimits &limits,
                 SendPool &senders,
                 ConnectionListener &listener);
    ~WsConnection();
    WsConnection(const WsConnection &) = delete;
    WsConnection &operator=(const WsConnection &) = delete;

    std::uint64_t id() const
    {
        return m_id;
    }

    const std::string &peer() const
    {
        return m_peer;
    }

    /// The handshake negotiated permessage-deflate (RFC 7692, no context takeover either way): large
    /// updates go out compressed and compressed client messages are inflated. Before attach().
    void enableDeflate();

    /// Registers for readable events on `reactor`; the connection unregisters itself when it closes.
    void attach(Poco::Net::SocketReactor &reactor);

    /// Queues a frame (any thread). False when the connection is closing; when the queue is over its
    /// limit the client is dropped with 1013 and false is returned. A topic update replaces this
    /// connection's unsent update of the same topic (SendQueue: conflation, seq per connection).
    bool send(const FramePtr &frame);

    /// Queues the snapshot of `topic` taken at `seq`; the topic's updates continue from seq + 1 here.
    bool sendSnapshot(const std::string &topic, std::int64_t seq, const FramePtr &frame);

    /// Drops the unsent update of a topic the client left.
    void forgetTopic(const std::string &topic);

    /// Sends a close frame after what is queued, then shuts the socket (any thread).
    void close(std::uint16_t code, std::string_view reason);

    /// Shuts the socket at once; the reactor then sees EOF and cleans up (any thread).
    void abort();

    enum class Flush
    {
        Done,       ///< queue empty
        WouldBlock, ///< the socket buffer is full: retry later
        Dead        ///< the peer is gone
    };

    /// Writes queued frames without blocking, adding the frames and bytes written (SendPool threads only).
    Flush flush(std::size_t &frames, std::size_t &bytes);

    /// Seconds since the last frame from the peer (heartbeats).
    std::chrono::steady_clock::duration idleFor(std::chrono::steady_clock::time_point now) const;

    /// True once a ping was sent for the current idle period.
    std::atomic<bool> pinged{false};

    /// Who the client proved to be (query-string token or an auth message); empty for the public.
    /// Reactor thread only.
    std::optional<app::Principal> principal;
    /// Topics this connection is subscribed to. Reactor thread only.
    std::set<std::string> topics;

    /// Takes one client message from the rate budget; false when over the limit. Reactor thread only.
    bool takeMessageToken();
    /// How many messages were refused for rate in a row (the connection is closed past a point).
    int overLimit = 0;

private:
    void onReadable(const Poco::AutoPtr<Poco::Net::ReadableNotification> &notification);
    void detach();
    /// Queues through `push` (which returns false when over the limits), dropping a slow client.
    template <typename Push> bool enqueue(const FramePtr &frame, Push push);

    const std::uint64_t m_id;
    Poco::Net::WebSocket m_socket;
    const int m_fd;
    const std::string m_peer;
    const ConnectionLimits m_limits;
    SendPool &m_senders;
    ConnectionListener &m_listener;
    Poco::Net::SocketReactor *m_reactor = nullptr;
    bool m_detached = false;
    bool m_deflate = false; ///< set before attach(), read by the reactor thread

    std::atomic<std::int64_t> m_lastReadNs;

    // Send side, guarded by m_sendMutex.
    std::mutex m_sendMutex;
    SendQueue m_out;
    bool m_scheduled = false;
    bool m_closing = false;        ///< no more frames accepted
    bool m_shutAfterFlush = false; ///< shut the socket once the queue (ending in a close frame) is written
    bool m_shut = false;
    std::optional<std::chrono::steady_clock::time_point> m_stalledSince; ///< no byte accepted since

    // Rate budget (token bucket), reactor thread only.
    double m_tokens;
    std::chrono::steady_clock::time_point m_tokensAt;
};

using ConnectionPtr = std::shared_ptr<WsConnection>;

} // namespace nextevent::server::realtime
