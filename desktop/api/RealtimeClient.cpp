// SPDX-License-Identifier: MIT
#include "desktop/api/RealtimeClient.h"

#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include "nextevent/Realtime.h"

using nlohmann::json;

namespace nextevent::console
{

RealtimeClient::RealtimeClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    qRegisterMetaType<ServerError>();
    qRegisterMetaType<nlohmann::json>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RealtimeClient::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &RealtimeClient::checkAlive);
    connect(m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    // A refused or failed attempt does not always emit disconnected(); the state change always comes.
    connect(m_socket,
            &QWebSocket::stateChanged,
            this,
            [this](QAbstractSocket::SocketState state)
            {
                if (state == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
}

RealtimeClient::~RealtimeClient()
{
    m_wanted = false;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

QUrl RealtimeClient::endpointFor(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    QString path = serverUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/ws"));
    url.setQuery(QString());
    return url;
}

void RealtimeClient::setTokenSource(std::function<QByteArray()> source)
{
    m_tokenSource = std::move(source);
}

void RealtimeClient::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
    m_backoffMs = m_firstBackoffMs;
}

void RealtimeClient::setPingInterval(int milliseconds)
{
    m_pingIntervalMs = std::max(10, milliseconds);
    if (m_pingTimer.isActive())
        m_pingTimer.start(m_pingIntervalMs);
}

void RealtimeClient::open(const QUrl &endpoint)
{
    m_wanted = false; // dropping an old connection must not schedule a retry
    m_retryTimer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    m_endpoint = endpoint;
    m_wanted = true;
    m_connections = 0;
    m_backoffMs = m_firstBackoffMs;
    setState(State::Connecting);
    connectNow();
}

void RealtimeClient::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_pingTimer.stop();
    m_socket->close();
    setState(State::Closed);
}

RealtimeClient::State RealtimeClient::state() const
{
    return m_state;
}

int RealtimeClient::nextRetryMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : 0;
}

int RealtimeClient::connectionCount() const
{
    return m_connections;
}

int RealtimeClient::gapCount() const
{
    return m_gaps;
}

void RealtimeClient::connectNow()
{
    if (!m_wanted)
        return;
    QUrl url = m_endpoint;
    const QByteArray token = m_tokenSource ? m_tokenSource() : QByteArray();
    if (!token.isEmpty())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(token));
        url.setQuery(query);
    }
    m_socket->open(url);
}

void RealtimeClient::onConnected()
{
    ++m_connections;
    m_backoffMs = m_firstBackoffMs;
    m_sinceLastFrame.start();
    m_pingTimer.start(m_pingIntervalMs);
    setState(State::Connected);
    // Everything watched is asked for again: the server forgets subscriptions with the connection.
    for (auto it = m_topics.begin(); it != m_topics.end(); ++it)
    {
        it->seq = -1;
        it->awaitingSnapshot = true;
        it->refused = false;
        sendSubscribe(it.key());
    }
}

void RealtimeClient::onDisconnected()
{
    m_pingTimer.stop();
    if (!m_wanted)
    {
        setState(State::Closed);
        return;
    }
    scheduleReconnect();
}

void RealtimeClient::scheduleReconnect()
{
    if (m_retryTimer.isActive())
        return;
    // Up to a quarter of jitter, so many consoles do not come back in step after a server restart.
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    m_retryTimer.start(m_backoffMs + jitter);
    m_backoffMs = std::min(m_maxBackoffMs, m_backoffMs * 2);
    setState(State::Reconnecting);
}

void RealtimeClient::checkAlive()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sinceLastFrame.elapsed() > 2 * m_pingIntervalMs)
    {
        // Nothing heard for two intervals, not even a pong: the link is dead even if TCP has not noticed.
        m_socket->abort();
        return;
    }
    sendFrame(json{{"type", "ping"}});
}

void RealtimeClient::sendFrame(const json &frame)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromStdString(frame.dump()));
}

void RealtimeClient::sendSubscribe(const QString &topic)
{
    sendFrame(json{{"type", "subscribe"}, {"topic", topic.toStdString()}});
}

void RealtimeClient::subscribe(const QString &topic)
{
    TopicState &state = m_topics[topic];
    if (++state.watchers > 1)
        return;
    state.seq = -1;
    state.awaitingSnapshot = true;
    sendSubscribe(topic);
}

void RealtimeClient::unsubscribe(const QString &topic)
{
    auto it = m_topics.find(topic);
    if (it == m_topics.end())
        return;
    if (--it->watchers > 0)
        return;
    m_topics.erase(it);
    sendFrame(json{{"type", "unsubscribe"}, {"topic", topic.toStdString()}});
}

bool RealtimeClient::isSubscribed(const QString &topic) const
{
    return m_topics.contains(topic);
}

qint64 RealtimeClient::lastSeq(const QString &topic) const
{
    const auto it = m_topics.constFind(topic);
    return it == m_topics.cend() ? -1 : it->seq;
}

void RealtimeClient::onText(const QString &frame)
{
    m_sinceLastFrame.start();
    const auto message = realtime::parseServerMessage(frame.toStdString());
    if (!message)
        return; // not ours to interpret; the protocol has no reply to garbage
    const QString topic = QString::fromStdString(message->topic);
    if (message->type == "error")
    {
        if (auto it = m_topics.find(topic); it != m_topics.end())
            it->refused = true;
        ServerError error{
            QString::fromStdString(message->errorCode), QString::fromStdString(message->errorMessage), topic};
        if (error.code.isEmpty())
        {
            // The flat form {"type":"error","code","message"} is accepted as well as the nested one.
            const json flat = json::parse(frame.toStdString(), nullptr, false);
            const auto text = [&flat](const char *key)
            {
                const auto it = flat.find(key);
                return it != flat.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                           : QString();
            };
            error.code = text("code");
            error.message = text("message");
        }
        emit serverError(error);
        return;
    }
    auto it = m_topics.find(topic);
    if (it == m_topics.end())
        return; // a late frame of a topic no one watches any more
    if (message->type == "snapshot")
    {
        it->seq = message->seq;
        it->awaitingSnapshot = false;
        it->refused = false;
        emit snapshotReceived(topic, message->data);
        emit topicChanged(topic, message->data);
        return;
    }
    if (message->type != "update" || it->awaitingSnapshot)
        return;
    if (message->seq != it->seq + 1)
    {
        // A missed update: the tallies on screen would be wrong until the next snapshot, so ask for one.
        // Updates are ignored until it arrives.
        ++m_gaps;
        it->awaitingSnapshot = true;
        sendFrame(json{{"type", "unsubscribe"}, {"topic", message->topic}});
        sendSubscribe(topic);
        return;
    }
    it->seq = message->seq;
    emit updateReceived(topic, message->data);
    emit topicChanged(topic, message->data);
}

void RealtimeClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace nextevent::console
