// SPDX-License-Identifier: MIT
#include "desktop/api/ApiClient.h"

#include <algorithm>

#include <QHttpMultiPart>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslError>

#include "nextevent/Json.h"
#include "nextevent/Version.h"

#include "desktop/api/JsonFields.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
constexpr int kHealthCheckMs = 5000;
constexpr int kMinRefreshMs = 5000;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ErrorCode codeForStatus(int status)
{
    switch (status)
    {
    case 400:
        return ErrorCode::Validation;
    case 401:
        return ErrorCode::Unauthenticated;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 413:
        return ErrorCode::PayloadTooLarge;
    case 429:
        return ErrorCode::RateLimited;
    case 503:
        return ErrorCode::Unavailable;
    case 507:
        return ErrorCode::InsufficientStorage;
    default:
        return ErrorCode::Internal;
    }
}

/// The body of a create or update: the editable fields only.
json eventBody(const Event &event, bool update)
{
    json body = event;
    for (const char *key : {"id", "counts", "createdAt"})
        body.erase(key);
    body["wechatConfig"].erase("qrCodeUrl");
    if (!update)
    {
        body.erase("updatedAt");
        body.erase("status");
    }
    return body;
}

/// The body of a survey create or update: the editable fields (and updatedAt for an update).
json surveyBody(const Survey &survey, bool update)
{
    json body = survey;
    for (const char *key : {"id", "totalResponses", "createdAt"})
        body.erase(key);
    if (!update)
        body.erase("updatedAt");
    return body;
}

json articleBody(const Article &article, bool update)
{
    json body = article;
    for (const char *key : {"id", "published", "publishedAt", "viewCount", "qrCodeUrl", "createdAt"})
        body.erase(key);
    if (!update)
        body.erase("updatedAt");
    return body;
}

template <typename T> ListPage<T> pageFromJson(const json &data, T (*parseItem)(const json &))
{
    if (!data.is_object() || !data.contains("items") || !data["items"].is_array())
        throw Error(ErrorCode::Validation, "a list answer needs an items array");
    ListPage<T> page;
    for (const json &item : data["items"])
        page.items.push_back(parseItem(item));
    page.total = data.value("total", static_cast<qint64>(page.items.size()));
    page.page = data.value("page", 1);
    page.pageSize = data.value("pageSize", static_cast<int>(page.items.size()));
    return page;
}
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ApiClient::startRefresh);
    m_healthTimer.setInterval(kHealthCheckMs);
    connect(&m_healthTimer,
            &QTimer::timeout,
            this,
            [this]
            {
                Request ping = makeRequest("GET", QStringLiteral("/healthz"), nullptr, {});
                ping.authenticated = false;
                send(std::move(ping));
            });
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::serverUrl() const
{
    return m_server;
}

void ApiClient::setServerUrl(const QUrl &server)
{
    m_server = server;
}

bool ApiClient::isSignedIn() const
{
    return !m_accessToken.isEmpty();
}

const User &ApiClient::currentUser() const
{
    return m_user;
}

bool ApiClient::may(Capability capability) const
{
    if (m_capabilities)
        return std::find(m_capabilities->begin(), m_capabilities->end(), capability) != m_capabilities->end();
    return rolesAllow(m_user.roles, capability);
}

bool ApiClient::mayOnEvent(Capability capability, const QString &eventId) const
{
    if (may(capability))
        return true;
    const auto it = m_eventRoles.constFind(eventId);
    return it != m_eventRoles.constEnd() && rolesAllow(*it, capability);
}

void ApiClient::noteEventRoles(const QString &eventId, std::vector<Role> roles)
{
    m_eventRoles.insert(eventId, std::move(roles));
}

bool ApiClient::knowsEventRoles(const QString &eventId) const
{
    return m_eventRoles.contains(eventId);
}

ApiClient::ConnectionState ApiClient::connectionState() const
{
    return m_state;
}

void ApiClient::setTimeout(int milliseconds)
{
    m_timeout = milliseconds;
}

QUrl ApiClient::normaliseServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("http://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl ApiClient::eventPageUrl(const QString &eventId) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + QStringLiteral("/m/events/") + segment(eventId), QUrl::TolerantMode);
    return url;
}

ApiClient::Request
ApiClient::makeRequest(QByteArray method, QString path, QObject *context, ResponseHandler done) const
{
    Request request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.context = context;
    request.hasContext = context != nullptr;
    request.done = std::move(done);
    return request;
}

QNetworkRequest ApiClient::httpRequest(const QString &path,
                                       const QList<std::pair<QString, QString>> &query,
                                       const QByteArray &accept,
                                       int timeout,
                                       bool authenticated) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + path, QUrl::TolerantMode);
    if (!query.isEmpty())
    {
        // Encoded by hand so that '+' and '&' in a search reach the server as themselves.
        QStringList parts;
        for (const auto &[key, value] : query)
            parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    QNetworkRequest http(url);
    http.setTransferTimeout(timeout);
    http.setRawHeader("Accept", accept);
    http.setRawHeader("Accept-Language",
                      QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-')).toLatin1());
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArray("nextevent-console/") + QByteArray(nextevent::kVersion));
    if (authenticated && !m_accessToken.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_accessToken);
    return http;
}

bool ApiClient::resumeAfterRefresh(const ApiError &error,
                                   bool authenticated,
                                   bool &retried,
                                   std::function<void(const ApiError *failure)> resume)
{
    if (!error.is(ErrorCode::Unauthenticated) || !authenticated || retried || m_refreshToken.isEmpty())
        return false;
    retried = true;
    m_resumeAfterRefresh.push_back(std::move(resume));
    startRefresh();
    return true;
}

void ApiClient::send(Request request)
{
    QNetworkRequest http = httpRequest(request.path,
                                       request.query,
                                       QByteArrayLiteral("application/json"),
                                       request.timeout > 0 ? request.timeout : m_timeout,
                                       request.authenticated);
    QByteArray body;
    if (request.body)
    {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QByteArray::fromStdString(request.body->dump());
    }
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, body);
    connect(reply,
            &QNetworkReply::sslErrors,
            reply,
            [reply](const QList<QSslError> &errors)
            {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                reply->setProperty("sslErrorText", texts.join(QStringLiteral("; ")));
            });
    connect(reply,
            &QNetworkReply::finished,
            this,
            [this, reply, request = std::move(request)]() mutable { finish(reply, std::move(request)); });
}

