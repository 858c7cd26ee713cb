// SPDX-License-Identifier: MIT
#include "server/realtime/Hub.h"

#include <algorithm>
#include <sstream>

#include <Poco/Logger.h>

#include "nextevent/Realtime.h"
#include "nextevent/Time.h"

namespace nextevent::server::realtime
{
namespace proto = nextevent::realtime;

namespace
{
using Clock = std::chrono::steady_clock;
const std::string kBusChannel = "realtime";

Poco::Logger &logger()
{
    return Poco::Logger::get("realtime");
}

bool tokenValid(const std::optional<app::Principal> &p)
{
    if (!p)
        return false;
    const auto nowSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    return p->tokenExpires == 0 || p->tokenExpires > nowSeconds;
}
} // namespace

Hub::Hub(HubOptions options,
         app::LiveTopics &topics,
         app::ChangeFeed &feed,
         app::AuthService &auth,
         app::MessageBus *bus)
    : m_options(std::move(options))
    , m_live(topics)
    , m_feed(feed)
    , m_auth(auth)
    , m_bus(bus)
    , m_senders(m_options.senderThreads)
{
    for (int i = 0; i < std::max(1, m_options.reactorThreads); ++i)
        m_reactors.push_back(std::make_unique<Poco::Net::SocketReactor>(Poco::Timespan(0, 250000)));
    if (m_bus)
        m_bus->subscribe(kBusChannel,
                         [this](const std::string &, const std::string &payload)
                         {
                             // "<instance>\n<topic>\n<topic>…": changes committed by another instance.
                             std::istringstream in(payload);
                             std::string from;
                             std::getline(in, from);
                             if (from == m_options.instanceId)
                                 return;
                             m_busIn.fetch_add(1, std::memory_order_relaxed);
                             std::vector<std::string> changed;
                             for (std::string line; std::getline(in, line);)
                                 if (proto::parseTopic(line))
                                     changed.push_back(line);
                             markDirty(changed);
                             m_feed.wake();
                         });
}

Hub::~Hub()
{
    stop();
}

void Hub::start()
{
    if (m_started)
        return;
    m_started = true;
    m_stopping = false;
    m_senders.start();
    // A Poco::Thread, not a std::thread: with no socket registered, SocketReactor::run() idles in
    // Thread::trySleep(), which throws on a thread POCO did not start — the reactor then spun at 100 % CPU
    // on an idle server, throwing and catching in a loop.
    for (auto &reactor : m_reactors)
    {
        auto thread = std::make_unique<Poco::Thread>("ws-reactor");
        thread->start(*reactor);
        m_reactorThreads.push_back(std::move(thread));
    }
    m_hubThread = std::thread([this] { run(); });
}

void Hub::stop()
{
    if (!m_started)
        return;
    m_started = false;
    std::vector<ConnectionPtr> all;
    {
        std::lock_guard lock(m_connectionsMutex);
        for (auto &[id, c] : m_connections)
            all.push_back(c);
    }
    for (auto &c : all)
        c->close(closeCode::GoingAway, "server shutting down");
    // Give the senders a moment to write the close frames before the threads go.
    const auto deadline = Clock::now() + std::chrono::milliseconds(500);
    while (m_open.load() > 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    m_stopping = true;
    m_feed.wake();
    if (m_hubThread.joinable())
        m_hubThread.join();
    for (auto &reactor : m_reactors)
        reactor->stop();
    for (auto &t : m_reactorThreads)
        t->join();
    m_reactorThreads.clear();
    m_senders.stop();
    for (auto &c : all)
        c->abort();
    std::lock_guard lock(m_connectionsMutex);
    m_connections.clear();
    std::lock_guard topicsLock(m_topicsMutex);
    m_topics.clear();
}

bool Hub::accept(Poco::Net::WebSocket socket,
                 std::string peer,
                 std::optional<app::Principal> principal,
                 bool deflate)
{
    if (m_stopping || full())
    {
        socket.close(); // the endpoint refuses with 503 before the handshake; this is the race's loser
        return false;
    }
    const auto id = m_nextId.fetch_add(1);
    auto connection = std::make_shared<WsConnection>(
        id, std::move(socket), std::move(peer), m_options.limits, m_senders, *this);
    if (deflate)
        connection->enableDeflate();
    {
        std::lock_guard lock(m_connectionsMutex);
        m_connections.emplace(id, connection);
    }
    if (principal)
        setPrincipal(connection, std::move(*principal));
    m_open.fetch_add(1);
    m_accepted.fetch_add(1, std::memory_order_relaxed);
    connection->attach(*m_reactors[id % m_reactors.size()]);
    return true;
}

void Hub::onClosed(const ConnectionPtr &connection)
{
    {
        std::lock_guard lock(m_topicsMutex);
        for (const auto &name : connection->topics)
        {
            auto it = m_topics.find(name);
            if (it == m_topics.end())
                continue;
            if (it->second.subscribers.erase(connection->id()))
                m_subscriptions.fetch_sub(1, std::memory_order_relaxed);
        }
    }
    connection->topics.clear();
    bool erased = false;
    {
        std::lock_guard lock(m_connectionsMutex);
        erased = m_connections.erase(connection->id()) > 0;
        m_principals.erase(connection->id());
    }
    if (erased)
        m_open.fetch_sub(1);
}

void Hub::sendError(const ConnectionPtr &connection,
                    ErrorCode code,
                    const std::string &message,
                    std::optional<std::int64_t> id,
                    const std::string &topic)
{
    connection->send(makeFrame(Opcode::Text, proto::errorMessage(code, message, id, topic)));
}

void Hub::onText(const ConnectionPtr &connection, std::string_view text)
{
    m_messagesIn.fetch_add(1, std::memory_order_relaxed);
    if (!connection->takeMessageToken())
    {
        // Far over the limit for long: the client is broken or hostile.
        if (++connection->overLimit > 200)
        {
            connection->close(closeCode::PolicyViolation, "message rate limit exceeded");
            return;
        }
        sendError(connection, ErrorCode::RateLimited, "Too many messages; slow down", std::nullopt);
        return;
    }
    connection->overLimit = 0;
    auto parsed = proto::parseClientMessage(text);
    if (auto *error = std::get_if<Error>(&parsed))
    {
        sendError(connection, error->code(), error->what(), std::nullopt);
        return;
    }
    const auto &message = std::get<proto::ClientMessage>(parsed);
    switch (message.type)
    {
    case proto::ClientMessageType::Ping:
        connection->send(makeFrame(Opcode::Text, proto::pongMessage(message.id)));
        return;
    case proto::ClientMessageType::Auth:
        try
        {
            setPrincipal(connection, m_auth.authenticate(message.token));
            connection->send(makeFrame(Opcode::Text, proto::ackMessage("authenticated", "", message.id)));
        }
        catch (const Error &e)
        {
            sendError(connection, e.code(), e.what(), message.id);
        }
        return;
    case proto::ClientMessageType::Subscribe:
        if (!message.token.empty())
        {
            try
            {
                setPrincipal(connection, m_auth.authenticate(message.token));
            }
            catch (const Error &e)
            {
                sendError(connection, e.code(), e.what(), message.id, message.topic);
                return;
            }
        }
        subscribe(connection, message.topic, message.id);
        return;
    case proto::ClientMessageType::Unsubscribe:
        unsubscribe(connection, message.topic);
        connection->send(
            makeFrame(Opcode::Text, proto::ackMessage("unsubscribed", message.topic, message.id)));
        return;
    }
}

namespace
{
/// The kind of event object a topic's id names, for event teams (TeamService::rolesAt); empty for none.
std::string topicObjectType(proto::TopicKind kind)
{
    switch (kind)
    {
    case proto::TopicKind::Event:
    case proto::TopicKind::Qa:
    case proto::TopicKind::QaQueue:
    case proto::TopicKind::Wall:
        return "event";
    case proto::TopicKind::Survey:
    case proto::TopicKind::Session:
        return "survey";
    case proto::TopicKind::Draw:
        return "draw";
    case proto::TopicKind::Dashboard:
        return {};
    }
    return {};
}
} // namespace

void Hub::subscribe(const ConnectionPtr &connection, const std::string &name, std::optional<std::int64_t> id)
{
    const auto topic = proto::parseTopic(name);
    if (!topic)
    {
        sendError(connection, ErrorCode::Validation, "Unknown topic", id, name);
        return;
    }
    if (!connection->topics.count(name) && connection->topics.size() >= m_options.maxTopicsPerConnection)
        forgetDroppedTopics(connection);
    if (!connection->topics.count(name) && connection->topics.size() >= m_options.maxTopicsPerConnection)
    {
        sendError(connection, ErrorCode::Validation, "Too many subscriptions on one connection", id, name);
        return;
    }
    std::optional<app::Principal> who;
    if (tokenValid(connection->principal))
        who = connection->principal;
    else if (connection->principal)
    {
        sendError(connection, ErrorCode::Unauthenticated, "The access token has expired", id, name);
        return;
    }
    if (who)
    {
        // A team member follows their own event's topics with their role there.
        const auto type = topicObjectType(topic->kind);
        if (!type.empty() && !app::LiveTopics::isStaffFor(*topic, who))
        {
            const auto roles = m_auth.memberRoles(*who, type, topic->id);
            who->roles.insert(who->roles.end(), roles.begin(), roles.end());
        }
    }
    const bool staff = app::LiveTopics::isStaffFor(*topic, who);
    if (!staff && !app::LiveTopics::mayBePublic(topic->kind))
    {
        sendError(connection,
                  who ? ErrorCode::Forbidden : ErrorCode::Unauthenticated,
                  who ? "Your role may not follow this topic" : "Sign in to follow this topic",
                  id,
                  name);
        return;
    }
    // Reuse the state last sent to the topic's subscribers when there are any: if it is stale, an update
    // is already due and will reach this subscriber too. Otherwise read it now.
    std::optional<app::LiveTopics::State> state;
    {
        std::lock_guard lock(m_topicsMutex);
        auto it = m_topics.find(name);
        if (it != m_topics.end() && !it->second.subscribers.empty() && it->second.data)
            state = app::LiveTopics::State{*it->second.data, it->second.publicVisible};
    }
    if (!state)
    {
        try
        {
            state = m_live.load(*topic);
        }
        catch (const Error &e)
        {
            sendError(connection, e.code(), e.what(), id, name);
            return;
        }
        catch (const std::exception &e)
        {
            logger().error("loading %s failed: %s", name, std::string(e.what()));
            sendError(connection, ErrorCode::Unavailable, "The topic cannot be read right now", id, name);
            return;
        }
    }
    if (!app::LiveTopics::mayRead(*topic, who, *state))
    {
        sendError(connection,
                  ErrorCode::Forbidden,
                  topic->kind == proto::TopicKind::Survey ? "The results are not shown yet"
                                                          : "This topic is not open to the public now",
                  id,
                  name);
        return;
    }
    std::lock_guard lock(m_topicsMutex);
    auto &ts = m_topics[name];
    if (!ts.data || ts.subscribers.empty())
    {
        ts.data = state->data;
        ts.dataText = state->data.dump();
        ts.publicVisible = state->publicVisible;
        ts.snapshot.reset();
    }
    // One snapshot frame per topic state, shared by everyone who subscribes before it changes (a room of
    // phones joining at once costs one encoding).
    if (!ts.snapshot)
        ts.snapshot = makeCompressibleText(topicMessage("snapshot", name, ts.seq, ts.dataText));
    if (ts.subscribers.emplace(connection->id(), Subscriber{connection, staff}).second)
        m_subscriptions.fetch_add(1, std::memory_order_relaxed);
    connection->topics.insert(name);
    // Queued under the lock, so no update of a later state can be queued before it; the connection numbers
    // the topic's updates from this seq (SendQueue).
    connection->sendSnapshot(name, ts.seq, ts.snapshot);
}

void Hub::unsubscribe(const ConnectionPtr &connection, const std::string &name)
{
    connection->topics.erase(name);
    connection->forgetTopic(name);
    std::lock_guard lock(m_topicsMutex);
    auto it = m_topics.find(name);
    if (it != m_topics.end() && it->second.subscribers.erase(connection->id()))
        m_subscriptions.fetch_sub(1, std::memory_order_relaxed);
}

void Hub::markDirty(const std::vector<std::string> &topics)
{
    std::lock_guard lock(m_topicsMutex);
    for (const auto &name : topics)
    {
        auto it = m_topics.find(name);
        if (it == m_topics.end())
            continue; // nobody here follows it
        it->second.dirty = true;
    }
}

void Hub::run()
{
    const auto heartbeatEvery = std::max<Clock::duration>(
        std::chrono::milliseconds(200),
        std::min<Clock::duration>(std::chrono::seconds(5), m_options.pingAfter / 2));
    auto nextHeartbeat = Clock::now() + heartbeatEvery;
    // Revoked sessions lose their sockets within a second, as they lose REST access.
    const auto revocationEvery = std::chrono::milliseconds(250);
    auto nextRevocationCheck = Clock::now() + revocationEvery;
    std::optional<Clock::time_point> nextDue;
    while (!m_stopping)
    {
        const auto now = Clock::now();
        auto wait = std::max(std::chrono::milliseconds(1),
                             std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::min(nextHeartbeat, nextRevocationCheck) - now));
        if (nextDue)
            wait = std::max(
                std::chrono::milliseconds(1),
                std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(*nextDue - now)));
        const auto changed = m_feed.drain(wait);
        if (m_stopping)
            break;
        if (!changed.empty())
        {
            if (m_bus)
            {
                std::string payload = m_options.instanceId;
                for (const auto &t : changed)
                    payload += "\n" + t;
                m_bus->publish(kBusChannel, payload);
            }
            markDirty(changed);
        }
        try
        {
            nextDue = broadcastDue();
        }
        catch (const std::exception &e)
        {
            logger().error("broadcast failed: %s", std::string(e.what()));
        }
        if (Clock::now() >= nextHeartbeat)
        {
            heartbeat();
            nextHeartbeat = Clock::now() + heartbeatEvery;
        }
        if (Clock::now() >= nextRevocationCheck)
        {
            try
            {
                closeRevoked();
            }
            catch (const std::exception &e)
            {
                logger().warning("revocation check failed: %s", std::string(e.what()));
            }
            nextRevocationCheck = Clock::now() + revocationEvery;
        }
    }
}

