// SPDX-License-Identifier: MIT
// The live channel. First against a scripted peer (a QWebSocketServer in the test that plays the
// server's side frame by frame), for what a real server will not do on demand: gaps in sequence
// numbers, dropped connections, silence. Then against the real server's /ws.
#include "desktop/api/RealtimeClient.h"

#include <nlohmann/json.hpp>

#include <QSignalSpy>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include "TestServer.h"
#include "desktop/api/ApiClient.h"

using namespace nextevent;
using namespace nextevent::console;
using nlohmann::json;

namespace
{
/// The server's side of the protocol, driven by the test.
class ScriptedPeer : public QObject
{
public:
    explicit ScriptedPeer(quint16 port = 0)
        : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        listen(port);
        connect(&m_server,
                &QWebSocketServer::newConnection,
                this,
                [this]
                {
                    while (QWebSocket *socket = m_server.nextPendingConnection())
                    {
                        socket->setParent(this);
                        m_sockets.append(socket);
                        m_urls.append(socket->requestUrl());
                        m_frames.append(QList<json>());
                        const int index = static_cast<int>(m_sockets.size()) - 1;
                        connect(socket,
                                &QWebSocket::textMessageReceived,
                                this,
                                [this, index](const QString &text)
                                { m_frames[index].append(json::parse(text.toStdString())); });
                    }
                });
    }

    bool listen(quint16 port)
    {
        return m_server.listen(QHostAddress::LocalHost, port);
    }

    void stopListening()
    {
        m_server.close();
    }

    QUrl endpoint() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server.serverPort()));
    }

    quint16 port() const
    {
        return m_server.serverPort();
    }

    int connections() const
    {
        return static_cast<int>(m_sockets.size());
    }

    QWebSocket *socket(int index) const
    {
        return m_sockets.value(index);
    }

    QUrl requestUrl(int index) const
    {
        return m_urls.value(index);
    }

    /// The frames of `type` (and `topic` when given) received on connection `index`.
    QList<json> framesOf(int index, const std::string &type, const std::string &topic = {}) const
    {
        QList<json> out;
        for (const json &frame : m_frames.value(index))
            if (frame.value("type", "") == type && (topic.empty() || frame.value("topic", "") == topic))
                out.append(frame);
        return out;
    }

    void send(int index, const json &frame)
    {
        m_sockets[index]->sendTextMessage(QString::fromStdString(frame.dump()));
    }

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QList<QUrl> m_urls;
    QList<QList<json>> m_frames;
};

json frame(const char *type, const std::string &topic, qint64 seq, json data)
{
    return json{{"type", type}, {"topic", topic}, {"seq", seq}, {"data", std::move(data)}};
}
} // namespace

class RealtimeClientTest : public QObject
{
    Q_OBJECT

private slots:
    void endpointFollowsTheServerUrl();
    void subscribesAndDeliversInOrder();
    void gapTriggersResubscription();
    void countedSubscriptions();
    void serverErrorsAreReported();
    void reconnectsWithBackoffAndResubscribes();
    void silentLinkIsDropped();
    void realServerSnapshotAndUpdate();
};

void RealtimeClientTest::endpointFollowsTheServerUrl()
{
    QCOMPARE(RealtimeClient::endpointFor(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
             QUrl(QStringLiteral("ws://127.0.0.1:8080/ws")));
    QCOMPARE(RealtimeClient::endpointFor(QUrl(QStringLiteral("https://events.example.org/base/"))),
             QUrl(QStringLiteral("wss://events.example.org/base/ws")));
}

void RealtimeClientTest::subscribesAndDeliversInOrder()
{
    ScriptedPeer peer;
    RealtimeClient client;
    client.setTokenSource([] { return QByteArray("token-1"); });
    QSignalSpy snapshots(&client, &RealtimeClient::snapshotReceived);
    QSignalSpy updates(&client, &RealtimeClient::updateReceived);
    client.subscribe(QStringLiteral("survey:s1")); // before connecting: sent once connected
    QCOMPARE(client.state(), RealtimeClient::State::Closed);
    client.open(peer.endpoint());
    QCOMPARE(client.state(), RealtimeClient::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    QCOMPARE(QUrlQuery(peer.requestUrl(0)).queryItemValue(QStringLiteral("access_token")),
             QStringLiteral("token-1"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.framesOf(0, "subscribe", "survey:s1").size(), 1, 10000);

    peer.send(0, frame("snapshot", "survey:s1", 5, json{{"totalResponses", 3}}));
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 10000);
    QCOMPARE(snapshots[0][0].toString(), QStringLiteral("survey:s1"));
    QCOMPARE(snapshots[0][1].value<json>()["totalResponses"], 3);
    peer.send(0, frame("update", "survey:s1", 6, json{{"totalResponses", 4}}));
    peer.send(0, frame("update", "survey:s1", 7, json{{"totalResponses", 5}}));
    QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 2, 10000);
    QCOMPARE(updates[1][1].value<json>()["totalResponses"], 5);
    QCOMPARE(client.lastSeq(QStringLiteral("survey:s1")), 7);
    QCOMPARE(client.gapCount(), 0);

    // Frames of topics no one watches are ignored.
    peer.send(0, frame("update", "survey:other", 1, json::object()));
    peer.send(0, frame("update", "survey:s1", 8, json{{"totalResponses", 6}}));
    QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 3, 10000);
    QCOMPARE(updates[2][0].toString(), QStringLiteral("survey:s1"));
}