void ApiClient::finish(QNetworkReply *reply, Request request)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    Response response = parse(reply, body);
    noteTransport(response.error);
    const bool authenticated = request.authenticated;
    bool retried = request.retried;
    Request again = request;
    again.retried = true;
    if (resumeAfterRefresh(response.error,
                           authenticated,
                           retried,
                           [this, again = std::move(again)](const ApiError *failure) mutable
                           {
                               if (!failure)
                                   return send(std::move(again));
                               Response failed;
                               failed.httpStatus = failure->httpStatus();
                               failed.error = *failure;
                               deliver(again, failed);
                           }))
        return;
    deliver(request, response);
}

void ApiClient::deliver(const Request &request, const Response &response)
{
    if (request.hasContext && request.context.isNull())
        return;
    if (request.done)
        request.done(response);
}

ApiClient::Response ApiClient::parse(QNetworkReply *reply, const QByteArray &body) const
{
    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.httpStatus == 0)
    {
        response.error = transportError(reply);
        return response;
    }
    const QString host = reply->url().authority();
    const json document = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (document.is_object() && document.contains("success") && document["success"].is_boolean())
    {
        if (document["success"].get<bool>())
        {
            response.data = document.value("data", json());
            return response;
        }
        const json error = document.value("error", json::object());
        std::vector<FieldError> details;
        if (error.is_object() && error.contains("details") && error["details"].is_array())
            for (const json &detail : error["details"])
                if (detail.is_object())
                    // An unknown code (a newer server's) stays empty; ApiError then says "is not valid".
                    details.push_back({toStd(jsonString(detail, "field")),
                                       fieldCodeFromName(toStd(jsonString(detail, "code"))),
                                       toStd(jsonString(detail, "message"))});
        const QString code = jsonString(error, "code");
        response.error = ApiError::fromServer(
            code.isEmpty() ? codeForStatus(response.httpStatus) : errorCodeFromName(toStd(code)),
            response.httpStatus,
            jsonString(error, "message"),
            std::move(details),
            jsonString(error, "requestId").isEmpty() ? jsonString(document, "requestId")
                                                     : jsonString(error, "requestId"));
        return response;
    }
    if (response.httpStatus >= 400)
    {
        // No envelope (a proxy, or a route the server does not have): fall back on the status.
        response.error = ApiError::fromServer(
            codeForStatus(response.httpStatus), response.httpStatus, reply->errorString(), {}, QString());
        return response;
    }
    if (body.isEmpty() && response.httpStatus == 204)
        return response;
    if (reply->request().url().path().endsWith(QLatin1String("/healthz")))
        return response;
    response.error = ApiError::transport(
        ApiError::Kind::BadResponse, host, tr("HTTP %1, %2 bytes").arg(response.httpStatus).arg(body.size()));
    return response;
}

ApiError ApiClient::transportError(QNetworkReply *reply) const
{
    const QString host = reply->url().authority();
    QString detail = reply->errorString();
    if (reply->property("cancelled").toBool())
        return ApiError::transport(ApiError::Kind::Cancelled, host, detail);
    switch (reply->error())
    {
    case QNetworkReply::SslHandshakeFailedError:
    {
        const QString sslText = reply->property("sslErrorText").toString();
        return ApiError::transport(ApiError::Kind::Tls, host, sslText.isEmpty() ? detail : sslText);
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return ApiError::transport(ApiError::Kind::Timeout, host, detail);
    default:
        return ApiError::transport(ApiError::Kind::Unreachable, host, detail);
    }
}

void ApiClient::noteTransport(const ApiError &error)
{
    if (!isSignedIn())
        return;
    if (error.isTransport())
        setConnectionState(ConnectionState::Offline);
    else if (error.kind() != ApiError::Kind::Cancelled)
        setConnectionState(ConnectionState::Connected);
}

void ApiClient::setConnectionState(ConnectionState state)
{
    if (state == ConnectionState::Offline && isSignedIn())
        m_healthTimer.start();
    else
        m_healthTimer.stop();
    if (state == m_state)
        return;
    m_state = state;
    emit connectionStateChanged(state);
}

bool ApiClient::applyTokens(const json &data)
{
    const QString access = jsonString(data, "accessToken");
    const QString refresh = jsonString(data, "refreshToken");
    if (access.isEmpty() || refresh.isEmpty())
        return false;
    if (data.contains("user") && data["user"].is_object())
    {
        m_user = userFromJson(data["user"]);
        m_capabilities.reset();
        if (const auto it = data["user"].find("capabilities"); it != data["user"].end() && it->is_array())
        {
            m_capabilities.emplace();
            for (const auto &name : *it)
                if (name.is_string())
                    if (auto c = capabilityFromString(name.get<std::string>()))
                        m_capabilities->push_back(*c);
        }
    }
    m_accessToken = access.toUtf8();
    m_refreshToken = refresh.toUtf8();
    const qint64 expiresIn = data.value("expiresIn", static_cast<qint64>(0));
    if (expiresIn > 0)
    {
        // Refresh at 80% of the lifetime, so calls rarely meet an expired token.
        m_refreshTimer.start(static_cast<int>(std::max<qint64>(kMinRefreshMs, expiresIn * 800)));
    }
    return true;
}

void ApiClient::clearSession()
{
    const bool wasSignedIn = isSignedIn() || !m_refreshToken.isEmpty();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user = User{};
    m_capabilities.reset();
    m_eventRoles.clear();
    m_doorDevice = false;
    m_refreshTimer.stop();
    m_resumeAfterRefresh.clear();
    setConnectionState(ConnectionState::SignedOut);
    if (wasSignedIn)
        emit signedOut();
}

void ApiClient::signIn(const QUrl &server,
                       const QString &username,
                       const QString &password,
                       QObject *context,
                       ApiHandler<User> handler)
{
    m_server = server;
    Request request = makeRequest("POST", QStringLiteral("/v2/auth/login"), context, {});
    request.authenticated = false;
    request.body = json{{"username", toStd(username)}, {"password", toStd(password)}};
    request.done = [this, handler](const Response &response)
    {
        ApiResult<User> result;
        result.error = response.error;
        if (!response.error.isError())
        {
            try
            {
                if (applyTokens(response.data))
                {
                    result.value = m_user;
                    setConnectionState(ConnectionState::Connected);
                    emit signedIn(m_user);
                }
                else
                    result.error = ApiError::transport(ApiError::Kind::BadResponse,
                                                       m_server.authority(),
                                                       tr("no tokens in the sign-in answer"));
            }
            catch (const Error &error)
            {
                result.error = ApiError::transport(
                    ApiError::Kind::BadResponse, m_server.authority(), QString::fromUtf8(error.what()));
            }
        }
        handler(result);
    };
    send(std::move(request));
}

void ApiClient::refreshSession(QObject *context, ApiHandler<Done> handler)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_refreshWaiters.push_back(
        [guard, hasContext, handler](const ApiResult<Done> &result)
        {
            if (!hasContext || guard)
                handler(result);
        });
    startRefresh();
}

