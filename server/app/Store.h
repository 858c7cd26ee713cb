// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Article.h"
#include "nextevent/Attendee.h"
#include "nextevent/Draw.h"
#include "nextevent/Event.h"
#include "nextevent/Interaction.h"
#include "nextevent/Media.h"
#include "nextevent/Survey.h"
#include "nextevent/SurveyTally.h"
#include "nextevent/User.h"
#include "nextevent/WeChatUser.h"

#include "server/app/InteractionRepository.h"
#include "server/app/TeamRepository.h"

/// The storage interfaces the services own. server/store implements them in SQL for SQLite and MySQL;
/// tests may implement them in memory.
namespace nextevent::server::app
{

struct PageRequest
{
    std::int64_t page = 1;
    std::int64_t pageSize = 20;
    std::string search;
    std::string sort; ///< a field name from the resource's sortable list; empty for the default
    bool descending = false;

    std::int64_t offset() const
    {
        return (page - 1) * pageSize;
    }
};

template <typename T> struct Page
{
    std::vector<T> items;
    std::int64_t total = 0;
    std::int64_t page = 1;
    std::int64_t pageSize = 20;
};

struct EventQuery : PageRequest
{
    std::optional<EventStatus> status;
    /// Only events overlapping [from, to) when both are set.
    std::optional<TimePoint> overlapsFrom;
    std::optional<TimePoint> overlapsTo;
    /// Only events this user is a team member of (a user without a global role that reads events).
    std::optional<std::string> memberUserId;
};

struct AttendeeQuery : PageRequest
{
    std::optional<AttendeeStatus> status;
};

struct ArticleQuery : PageRequest
{
    std::optional<bool> published;
    std::string category;
};

struct SurveyQuery : PageRequest
{
    std::optional<std::string> eventId;
    std::optional<bool> isLive;
};

/// One quiz player's standing in a survey.
struct QuizScore
{
    std::string respondent;
    std::string displayName;
    std::int64_t score = 0;
    std::int64_t correctAnswers = 0;
};

/// A stored upload: the public record plus what the server needs to serve it.
struct StoredMedia
{
    Media media;
    std::string extension;
    std::string originalName;
};

/// One bucket of a per-minute series.
struct MinuteCount
{
    std::string minute; ///< "2026-11-24T09:05" (UTC)
    std::int64_t count = 0;
};

struct StoredUser
{
    User user;
    std::string passwordHash;
};

struct RefreshTokenRecord
{
    std::string id;
    std::string tokenHash;
    std::string userId;
    std::string familyId;
    TimePoint expiresAt{};
    std::optional<TimePoint> usedAt;
    std::optional<TimePoint> revokedAt;
    TimePoint createdAt{};
};

struct AuditEntry
{
    std::string actor;
    std::string action;
    std::string entityType;
    std::string entityId;
    nlohmann::json details = nlohmann::json::object();
};

class UserRepository
{
public:
    virtual ~UserRepository() = default;
    virtual std::optional<StoredUser> findByUsername(const std::string &username) = 0;
    virtual std::optional<StoredUser> findById(const std::string &id) = 0;
    virtual Page<User> list(const PageRequest &request) = 0;
    /// Throws Error(CONFLICT) when the username is taken.
    virtual void insert(const User &user, const std::string &passwordHash) = 0;
    virtual void update(const User &user) = 0;
    virtual void setPassword(const std::string &id, const std::string &passwordHash, TimePoint at) = 0;
    virtual void recordLogin(const std::string &id, TimePoint at) = 0;
    virtual std::int64_t countAdmins() = 0;
};

class TokenRepository
{
public:
    virtual ~TokenRepository() = default;
    virtual void insertRefresh(const RefreshTokenRecord &record) = 0;
    virtual std::optional<RefreshTokenRecord> findRefresh(const std::string &tokenHash) = 0;
    /// Marks a token used; false when it was already used or revoked (so only one caller can rotate it).
    virtual bool markUsed(const std::string &id, TimePoint at) = 0;
    virtual void revokeFamily(const std::string &familyId, TimePoint at) = 0;
    virtual void revokeUser(const std::string &userId, TimePoint at) = 0;
    virtual void revokeAccess(const std::string &jti, TimePoint expiresAt) = 0;
    virtual bool isAccessRevoked(const std::string &jti) = 0;
    /// Refuses every access token of @p userId issued before @p notBefore; the record may be dropped after
    /// @p expiresAt, when all such tokens have expired anyway.
    virtual void cutOffAccess(const std::string &userId, TimePoint notBefore, TimePoint expiresAt) = 0;
    /// Every live cut-off: user id and the instant before which their access tokens are refused.
    virtual std::vector<std::pair<std::string, TimePoint>> accessCutoffs() = 0;
    /// Every unexpired revoked access token id with its expiry.
    virtual std::vector<std::pair<std::string, TimePoint>> revokedAccess() = 0;
};

class EventRepository
{
public:
    virtual ~EventRepository() = default;
    virtual void insert(const Event &event) = 0;
    /// forUpdate locks the row until the unit of work ends (MySQL; SQLite has a single writer anyway).
    virtual std::optional<Event> find(const std::string &id, bool forUpdate = false) = 0;
    virtual std::optional<Event> findByInteractionCode(const std::string &code) = 0;
    /// Writes the event if its stored updatedAt still equals expectedUpdatedAt; false otherwise.
    virtual bool update(const Event &event, TimePoint expectedUpdatedAt) = 0;
    virtual bool softDelete(const std::string &id, TimePoint at) = 0;
    virtual Page<Event> list(const EventQuery &query) = 0;
};

class AttendeeRepository
{
public:
    virtual ~AttendeeRepository() = default;
    virtual void insert(const Attendee &attendee, std::optional<std::int64_t> waitlistSeq) = 0;
    virtual std::optional<Attendee> find(const std::string &eventId, const std::string &id) = 0;
    virtual std::optional<Attendee> findByCode(const std::string &code) = 0;
    virtual std::optional<Attendee> findActiveByOpenid(const std::string &eventId,
                                                       const std::string &openid) = 0;
    virtual Page<Attendee> list(const std::string &eventId, const AttendeeQuery &query) = 0;
    /// All attendees of an event in registration order (for export).
    virtual std::vector<Attendee> all(const std::string &eventId) = 0;
    virtual void update(const Attendee &attendee, std::optional<std::int64_t> waitlistSeq) = 0;
    /// Kept per event in the same transaction as the rows (not summed over them): a registration's cost
    /// does not grow with the event.
    virtual EventCounts counts(const std::string &eventId) = 0;
    /// How many parties wait (the next one's position is this plus one).
    virtual std::int64_t waitlistedParties(const std::string &eventId) = 0;
    /// The earliest waiting party of at most `maxPartySize` places, found by index seeks (one per party
    /// size) rather than by walking the list.
    virtual std::optional<Attendee> firstWaitlistedFitting(const std::string &eventId,
                                                           std::int64_t maxPartySize) = 0;
    /// Offers of any event whose offerExpiresAt is at or before `now`, oldest first.
    virtual std::vector<Attendee> expiredOffers(TimePoint now, int limit) = 0;
    /// The stored waiting-list sequence number of an attendee (kept across updates by passing it back).
    virtual std::optional<std::int64_t> waitlistSeq(const std::string &id) = 0;
    virtual std::int64_t nextWaitlistSeq(const std::string &eventId) = 0;
};

class MediaRepository
{
public:
    virtual ~MediaRepository() = default;
    virtual void insert(const StoredMedia &media, const std::string &createdBy) = 0;
    virtual std::optional<StoredMedia> find(const std::string &id) = 0;
    virtual std::optional<StoredMedia> findBySha256(const std::string &sha256) = 0;
};

class ArticleRepository
{
public:
    virtual ~ArticleRepository() = default;
    virtual void insert(const Article &article) = 0;
    virtual std::optional<Article> find(const std::string &id) = 0;
    virtual bool update(const Article &article, TimePoint expectedUpdatedAt) = 0;
    virtual bool softDelete(const std::string &id, TimePoint at) = 0;
    virtual Page<Article> list(const ArticleQuery &query) = 0;
    /// Adds buffered views: to the total and to the per-minute bucket.
    virtual void addViews(const std::string &id, const std::string &minute, std::int64_t views) = 0;
    virtual std::vector<MinuteCount> viewsPerMinute(const std::string &from, const std::string &to) = 0;
};

class SurveyRepository
{
public:
    virtual ~SurveyRepository() = default;
    virtual void insert(const Survey &survey) = 0;
    /// The survey with totalResponses filled in.
    virtual std::optional<Survey> find(const std::string &id) = 0;
    virtual bool update(const Survey &survey, TimePoint expectedUpdatedAt) = 0;
    virtual bool softDelete(const std::string &id, TimePoint at) = 0;
    virtual Page<Survey> list(const SurveyQuery &query) = 0;
    /// Whether the respondent answered the survey (any question of a presenter-paced one).
    virtual bool hasResponded(const std::string &surveyId, const std::string &respondent) = 0;
    /// Who answered the survey (a respondent once per scope answered), at most `limit` of them.
    virtual std::vector<std::string> respondentsOf(const std::string &surveyId, std::size_t limit) = 0;
    /// Whether the respondent answered in `scope` ("" for the whole survey, else a question id).
    virtual bool
    hasRespondedIn(const std::string &surveyId, const std::string &scope, const std::string &respondent) = 0;
    /// Which of `respondents` already answered the survey in `scope`.
    virtual std::vector<std::string> respondedAmong(const std::string &surveyId,
                                                    const std::string &scope,
                                                    const std::vector<std::string> &respondents) = 0;
    /// Adds to a quiz player's score (creating the row; the display name is updated).
    virtual void addScore(const std::string &surveyId, const QuizScore &delta, TimePoint at) = 0;
    /// The best `limit` players (score, then correct answers, then who got there first) and how many there
    /// are.
    virtual std::vector<QuizScore> leaderboard(const std::string &surveyId, std::size_t limit) = 0;
    virtual std::int64_t playerCount(const std::string &surveyId) = 0;
    virtual std::optional<QuizScore> scoreOf(const std::string &surveyId, const std::string &respondent) = 0;
    /// How many players have a higher score than `score`.
    virtual std::int64_t countAbove(const std::string &surveyId, std::int64_t score) = 0;
    virtual void insertResponse(const SurveyResponse &response) = 0;
    /// Many at once (a group commit's batch): a statement per many rows instead of one per row.
    virtual void insertResponses(const std::vector<SurveyResponse> &responses) = 0;
    /// Adds to the stored counters (creating missing ones).
    virtual void addToTally(const std::string &surveyId, const SurveyTally::Counters &deltas) = 0;
    virtual SurveyTally::Counters tally(const std::string &surveyId) = 0;
    virtual std::vector<SurveyResponse> responses(const std::string &surveyId) = 0;
    virtual std::int64_t responseCount(const std::string &surveyId) = 0;
};

/// Counts for analytics, per minute between two ISO times ("from" inclusive, "to" exclusive).
class AnalyticsRepository
{
public:
    virtual ~AnalyticsRepository() = default;
    virtual std::vector<MinuteCount>
    registrations(const std::string &eventId, const std::string &from, const std::string &to) = 0;
    virtual std::vector<MinuteCount>
    checkIns(const std::string &eventId, const std::string &from, const std::string &to) = 0;
    /// Responses to the event's surveys (all surveys when eventId is empty).
    virtual std::vector<MinuteCount>
    responses(const std::string &eventId, const std::string &from, const std::string &to) = 0;
    virtual std::int64_t countRegistrations(const std::string &from, const std::string &to) = 0;
    virtual std::int64_t countCheckIns(const std::string &from, const std::string &to) = 0;
    virtual std::int64_t countResponses(const std::string &from, const std::string &to) = 0;
    virtual std::int64_t countViews(const std::string &from, const std::string &to) = 0;
    virtual std::map<std::string, std::int64_t> eventsByStatus() = 0;
};

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    virtual void append(const AuditEntry &entry) = 0;
    virtual std::vector<AuditEntry> forEntity(const std::string &entityType, const std::string &entityId) = 0;
};

