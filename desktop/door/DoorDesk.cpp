// SPDX-License-Identifier: MIT
#include "desktop/door/DoorDesk.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include "desktop/api/ApiClient.h"
#include "desktop/api/JsonFields.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/door/SignedTicketCheck.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
constexpr int kBatchSize = 500; // the server's limit per upload
constexpr int kRetryMs = 3000;

qint64 integer(const json &object, const char *key, qint64 fallback = 0)
{
    if (object.is_object())
        if (auto it = object.find(key); it != object.end() && it->is_number_integer())
            return it->get<qint64>();
    return fallback;
}

QString topicOf(const QString &eventId)
{
    return QStringLiteral("event:") + eventId;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The reason the server gave for a refusal: details[].message of the field "code" (or "attendeeId").
QString reasonOf(const ApiError &error)
{
    for (const FieldError &detail : error.details())
        if (detail.field == "code" || detail.field == "attendeeId")
            return QString::fromStdString(detail.message);
    return {};
}

DoorVerdict::Kind kindForReason(const QString &reason)
{
    using Kind = DoorVerdict::Kind;
    if (reason == QLatin1String("unknown"))
        return Kind::Unknown;
    if (reason == QLatin1String("wrong_event"))
        return Kind::WrongEvent;
    if (reason == QLatin1String("invalid_signature"))
        return Kind::Forged;
    if (reason == QLatin1String("cancelled"))
        return Kind::Cancelled;
    if (reason == QLatin1String("waitlisted"))
        return Kind::Waitlisted;
    if (reason == QLatin1String("not_inside"))
        return Kind::NotInside;
    if (reason == QLatin1String("event_closed"))
        return Kind::Closed;
    return reason.isEmpty() ? Kind::Failed : Kind::NotAdmitted;
}
} // namespace

DoorDesk::DoorDesk(ApiClient *api, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(std::make_unique<DoorStore>(databasePath.isEmpty() ? defaultDatabasePath() : databasePath))
{
    qRegisterMetaType<DoorVerdict>();
    m_retryTimer.setInterval(kRetryMs);
    connect(&m_retryTimer,
            &QTimer::timeout,
            this,
            [this]
            {
                // A read: the network layer retries it on a keep-alive connection the old server closed.
                const QString eventId = m_eventId;
                if (eventId.isEmpty())
                    return;
                m_api->fetchOccupancy(eventId,
                                      this,
                                      [this, eventId](const ApiResult<json> &result)
                                      {
                                          if (eventId != m_eventId || !result.ok())
                                              return;
                                          setOffline(false);
                                          applyOccupancy(*result.value);
                                      });
            });
    if (api->connectionState() == ApiClient::ConnectionState::Offline)
        setOffline(true);
    connect(api,
            &ApiClient::connectionStateChanged,
            this,
            [this](ApiClient::ConnectionState state)
            {
                if (state == ApiClient::ConnectionState::Offline)
                    setOffline(true);
                else if (state == ApiClient::ConnectionState::Connected)
                    setOffline(false);
            });
}

void DoorDesk::setRetryInterval(int milliseconds)
{
    m_retryTimer.setInterval(milliseconds);
}

DoorDesk::~DoorDesk()
{
    if (m_realtime && !m_eventId.isEmpty())
        m_realtime->unsubscribe(topicOf(m_eventId));
}

QString DoorDesk::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("door-desk.sqlite"));
}

void DoorDesk::setRealtime(RealtimeClient *realtime)
{
    if (m_realtime == realtime)
        return;
    if (m_realtime)
    {
        disconnect(m_realtime, nullptr, this, nullptr);
        if (!m_eventId.isEmpty())
            m_realtime->unsubscribe(topicOf(m_eventId));
    }
    m_realtime = realtime;
    if (!m_realtime)
        return;
    connect(m_realtime,
            &RealtimeClient::topicChanged,
            this,
            [this](const QString &topic, const json &data)
            {
                if (!m_eventId.isEmpty() && topic == topicOf(m_eventId) && data.is_object() &&
                    data.contains("occupancy"))
                    applyOccupancy(data["occupancy"]);
            });
    if (!m_eventId.isEmpty())
        m_realtime->subscribe(topicOf(m_eventId));
}