void ApiClient::startRefresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty())
    {
        ApiResult<Done> result;
        result.error =
            ApiError::fromServer(ErrorCode::Unauthenticated, 401, tr("not signed in"), {}, QString());
        auto waiters = std::exchange(m_refreshWaiters, {});
        for (auto &waiter : waiters)
            waiter(result);
        return;
    }
    m_refreshing = true;
    Request request = makeRequest("POST", QStringLiteral("/v2/auth/refresh"), nullptr, {});
    request.authenticated = false;
    request.body = json{{"refreshToken", m_refreshToken.toStdString()}};
    request.done = [this](const Response &response)
    {
        m_refreshing = false;
        ApiResult<Done> result;
        result.error = response.error;
        if (!response.error.isError())
        {
            bool applied = false;
            try
            {
                applied = applyTokens(response.data);
            }
            catch (const Error &)
            {
                applied = false;
            }
            if (applied)
                result.value = Done{};
            else
                result.error = ApiError::transport(
                    ApiError::Kind::BadResponse, m_server.authority(), tr("no tokens in the refresh answer"));
        }
        auto waiting = std::exchange(m_resumeAfterRefresh, {});
        auto waiters = std::exchange(m_refreshWaiters, {});
        // Whoever waited hears "not signed in" unless the network failed (then they may try again).
        const ApiError failure =
            result.ok() || response.error.isTransport()
                ? response.error
                : ApiError::fromServer(ErrorCode::Unauthenticated, 401, QString(), {}, QString());
        for (auto &resume : waiting)
            resume(result.ok() ? nullptr : &failure);
        for (auto &waiter : waiters)
            waiter(result);
        // A refused refresh token ends the session; a network problem does not.
        if (!result.ok() && !response.error.isTransport())
        {
            clearSession();
            emit sessionExpired();
        }
    };
    send(std::move(request));
}

void ApiClient::signOut()
{
    if (!m_refreshToken.isEmpty())
    {
        Request request = makeRequest("POST", QStringLiteral("/v2/auth/logout"), nullptr, {});
        request.retried = true;
        request.body = json{{"refreshToken", m_refreshToken.toStdString()}};
        send(std::move(request));
    }
    clearSession();
}

template <typename T>
void ApiClient::call(Request request, ApiHandler<T> handler, std::function<T(const json &)> convert)
{
    const QString host = m_server.authority();
    request.done = [handler, convert, host](const Response &response)
    {
        ApiResult<T> result;
        result.error = response.error;
        if (!response.error.isError())
        {
            try
            {
                result.value = convert(response.data);
            }
            catch (const Error &error)
            {
                result.error =
                    ApiError::transport(ApiError::Kind::BadResponse, host, QString::fromUtf8(error.what()));
            }
            catch (const json::exception &error)
            {
                result.error =
                    ApiError::transport(ApiError::Kind::BadResponse, host, QString::fromUtf8(error.what()));
            }
        }
        handler(result);
    };
    send(std::move(request));
}

void ApiClient::fetchMe(QObject *context, ApiHandler<User> handler)
{
    call<User>(makeRequest("GET", QStringLiteral("/v2/auth/me"), context, {}),
               handler,
               [](const json &data) { return userFromJson(data.contains("user") ? data["user"] : data); });
}

namespace
{
QList<std::pair<QString, QString>> listParameters(const ListQuery &query)
{
    QList<std::pair<QString, QString>> items{{QStringLiteral("page"), QString::number(query.page)},
                                             {QStringLiteral("pageSize"), QString::number(query.pageSize)}};
    if (!query.search.isEmpty())
        items.append({QStringLiteral("search"), query.search});
    if (!query.status.isEmpty())
        items.append({QStringLiteral("status"), query.status});
    if (!query.sort.isEmpty())
    {
        items.append({QStringLiteral("sort"), query.sort});
        items.append(
            {QStringLiteral("order"), query.descending ? QStringLiteral("desc") : QStringLiteral("asc")});
    }
    return items;
}
} // namespace

void ApiClient::listEvents(const ListQuery &query, QObject *context, ApiHandler<ListPage<Event>> handler)
{
    Request request = makeRequest("GET", QStringLiteral("/v2/events"), context, {});
    request.query = listParameters(query);
    call<ListPage<Event>>(std::move(request),
                          handler,
                          [](const json &data) { return pageFromJson<Event>(data, &eventFromJson); });
}

void ApiClient::getEvent(const QString &id, QObject *context, ApiHandler<Event> handler)
{
    call<Event>(makeRequest("GET", QStringLiteral("/v2/events/") + segment(id), context, {}),
                handler,
                &eventFromJson);
}

void ApiClient::createEvent(const Event &event, QObject *context, ApiHandler<Event> handler)
{
    Request request = makeRequest("POST", QStringLiteral("/v2/events"), context, {});
    request.body = eventBody(event, false);
    call<Event>(std::move(request), handler, &eventFromJson);
}

void ApiClient::updateEvent(const Event &event, QObject *context, ApiHandler<Event> handler)
{
    Request request =
        makeRequest("PUT", QStringLiteral("/v2/events/") + segment(fromStd(event.id)), context, {});
    request.body = eventBody(event, true);
    call<Event>(std::move(request), handler, &eventFromJson);
}