class DrawRepository
{
public:
    virtual ~DrawRepository() = default;
    /// Stores a new draw with its pool (attendee ids, canonical order) and its secret seed (hex).
    virtual void insert(const Draw &draw, const std::vector<std::string> &poolIds) = 0;
    /// The draw with its seed (hex) whatever its state: callers decide what to show. forUpdate locks the
    /// row until the unit of work ends (MySQL; SQLite has a single writer anyway).
    virtual std::optional<Draw> find(const std::string &id, bool forUpdate = false) = 0;
    virtual std::vector<std::string> poolIds(const std::string &id) = 0;
    /// The event's draws, oldest first.
    virtual std::vector<Draw> forEvent(const std::string &eventId) = 0;
    /// Writes state, picks, winners, replaced and runAt if the stored draw still has `expectedState` and
    /// `expectedPicks`; false otherwise (someone else ran or redrew it first).
    virtual bool update(const Draw &draw, DrawState expectedState, std::int64_t expectedPicks) = 0;
};

/// Where a job is in its life. Stored and sent as "queued", "running", "done", "dead".
enum class JobState
{
    Queued,
    Running,
    Done,
    Dead,
};

std::string_view toString(JobState state);
/// Nothing for text that names no state (a bad `?state=`, a row written by something else).
std::optional<JobState> jobStateFromString(std::string_view text);