void RealtimeClientTest::gapTriggersResubscription()
{
    ScriptedPeer peer;
    RealtimeClient client;
    QSignalSpy snapshots(&client, &RealtimeClient::snapshotReceived);
    QSignalSpy updates(&client, &RealtimeClient::updateReceived);
    client.open(peer.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    client.subscribe(QStringLiteral("dashboard"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.framesOf(0, "subscribe", "dashboard").size(), 1, 10000);
    peer.send(0, frame("snapshot", "dashboard", 1, json{{"n", 1}}));
    peer.send(0, frame("update", "dashboard", 2, json{{"n", 2}}));
    QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 1, 10000);

    // seq 3 never arrives: 4 is a gap. The client asks again and ignores updates until the snapshot.
    peer.send(0, frame("update", "dashboard", 4, json{{"n", 4}}));
    QTRY_COMPARE_WITH_TIMEOUT(peer.framesOf(0, "subscribe", "dashboard").size(), 2, 10000);
    QCOMPARE(client.gapCount(), 1);
    QCOMPARE(peer.framesOf(0, "unsubscribe", "dashboard").size(), 1);
    peer.send(0, frame("update", "dashboard", 5, json{{"n", 5}}));
    peer.send(0, frame("snapshot", "dashboard", 40, json{{"n", 40}}));
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 2, 10000);
    QCOMPARE(updates.size(), 1); // neither 4 nor 5 was delivered
    QCOMPARE(snapshots[1][1].value<json>()["n"], 40);
    peer.send(0, frame("update", "dashboard", 41, json{{"n", 41}}));
    QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 2, 10000);
    QCOMPARE(client.lastSeq(QStringLiteral("dashboard")), 41);
}

