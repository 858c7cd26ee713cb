// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace nextevent::console
{

/// The console's live channel: one WebSocket to the server's `/ws`, carrying the topics the open pages
/// subscribed to (`dashboard`, `event:ID`, `survey:ID`). It authenticates with the access token in the
/// query string, re-subscribes a topic when it sees a gap in its sequence numbers, pings to notice a
/// dead link, and reconnects with exponential backoff (re-subscribing every topic) until close().
///
/// Subscriptions are counted: two pages may watch the same topic; the server is told to stop only when
/// the last one unsubscribes.
class RealtimeClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,      ///< not asked to connect (signed out)
        Connecting,  ///< first attempt
        Connected,   ///< the socket is open
        Reconnecting ///< lost; the next attempt is scheduled
    };
    Q_ENUM(State)

    /// Why the server refused a topic or a frame: `{"type":"error","code","message","topic"}`.
    struct ServerError
    {
        QString code;
        QString message;
        QString topic;
    };

    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    /// `ws://host:port/ws` for `http://host:port` (and wss for https), keeping a base path.
    static QUrl endpointFor(const QUrl &serverUrl);

    /// Where each connection attempt gets the access token (asked again before every attempt, so a
    /// refreshed token is used after a reconnect).
    void setTokenSource(std::function<QByteArray()> source);
    /// First and largest delay between reconnection attempts (defaults 500 ms and 30 s).
    void setBackoff(int firstMs, int maxMs);
    /// Interval of the JSON pings; the link is considered dead after two intervals without any frame.
    void setPingInterval(int milliseconds);

    /// Connects to `endpoint` (see endpointFor()) and keeps connected until close().
    void open(const QUrl &endpoint);
    /// Disconnects and stops reconnecting; the subscriptions are kept for the next open().
    void close();

    State state() const;
    /// Delay before the next attempt while Reconnecting, in milliseconds.
    int nextRetryMs() const;
    /// Number of connections made since open() (the first counts as 1).
    int connectionCount() const;

    void subscribe(const QString &topic);
    void unsubscribe(const QString &topic);
    bool isSubscribed(const QString &topic) const;
    /// The last sequence number seen on `topic`, or -1.
    qint64 lastSeq(const QString &topic) const;
    /// Gaps seen since construction (each one triggered a re-subscription).
    int gapCount() const;

signals:
    void stateChanged(nextevent::console::RealtimeClient::State state);
    /// The full state of `topic`, after a subscription or a re-subscription.
    void snapshotReceived(const QString &topic, const nlohmann::json &data);
    /// A change of `topic`, in order (gaps are never delivered; a new snapshot follows them).
    void updateReceived(const QString &topic, const nlohmann::json &data);
    /// A snapshot or an update: the topic's data changed.
    void topicChanged(const QString &topic, const nlohmann::json &data);
    void serverError(const nextevent::console::RealtimeClient::ServerError &error);

private:
    struct TopicState
    {
        int watchers = 0;
        qint64 seq = -1;
        bool awaitingSnapshot = true;
        bool refused = false;
    };

    void connectNow();
    void onConnected();
    void onDisconnected();
    void onText(const QString &frame);
    void scheduleReconnect();
    void sendFrame(const nlohmann::json &frame);
    void sendSubscribe(const QString &topic);
    void setState(State state);
    void checkAlive();

    QWebSocket *m_socket = nullptr;
    QUrl m_endpoint;
    std::function<QByteArray()> m_tokenSource;
    State m_state = State::Closed;
    QHash<QString, TopicState> m_topics;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_sinceLastFrame;
    int m_firstBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 500;
    int m_pingIntervalMs = 15000;
    int m_connections = 0;
    int m_gaps = 0;
    bool m_wanted = false;
};

} // namespace nextevent::console

Q_DECLARE_METATYPE(nextevent::console::RealtimeClient::ServerError)
Q_DECLARE_METATYPE(nlohmann::json)