void ApiClient::deleteEvent(const QString &id, QObject *context, ApiHandler<Done> handler)
{
    call<Done>(makeRequest("DELETE", QStringLiteral("/v2/events/") + segment(id), context, {}),
               handler,
               [](const json &) { return Done{}; });
}

void ApiClient::transitionEvent(const QString &id, EventStatus to, QObject *context, ApiHandler<Done> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(id) + QStringLiteral("/transition"), context, {});
    request.body = json{{"to", std::string(toString(to))}};
    call<Done>(std::move(request), handler, [](const json &) { return Done{}; });
}

void ApiClient::listAttendees(const QString &eventId,
                              const ListQuery &query,
                              QObject *context,
                              ApiHandler<ListPage<Attendee>> handler)
{
    Request request = makeRequest(
        "GET", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees"), context, {});
    request.query = listParameters(query);
    call<ListPage<Attendee>>(std::move(request),
                             handler,
                             [](const json &data)
                             { return pageFromJson<Attendee>(data, &attendeeFromJson); });
}

void ApiClient::addAttendee(const QString &eventId,
                            const QString &name,
                            const QString &phone,
                            QObject *context,
                            ApiHandler<Attendee> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees"), context, {});
    request.body = json{{"name", toStd(name)}, {"phone", toStd(phone)}};
    call<Attendee>(std::move(request), handler, &attendeeFromJson);
}

void ApiClient::cancelAttendee(const QString &eventId,
                               const QString &attendeeId,
                               QObject *context,
                               ApiHandler<Done> handler)
{
    Request request =
        makeRequest("POST",
                    QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees/") +
                        segment(attendeeId) + QStringLiteral("/cancel"),
                    context,
                    {});
    request.body = json::object();
    call<Done>(std::move(request), handler, [](const json &) { return Done{}; });
}

void ApiClient::checkIn(const QString &eventId,
                        const QString &code,
                        QObject *context,
                        ApiHandler<CheckInResult> handler)
{
    postCheckIn(eventId, json{{"code", toStd(code)}}, context, std::move(handler));
}

void ApiClient::checkInAttendee(const QString &eventId,
                                const QString &attendeeId,
                                QObject *context,
                                ApiHandler<CheckInResult> handler)
{
    postCheckIn(eventId, json{{"attendeeId", toStd(attendeeId)}}, context, std::move(handler));
}

void ApiClient::postCheckIn(const QString &eventId,
                            nlohmann::json body,
                            QObject *context,
                            ApiHandler<CheckInResult> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/checkins"), context, {});
    request.body = std::move(body);
    call<CheckInResult>(std::move(request),
                        handler,
                        [](const json &data)
                        {
                            CheckInResult result;
                            result.attendee = attendeeFromJson(data.at("attendee"));
                            result.alreadyCheckedIn = data.value("alreadyCheckedIn", false);
                            return result;
                        });
}

void ApiClient::createEventQrCode(const QString &eventId, QObject *context, ApiHandler<QrCodeInfo> handler)
{
    createQrCode(
        QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/qrcode"), context, handler);
}

void ApiClient::createSurveyQrCode(const QString &surveyId, QObject *context, ApiHandler<QrCodeInfo> handler)
{
    createQrCode(
        QStringLiteral("/v2/surveys/") + segment(surveyId) + QStringLiteral("/qrcode"), context, handler);
}

void ApiClient::createQrCode(const QString &path, QObject *context, ApiHandler<QrCodeInfo> handler)
{
    Request request = makeRequest("POST", path, context, {});
    request.body = json::object();
    call<QrCodeInfo>(std::move(request),
                     handler,
                     [](const json &data)
                     {
                         QrCodeInfo info;
                         info.content = jsonString(data, "content");
                         info.ticket = jsonString(data, "ticket");
                         info.expiresAt = jsonString(data, "expiresAt");
                         if (info.content.isEmpty())
                             throw Error(ErrorCode::Validation, "the QR code answer has no content");
                         return info;
                     });
}

struct ApiClient::Download
{
    int id = 0;
    QString path;
    QString urlPath; ///< e.g. /v2/events/{id}/attendees.csv
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(qint64, qint64)> progress;
    ApiHandler<Done> handler;
    bool retried = false;
    std::unique_ptr<QSaveFile> file;
    QByteArray errorBody;
};

int ApiClient::downloadAttendeesCsv(const QString &eventId,
                                    const QString &filePath,
                                    QObject *context,
                                    std::function<void(qint64, qint64)> progress,
                                    ApiHandler<Done> handler)
{
    return download(QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees.csv"),
                    filePath,
                    context,
                    std::move(progress),
                    std::move(handler));
}

int ApiClient::downloadSurveyResponsesCsv(const QString &surveyId,
                                          const QString &filePath,
                                          QObject *context,
                                          std::function<void(qint64, qint64)> progress,
                                          ApiHandler<Done> handler)
{
    return download(QStringLiteral("/v2/surveys/") + segment(surveyId) + QStringLiteral("/responses.csv"),
                    filePath,
                    context,
                    std::move(progress),
                    std::move(handler));
}

int ApiClient::download(const QString &urlPath,
                        const QString &filePath,
                        QObject *context,
                        std::function<void(qint64, qint64)> progress,
                        ApiHandler<Done> handler)
{
    auto download = std::make_shared<Download>();
    download->id = m_nextDownloadId++;
    download->path = filePath;
    download->urlPath = urlPath;
    download->context = context;
    download->hasContext = context != nullptr;
    download->progress = std::move(progress);
    download->handler = std::move(handler);
    startDownload(download);
    return download->id;
}

void ApiClient::startDownload(std::shared_ptr<Download> download)
{
    const auto alive = [download]
    {
        return !download->hasContext || !download->context.isNull();
    };
    const auto fail = [download, alive](const ApiError &error)
    {
        if (download->file)
            download->file->cancelWriting();
        if (alive())
            download->handler(ApiResult<Done>{std::nullopt, error});
    };
    download->file = std::make_unique<QSaveFile>(download->path);
    download->errorBody.clear();
    if (!download->file->open(QIODevice::WriteOnly))
    {
        fail(ApiError::transport(ApiError::Kind::LocalFile, download->path, download->file->errorString()));
        return;
    }
    const QNetworkRequest http = httpRequest(
        download->urlPath, {}, QByteArrayLiteral("text/csv, application/json"), m_timeout * 4, true);
    QNetworkReply *reply = m_network->get(http);
    m_downloads.insert(download->id, reply);
    connect(reply,
            &QNetworkReply::readyRead,
            this,
            [reply, download]
            {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray chunk = reply->readAll();
                if (status >= 200 && status < 300)
                    download->file->write(chunk);
                else
                    download->errorBody += chunk;
            });
    connect(reply,
            &QNetworkReply::downloadProgress,
            this,
            [download, alive](qint64 received, qint64 total)
            {
                if (alive() && download->progress)
                    download->progress(received, total);
            });
    connect(reply,
            &QNetworkReply::finished,
            this,
            [this, reply, download, fail, alive]
            {
                reply->deleteLater();
                m_downloads.remove(download->id);
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
                {
                    download->file->write(reply->readAll());
                    setConnectionState(ConnectionState::Connected);
                    if (!download->file->commit())
                    {
                        fail(ApiError::transport(
                            ApiError::Kind::LocalFile, download->path, download->file->errorString()));
                        return;
                    }
                    if (alive())
                        download->handler(ApiResult<Done>{Done{}, ApiError{}});
                    return;
                }
                download->errorBody += reply->readAll();
                Response response = parse(reply, download->errorBody);
                noteTransport(response.error);
                if (resumeAfterRefresh(response.error,
                                       true,
                                       download->retried,
                                       [this, download, fail](const ApiError *failure)
                                       {
                                           if (failure)
                                               fail(*failure);
                                           else
                                               startDownload(download);
                                       }))
                {
                    download->file->cancelWriting();
                    return;
                }
                fail(response.error.isError()
                         ? response.error
                         : ApiError::transport(ApiError::Kind::BadResponse, m_server.authority(), QString()));
            });
}

void ApiClient::cancelDownload(int id)
{
    if (QPointer<QNetworkReply> reply = m_downloads.value(id); reply)
    {
        reply->setProperty("cancelled", true);
        reply->abort();
    }
}

QUrl ApiClient::publicPageUrl(const QString &kind, const QString &id) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + QStringLiteral("/m/") + kind + QLatin1Char('/') + segment(id),
                QUrl::TolerantMode);
    return url;
}