std::optional<Clock::time_point> Hub::broadcastDue()
{
    std::vector<std::string> due;
    std::optional<Clock::time_point> next;
    {
        std::lock_guard lock(m_topicsMutex);
        const auto now = Clock::now();
        for (auto it = m_topics.begin(); it != m_topics.end();)
        {
            auto &ts = it->second;
            if (ts.subscribers.empty())
            {
                it = m_topics.erase(it); // nobody follows it: forget its state
                continue;
            }
            if (ts.dirty)
            {
                if (ts.nextAllowed <= now)
                {
                    ts.dirty = false;
                    due.push_back(it->first);
                }
                else if (!next || ts.nextAllowed < *next)
                    next = ts.nextAllowed;
            }
            ++it;
        }
    }
    for (const auto &name : due)
        broadcast(name);
    return next;
}

void Hub::broadcast(const std::string &name)
{
    const auto topic = proto::parseTopic(name);
    const auto started = Clock::now();
    app::LiveTopics::State state;
    try
    {
        state = m_live.load(*topic);
    }
    catch (const Error &e)
    {
        // Deleted (or never there): tell the followers and forget the topic.
        std::vector<ConnectionPtr> followers;
        {
            std::lock_guard lock(m_topicsMutex);
            auto it = m_topics.find(name);
            if (it == m_topics.end())
                return;
            for (auto &[id, s] : it->second.subscribers)
                followers.push_back(s.connection);
            m_subscriptions.fetch_sub(static_cast<std::int64_t>(it->second.subscribers.size()));
            m_topics.erase(it);
        }
        const auto frame =
            makeFrame(Opcode::Text, proto::errorMessage(e.code(), e.what(), std::nullopt, name));
        for (auto &c : followers)
        {
            c->forgetTopic(name);
            c->send(frame);
        }
        return;
    }
    catch (const std::exception &e)
    {
        logger().warning("reading %s for an update failed: %s", name, std::string(e.what()));
        std::lock_guard lock(m_topicsMutex);
        if (auto it = m_topics.find(name); it != m_topics.end())
        {
            it->second.dirty = true; // try again after the interval
            it->second.nextAllowed = Clock::now() + std::chrono::milliseconds(500);
        }
        return;
    }

    // Encoded once for every recipient; each connection adds its own seq when it writes it (SendQueue).
    std::string text = state.data.dump();
    auto frame = makeTopicUpdate(name, text);
    frame->created = started;
    frame->broadcast = true;
    std::vector<ConnectionPtr> recipients;
    std::vector<ConnectionPtr> refused;
    {
        std::lock_guard lock(m_topicsMutex);
        auto it = m_topics.find(name);
        if (it == m_topics.end())
            return;
        auto &ts = it->second;
        ++ts.seq;
        ts.data = state.data;
        ts.dataText = std::move(text);
        ts.snapshot.reset();
        ts.publicVisible = state.publicVisible;
        recipients.reserve(ts.subscribers.size());
        for (auto s = ts.subscribers.begin(); s != ts.subscribers.end();)
        {
            if (s->second.staff || state.publicVisible)
            {
                recipients.push_back(s->second.connection);
                ++s;
            }
            else
            {
                // The survey went private (not live, or results hidden): its public followers are let go.
                refused.push_back(s->second.connection);
                s = ts.subscribers.erase(s);
                m_subscriptions.fetch_sub(1, std::memory_order_relaxed);
            }
        }
        // Large audiences and large documents get fewer updates, so sending keeps to a share of the CPU
        // (DESIGN.md): the cost of a copy as the topic's last update measured it, else as bytes predict.
        double nanosPerCopy = std::max(m_senders.nanosPerFrame(),
                                       m_senders.nanosPerByte() * static_cast<double>(frame->bytes.size()));
        if (ts.last && ts.last->copies.load() > 0)
            nanosPerCopy =
                static_cast<double>(ts.last->sendNanos.load()) / static_cast<double>(ts.last->copies.load());
        const auto sendCost = std::chrono::nanoseconds(static_cast<std::int64_t>(
            m_options.fanoutCpuFactor * nanosPerCopy * static_cast<double>(recipients.size()) /
            static_cast<double>(m_senders.threads())));
        ts.nextAllowed =
            started + std::clamp<Clock::duration>(sendCost, m_options.minInterval, m_options.maxInterval);
        ts.last = frame;
    }
    frame->pending = static_cast<std::int64_t>(recipients.size());
    const FramePtr shared = frame;
    for (auto &c : recipients)
        c->send(shared);
    m_broadcasts.fetch_add(1, std::memory_order_relaxed);
    if (!refused.empty())
    {
        const auto error =
            makeFrame(Opcode::Text,
                      proto::errorMessage(
                          ErrorCode::Forbidden, "The results are not shown any more", std::nullopt, name));
        for (auto &c : refused)
        {
            c->forgetTopic(name);
            c->send(error);
        }
    }
}