bool DoorDesk::storeOpen() const
{
    return m_store->isOpen();
}

QString DoorDesk::storeError() const
{
    return m_store->errorText();
}

QString DoorDesk::deviceId() const
{
    return m_store->deviceId();
}

DoorStore &DoorDesk::store()
{
    return *m_store;
}

void DoorDesk::setEvent(const QString &eventId)
{
    if (eventId == m_eventId)
        return;
    if (m_realtime && !m_eventId.isEmpty())
        m_realtime->unsubscribe(topicOf(m_eventId));
    m_eventId = eventId;
    m_listInside.clear();
    m_inside = 0;
    m_snapshotBusy = false;
    m_syncing = false;
    m_conflicts.clear();
    m_conflictsLoaded = false;
    m_conflictsError.clear();
    emit conflictsChanged();
    if (eventId.isEmpty())
    {
        emit listsChanged();
        emit occupancyChanged();
        emit statusChanged();
        emit problemsChanged();
        return;
    }
    // The local copy first: a desk started while the server is down still knows the gates and who is inside.
    m_occupancyLocal = true;
    m_inside = m_store->insideCount(eventId);
    for (const DoorListInfo &l : m_store->lists(eventId))
        m_listInside.insert(l.id, m_store->insideAt(eventId, l.id));
    emit listsChanged();
    emit occupancyChanged();
    emit statusChanged();
    emit problemsChanged();
    if (m_realtime)
        m_realtime->subscribe(topicOf(eventId));
    refreshLists();
    refreshSnapshot();
    refreshOccupancy();
    refreshConflicts();
    if (m_store->pendingCount(eventId) > 0)
        syncNow();
}

QString DoorDesk::eventId() const
{
    return m_eventId;
}

std::vector<DoorListInfo> DoorDesk::lists() const
{
    return m_eventId.isEmpty() ? std::vector<DoorListInfo>() : m_store->lists(m_eventId);
}

std::optional<DoorListInfo> DoorDesk::list(const QString &listId) const
{
    for (const DoorListInfo &l : lists())
        if (l.id == listId)
            return l;
    return std::nullopt;
}

void DoorDesk::refreshLists()
{
    const QString eventId = m_eventId;
    if (eventId.isEmpty())
        return;
    m_api->listCheckinLists(eventId,
                            this,
                            [this, eventId](const ApiResult<json> &result)
                            {
                                if (eventId != m_eventId)
                                    return;
                                if (!result.ok())
                                {
                                    if (unreachable(result.error))
                                        setOffline(true);
                                    return;
                                }
                                applyLists(result.value->value("items", json::array()));
                            });
    m_api->fetchCheckinKeys(eventId,
                            this,
                            [this, eventId](const ApiResult<json> &result)
                            {
                                if (!result.ok())
                                    return;
                                QList<QByteArray> keys;
                                for (const json &key : result.value->value("keys", json::array()))
                                    if (auto raw = fromBase64Url(jsonString(key, "publicKey")))
                                        keys.append(*raw);
                                m_store->setKeys(eventId, keys);
                            });
}

void DoorDesk::applyLists(const json &items)
{
    std::vector<DoorListInfo> lists;
    for (const json &item : items)
    {
        DoorListInfo l;
        l.id = jsonString(item, "id");
        l.name = jsonString(item, "name");
        l.allowReentry = item.value("allowReentry", false);
        l.requiresConfirmation = item.value("requiresConfirmation", false);
        l.isDefault = item.value("isDefault", false);
        const json counts = item.value("counts", json::object());
        l.entered = integer(counts, "entered");
        l.exited = integer(counts, "exited");
        l.inside = integer(counts, "inside");
        lists.push_back(l);
    }
    m_store->setLists(m_eventId, lists);
    emit listsChanged();
}