QUrl ApiClient::resolveUrl(const QString &url) const
{
    const QUrl given(url);
    if (!given.isRelative())
        return given;
    QUrl base = m_server;
    base.setPath(m_server.path() + (url.startsWith(QLatin1Char('/')) ? url : QLatin1Char('/') + url),
                 QUrl::TolerantMode);
    return base;
}

QByteArray ApiClient::accessToken() const
{
    return m_accessToken;
}

void ApiClient::jsonCall(Request request, ApiHandler<json> handler)
{
    call<json>(std::move(request), handler, [](const json &data) { return data; });
}

void ApiClient::fetchDashboard(QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", QStringLiteral("/v2/dashboard"), context, {}), std::move(handler));
}

void ApiClient::fetchEventAnalytics(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET",
                         QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/analytics"),
                         context,
                         {}),
             std::move(handler));
}

void ApiClient::listSurveys(const ListQuery &query,
                            QObject *context,
                            ApiHandler<ListPage<Survey>> handler,
                            bool liveOnly)
{
    Request request = makeRequest("GET", QStringLiteral("/v2/surveys"), context, {});
    request.query = listParameters(query);
    if (liveOnly)
        request.query.append({QStringLiteral("isLive"), QStringLiteral("true")});
    call<ListPage<Survey>>(std::move(request),
                           handler,
                           [](const json &data) { return pageFromJson<Survey>(data, &surveyFromJson); });
}

void ApiClient::getSurvey(const QString &id, QObject *context, ApiHandler<Survey> handler)
{
    call<Survey>(makeRequest("GET", QStringLiteral("/v2/surveys/") + segment(id), context, {}),
                 handler,
                 &surveyFromJson);
}

void ApiClient::createSurvey(const Survey &survey, QObject *context, ApiHandler<Survey> handler)
{
    Request request = makeRequest("POST", QStringLiteral("/v2/surveys"), context, {});
    request.body = surveyBody(survey, false);
    call<Survey>(std::move(request), handler, &surveyFromJson);
}

void ApiClient::updateSurvey(const Survey &survey, QObject *context, ApiHandler<Survey> handler)
{
    Request request =
        makeRequest("PUT", QStringLiteral("/v2/surveys/") + segment(fromStd(survey.id)), context, {});
    request.body = surveyBody(survey, true);
    call<Survey>(std::move(request), handler, &surveyFromJson);
}

void ApiClient::deleteSurvey(const QString &id, QObject *context, ApiHandler<Done> handler)
{
    call<Done>(makeRequest("DELETE", QStringLiteral("/v2/surveys/") + segment(id), context, {}),
               handler,
               [](const json &) { return Done{}; });
}

void ApiClient::setSurveyState(const QString &id,
                               std::optional<bool> active,
                               std::optional<bool> live,
                               std::optional<bool> resultsVisible,
                               QObject *context,
                               ApiHandler<Survey> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/surveys/") + segment(id) + QStringLiteral("/state"), context, {});
    json body = json::object();
    if (active)
        body["isActive"] = *active;
    if (live)
        body["isLive"] = *live;
    if (resultsVisible)
        body["resultsVisible"] = *resultsVisible;
    request.body = body;
    call<Survey>(std::move(request), handler, &surveyFromJson);
}