void Hub::setPrincipal(const ConnectionPtr &connection, app::Principal principal)
{
    connection->principal = principal;
    std::lock_guard lock(m_connectionsMutex);
    if (m_connections.count(connection->id()))
        m_principals[connection->id()] = std::move(principal);
}

void Hub::forgetDroppedTopics(const ConnectionPtr &connection)
{
    // The hub lets subscribers go when a topic is deleted or turns private; those no longer count against
    // the connection's cap.
    std::lock_guard lock(m_topicsMutex);
    for (auto it = connection->topics.begin(); it != connection->topics.end();)
    {
        const auto topic = m_topics.find(*it);
        if (topic == m_topics.end() || !topic->second.subscribers.count(connection->id()))
            it = connection->topics.erase(it);
        else
            ++it;
    }
}

void Hub::closeRevoked()
{
    std::vector<std::pair<std::uint64_t, app::Principal>> signedIn;
    {
        std::lock_guard lock(m_connectionsMutex);
        signedIn.assign(m_principals.begin(), m_principals.end());
    }
    if (signedIn.empty())
        return;
    std::vector<std::uint64_t> revoked;
    for (const auto &[id, principal] : signedIn)
        if (!m_auth.stillValid(principal))
            revoked.push_back(id);
    for (const auto id : revoked)
    {
        ConnectionPtr connection;
        {
            std::lock_guard lock(m_connectionsMutex);
            m_principals.erase(id);
            if (auto it = m_connections.find(id); it != m_connections.end())
                connection = it->second;
        }
        if (connection)
        {
            logger().information("closing a WebSocket whose session was revoked");
            connection->close(1008, "session revoked");
        }
    }
}

