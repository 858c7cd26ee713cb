// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

namespace nextevent::console
{

/// A check-in list (gate) as the desk knows it.
struct DoorListInfo
{
    QString id;
    QString name;
    bool allowReentry = false;
    bool requiresConfirmation = false;
    bool isDefault = false;
    qint64 entered = 0;
    qint64 exited = 0;
    qint64 inside = 0;
};

/// An attendee of the local snapshot (no code in clear, no phone).
struct LocalAttendee
{
    QString id;
    QString name;
    QString status; ///< registered, waitlisted, cancelled, …
};

/// An attendee's state at one list.
struct LocalPresence
{
    bool inside = false;
    qint64 entries = 0;
    qint64 exits = 0;
};

/// A scan decided on this desk while the server was unreachable, waiting for the batch upload.
struct QueuedScan
{
    QString nonce;
    QString eventId;
    QString listId;
    QString direction; ///< entry or exit
    QString code;      ///< as scanned (a signed ticket or a 12-character code); empty for a manual one
    QString attendeeId;
    QString attendeeName;
    QString scannedAt; ///< ISO 8601 UTC
    QString deviceId;
};

/// An offline scan the server did not take as this desk decided it (a conflict, a refusal).
struct SyncProblem
{
    QString nonce;
    QString attendeeName;
    QString listName;
    QString direction;
    QString scannedAt;
    QString result; ///< conflict, already, refused, unknown
    QString reason; ///< the server's reason, when it gave one
};

/// The desk's local copy of the door snapshot and its durable queue of offline scans, in SQLite through
/// Qt SQL (one file for all events; rows carry their event). Every write is committed before the call
/// returns, with synchronous=FULL, so a scan the desk admitted survives a crash or a power cut.
class DoorStore
{
public:
    /// Opens (creating it and its folder when needed) the database at `path`.
    explicit DoorStore(const QString &path);
    ~DoorStore();
    DoorStore(const DoorStore &) = delete;
    DoorStore &operator=(const DoorStore &) = delete;

    bool isOpen() const;
    QString errorText() const;
    QString path() const;
    /// This desk's device id: made once, kept in the database (the server tells devices apart by it).
    QString deviceId() const;

    // ---- the snapshot
    /// The cursor of the last snapshot applied for `eventId` (empty: none yet).
    QString cursor(const QString &eventId) const;
    /// Applies a `GET …/checkin-snapshot` answer in one transaction (a full one replaces the event's
    /// attendees; an incremental one upserts), then replays the queued scans of the touched attendees on
    /// their presence, since the server has not seen them yet. Returns the number of attendee rows written,
    /// or -1 on a database error.
    int applySnapshot(const QString &eventId, const nlohmann::json &snapshot);
    void setKeys(const QString &eventId, const QList<QByteArray> &publicKeys);
    QList<QByteArray> keys(const QString &eventId) const;
    void setLists(const QString &eventId, const std::vector<DoorListInfo> &lists);
    std::vector<DoorListInfo> lists(const QString &eventId) const;
    int attendeeCount(const QString &eventId) const;
    std::optional<LocalAttendee> attendeeById(const QString &eventId, const QString &attendeeId) const;
    std::optional<LocalAttendee> attendeeByCodeHash(const QString &eventId, const QString &codeHash) const;
    /// Whether `codeHash` is the code of `attendeeId` (a signed ticket's code against the snapshot).
    bool codeMatches(const QString &eventId, const QString &attendeeId, const QString &codeHash) const;
    LocalPresence presence(const QString &eventId, const QString &listId, const QString &attendeeId) const;
    void setPresence(const QString &eventId,
                     const QString &listId,
                     const QString &attendeeId,
                     const LocalPresence &presence);
    /// People inside now by the local copy: at any list (distinct), and at `listId`.
    qint64 insideCount(const QString &eventId) const;
    qint64 insideAt(const QString &eventId, const QString &listId) const;

    // ---- the queue
    /// Queues an offline scan and applies it to the local presence, in one transaction.
    bool enqueue(const QueuedScan &scan, const LocalPresence &after);
    /// Scans not yet uploaded, oldest first.
    std::vector<QueuedScan> pending(const QString &eventId, int limit) const;
    int pendingCount(const QString &eventId) const;
    /// Records the server's verdict on an uploaded scan.
    void markSynced(const QString &nonce, const QString &result, const QString &reason);
    /// Uploaded scans the server did not accept as decided here, newest first.
    std::vector<SyncProblem> problems(const QString &eventId) const;

private:
    bool exec(const QString &sql) const;
    /// The attendee of `eventId` whose `column` (id or code_hash) is `value`.
    std::optional<LocalAttendee>
    attendeeWhere(const QString &eventId, const QString &column, const QString &value) const;
    void replayPending(const QString &eventId, const QList<QString> &attendeeIds);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_deviceId;
};

} // namespace nextevent::console