void ApiClient::fetchLiveResults(const QString &id, QObject *context, ApiHandler<json> handler)
{
    Request request = makeRequest(
        "GET", QStringLiteral("/v2/surveys/") + segment(id) + QStringLiteral("/live-results"), context, {});
    request.query.append({QStringLiteral("includeChartData"), QStringLiteral("true")});
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::postSurveyResponse(const QString &id,
                                   const json &body,
                                   QObject *context,
                                   ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/surveys/") + segment(id) + QStringLiteral("/responses"), context, {});
    request.authenticated = false; // a respondent, not staff
    request.body = body;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::listArticles(const ListQuery &query,
                             std::optional<bool> published,
                             QObject *context,
                             ApiHandler<ListPage<Article>> handler)
{
    Request request = makeRequest("GET", QStringLiteral("/v2/articles"), context, {});
    request.query = listParameters(query);
    if (published)
        request.query.append(
            {QStringLiteral("published"), *published ? QStringLiteral("true") : QStringLiteral("false")});
    call<ListPage<Article>>(std::move(request),
                            handler,
                            [](const json &data) { return pageFromJson<Article>(data, &articleFromJson); });
}

void ApiClient::getArticle(const QString &id, QObject *context, ApiHandler<Article> handler)
{
    call<Article>(makeRequest("GET", QStringLiteral("/v2/articles/") + segment(id), context, {}),
                  handler,
                  &articleFromJson);
}

void ApiClient::createArticle(const Article &article, QObject *context, ApiHandler<Article> handler)
{
    Request request = makeRequest("POST", QStringLiteral("/v2/articles"), context, {});
    request.body = articleBody(article, false);
    call<Article>(std::move(request), handler, &articleFromJson);
}

void ApiClient::updateArticle(const Article &article, QObject *context, ApiHandler<Article> handler)
{
    Request request =
        makeRequest("PUT", QStringLiteral("/v2/articles/") + segment(fromStd(article.id)), context, {});
    request.body = articleBody(article, true);
    call<Article>(std::move(request), handler, &articleFromJson);
}

void ApiClient::deleteArticle(const QString &id, QObject *context, ApiHandler<Done> handler)
{
    call<Done>(makeRequest("DELETE", QStringLiteral("/v2/articles/") + segment(id), context, {}),
               handler,
               [](const json &) { return Done{}; });
}

void ApiClient::setArticlePublished(const QString &id,
                                    bool published,
                                    QObject *context,
                                    ApiHandler<Article> handler)
{
    Request request = makeRequest("POST",
                                  QStringLiteral("/v2/articles/") + segment(id) +
                                      (published ? QStringLiteral("/publish") : QStringLiteral("/unpublish")),
                                  context,
                                  {});
    request.body = json::object();
    call<Article>(std::move(request), handler, &articleFromJson);
}

void ApiClient::uploadMedia(const QString &fileName,
                            const QByteArray &bytes,
                            QObject *context,
                            std::function<void(qint64, qint64)> progress,
                            ApiHandler<Media> handler)
{
    startUpload(fileName, bytes, context, context != nullptr, false, std::move(progress), std::move(handler));
}

void ApiClient::startUpload(const QString &fileName,
                            const QByteArray &bytes,
                            QPointer<QObject> guard,
                            bool hasContext,
                            bool retried,
                            std::function<void(qint64, qint64)> progress,
                            ApiHandler<Media> handler)
{
    const QNetworkRequest http = httpRequest(
        QStringLiteral("/v2/media"), {}, QByteArrayLiteral("application/json"), m_timeout * 4, true);
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(safeName).toUtf8());
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name().toLatin1());
    part.setBody(bytes);
    multipart->append(part);
    QNetworkReply *reply = m_network->post(http, multipart);
    multipart->setParent(reply);
    const auto alive = [guard, hasContext]
    {
        return !hasContext || guard;
    };
    connect(reply,
            &QNetworkReply::uploadProgress,
            this,
            [progress, alive](qint64 sent, qint64 total)
            {
                if (progress && alive() && total > 0)
                    progress(sent, total);
            });
    const QString host = m_server.authority();
    connect(
        reply,
        &QNetworkReply::finished,
        this,
        [this, reply, fileName, bytes, guard, hasContext, retried, progress, handler, alive, host]() mutable
        {
            reply->deleteLater();
            Response response = parse(reply, reply->readAll());
            noteTransport(response.error);
            // An upload refused for an expired token goes again, once, after the refresh.
            const auto resume = [=, this](const ApiError *failure)
            {
                if (!failure)
                    return startUpload(fileName, bytes, guard, hasContext, true, progress, handler);
                if (alive())
                    handler(ApiResult<Media>{std::nullopt, *failure});
            };
            if (resumeAfterRefresh(response.error, true, retried, resume))
                return;
            if (!alive())
                return;
            ApiResult<Media> result;
            result.error = response.error;
            if (!response.error.isError())
            {
                try
                {
                    result.value = mediaFromJson(response.data);
                }
                catch (const std::exception &error)
                {
                    result.error = ApiError::transport(
                        ApiError::Kind::BadResponse, host, QString::fromUtf8(error.what()));
                }
            }
            handler(result);
        });
}

void ApiClient::listUsers(const ListQuery &query, QObject *context, ApiHandler<ListPage<User>> handler)
{
    Request request = makeRequest("GET", QStringLiteral("/v2/users"), context, {});
    request.query = listParameters(query);
    call<ListPage<User>>(std::move(request),
                         handler,
                         [](const json &data) { return pageFromJson<User>(data, &userFromJson); });
}

void ApiClient::createUser(const User &user,
                           const QString &password,
                           QObject *context,
                           ApiHandler<User> handler)
{
    Request request = makeRequest("POST", QStringLiteral("/v2/users"), context, {});
    json body = user;
    for (const char *key : {"id", "lastLoginAt", "createdAt", "updatedAt", "wechatOpenid"})
        body.erase(key);
    body["password"] = toStd(password);
    request.body = body;
    call<User>(std::move(request), handler, &userFromJson);
}

void ApiClient::patchUser(const QString &id, const json &changes, QObject *context, ApiHandler<User> handler)
{
    Request request = makeRequest("PATCH", QStringLiteral("/v2/users/") + segment(id), context, {});
    request.body = changes;
    call<User>(std::move(request), handler, &userFromJson);
}

void ApiClient::resetPassword(const QString &id,
                              const QString &password,
                              QObject *context,
                              ApiHandler<Done> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/users/") + segment(id) + QStringLiteral("/password"), context, {});
    request.body = json{{"password", toStd(password)}};
    call<Done>(std::move(request), handler, [](const json &) { return Done{}; });
}

void ApiClient::fetchWeChatStatus(QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", QStringLiteral("/v2/wechat/status"), context, {}), std::move(handler));
}