void RealtimeClientTest::countedSubscriptions()
{
    ScriptedPeer peer;
    RealtimeClient client;
    client.open(peer.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    client.subscribe(QStringLiteral("event:e1"));
    client.subscribe(QStringLiteral("event:e1")); // a second page watching the same topic
    client.unsubscribe(QStringLiteral("event:e1"));
    QVERIFY(client.isSubscribed(QStringLiteral("event:e1")));
    client.unsubscribe(QStringLiteral("event:e1"));
    QVERIFY(!client.isSubscribed(QStringLiteral("event:e1")));
    QTRY_COMPARE_WITH_TIMEOUT(peer.framesOf(0, "unsubscribe", "event:e1").size(), 1, 10000);
    QCOMPARE(peer.framesOf(0, "subscribe", "event:e1").size(), 1);
}

void RealtimeClientTest::serverErrorsAreReported()
{
    ScriptedPeer peer;
    RealtimeClient client;
    QSignalSpy errors(&client, &RealtimeClient::serverError);
    client.open(peer.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    client.subscribe(QStringLiteral("survey:secret"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.framesOf(0, "subscribe").size(), 1, 10000);
    // Both shapes: nested as the shared protocol writes it, and flat.
    peer.send(0,
              json{{"type", "error"},
                   {"topic", "survey:secret"},
                   {"error", {{"code", "FORBIDDEN"}, {"message", "results are not public"}}}});
    peer.send(0, json{{"type", "error"}, {"code", "VALIDATION_ERROR"}, {"message", "unknown type"}});
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 10000);
    const auto first = errors[0][0].value<RealtimeClient::ServerError>();
    QCOMPARE(first.code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(first.topic, QStringLiteral("survey:secret"));
    QCOMPARE(first.message, QStringLiteral("results are not public"));
    QCOMPARE(errors[1][0].value<RealtimeClient::ServerError>().code, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(client.state(), RealtimeClient::State::Connected); // an error frame does not drop the link
}

void RealtimeClientTest::reconnectsWithBackoffAndResubscribes()
{
    auto peer = std::make_unique<ScriptedPeer>();
    const quint16 port = peer->port();
    RealtimeClient client;
    client.setBackoff(50, 400);
    int tokenNumber = 0;
    client.setTokenSource([&tokenNumber]
                          { return QByteArray("token-") + QByteArray::number(++tokenNumber); });
    QList<RealtimeClient::State> states;
    connect(
        &client, &RealtimeClient::stateChanged, this, [&states](RealtimeClient::State s) { states << s; });
    client.subscribe(QStringLiteral("survey:a"));
    client.subscribe(QStringLiteral("dashboard"));
    client.open(peer->endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(peer->framesOf(0, "subscribe").size(), 2, 10000);
    peer->send(0, frame("snapshot", "survey:a", 9, json::object()));
    QTRY_COMPARE_WITH_TIMEOUT(client.lastSeq(QStringLiteral("survey:a")), 9, 10000);

    // The server goes away entirely: attempts keep failing and the delay grows each time.
    peer.reset();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Reconnecting, 10000);
    QSignalSpy reconnecting(&client, &RealtimeClient::stateChanged);
    QTRY_VERIFY_WITH_TIMEOUT(tokenNumber >= 4, 20000); // several refused attempts

    // It comes back on the same port: the client reconnects with a fresh token and asks for every topic.
    peer = std::make_unique<ScriptedPeer>(port);
    QCOMPARE(peer->port(), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(peer->framesOf(0, "subscribe").size(), 2, 10000);
    QCOMPARE(peer->framesOf(0, "subscribe", "survey:a").size(), 1);
    QCOMPARE(peer->framesOf(0, "subscribe", "dashboard").size(), 1);
    QCOMPARE(QUrlQuery(peer->requestUrl(0)).queryItemValue(QStringLiteral("access_token")),
             QStringLiteral("token-%1").arg(tokenNumber));
    QVERIFY(tokenNumber >= 4);
    QCOMPARE(client.connectionCount(), 2);
    QCOMPARE(client.lastSeq(QStringLiteral("survey:a")), -1); // waits for the new snapshot
    QCOMPARE(states.first(), RealtimeClient::State::Connecting);
    QVERIFY(states.contains(RealtimeClient::State::Reconnecting));
    QCOMPARE(states.last(), RealtimeClient::State::Connected);

    // The peer closes the connection: the client is back after one short delay (the backoff was reset).
    peer->socket(0)->close();
    QTRY_COMPARE_WITH_TIMEOUT(peer->connections(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(peer->framesOf(1, "subscribe").size(), 2, 10000);

    client.close();
    QCOMPARE(client.state(), RealtimeClient::State::Closed);
}

void RealtimeClientTest::silentLinkIsDropped()
{
    ScriptedPeer peer;
    RealtimeClient client;
    client.setBackoff(20, 100);
    client.setPingInterval(100);
    client.open(peer.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    // The peer never answers: pings go out, then the client gives up on the link and connects again.
    QTRY_VERIFY_WITH_TIMEOUT(peer.framesOf(0, "ping").size() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(peer.connections() >= 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(client.connectionCount(), peer.connections(), 10000);
}

void RealtimeClientTest::realServerSnapshotAndUpdate()
{
    NEXTEVENT_REQUIRE_SERVER();
    test::TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ApiClient api;
    const auto signedIn = test::awaitResult<User>(
        [&](auto done) {
            api.signIn(
                server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo-pass"), nullptr, done);
        });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.userMessage()));

    RealtimeClient client;
    client.setTokenSource([&api] { return api.accessToken(); });
    QSignalSpy snapshots(&client, &RealtimeClient::snapshotReceived);
    QSignalSpy updates(&client, &RealtimeClient::updateReceived);
    QSignalSpy errors(&client, &RealtimeClient::serverError);
    client.subscribe(QStringLiteral("dashboard"));
    client.open(RealtimeClient::endpointFor(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RealtimeClient::State::Connected, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(snapshots.size() >= 1 || errors.size() >= 1, "no snapshot of dashboard", 10000);
    QVERIFY2(errors.isEmpty(),
             qPrintable(errors.value(0).value(0).value<RealtimeClient::ServerError>().message));
    QCOMPARE(snapshots[0][0].toString(), QStringLiteral("dashboard"));

    // A live survey: a vote posted over REST reaches the subscriber as an update with the new total.
    Survey poll;
    poll.title = "Realtime test poll";
    poll.isActive = true;
    Question question;
    question.type = QuestionType::SingleChoice;
    question.text = "Tea or coffee?";
    question.options = {{"", "Tea"}, {"", "Coffee"}};
    poll.questions = {question};
    const auto created = test::awaitResult<Survey>([&](auto done) { api.createSurvey(poll, nullptr, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    const Survey *target = &*created.value;
    const auto live = test::awaitResult<Survey>(
        [&](auto done)
        { api.setSurveyState(QString::fromStdString(target->id), true, true, std::nullopt, nullptr, done); });
    QVERIFY2(live.ok(), qPrintable(live.error.userMessage()));
    const QString topic = QStringLiteral("survey:") + QString::fromStdString(target->id);
    client.subscribe(topic);
    QTRY_VERIFY_WITH_TIMEOUT(client.lastSeq(topic) >= 0, 10000);
    const qint64 before = client.lastSeq(topic);
    const json vote{
        {"answers",
         json::array({{{"questionId", target->questions.front().id},
                       {"optionIds", json::array({target->questions.front().options.front().id})}}})}};
    const auto posted = test::awaitResult<json>(
        [&](auto done) { api.postSurveyResponse(QString::fromStdString(target->id), vote, nullptr, done); });
    QVERIFY2(posted.ok(), qPrintable(posted.error.userMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(client.lastSeq(topic) > before, 10000);
    bool sawTopic = false;
    for (const auto &update : updates)
        if (update[0].toString() == topic)
            sawTopic = update[1].value<json>().value("totalResponses", 0) >= 1;
    QVERIFY(sawTopic);
    client.close();
}

QTEST_MAIN(RealtimeClientTest)
#include "RealtimeClientTest.moc"