void DoorDesk::refreshSnapshot()
{
    const QString eventId = m_eventId;
    if (eventId.isEmpty() || m_snapshotBusy)
        return;
    m_snapshotBusy = true;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_api->fetchCheckinSnapshot(eventId,
                                m_store->cursor(eventId),
                                this,
                                [this, eventId, clock](const ApiResult<json> &result)
                                {
                                    if (eventId != m_eventId)
                                        return;
                                    m_snapshotBusy = false;
                                    if (!result.ok())
                                    {
                                        if (unreachable(result.error))
                                            setOffline(true);
                                        return;
                                    }
                                    m_downloadMs = clock->elapsed();
                                    QElapsedTimer load;
                                    load.start();
                                    const int rows = m_store->applySnapshot(eventId, *result.value);
                                    if (result.value->contains("checkinLists"))
                                        applyLists((*result.value)["checkinLists"]);
                                    m_loadMs = load.elapsed();
                                    if (rows >= 0)
                                        emit snapshotApplied(rows, result.value->value("full", false));
                                    if (m_offline || m_occupancyLocal)
                                        applyOccupancy(json());
                                });
}

void DoorDesk::refreshOccupancy()
{
    const QString eventId = m_eventId;
    if (eventId.isEmpty())
        return;
    m_api->fetchOccupancy(eventId,
                          this,
                          [this, eventId](const ApiResult<json> &result)
                          {
                              if (eventId == m_eventId && result.ok())
                                  applyOccupancy(*result.value);
                          });
}

void DoorDesk::applyOccupancy(const json &occupancy)
{
    if (!occupancy.is_object())
    {
        // No server figure: count from the local copy (which holds this desk's offline scans too).
        m_occupancyLocal = true;
        m_inside = m_store->insideCount(m_eventId);
        m_listInside.clear();
        for (const DoorListInfo &l : m_store->lists(m_eventId))
            m_listInside.insert(l.id, m_store->insideAt(m_eventId, l.id));
        emit occupancyChanged();
        return;
    }
    if (m_offline)
        return; // the server's last word is older than what this desk decided since
    m_occupancyLocal = false;
    m_inside = integer(occupancy, "inside", m_inside);
    for (const json &l : occupancy.value("lists", json::array()))
    {
        const json counts = l.value("counts", json::object());
        if (counts.contains("inside"))
            m_listInside.insert(jsonString(l, "id"), integer(counts, "inside"));
    }
    emit occupancyChanged();
}

qint64 DoorDesk::insideTotal() const
{
    return m_inside;
}

qint64 DoorDesk::insideAt(const QString &listId) const
{
    return m_listInside.value(listId, 0);
}

bool DoorDesk::occupancyIsLocal() const
{
    return m_occupancyLocal;
}

qint64 DoorDesk::lastSnapshotDownloadMs() const
{
    return m_downloadMs;
}

qint64 DoorDesk::lastSnapshotLoadMs() const
{
    return m_loadMs;
}

int DoorDesk::localAttendeeCount() const
{
    return m_eventId.isEmpty() ? 0 : m_store->attendeeCount(m_eventId);
}

std::optional<LocalAttendee> DoorDesk::lookup(const QString &code) const
{
    if (m_eventId.isEmpty())
        return std::nullopt;
    if (looksLikeSignedTicket(code))
    {
        const auto ticket = parseSignedTicket(code);
        if (!ticket || ticket->eventId != m_eventId)
            return std::nullopt;
        return m_store->attendeeById(m_eventId, ticket->attendeeId);
    }
    return m_store->attendeeByCodeHash(m_eventId, sha256Hex(normaliseCheckInCode(code).toUtf8()));
}

