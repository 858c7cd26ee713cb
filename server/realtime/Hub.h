// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <Poco/Net/SocketReactor.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Thread.h>

#include "server/app/AuthService.h"
#include "server/app/ChangeFeed.h"
#include "server/app/LiveTopics.h"
#include "server/app/MessageBus.h"
#include "server/realtime/SendPool.h"
#include "server/realtime/WsConnection.h"

namespace nextevent::server::realtime
{

struct HubOptions
{
    int reactorThreads = 2;
    int senderThreads = 2;
    int maxConnections = 50000;
    std::size_t maxTopicsPerConnection = 32;
    ConnectionLimits limits;
    /// Updates of one topic are at least this far apart (20 a second) ...
    std::chrono::milliseconds minInterval{50};
    /// ... and further apart for large audiences and large documents: the interval is at least this many
    /// times the sender time one update of the topic costs (its last update's measured time per copy ×
    /// subscribers ÷ sender threads; before any is measured, payload bytes × cost per byte), so fan-out keeps
    /// to a share of the CPU and never falls behind the changes.
    double fanoutCpuFactor = 2.0;
    /// ... and never further apart than this, however slow the last pass was.
    std::chrono::milliseconds maxInterval{2000};
    std::chrono::seconds pingAfter{25}; ///< a silent peer gets a ping ...
    std::chrono::seconds dropAfter{60}; ///< ... and is dropped if still silent
    std::string instanceId;             ///< tells this instance's own bus messages apart
};

/// The /ws hub: connections (served by a few reactor threads, written by a few sender threads), topic
/// subscriptions with a snapshot on subscribe and sequenced updates after it, per-topic coalescing of
/// changes, heartbeats, and the bridge that carries change notices between instances over the MessageBus.
/// What a topic holds and who may read it is app::LiveTopics' business; the hub only moves it.
class Hub : public ConnectionListener
{
public:
    Hub(HubOptions options,
        app::LiveTopics &topics,
        app::ChangeFeed &feed,
        app::AuthService &auth,
        app::MessageBus *bus);
    ~Hub() override;
    Hub(const Hub &) = delete;
    Hub &operator=(const Hub &) = delete;

    /// Subscribes to the bus (call before the bus starts), then starts the reactor, sender and hub threads.
    void start();
    /// Closes every connection with 1001 and stops the threads. Idempotent.
    void stop();

    /// Takes a connection after a successful handshake. False (and the socket is closed) when full.
    bool accept(Poco::Net::WebSocket socket,
                std::string peer,
                std::optional<app::Principal> principal,
                bool deflate = false);

    bool full() const
    {
        return m_open.load() >= m_options.maxConnections;
    }

    /// Prometheus text of the hub's gauges, counters and fan-out latency histogram.
    std::string renderMetrics() const;

    int openConnections() const
    {
        return m_open.load();
    }

    // ConnectionListener
    void onText(const ConnectionPtr &connection, std::string_view text) override;
    void onClosed(const ConnectionPtr &connection) override;

private:
    struct Subscriber
    {
        ConnectionPtr connection;
        bool staff = false;
    };

    struct TopicState
    {
        std::unordered_map<std::uint64_t, Subscriber> subscribers;
        std::int64_t seq = 0;
        bool dirty = false;
        std::optional<nlohmann::json> data; ///< the state last sent (valid while there are subscribers)
        std::string dataText;               ///< data as JSON text (snapshots reuse it)
        FramePtr snapshot;                  ///< the snapshot frame of data at seq, made once for many
        FramePtr last;                      ///< the last update sent (its measured send cost)
        bool publicVisible = false;
        std::chrono::steady_clock::time_point nextAllowed{};
    };

    void
    subscribe(const ConnectionPtr &connection, const std::string &topicName, std::optional<std::int64_t> id);
    void unsubscribe(const ConnectionPtr &connection, const std::string &topicName);
    void sendError(const ConnectionPtr &connection,
                   ErrorCode code,
                   const std::string &message,
                   std::optional<std::int64_t> id,
                   const std::string &topic = {});

    void run();
    void markDirty(const std::vector<std::string> &topics);
    /// Broadcasts every due dirty topic; returns when the next one falls due (or nullopt).
    std::optional<std::chrono::steady_clock::time_point> broadcastDue();
    void broadcast(const std::string &name);
    void heartbeat();
    /// Records who a connection proved to be, for closeRevoked (reactor thread of the connection).
    void setPrincipal(const ConnectionPtr &connection, app::Principal principal);
    /// Drops from the connection's set the topics the hub has already let it go from (reactor thread).
    void forgetDroppedTopics(const ConnectionPtr &connection);
    /// Closes (1008) every connection whose session was revoked (hub thread).
    void closeRevoked();

    HubOptions m_options;
    app::LiveTopics &m_live;
    app::ChangeFeed &m_feed;
    app::AuthService &m_auth;
    app::MessageBus *m_bus;
    SendPool m_senders;

    std::vector<std::unique_ptr<Poco::Net::SocketReactor>> m_reactors;
    std::vector<std::unique_ptr<Poco::Thread>> m_reactorThreads;
    std::thread m_hubThread;
    std::atomic<bool> m_stopping{false};
    bool m_started = false;

    mutable std::mutex m_connectionsMutex;
    std::unordered_map<std::uint64_t, ConnectionPtr> m_connections;
    std::unordered_map<std::uint64_t, app::Principal> m_principals; ///< signed-in connections, by id
    std::atomic<std::uint64_t> m_nextId{1};
    std::atomic<int> m_open{0};

    mutable std::mutex m_topicsMutex;
    std::unordered_map<std::string, TopicState> m_topics;

    std::atomic<std::uint64_t> m_accepted{0};
    std::atomic<std::uint64_t> m_messagesIn{0};
    std::atomic<std::uint64_t> m_broadcasts{0};
    std::atomic<std::uint64_t> m_busIn{0};
    std::atomic<double> m_lastFanoutSeconds{0};
    std::atomic<std::int64_t> m_subscriptions{0};
};

} // namespace nextevent::server::realtime
