// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QHash>
#include <QNetworkRequest>
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
    // ---- the door (DESIGN.md "Check-in at the door"); answers are the server's JSON objects
    /// Uses a door token (a paired door device) instead of a staff session: every call carries it, nothing
    /// is refreshed, and a revoked token answers UNAUTHENTICATED. The device may only check in at its event.
    void useDoorToken(const QUrl &server, const QString &token);
    /// Whether the session is a door token (see useDoorToken()).
    bool isDoorDevice() const;
    /// Transfer timeout of the door's scan, snapshot and batch calls (default 4000 ms): a desk whose
    /// server does not answer decides offline instead of keeping a queue of people waiting.
    void setDoorTimeout(int milliseconds);
    /// `GET /v2/events/{id}/checkin-lists` → {"items":[list…]}.
    void listCheckinLists(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/checkin-lists` {"name","allowReentry","requiresConfirmation"} → the list.
    void createCheckinList(const QString &eventId,
                           const nlohmann::json &body,
                           QObject *context,
                           ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/checkins` with the body as given (code or attendeeId, listId, direction, nonce,
    /// scannedAt, deviceId) → {"attendee","alreadyCheckedIn","result","direction","listId","occupancy"}.
    void scanAtDoor(const QString &eventId,
                    const nlohmann::json &body,
                    QObject *context,
                    ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/occupancy`.
    void fetchOccupancy(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/checkin-keys`.
    void fetchCheckinKeys(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/checkin-snapshot` (`since` empty: the full snapshot).
    void fetchCheckinSnapshot(const QString &eventId,
                              const QString &since,
                              QObject *context,
                              ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/checkins/batch` {"scans":[…]} (at most 500).
    void uploadCheckinBatch(const QString &eventId,
                            const nlohmann::json &scans,
                            QObject *context,
                            ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/checkin-conflicts`.
    void fetchCheckinConflicts(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/door-tokens` (with each token's last use).
    void listDoorTokens(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/door-tokens` {"name","listId"?} → {"id","token","expiresAt",…} (shown once).
    void createDoorToken(const QString &eventId,
                         const QString &name,
                         const QString &listId,
                         QObject *context,
                         ApiHandler<nlohmann::json> handler);
    /// `DELETE /v2/events/{id}/door-tokens/{tokenId}`.
    void revokeDoorToken(const QString &eventId,
                         const QString &tokenId,
                         QObject *context,
                         ApiHandler<Done> handler);
    /// `GET /v2/events/{id}/attendees/{attendeeId}` as JSON: the attendee with its `signedTicket`.
    void fetchAttendeeJson(const QString &eventId,
                           const QString &attendeeId,
                           QObject *context,
                           ApiHandler<nlohmann::json> handler);

    // ---- live interaction (DESIGN.md "Live interaction"; answers as the server sends them)
    /// `POST /v2/surveys/{id}/state` for presenter pacing: `currentQuestionId` (when set; an empty string
    /// sends null) and `answerRevealed` (when set).
    void setSurveyPacing(const QString &id,
                         std::optional<QString> currentQuestionId,
                         std::optional<bool> answerRevealed,
                         QObject *context,
                         ApiHandler<Survey> handler);
    /// `GET /v2/surveys/{id}/leaderboard?limit=N` →
    /// `{"items":[{"rank","displayName","score","correctAnswers"}],"total"}`.
    void fetchLeaderboard(const QString &surveyId,
                          int limit,
                          QObject *context,
                          ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/qa?state=&sort=` (staff see every state and respondent ids).
    void listQuestions(const QString &eventId,
                       const QString &state,
                       const QString &sort,
                       QObject *context,
                       ApiHandler<nlohmann::json> handler);
    /// `POST /v2/qa/{qaId}/moderate {"state"?,"pinned"?}` → the question.
    void moderateQuestion(const QString &qaId,
                          const QString &state,
                          std::optional<bool> pinned,
                          QObject *context,
                          ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/wall?state=`.
    void listWall(const QString &eventId,
                  const QString &state,
                  QObject *context,
                  ApiHandler<nlohmann::json> handler);
    /// `POST /v2/wall/{messageId}/moderate {"state"}` → the message.
    void moderateWall(const QString &messageId,
                      const QString &state,
                      QObject *context,
                      ApiHandler<nlohmann::json> handler);
    /// `GET /v2/events/{id}/bans`.
    void listBans(const QString &eventId, QObject *context, ApiHandler<nlohmann::json> handler);
    /// `POST /v2/events/{id}/bans {"respondentId","reason"}`.
    void banRespondent(const QString &eventId,
                       const QString &respondentId,
                       const QString &reason,
                       QObject *context,
                       ApiHandler<nlohmann::json> handler);
    /// `DELETE /v2/events/{id}/bans/{respondentId}`.
    void
    liftBan(const QString &eventId, const QString &respondentId, QObject *context, ApiHandler<Done> handler);
    /// What a respondent's phone sends (tests and demos): `POST /v2/events/{id}/qa`, `POST /v2/qa/{id}/vote`,
    /// `POST /v2/events/{id}/wall`, without the staff session.
    void askQuestion(const QString &eventId,
                     const QString &text,
                     QObject *context,
                     ApiHandler<nlohmann::json> handler);
    void voteQuestion(const QString &qaId, QObject *context, ApiHandler<nlohmann::json> handler);
    void postWallMessage(const QString &eventId,
                         const QString &text,
                         QObject *context,
                         ApiHandler<nlohmann::json> handler);

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
        int timeout = 0; ///< ms; 0: m_timeout
    };

    void send(Request request);
    /// The one place a network request is built: URL with query, timeout, language, agent and token.
    QNetworkRequest httpRequest(const QString &path,
                                const QList<std::pair<QString, QString>> &query,
                                const QByteArray &accept,
                                int timeout,
                                bool authenticated) const;
    /// The one expired-session path: when `error` says the access token is no longer good and this
    /// request has not been retried yet, marks it retried, refreshes the session and calls `resume`
    /// once it is refreshed (failure null) or cannot be (failure set); returns false otherwise.
    bool resumeAfterRefresh(const ApiError &error,
                            bool authenticated,
                            bool &retried,
                            std::function<void(const ApiError *failure)> resume);
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

    void startUpload(const QString &fileName,
                     const QByteArray &bytes,
                     QPointer<QObject> guard,
                     bool hasContext,
                     bool retried,
                     std::function<void(qint64, qint64)> progress,
                     ApiHandler<Media> handler);

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
    /// Requests, downloads and uploads refused with 401, waiting for the refresh to resume them (null:
    /// refreshed, go again) or to hand them its failure. Dropped when the session ends.
    std::vector<std::function<void(const ApiError *failure)>> m_resumeAfterRefresh;
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
    QString doorPath(const QString &eventId, const QString &tail) const;
    bool m_doorDevice = false;
    int m_doorTimeout = 4000;
};

} // namespace nextevent::console