bool DoorDesk::unreachable(const ApiError &error)
{
    // A transport failure, or a proxy in front of a server that is down.
    return error.isTransport() || error.httpStatus() == 502 || error.httpStatus() == 503 ||
           error.httpStatus() == 504;
}

void DoorDesk::scan(const QString &code, const QString &listId, const QString &direction)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || m_eventId.isEmpty())
        return;
    // One nonce per scan: if the server applied it before the link dropped, the upload later gets the same
    // answer instead of a second entry.
    const QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString scannedAt = nowIso();
    if (m_offline)
    {
        decideOffline(trimmed, listId, direction, nonce, scannedAt);
        return;
    }
    json body{{"code", trimmed.toStdString()},
              {"direction", direction.toStdString()},
              {"nonce", nonce.toStdString()},
              {"scannedAt", scannedAt.toStdString()},
              {"deviceId", deviceId().toStdString()}};
    if (!listId.isEmpty())
        body["listId"] = listId.toStdString();
    const QString eventId = m_eventId;
    m_api->scanAtDoor(
        eventId,
        body,
        this,
        [this, eventId, trimmed, listId, direction, nonce, scannedAt](const ApiResult<json> &result)
        {
            if (eventId != m_eventId)
                return;
            if (result.ok())
                onScanAnswer(trimmed, listId, direction, nonce, scannedAt, *result.value);
            else
                onScanError(trimmed, listId, direction, nonce, scannedAt, result.error);
        });
}