void Hub::heartbeat()
{
    std::vector<ConnectionPtr> all;
    {
        std::lock_guard lock(m_connectionsMutex);
        all.reserve(m_connections.size());
        for (auto &[id, c] : m_connections)
            all.push_back(c);
    }
    const auto now = Clock::now();
    const auto ping = makeFrame(Opcode::Ping, "");
    for (auto &c : all)
    {
        const auto idle = c->idleFor(now);
        if (idle > m_options.dropAfter)
            c->abort();
        else if (idle > m_options.pingAfter && !c->pinged.exchange(true))
            c->send(ping);
    }
}

std::string Hub::renderMetrics() const
{
    std::ostringstream out;
    auto metric = [&out](const char *name, const char *type, const char *help, double value)
    {
        out << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n"
            << name << " " << value << "\n";
    };
    metric("nextevent_ws_connections", "gauge", "Open WebSocket connections.", m_open.load());
    metric("nextevent_ws_subscriptions",
           "gauge",
           "Topic subscriptions across connections.",
           static_cast<double>(m_subscriptions.load()));
    metric("nextevent_ws_accepted_total",
           "counter",
           "WebSocket connections accepted.",
           static_cast<double>(m_accepted.load()));
    metric("nextevent_ws_messages_in_total",
           "counter",
           "Client messages received.",
           static_cast<double>(m_messagesIn.load()));
    metric("nextevent_ws_messages_out_total",
           "counter",
           "Frames written to clients.",
           static_cast<double>(m_senders.framesOut.load()));
    metric("nextevent_ws_bytes_out_total",
           "counter",
           "Bytes written to clients.",
           static_cast<double>(m_senders.bytesOut.load()));
    metric("nextevent_ws_dropped_total",
           "counter",
           "Clients dropped because they could not keep up.",
           static_cast<double>(m_senders.slowDropped.load()));
    metric("nextevent_ws_conflated_total",
           "counter",
           "Topic updates a slow client never got because a newer one replaced them unsent.",
           static_cast<double>(m_senders.conflated.load()));
    metric("nextevent_ws_updates_total",
           "counter",
           "Topic updates fanned out.",
           static_cast<double>(m_broadcasts.load()));
    metric("nextevent_ws_bus_messages_in_total",
           "counter",
           "Change notices received from other instances.",
           static_cast<double>(m_busIn.load()));
    metric("nextevent_ws_last_fanout_pass_seconds",
           "gauge",
           "Time the last update took to be written to all its subscribers.",
           m_senders.lastPassSeconds.load());
    metric("nextevent_ws_sender_frame_seconds",
           "gauge",
           "Smoothed sender cost of one frame.",
           m_senders.nanosPerFrame() / 1e9);
    out << m_senders.fanoutLatency.render("nextevent_ws_fanout_latency_seconds",
                                          "From an update's creation to its write, per subscriber.");
    out << m_senders.passLatency.render(
        "nextevent_ws_fanout_pass_seconds",
        "From an update's creation until every subscriber's copy is written.");
    return out.str();
}

} // namespace nextevent::server::realtime