/// A durable background job (wechat tagging, template messages...).
struct Job
{
    std::string id;
    std::string kind;
    nlohmann::json payload = nlohmann::json::object();
    JobState state = JobState::Queued;
    std::int64_t attempts = 0;
    std::int64_t maxAttempts = 8;
    TimePoint nextRunAt{};
    std::string lastError;
    std::string lockedBy;
    std::optional<TimePoint> lockedUntil;
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

struct JobQuery : PageRequest
{
    std::optional<JobState> state;
    std::optional<std::string> kind;
};

class JobRepository
{
public:
    virtual ~JobRepository() = default;
    virtual void insert(const Job &job) = 0;
    /// Many at once (a group commit's batch), in few statements.
    virtual void insertAll(const std::vector<Job> &jobs) = 0;
    virtual std::optional<Job> find(const std::string &id) = 0;
    virtual Page<Job> list(const JobQuery &query) = 0;
    /// Ids of jobs a worker may claim at `now`: queued and due, or running with an expired lock.
    virtual std::vector<std::string> claimable(TimePoint now, int limit) = 0;
    /// Marks one claimable job running for `worker` until `lockedUntil` and counts the attempt; false when
    /// another worker got it first (the UPDATE matched no row).
    virtual bool
    claim(const std::string &id, const std::string &worker, TimePoint lockedUntil, TimePoint now) = 0;
    /// Done, if `worker` still holds the job.
    virtual bool complete(const std::string &id, const std::string &worker, TimePoint now) = 0;
    /// Back to queued at nextRunAt, or dead when nextRunAt is empty; only if `worker` still holds it.
    virtual bool fail(const std::string &id,
                      const std::string &worker,
                      const std::string &error,
                      std::optional<TimePoint> nextRunAt,
                      TimePoint now) = 0;
    /// A dead (or queued) job queued again to run now with its attempts reset; false otherwise.
    virtual bool requeue(const std::string &id, TimePoint now) = 0;
    virtual std::map<std::string, std::int64_t> countByState() = 0;
    virtual std::optional<TimePoint> oldestQueued() = 0;
};

/// An outgoing webhook: a URL subscribed to event types, with the secret its deliveries are signed with.
struct Webhook
{
    std::string id;
    std::string url;
    std::vector<std::string> events;
    std::string secret;
    bool active = true;
    std::string createdBy;
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

/// One event sent (or to be sent) to one webhook. state: pending, delivered, failed (gave up).
struct WebhookDelivery
{
    std::string id;
    std::string webhookId;
    std::string eventId; ///< the body's id: the same for every webhook that receives the event
    std::string eventType;
    std::string body; ///< the exact JSON that is signed and sent
    std::string state = "pending";
    std::int64_t attempts = 0;
    std::optional<std::int64_t> lastStatus;
    std::string lastError;
    std::optional<TimePoint> nextAttemptAt;
    std::optional<TimePoint> deliveredAt;
    TimePoint seriesStartedAt{}; ///< when the current series of attempts began (creation or redelivery)
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

class WebhookRepository
{
public:
    virtual ~WebhookRepository() = default;
    virtual void insert(const Webhook &webhook) = 0;
    /// A webhook that is not deleted.
    virtual std::optional<Webhook> find(const std::string &id) = 0;
    virtual Page<Webhook> list(const PageRequest &request) = 0;
    /// Every webhook that is not deleted (the caller filters by event type).
    virtual std::vector<Webhook> subscribers() = 0;
    virtual bool softDelete(const std::string &id, TimePoint at) = 0;
    virtual void insertDelivery(const WebhookDelivery &delivery) = 0;
    virtual std::optional<WebhookDelivery> findDelivery(const std::string &id) = 0;
    /// Newest first.
    virtual Page<WebhookDelivery> deliveries(const std::string &webhookId, const PageRequest &request) = 0;
    virtual void updateDelivery(const WebhookDelivery &delivery) = 0;
};

/// A parameter QR code made for an event, article or survey.
struct StoredQrCode
{
    std::string objectType; ///< "event", "article", "survey"
    std::string objectId;
    std::string content;
    std::optional<std::string> ticket;
    std::string scene;
    std::optional<TimePoint> expiresAt;
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

/// A de-duplication entry of the WeChat webhook.
struct DedupEntry
{
    bool claimed = false;             ///< true: this caller inserted it and must do the work
    std::optional<std::string> reply; ///< the stored reply of the first delivery, once it finished
};

/// One key a batch of webhook messages claims (see WeChatRepository::claimDedups).
struct DedupClaim
{
    std::string key;
    TimePoint expiresAt{};
    std::optional<std::string> reply;
};

class WeChatRepository
{
public:
    virtual ~WeChatRepository() = default;
    /// Inserts or updates a follower; empty unionid/nickname/avatar/language keep the stored values.
    virtual void upsertUser(const WeChatUser &user) = 0;
    /// upsertUser for many, in order (a later row for the same follower wins), in few statements.
    virtual void upsertUsers(const std::vector<WeChatUser> &users) = 0;
    virtual std::optional<WeChatUser> findUser(const std::string &openid) = 0;
    virtual void insertInteraction(const Interaction &interaction) = 0;
    /// Many at once (a group commit's batch): a statement per many rows instead of one per row.
    virtual void insertInteractions(const std::vector<Interaction> &interactions) = 0;
    virtual std::vector<Interaction> interactions(const std::string &openid) = 0;
    virtual std::int64_t countInteractions() = 0;
    /// Claims `key` until expiresAt (an expired entry is taken over) with the reply a retry is to get, or
    /// returns the existing entry.
    virtual DedupEntry claimDedup(const std::string &key,
                                  TimePoint expiresAt,
                                  TimePoint now,
                                  const std::optional<std::string> &reply) = 0;
    /// claimDedup for a batch, in order, in few statements: an entry per claim. A key repeated in the batch
    /// is claimed by its first claim only; the later ones get that claim's reply.
    virtual std::vector<DedupEntry> claimDedups(const std::vector<DedupClaim> &claims, TimePoint now) = 0;
    virtual std::int64_t purgeDedup(TimePoint now) = 0;
    virtual void saveQrCode(const StoredQrCode &code) = 0;
    virtual std::optional<StoredQrCode> findQrCode(const std::string &objectType,
                                                   const std::string &objectId) = 0;
    /// Sets the qr_code_url column of an event or article (surveys have none).
    virtual void
    setObjectQrUrl(const std::string &objectType, const std::string &objectId, const std::string &url) = 0;
};

/// A check-in list (gate) of an event with its counters: accepted entry and exit scans, and people inside.
struct CheckinList
{
    std::string id;
    std::string eventId;
    std::string name;
    bool allowReentry = false;
    bool requiresConfirmation = false;
    bool isDefault = false; ///< the event's "Main entrance"
    std::int64_t entered = 0;
    std::int64_t exited = 0;
    std::int64_t inside = 0;
    TimePoint createdAt{};
};

/// Where one attendee stands at one list.
struct CheckinPresence
{
    std::string listId;
    std::string attendeeId;
    std::string eventId;
    bool inside = false;
    std::int64_t entries = 0;
    std::int64_t exits = 0;
    std::string lastEntryDevice; ///< the device that admitted them last ("" for online staff without one)
    TimePoint updatedAt{};
};

/// One scan at the door, whatever its result (the audit trail with device and list).
struct CheckinScan
{
    std::string id;
    std::string eventId;
    std::string listId;
    std::optional<std::string> attendeeId;
    std::string direction; ///< "entry" or "exit"
    std::string result;    ///< ok, already, conflict, unknown, refused
    std::optional<std::string> nonce;
    std::string deviceId;
    std::string actor;
    std::string method; ///< code, ticket, manual
    TimePoint scannedAt{};
    TimePoint createdAt{};
    nlohmann::json answer = nlohmann::json::object(); ///< what the scan was answered, replayed for its nonce
};

/// A ticket admitted by two devices while (at least one was) offline.
struct CheckinConflict
{
    std::string id;
    std::string eventId;
    std::string listId;
    std::string attendeeId;
    std::string scanId;
    std::string deviceId;
    std::string otherDeviceId;
    std::optional<std::string> nonce;
    TimePoint scannedAt{};
    TimePoint createdAt{};
};

/// An event's Ed25519 ticket-signing key pair (raw libsodium bytes).
struct SigningKey
{
    std::string kid;
    std::string eventId;
    std::string publicKey; ///< 32 bytes
    std::string secretKey; ///< 64 bytes
    TimePoint createdAt{};
};

/// A door device's bearer token, scoped to one event (and optionally one list); only its hash is stored.
struct DoorToken
{
    std::string id;
    std::string eventId;
    std::optional<std::string> listId;
    std::string name;
    std::string tokenHash;
    std::string createdBy;
    TimePoint createdAt{};
    TimePoint expiresAt{};
    std::optional<TimePoint> revokedAt;
    std::optional<TimePoint> lastUsedAt;
};

/// What a door device needs of one attendee.
struct SnapshotAttendee
{
    std::string id;
    std::string name;
    AttendeeStatus status = AttendeeStatus::Registered;
    std::string checkInCode;
    TimePoint updatedAt{};
};

class CheckinRepository
{
public:
    virtual ~CheckinRepository() = default;
    virtual void insertList(const CheckinList &list) = 0;
    /// The event's lists, the default one first, then in creation order.
    virtual std::vector<CheckinList> lists(const std::string &eventId) = 0;
    virtual std::optional<CheckinList> findList(const std::string &eventId, const std::string &listId) = 0;
    virtual std::optional<CheckinList> defaultList(const std::string &eventId) = 0;
    virtual void addToCounts(const std::string &listId,
                             std::int64_t entered,
                             std::int64_t exited,
                             std::int64_t inside) = 0;
    virtual std::optional<CheckinPresence> presence(const std::string &listId,
                                                    const std::string &attendeeId) = 0;
    /// Inserts or replaces the row of (listId, attendeeId).
    virtual void savePresence(const CheckinPresence &presence) = 0;
    /// The event's presence rows changed at or after `since` (all when absent).
    virtual std::vector<CheckinPresence> presenceSince(const std::string &eventId,
                                                       std::optional<TimePoint> since) = 0;
    /// Distinct attendees inside at any of the event's lists.
    virtual std::int64_t insideCount(const std::string &eventId) = 0;
    virtual std::optional<CheckinScan> findScanByNonce(const std::string &eventId,
                                                       const std::string &nonce) = 0;
    /// Throws Error(CONFLICT) when the nonce was taken meanwhile.
    virtual void insertScan(const CheckinScan &scan) = 0;
    virtual void insertConflict(const CheckinConflict &conflict) = 0;
    virtual std::vector<CheckinConflict> conflicts(const std::string &eventId) = 0;
    /// The event's signing keys, oldest first.
    virtual std::vector<SigningKey> keys(const std::string &eventId) = 0;
    virtual void insertKey(const SigningKey &key) = 0;
    virtual void insertDoorToken(const DoorToken &token) = 0;
    virtual std::optional<DoorToken> findDoorTokenByHash(const std::string &tokenHash) = 0;
    virtual std::vector<DoorToken> doorTokens(const std::string &eventId) = 0;
    /// False when no such unrevoked token of the event exists.
    virtual bool revokeDoorToken(const std::string &eventId, const std::string &id, TimePoint at) = 0;
    virtual void touchDoorToken(const std::string &id, TimePoint at) = 0;
    /// The event's attendees changed at or after `since` (all when absent), for door devices.
    virtual std::vector<SnapshotAttendee> snapshot(const std::string &eventId,
                                                   std::optional<TimePoint> since) = 0;
    /// Marks the attendee changed (their presence changed), so device snapshots pick them up.
    virtual void touchAttendee(const std::string &attendeeId, TimePoint at) = 0;
};

/// The repositories over one connection; a writing unit is one transaction, committed explicitly and rolled
/// back when destroyed uncommitted.
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;
    virtual UserRepository &users() = 0;
    virtual TokenRepository &tokens() = 0;
    virtual EventRepository &events() = 0;
    virtual AttendeeRepository &attendees() = 0;
    virtual AuditRepository &audit() = 0;
    virtual MediaRepository &media() = 0;
    virtual ArticleRepository &articles() = 0;
    virtual SurveyRepository &surveys() = 0;
    virtual AnalyticsRepository &analytics() = 0;
    virtual WeChatRepository &wechat() = 0;
    virtual JobRepository &jobs() = 0;
    virtual CheckinRepository &checkins() = 0;
    virtual DrawRepository &draws() = 0;
    virtual InteractionRepository &interaction() = 0;
    virtual WebhookRepository &webhooks() = 0;
    virtual TeamRepository &teams() = 0;
    virtual void commit() = 0;
};

class Store
{
public:
    virtual ~Store() = default;
    virtual std::unique_ptr<UnitOfWork> read() = 0;
    virtual std::unique_ptr<UnitOfWork> write() = 0;
    virtual bool ping() = 0;
};

} // namespace nextevent::server::app