void DoorDesk::scanAttendee(const QString &attendeeId, const QString &listId, const QString &direction)
{
    if (attendeeId.isEmpty() || m_eventId.isEmpty())
        return;
    json body{{"attendeeId", attendeeId.toStdString()},
              {"direction", direction.toStdString()},
              {"nonce", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
              {"deviceId", deviceId().toStdString()}};
    if (!listId.isEmpty())
        body["listId"] = listId.toStdString();
    const QString eventId = m_eventId;
    m_api->scanAtDoor(eventId,
                      body,
                      this,
                      [this, eventId, listId, direction](const ApiResult<json> &result)
                      {
                          if (eventId != m_eventId)
                              return;
                          if (result.ok())
                              onScanAnswer(QString(), listId, direction, QString(), QString(), *result.value);
                          else
                              onScanError(QString(), listId, direction, QString(), QString(), result.error);
                      });
}

void DoorDesk::onScanAnswer(const QString &code,
                            const QString &listId,
                            const QString &direction,
                            const QString &,
                            const QString &,
                            const json &data)
{
    setOffline(false);
    DoorVerdict v;
    v.code = code;
    v.direction = direction;
    v.listId = jsonString(data, "listId").isEmpty() ? listId : jsonString(data, "listId");
    const json attendee = data.value("attendee", json::object());
    v.attendeeId = jsonString(attendee, "id");
    v.attendeeName = jsonString(attendee, "name");
    const QString result = jsonString(data, "result");
    LocalPresence presence = m_store->presence(m_eventId, v.listId, v.attendeeId);
    if (result == QLatin1String("ok"))
    {
        v.kind = direction == QLatin1String("exit") ? DoorVerdict::Kind::Left : DoorVerdict::Kind::Admitted;
        // Kept in the local copy at once, so a desk that goes offline next still knows who is inside.
        if (v.kind == DoorVerdict::Kind::Left)
        {
            presence.inside = false;
            ++presence.exits;
        }
        else
        {
            presence.inside = true;
            ++presence.entries;
        }
        if (!v.attendeeId.isEmpty())
            m_store->setPresence(m_eventId, v.listId, v.attendeeId, presence);
    }
    else
    {
        // "already": the server does not say why; the local copy knows whether they left since.
        const auto l = list(v.listId);
        v.kind = (!presence.inside && presence.entries > 0 && l && !l->allowReentry)
                     ? DoorVerdict::Kind::ReentryRefused
                     : DoorVerdict::Kind::AlreadyInside;
    }
    const json occupancy = data.value("occupancy", json::object());
    if (occupancy.contains("inside"))
    {
        m_occupancyLocal = false;
        m_inside = integer(occupancy, "inside", m_inside);
        if (occupancy.contains("listInside"))
            m_listInside.insert(v.listId, integer(occupancy, "listInside"));
        emit occupancyChanged();
    }
    emitVerdict(v);
    if (m_store->pendingCount(m_eventId) > 0)
        syncNow();
}

void DoorDesk::onScanError(const QString &code,
                           const QString &listId,
                           const QString &direction,
                           const QString &nonce,
                           const QString &scannedAt,
                           const ApiError &error)
{
    if (unreachable(error))
    {
        setOffline(true);
        if (!code.isEmpty())
        {
            decideOffline(code, listId, direction, nonce, scannedAt);
            return;
        }
        DoorVerdict v;
        v.kind = DoorVerdict::Kind::Failed;
        v.direction = direction;
        v.listId = listId;
        v.offline = true;
        v.message = error.userMessage();
        emitVerdict(v);
        return;
    }
    setOffline(false);
    DoorVerdict v;
    v.code = code;
    v.listId = listId;
    v.direction = direction;
    v.kind = kindForReason(reasonOf(error));
    v.message = error.userMessage();
    if (m_api->isDoorDevice() && error.is(ErrorCode::Unauthenticated))
        v.message = tr("This door device was revoked or has expired; pair it again.");
    if (v.kind == DoorVerdict::Kind::Unknown && code.isEmpty())
        v.kind = DoorVerdict::Kind::Failed;
    if (v.kind != DoorVerdict::Kind::Unknown && v.kind != DoorVerdict::Kind::Forged)
        if (auto who = lookup(code))
        {
            v.attendeeId = who->id;
            v.attendeeName = who->name;
        }
    emitVerdict(v);
}

void DoorDesk::decideOffline(const QString &code,
                             const QString &listId,
                             const QString &direction,
                             const QString &nonce,
                             const QString &scannedAt)
{
    using Kind = DoorVerdict::Kind;
    DoorVerdict v;
    v.code = code;
    v.direction = direction;
    v.offline = true;
    const auto lists = m_store->lists(m_eventId);
    std::optional<DoorListInfo> gate;
    for (const DoorListInfo &l : lists)
        if (l.id == listId || (listId.isEmpty() && l.isDefault))
            gate = l;
    v.listId = gate ? gate->id : listId;
    std::optional<LocalAttendee> attendee;
    if (looksLikeSignedTicket(code))
    {
        const auto ticket = parseSignedTicket(code);
        const QList<QByteArray> keys = m_store->keys(m_eventId);
        if (!ticket ||
            (!keys.isEmpty() && ticket->eventId == m_eventId && !verifySignedTicket(*ticket, keys)))
            v.kind = Kind::Forged;
        else if (ticket->eventId != m_eventId)
            v.kind = Kind::WrongEvent; // the key of another event is not on this desk: not "forged"
        else if (keys.isEmpty())
        {
            v.kind = Kind::Failed;
            v.message = tr("This desk has not received the event's signing key yet.");
        }
        else
        {
            attendee = m_store->attendeeById(m_eventId, ticket->attendeeId);
            if (!attendee ||
                !m_store->codeMatches(m_eventId, ticket->attendeeId, sha256Hex(ticket->code.toUtf8())))
            {
                attendee.reset();
                v.kind = Kind::Unknown;
            }
        }
    }
    else
    {
        attendee = m_store->attendeeByCodeHash(m_eventId, sha256Hex(normaliseCheckInCode(code).toUtf8()));
        if (!attendee)
            v.kind = m_store->attendeeCount(m_eventId) == 0 ? Kind::Failed : Kind::Unknown;
        if (!attendee && v.kind == Kind::Failed)
            v.message = tr("This desk has no copy of the attendee list yet.");
    }
    if (!attendee)
    {
        emitVerdict(v);
        return;
    }
    v.attendeeId = attendee->id;
    v.attendeeName = attendee->name;
    if (!gate)
    {
        v.kind = Kind::Failed;
        v.message = tr("This desk does not know the check-in list yet.");
        emitVerdict(v);
        return;
    }
    if (attendee->status == QLatin1String("cancelled") || attendee->status == QLatin1String("rejected"))
        v.kind = Kind::Cancelled;
    else if (attendee->status == QLatin1String("waitlisted"))
        v.kind = Kind::Waitlisted;
    else if (attendee->status != QLatin1String("registered"))
        v.kind = Kind::NotAdmitted;
    else
    {
        LocalPresence p = m_store->presence(m_eventId, gate->id, attendee->id);
        if (direction == QLatin1String("exit"))
        {
            if (!p.inside)
                v.kind = Kind::NotInside;
            else
            {
                p.inside = false;
                ++p.exits;
                v.kind = Kind::Left;
            }
        }
        else if (p.inside)
            v.kind = Kind::AlreadyInside;
        else if (p.entries > 0 && !gate->allowReentry)
            v.kind = Kind::ReentryRefused;
        else
        {
            p.inside = true;
            ++p.entries;
            v.kind = Kind::Admitted;
        }
        if (v.accepted())
        {
            // Durable before the verdict is shown: the person walks in on this record.
            QueuedScan queued{nonce,
                              m_eventId,
                              gate->id,
                              direction,
                              code,
                              attendee->id,
                              attendee->name,
                              scannedAt,
                              deviceId()};
            if (!m_store->enqueue(queued, p))
            {
                v.kind = Kind::Failed;
                v.message = tr("The scan could not be saved on this computer: %1").arg(m_store->errorText());
            }
            applyOccupancy(json());
            emit statusChanged();
        }
    }
    emitVerdict(v);
}

void DoorDesk::emitVerdict(DoorVerdict verdict)
{
    emit verdictReady(verdict);
}

void DoorDesk::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (offline)
    {
        m_retryTimer.start();
        applyOccupancy(json());
        emit statusChanged();
        return;
    }
    m_retryTimer.stop();
    emit statusChanged();
    // Back: upload what was decided here first, then catch up with the server.
    syncNow();
    refreshLists();
    refreshSnapshot();
    refreshOccupancy();
}

