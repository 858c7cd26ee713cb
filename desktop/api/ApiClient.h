// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "nextevent/Article.h"
#include "nextevent/Event.h"
#include "nextevent/Media.h"
#include "nextevent/Permissions.h"
#include "nextevent/Survey.h"
#include "nextevent/User.h"

#include "desktop/api/ApiTypes.h"

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace nextevent::console
{

/// The console's only door to the server: asynchronous calls of the `/v2` API over
/// QNetworkAccessManager, typed with the shared models. It keeps the session (access and refresh
/// tokens), refreshes it silently before it expires and once more when a call comes back
/// UNAUTHENTICATED, then retries that call. Views never call the network themselves; they call this
/// class (through models or presenters) and get an ApiResult in a callback.
///
/// Every call takes a `context` object: when it is destroyed before the answer arrives, the callback
/// is not run.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    /// What the status bar shows.
    enum class ConnectionState
    {
        SignedOut,
        Connected,
        Offline
    };
    Q_ENUM(ConnectionState)

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// The server's base URL (scheme, host, port), e.g. http://127.0.0.1:8080.
    QUrl serverUrl() const;
    /// Sets the server for calls that need no session (a respondent's answer); signIn() sets it too.
    void setServerUrl(const QUrl &server);
    bool isSignedIn() const;
    const User &currentUser() const;
    /// Whether the signed-in user may do @p capability, by the capabilities the server sent with the session
    /// (its permission policy, per event roles included); the shared policy on the user's roles when talking
    /// to a server that sends none.
    bool may(Capability capability) const;
    /// may(), or allowed by the role the user holds on event `eventId`'s team (as noted with
    /// noteEventRoles(), through the shared policy): a member acts on their event only.
    bool mayOnEvent(Capability capability, const QString &eventId) const;
    /// Remembers the roles the signed-in user holds as a member of event `eventId` (empty: none).
    void noteEventRoles(const QString &eventId, std::vector<Role> roles);
    /// Whether noteEventRoles() was told about `eventId` in this session.
    bool knowsEventRoles(const QString &eventId) const;
    ConnectionState connectionState() const;

    /// Per-request transfer timeout in milliseconds (default 15000).
    void setTimeout(int milliseconds);

    /// Normalises what a person typed ("example.org:8080") into a base URL; empty when unusable.
    static QUrl normaliseServerUrl(const QString &text);

    /// `POST /v2/auth/login`; on success the client is signed in to `server`.
    void signIn(const QUrl &server,
                const QString &username,
                const QString &password,
                QObject *context,
                ApiHandler<User> handler);
    /// `POST /v2/auth/refresh` with the stored refresh token (rotated on success).
    void refreshSession(QObject *context, ApiHandler<Done> handler);
    /// `POST /v2/auth/logout`, then forgets the session at once (the answer is not awaited).
    void signOut();
    /// `GET /v2/auth/me`.
    void fetchMe(QObject *context, ApiHandler<User> handler);

    void listEvents(const ListQuery &query, QObject *context, ApiHandler<ListPage<Event>> handler);
    void getEvent(const QString &id, QObject *context, ApiHandler<Event> handler);
    /// `POST /v2/events`: the new event (a draft).
    void createEvent(const Event &event, QObject *context, ApiHandler<Event> handler);
    /// `PUT /v2/events/{id}` carrying `updatedAt` of the edited version; CONFLICT when it is stale.
    void updateEvent(const Event &event, QObject *context, ApiHandler<Event> handler);
    void deleteEvent(const QString &id, QObject *context, ApiHandler<Done> handler);
    void transitionEvent(const QString &id, EventStatus to, QObject *context, ApiHandler<Done> handler);

    void listAttendees(const QString &eventId,
                       const ListQuery &query,
                       QObject *context,
                       ApiHandler<ListPage<Attendee>> handler);
    void addAttendee(const QString &eventId,
                     const QString &name,
                     const QString &phone,
                     QObject *context,
                     ApiHandler<Attendee> handler);
    void cancelAttendee(const QString &eventId,
                        const QString &attendeeId,
                        QObject *context,
                        ApiHandler<Done> handler);
    void
    checkIn(const QString &eventId, const QString &code, QObject *context, ApiHandler<CheckInResult> handler);
    /// Checks in an attendee found by name (POST …/checkins {"attendeeId"}); recorded as manual.
    void checkInAttendee(const QString &eventId,
                         const QString &attendeeId,
                         QObject *context,
                         ApiHandler<CheckInResult> handler);
    /// `GET /v2/events/{id}/attendees.csv` streamed into `filePath` (written atomically: the file
    /// appears only when the download completed). Returns an id for cancelDownload().
    int downloadAttendeesCsv(const QString &eventId,
                             const QString &filePath,
                             QObject *context,
                             std::function<void(qint64 received, qint64 total)> progress,
                             ApiHandler<Done> handler);
    void cancelDownload(int id);

    /// `POST /v2/events/{id}/qrcode`.
    void createEventQrCode(const QString &eventId, QObject *context, ApiHandler<QrCodeInfo> handler);
    /// `POST /v2/surveys/{id}/qrcode`: the join code (WeChat's, or the survey's page URL).
    void createSurveyQrCode(const QString &surveyId, QObject *context, ApiHandler<QrCodeInfo> handler);

    /// The public page of an event: `<server>/m/events/{id}`.
    QUrl eventPageUrl(const QString &eventId) const;
    /// A public page of the server: `<server>/m/{kind}/{id}` (kind "surveys", "articles", ...).
    QUrl publicPageUrl(const QString &kind, const QString &id) const;
    /// The current access token (for the WebSocket, which authenticates in its URL).
    QByteArray accessToken() const;

    // ---- analytics (answers are JSON objects as DESIGN.md and the OpenAPI file describe them)
    /// `GET /v2/dashboard`.
    void fetchDashboard(QObject *context, ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/analytics` (the last hour, per minute).
    void fetchEventAnalytics(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);

    // ---- surveys
    /// `GET /v2/surveys`; `liveOnly` adds `isLive=true`.
    void listSurveys(const ListQuery &query,
                     QObject *context,
                     ApiHandler<ListPage<Survey>> handler,
                     bool liveOnly = false);
    void getSurvey(const QString &id, QObject *context, ApiHandler<Survey> handler);
    void createSurvey(const Survey &survey, QObject *context, ApiHandler<Survey> handler);
    /// `PUT /v2/surveys/{id}` with the questions and `updatedAt` of the edited version.
    void updateSurvey(const Survey &survey, QObject *context, ApiHandler<Survey> handler);
    void deleteSurvey(const QString &id, QObject *context, ApiHandler<Done> handler);
    /// `POST /v2/surveys/{id}/state`; unset flags are left as they are.
    void setSurveyState(const QString &id,
                        std::optional<bool> active,
                        std::optional<bool> live,
                        std::optional<bool> resultsVisible,
                        QObject *context,
                        ApiHandler<Survey> handler);
    /// `GET /v2/surveys/{id}/live-results?includeChartData=true`.
    void fetchLiveResults(const QString &id, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/surveys/{id}/responses` (what a respondent's phone sends; used by tests and demos).
    void postSurveyResponse(const QString &id,
                            const nlohmann::json &body,
                            QObject *context,
                            ApiHandler<nlohmann::json> handler);
    /// `GET /v2/surveys/{id}/responses.csv` into `filePath` (atomically).
    int downloadSurveyResponsesCsv(const QString &surveyId,
                                   const QString &filePath,
                                   QObject *context,
                                   std::function<void(qint64 received, qint64 total)> progress,
                                   ApiHandler<Done> handler);

    // ---- articles and media
    /// `GET /v2/articles`; `published` filters when set.
    void listArticles(const ListQuery &query,
                      std::optional<bool> published,
                      QObject *context,
                      ApiHandler<ListPage<Article>> handler);
    void getArticle(const QString &id, QObject *context, ApiHandler<Article> handler);
    void createArticle(const Article &article, QObject *context, ApiHandler<Article> handler);
    /// `PUT /v2/articles/{id}` with `updatedAt` of the edited version.
    void updateArticle(const Article &article, QObject *context, ApiHandler<Article> handler);
    void deleteArticle(const QString &id, QObject *context, ApiHandler<Done> handler);
    /// `POST /v2/articles/{id}/publish` or `/unpublish`.
    void
    setArticlePublished(const QString &id, bool published, QObject *context, ApiHandler<Article> handler);
    /// `POST /v2/media` (multipart, field `file`), reporting upload progress.
    void uploadMedia(const QString &fileName,
                     const QByteArray &bytes,
                     QObject *context,
                     std::function<void(qint64 sent, qint64 total)> progress,
                     ApiHandler<Media> handler);
    /// An absolute URL for a media `url` as the server returns it ("/media/…").
    QUrl resolveUrl(const QString &url) const;

    // ---- users (admins)
    void listUsers(const ListQuery &query, QObject *context, ApiHandler<ListPage<User>> handler);
    /// `POST /v2/users` with the user's fields and a first password.
    void createUser(const User &user, const QString &password, QObject *context, ApiHandler<User> handler);
    /// `PATCH /v2/users/{id}` with the fields in `changes` (displayName, email, phone, roles, active).
    void
    patchUser(const QString &id, const nlohmann::json &changes, QObject *context, ApiHandler<User> handler);
    /// `POST /v2/users/{id}/password`; the server signs the user's sessions out.
    void
    resetPassword(const QString &id, const QString &password, QObject *context, ApiHandler<Done> handler);

    // ---- WeChat
    /// `GET /v2/wechat/status`.
    void fetchWeChatStatus(QObject *context, ApiHandler<nlohmann::json> handler);

    // ---- registration: form answers, approval and event teams (DESIGN.md "Registration, waiting list and
    // notifications")
    /// `POST /v2/events/{id}/attendees` with name, phone, the form's `answers` and `partySize`.
    void registerAttendee(const QString &eventId,
                          const Attendee &attendee,
                          QObject *context,
                          ApiHandler<Attendee> handler);
    /// `POST /v2/events/{id}/attendees/{attendeeId}/approve`, or `/reject` when `approve` is false: the
    /// attendee as the decision left it.
    void decideRegistration(const QString &eventId,
                            const QString &attendeeId,
                            bool approve,
                            QObject *context,
                            ApiHandler<Attendee> handler);
    /// `GET /v2/events/{id}/members`.
    void
    listEventMembers(const QString &eventId, QObject *context, ApiHandler<std::vector<TeamMember>> handler);
    /// `POST /v2/events/{id}/members {"username","role"}`: adds the user, or changes their role there.
    void addEventMember(const QString &eventId,
                        const QString &username,
                        Role role,
                        QObject *context,
                        ApiHandler<TeamMember> handler);
    /// `DELETE /v2/events/{id}/members/{userId}`.
    void removeEventMember(const QString &eventId,
                           const QString &userId,
                           QObject *context,
                           ApiHandler<Done> handler);

    // ---- draws (抽奖; answers are the draw objects of DESIGN.md "Draws", kept as JSON so an export can
    // carry exactly what the server said)
    /// `GET /v2/events/{id}/draws` → `{"items":[draw…],"total"}`, oldest first.
    void listDraws(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/draws` with `body`
    /// ({"title","pool","surveyId"?,"winners","excludePreviousWinners"}).
    void createDraw(const QString &eventId,
                    const nlohmann::json &body,
                    QObject *context,
                    ApiHandler<nlohmann::json> handler);
    /// `GET /v2/surveys/{id}/leaderboard?limit=N` →
    /// `{"items":[{"rank","displayName","score","correctAnswers"}],"total"}`.
    void fetchSurveyLeaderboard(const QString &surveyId,
                                int limit,
                                QObject *context,
                                ApiHandler<nlohmann::json> handler);
    /// `GET /v2/draws/{id}`.
    void getDraw(const QString &drawId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `GET /v2/draws/{id}/pool` → `{"items":[attendee ids, sorted],"poolHash"}`.
    void getDrawPool(const QString &drawId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/draws/{id}/run`: the done draw (seed revealed, winners).
    void runDraw(const QString &drawId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/draws/{id}/redraw {"attendeeId"}`: replaces an absent winner with the next pick.
    void redrawWinner(const QString &drawId,
                      const QString &attendeeId,
                      QObject *context,
                      ApiHandler<nlohmann::json> handler);

signals:
    void connectionStateChanged(nextevent::console::ApiClient::ConnectionState state);
    /// The session could not be refreshed; the user has to sign in again.
    void sessionExpired();
    void signedIn(const nextevent::User &user);
    void signedOut();

private:
    void postCheckIn(const QString &eventId,
                     nlohmann::json body,
                     QObject *context,
                     ApiHandler<CheckInResult> handler);

    struct Response
    {
        int httpStatus = 0;
        nlohmann::json data;
        ApiError error;
    };

    using ResponseHandler = std::function<void(const Response &)>;

    struct Request
    {
        QByteArray method;
        QString path;
        QList<std::pair<QString, QString>> query;
        std::optional<nlohmann::json> body;
        bool authenticated = true;
        bool retried = false;
        QPointer<QObject> context;
        bool hasContext = false;
        ResponseHandler done;
    };

    void send(Request request);
    void finish(QNetworkReply *reply, Request request);
    void deliver(const Request &request, const Response &response);
    Response parse(QNetworkReply *reply, const QByteArray &body) const;
    ApiError transportError(QNetworkReply *reply) const;
    void startRefresh();
    void refreshFinished(bool ok);
    bool applyTokens(const nlohmann::json &data);
    void clearSession();
    void setConnectionState(ConnectionState state);
    void noteTransport(const ApiError &error);
    Request makeRequest(QByteArray method, QString path, QObject *context, ResponseHandler done) const;

    template <typename T>
    void call(Request request, ApiHandler<T> handler, std::function<T(const nlohmann::json &)> convert);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_server;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    User m_user;
    std::optional<std::vector<Capability>> m_capabilities; ///< as the server sent them
    QHash<QString, std::vector<Role>> m_eventRoles;        ///< the user's roles on events' teams, by event id
    ConnectionState m_state = ConnectionState::SignedOut;
    int m_timeout = 15000;
    QTimer m_refreshTimer;
    QTimer m_healthTimer;
    bool m_refreshing = false;
    std::deque<Request> m_waitingForRefresh;
    std::vector<ApiHandler<Done>> m_refreshWaiters;
    int m_nextDownloadId = 1;
    QHash<int, QPointer<QNetworkReply>> m_downloads;

    struct Download;
    void startDownload(std::shared_ptr<Download> download);
    int download(const QString &path,
                 const QString &filePath,
                 QObject *context,
                 std::function<void(qint64, qint64)> progress,
                 ApiHandler<Done> handler);
    void jsonCall(Request request, ApiHandler<nlohmann::json> handler);
    void createQrCode(const QString &path, QObject *context, ApiHandler<QrCodeInfo> handler);
};

} // namespace nextevent::console