void ApiClient::listDraws(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(
        makeRequest(
            "GET", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/draws"), context, {}),
        std::move(handler));
}

void ApiClient::createDraw(const QString &eventId,
                           const json &body,
                           QObject *context,
                           ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/draws"), context, {});
    request.body = body;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::getDraw(const QString &drawId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", QStringLiteral("/v2/draws/") + segment(drawId), context, {}),
             std::move(handler));
}

void ApiClient::getDrawPool(const QString &drawId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(
        makeRequest(
            "GET", QStringLiteral("/v2/draws/") + segment(drawId) + QStringLiteral("/pool"), context, {}),
        std::move(handler));
}

void ApiClient::runDraw(const QString &drawId, QObject *context, ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/draws/") + segment(drawId) + QStringLiteral("/run"), context, {});
    request.body = json::object();
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::redrawWinner(const QString &drawId,
                             const QString &attendeeId,
                             QObject *context,
                             ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/draws/") + segment(drawId) + QStringLiteral("/redraw"), context, {});
    request.body = json{{"attendeeId", toStd(attendeeId)}};
    jsonCall(std::move(request), std::move(handler));
}

// ---- the door

void ApiClient::useDoorToken(const QUrl &server, const QString &token)
{
    clearSession();
    m_server = server;
    m_accessToken = token.toUtf8();
    m_doorDevice = true;
    m_user = User{};
    m_user.username = "door";
    m_user.displayName = "door";
    // A door token reaches the door's routes of its own event only; the console offers nothing else.
    m_capabilities = std::vector<Capability>{Capability::AttendeesCheckIn};
    setConnectionState(ConnectionState::Connected);
}

bool ApiClient::isDoorDevice() const
{
    return m_doorDevice;
}

void ApiClient::setDoorTimeout(int milliseconds)
{
    m_doorTimeout = milliseconds;
}

QString ApiClient::doorPath(const QString &eventId, const QString &tail) const
{
    return QStringLiteral("/v2/events/") + segment(eventId) + tail;
}

void ApiClient::listCheckinLists(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", doorPath(eventId, QStringLiteral("/checkin-lists")), context, {}),
             std::move(handler));
}

void ApiClient::createCheckinList(const QString &eventId,
                                  const json &body,
                                  QObject *context,
                                  ApiHandler<json> handler)
{
    Request request = makeRequest("POST", doorPath(eventId, QStringLiteral("/checkin-lists")), context, {});
    request.body = body;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::scanAtDoor(const QString &eventId,
                           const json &body,
                           QObject *context,
                           ApiHandler<json> handler)
{
    Request request = makeRequest("POST", doorPath(eventId, QStringLiteral("/checkins")), context, {});
    request.body = body;
    request.timeout = m_doorTimeout;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::fetchOccupancy(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", doorPath(eventId, QStringLiteral("/occupancy")), context, {}),
             std::move(handler));
}

void ApiClient::fetchCheckinKeys(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", doorPath(eventId, QStringLiteral("/checkin-keys")), context, {}),
             std::move(handler));
}

void ApiClient::fetchCheckinSnapshot(const QString &eventId,
                                     const QString &since,
                                     QObject *context,
                                     ApiHandler<json> handler)
{
    Request request = makeRequest("GET", doorPath(eventId, QStringLiteral("/checkin-snapshot")), context, {});
    if (!since.isEmpty())
        request.query.append({QStringLiteral("since"), since});
    request.timeout = std::max(m_doorTimeout, m_timeout); // a full snapshot of a large event takes a while
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::uploadCheckinBatch(const QString &eventId,
                                   const json &scans,
                                   QObject *context,
                                   ApiHandler<json> handler)
{
    Request request = makeRequest("POST", doorPath(eventId, QStringLiteral("/checkins/batch")), context, {});
    request.body = json{{"scans", scans}};
    request.timeout = std::max(m_doorTimeout, m_timeout);
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::fetchCheckinConflicts(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", doorPath(eventId, QStringLiteral("/checkin-conflicts")), context, {}),
             std::move(handler));
}

void ApiClient::listDoorTokens(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(makeRequest("GET", doorPath(eventId, QStringLiteral("/door-tokens")), context, {}),
             std::move(handler));
}

void ApiClient::createDoorToken(const QString &eventId,
                                const QString &name,
                                const QString &listId,
                                QObject *context,
                                ApiHandler<json> handler)
{
    Request request = makeRequest("POST", doorPath(eventId, QStringLiteral("/door-tokens")), context, {});
    json body{{"name", toStd(name)}};
    if (!listId.isEmpty())
        body["listId"] = toStd(listId);
    request.body = std::move(body);
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::revokeDoorToken(const QString &eventId,
                                const QString &tokenId,
                                QObject *context,
                                ApiHandler<Done> handler)
{
    call<Done>(
        makeRequest(
            "DELETE", doorPath(eventId, QStringLiteral("/door-tokens/") + segment(tokenId)), context, {}),
        handler,
        [](const json &) { return Done{}; });
}

void ApiClient::fetchAttendeeJson(const QString &eventId,
                                  const QString &attendeeId,
                                  QObject *context,
                                  ApiHandler<json> handler)
{
    jsonCall(makeRequest(
                 "GET", doorPath(eventId, QStringLiteral("/attendees/") + segment(attendeeId)), context, {}),
             std::move(handler));
}

// ---- live interaction

void ApiClient::setSurveyPacing(const QString &id,
                                std::optional<QString> currentQuestionId,
                                std::optional<bool> answerRevealed,
                                QObject *context,
                                ApiHandler<Survey> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/surveys/") + segment(id) + QStringLiteral("/state"), context, {});
    json body = json::object();
    if (currentQuestionId)
        body["currentQuestionId"] =
            currentQuestionId->isEmpty() ? json(nullptr) : json(currentQuestionId->toStdString());
    if (answerRevealed)
        body["answerRevealed"] = *answerRevealed;
    request.body = body;
    call<Survey>(std::move(request), handler, &surveyFromJson);
}

void ApiClient::fetchLeaderboard(const QString &surveyId,
                                 int limit,
                                 QObject *context,
                                 ApiHandler<json> handler)
{
    Request request =
        makeRequest("GET",
                    QStringLiteral("/v2/surveys/") + segment(surveyId) + QStringLiteral("/leaderboard"),
                    context,
                    {});
    request.query.append({QStringLiteral("limit"), QString::number(limit)});
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::listQuestions(const QString &eventId,
                              const QString &state,
                              const QString &sort,
                              QObject *context,
                              ApiHandler<json> handler)
{
    Request request = makeRequest(
        "GET", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/qa"), context, {});
    if (!state.isEmpty())
        request.query.append({QStringLiteral("state"), state});
    if (!sort.isEmpty())
        request.query.append({QStringLiteral("sort"), sort});
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::moderateQuestion(const QString &qaId,
                                 const QString &state,
                                 std::optional<bool> pinned,
                                 QObject *context,
                                 ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/qa/") + segment(qaId) + QStringLiteral("/moderate"), context, {});
    json body = json::object();
    if (!state.isEmpty())
        body["state"] = state.toStdString();
    if (pinned)
        body["pinned"] = *pinned;
    request.body = body;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::listWall(const QString &eventId,
                         const QString &state,
                         QObject *context,
                         ApiHandler<json> handler)
{
    Request request = makeRequest(
        "GET", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/wall"), context, {});
    if (!state.isEmpty())
        request.query.append({QStringLiteral("state"), state});
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::moderateWall(const QString &messageId,
                             const QString &state,
                             QObject *context,
                             ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/wall/") + segment(messageId) + QStringLiteral("/moderate"), context, {});
    request.body = json{{"state", state.toStdString()}};
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::listBans(const QString &eventId, QObject *context, ApiHandler<json> handler)
{
    jsonCall(
        makeRequest(
            "GET", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/bans"), context, {}),
        std::move(handler));
}

void ApiClient::banRespondent(const QString &eventId,
                              const QString &respondentId,
                              const QString &reason,
                              QObject *context,
                              ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/bans"), context, {});
    json body{{"respondentId", respondentId.toStdString()}};
    if (!reason.isEmpty())
        body["reason"] = reason.toStdString();
    request.body = body;
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::liftBan(const QString &eventId,
                        const QString &respondentId,
                        QObject *context,
                        ApiHandler<Done> handler)
{
    Request request = makeRequest("DELETE",
                                  QStringLiteral("/v2/events/") + segment(eventId) +
                                      QStringLiteral("/bans/") + segment(respondentId),
                                  context,
                                  {});
    call<Done>(std::move(request), handler, [](const json &) { return Done{}; });
}

void ApiClient::askQuestion(const QString &eventId,
                            const QString &text,
                            QObject *context,
                            ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/qa"), context, {});
    request.authenticated = false; // a respondent, not staff
    request.body = json{{"text", text.toStdString()}};
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::voteQuestion(const QString &qaId, QObject *context, ApiHandler<json> handler)
{
    Request request =
        makeRequest("POST", QStringLiteral("/v2/qa/") + segment(qaId) + QStringLiteral("/vote"), context, {});
    request.authenticated = false;
    request.body = json::object();
    jsonCall(std::move(request), std::move(handler));
}

void ApiClient::postWallMessage(const QString &eventId,
                                const QString &text,
                                QObject *context,
                                ApiHandler<json> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/wall"), context, {});
    request.authenticated = false;
    request.body = json{{"text", text.toStdString()}};
    jsonCall(std::move(request), std::move(handler));
}

namespace
{
QString attendeePath(const QString &eventId, const QString &attendeeId, const QString &action)
{
    return QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees/") +
           segment(attendeeId) + QLatin1Char('/') + action;
}

TeamMember teamMemberFromJson(const json &data)
{
    TeamMember member;
    member.userId = jsonString(data, "userId");
    member.username = jsonString(data, "username");
    member.displayName = jsonString(data, "displayName");
    member.addedBy = jsonString(data, "createdBy");
    const auto role = roleFromString(toStd(jsonString(data, "role")));
    if (member.userId.isEmpty() || !role)
        throw Error(ErrorCode::Validation, "a team member needs a userId and a known role");
    member.role = *role;
    return member;
}

} // namespace

void ApiClient::registerAttendee(const QString &eventId,
                                 const Attendee &attendee,
                                 QObject *context,
                                 ApiHandler<Attendee> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/attendees"), context, {});
    request.body = json{{"name", attendee.name},
                        {"phone", attendee.phone},
                        {"answers", attendee.answers.is_object() ? attendee.answers : json::object()},
                        {"partySize", attendee.partySize}};
    call<Attendee>(std::move(request), handler, &attendeeFromJson);
}

void ApiClient::decideRegistration(const QString &eventId,
                                   const QString &attendeeId,
                                   bool approve,
                                   QObject *context,
                                   ApiHandler<Attendee> handler)
{
    Request request = makeRequest(
        "POST",
        attendeePath(eventId, attendeeId, approve ? QStringLiteral("approve") : QStringLiteral("reject")),
        context,
        {});
    request.body = json::object();
    call<Attendee>(std::move(request), handler, &attendeeFromJson);
}

void ApiClient::listEventMembers(const QString &eventId,
                                 QObject *context,
                                 ApiHandler<std::vector<TeamMember>> handler)
{
    call<std::vector<TeamMember>>(
        makeRequest("GET",
                    QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/members"),
                    context,
                    {}),
        handler,
        [](const json &data)
        {
            std::vector<TeamMember> members;
            for (const json &item : pageFromJson<json>(data, [](const json &j) { return j; }).items)
                members.push_back(teamMemberFromJson(item));
            return members;
        });
}

void ApiClient::addEventMember(const QString &eventId,
                               const QString &username,
                               Role role,
                               QObject *context,
                               ApiHandler<TeamMember> handler)
{
    Request request = makeRequest(
        "POST", QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/members"), context, {});
    request.body = json{{"username", toStd(username)}, {"role", std::string(toString(role))}};
    call<TeamMember>(std::move(request), handler, &teamMemberFromJson);
}

void ApiClient::removeEventMember(const QString &eventId,
                                  const QString &userId,
                                  QObject *context,
                                  ApiHandler<Done> handler)
{
    call<Done>(makeRequest("DELETE",
                           QStringLiteral("/v2/events/") + segment(eventId) + QStringLiteral("/members/") +
                               segment(userId),
                           context,
                           {}),
               handler,
               [](const json &) { return Done{}; });
}

} // namespace nextevent::console