DoorDesk::Status DoorDesk::status() const
{
    if (m_syncing)
        return Status::Syncing;
    return m_offline ? Status::Offline : Status::Online;
}

int DoorDesk::queuedCount() const
{
    return m_eventId.isEmpty() ? 0 : m_store->pendingCount(m_eventId);
}

QString DoorDesk::statusText() const
{
    switch (status())
    {
    case Status::Syncing:
        return tr("Syncing…");
    case Status::Offline:
        return tr("Offline (%n queued)", nullptr, queuedCount());
    case Status::Online:
        break;
    }
    const int queued = queuedCount();
    return queued > 0 ? tr("Online (%n queued)", nullptr, queued) : tr("Online");
}

void DoorDesk::syncNow()
{
    if (m_syncing || m_eventId.isEmpty() || m_store->pendingCount(m_eventId) == 0)
        return;
    m_syncing = true;
    emit statusChanged();
    uploadNext(0, 0);
}

void DoorDesk::uploadNext(int uploadedSoFar, int problemsSoFar)
{
    const QString eventId = m_eventId;
    const std::vector<QueuedScan> batch = m_store->pending(eventId, kBatchSize);
    if (batch.empty())
    {
        m_syncing = false;
        emit statusChanged();
        emit problemsChanged();
        emit synced(uploadedSoFar, problemsSoFar);
        refreshSnapshot();
        refreshOccupancy();
        refreshConflicts();
        return;
    }
    json scans = json::array();
    for (const QueuedScan &s : batch)
    {
        json scan{{"nonce", s.nonce.toStdString()},
                  {"listId", s.listId.toStdString()},
                  {"direction", s.direction.toStdString()},
                  {"scannedAt", s.scannedAt.toStdString()},
                  {"deviceId", s.deviceId.toStdString()}};
        if (s.code.isEmpty())
            scan["attendeeId"] = s.attendeeId.toStdString();
        else
            scan["code"] = s.code.toStdString();
        scans.push_back(std::move(scan));
    }
    m_api->uploadCheckinBatch(
        eventId,
        scans,
        this,
        [this, eventId, batch, uploadedSoFar, problemsSoFar](const ApiResult<json> &result)
        {
            if (eventId != m_eventId)
                return;
            if (!result.ok())
            {
                m_syncing = false;
                if (unreachable(result.error))
                    setOffline(true);
                else
                {
                    // The server refused the batch itself (not one scan): keep the scans readable as
                    // problems rather than retrying them for ever.
                    for (const QueuedScan &s : batch)
                        m_store->markSynced(s.nonce, QStringLiteral("refused"), result.error.userMessage());
                    emit problemsChanged();
                }
                emit statusChanged();
                return;
            }
            // The results come in the order sent; every scan of the batch leaves the queue, so the upload
            // always moves on.
            int problems = 0;
            const json results = result.value->value("results", json::array());
            for (std::size_t i = 0; i < batch.size(); ++i)
            {
                const json r = i < results.size() ? results[i] : json::object();
                const QString outcome = r.is_object() && r.contains("result") ? jsonString(r, "result")
                                                                              : QStringLiteral("refused");
                m_store->markSynced(batch[i].nonce, outcome, jsonString(r, "reason"));
                if (outcome != QLatin1String("ok"))
                    ++problems;
            }
            const auto left = m_store->pending(eventId, 1);
            if (!left.empty() && left.front().nonce == batch.front().nonce)
            {
                // The answers could not be recorded here: stop rather than upload the same scans for ever.
                m_syncing = false;
                emit statusChanged();
                emit problemsChanged();
                return;
            }
            emit statusChanged();
            uploadNext(uploadedSoFar + static_cast<int>(batch.size()), problemsSoFar + problems);
        });
}

