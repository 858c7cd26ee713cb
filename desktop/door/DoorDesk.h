// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "desktop/door/DoorStore.h"

namespace nextevent::console
{

class ApiClient;
class ApiError;
class RealtimeClient;

/// What the door made of one scan, online (the server's answer) or offline (decided on this desk).
struct DoorVerdict
{
    enum class Kind
    {
        Admitted,       ///< entry accepted
        Left,           ///< exit accepted
        AlreadyInside,  ///< entry refused: inside already
        ReentryRefused, ///< entry refused: left before, and the list does not allow re-entry
        NotInside,      ///< exit refused: not inside
        Unknown,        ///< no such ticket at this event
        WrongEvent,     ///< a ticket of another event
        Forged,         ///< a signed ticket whose signature does not verify
        Cancelled,      ///< the registration was cancelled
        Waitlisted,     ///< no seat yet
        NotAdmitted,    ///< another state that admits nobody (pending, rejected, offered)
        Closed,         ///< the event takes no check-ins
        Failed          ///< neither the server nor the local copy could decide
    };

    Kind kind = Kind::Failed;
    QString code;
    QString listId;
    QString direction;
    QString attendeeId;
    QString attendeeName;
    QString message; ///< the server's message, or why it failed
    bool offline = false;

    bool accepted() const
    {
        return kind == Kind::Admitted || kind == Kind::Left;
    }
};

/// One entry of the server's cross-device conflict list: a ticket admitted by two devices while offline.
struct CheckinConflict
{
    QString attendeeId;
    QString attendeeName;
    QString listId;
    QString deviceId;      ///< the device whose upload came second
    QString otherDeviceId; ///< the device that admitted the ticket first
    QString scannedAt;
};

/// The check-in desk's logic, apart from its widgets: the event's lists (gates), the scan online with a
/// nonce, the local copy of the device snapshot (full, then incremental by cursor) in a DoorStore, the
/// offline decision when the server does not answer (the signed ticket's Ed25519 signature against the
/// event's key, 12-character codes by SHA-256, the local presence and the list's re-entry rule), the
/// durable queue of offline scans and its batch upload once the server is back, and live occupancy.
class DoorDesk : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Online,
        Offline,
        Syncing
    };
    Q_ENUM(Status)

    /// `databasePath` empty: door-desk.sqlite in the user's application data folder.
    explicit DoorDesk(ApiClient *api, const QString &databasePath = QString(), QObject *parent = nullptr);
    ~DoorDesk() override;

    static QString defaultDatabasePath();
    /// Follows `event:ID` on `realtime` for live occupancy (optional).
    void setRealtime(RealtimeClient *realtime);

    bool storeOpen() const;
    QString storeError() const;
    QString deviceId() const;

    /// Switches to `eventId` (empty: none): lists, keys, snapshot and occupancy are fetched (the local copy
    /// is used at once, and alone while offline).
    void setEvent(const QString &eventId);
    QString eventId() const;

    std::vector<DoorListInfo> lists() const;
    std::optional<DoorListInfo> list(const QString &listId) const;

    /// Scans `code` (a signed ticket or a 12-character code) at `listId` in `direction` (entry, exit);
    /// verdictReady() follows.
    void scan(const QString &code, const QString &listId, const QString &direction);
    /// Checks in someone staff found by name (online only: the server records it as manual).
    void scanAttendee(const QString &attendeeId, const QString &listId, const QString &direction);
    /// Who `code` is by the local copy (a confirmation list shows them before the scan is sent).
    std::optional<LocalAttendee> lookup(const QString &code) const;

    Status status() const;
    int queuedCount() const;
    /// "Online", "Offline (N queued)", "Syncing…".
    QString statusText() const;
    /// While offline, how often the desk asks whether the server is back (default 3000 ms).
    void setRetryInterval(int milliseconds);
    /// Uploads the queue now (when the server answers); nothing to do when it is empty.
    void syncNow();
    /// Fetches the snapshot (full the first time, then since the cursor).
    void refreshSnapshot();
    /// Fetches the check-in lists (gates) and the signing keys.
    void refreshLists();
    void refreshOccupancy();
    std::vector<SyncProblem> problems() const;
    /// The event's cross-device conflicts as the server last listed them (fetched on setEvent and after
    /// every batch upload).
    std::vector<CheckinConflict> conflicts() const;
    void refreshConflicts();
    /// Whether the server has listed the event's conflicts since setEvent (false: not yet, or unreachable).
    bool conflictsLoaded() const;
    /// Why the last refreshConflicts() failed (empty when it succeeded).
    QString conflictsError() const;

    /// Inside now: total and per list; `occupancyIsLocal` when it comes from the local copy (offline).
    qint64 insideTotal() const;
    qint64 insideAt(const QString &listId) const;
    bool occupancyIsLocal() const;

    /// How long the last snapshot took: download (request to answer) and local load, in milliseconds.
    qint64 lastSnapshotDownloadMs() const;
    qint64 lastSnapshotLoadMs() const;
    int localAttendeeCount() const;

    DoorStore &store();

signals:
    void verdictReady(const nextevent::console::DoorVerdict &verdict);
    void statusChanged();
    void listsChanged();
    void occupancyChanged();
    void problemsChanged();
    void conflictsChanged();
    /// A snapshot was applied (`rows` attendee rows; `full` or incremental).
    void snapshotApplied(int rows, bool full);
    /// A batch upload finished: `uploaded` scans, `problems` of them not taken as decided here.
    void synced(int uploaded, int problems);

private:
    void decideOffline(const QString &code,
                       const QString &listId,
                       const QString &direction,
                       const QString &nonce,
                       const QString &scannedAt);
    void onScanAnswer(const QString &code,
                      const QString &listId,
                      const QString &direction,
                      const QString &nonce,
                      const QString &scannedAt,
                      const nlohmann::json &data);
    void onScanError(const QString &code,
                     const QString &listId,
                     const QString &direction,
                     const QString &nonce,
                     const QString &scannedAt,
                     const ApiError &error);
    void setOffline(bool offline);
    void applyOccupancy(const nlohmann::json &occupancy);
    void applyLists(const nlohmann::json &items);
    void uploadNext(int uploadedSoFar, int problemsSoFar);
    void emitVerdict(DoorVerdict verdict);
    static bool unreachable(const ApiError &error);

    ApiClient *m_api;
    QPointer<RealtimeClient> m_realtime;
    std::unique_ptr<DoorStore> m_store;
    QString m_eventId;
    bool m_offline = false;
    bool m_syncing = false;
    bool m_snapshotBusy = false;
    QHash<QString, qint64> m_listInside;
    std::vector<CheckinConflict> m_conflicts;
    bool m_conflictsLoaded = false;
    QString m_conflictsError;
    qint64 m_inside = 0;
    bool m_occupancyLocal = false;
    qint64 m_downloadMs = 0;
    qint64 m_loadMs = 0;
    /// While offline: asks the server again now and then, so the desk comes back (and uploads) by itself
    /// even when the client's own connection state did not change.
    QTimer m_retryTimer;
};

} // namespace nextevent::console

Q_DECLARE_METATYPE(nextevent::console::DoorVerdict)