std::vector<SyncProblem> DoorDesk::problems() const
{
    return m_eventId.isEmpty() ? std::vector<SyncProblem>() : m_store->problems(m_eventId);
}

std::vector<CheckinConflict> DoorDesk::conflicts() const
{
    return m_conflicts;
}

void DoorDesk::refreshConflicts()
{
    if (m_eventId.isEmpty())
        return;
    const QString eventId = m_eventId;
    m_api->fetchCheckinConflicts(eventId,
                                 this,
                                 [this, eventId](const ApiResult<json> &result)
                                 {
                                     // An answer for an event the desk has left since is dropped.
                                     if (eventId != m_eventId)
                                         return;
                                     if (!result.ok())
                                     {
                                         // The last list stays; door staff see why it is not newer.
                                         m_conflictsError = result.error.userMessage();
                                         emit conflictsChanged();
                                         return;
                                     }
                                     std::vector<CheckinConflict> conflicts;
                                     for (const json &item : result.value->value("items", json::array()))
                                         conflicts.push_back({jsonString(item, "attendeeId"),
                                                              jsonString(item, "attendeeName"),
                                                              jsonString(item, "listId"),
                                                              jsonString(item, "deviceId"),
                                                              jsonString(item, "otherDeviceId"),
                                                              jsonString(item, "scannedAt")});
                                     m_conflicts = std::move(conflicts);
                                     m_conflictsError.clear();
                                     m_conflictsLoaded = true;
                                     emit conflictsChanged();
                                 });
}

bool DoorDesk::conflictsLoaded() const
{
    return m_conflictsLoaded;
}

QString DoorDesk::conflictsError() const
{
    return m_conflictsError;
}

} // namespace nextevent::console
