// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"
#include "nextevent/User.h"

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
};

struct AttendeeQuery : PageRequest
{
    std::optional<AttendeeStatus> status;
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
    virtual EventCounts counts(const std::string &eventId) = 0;
    virtual std::optional<Attendee> firstWaitlisted(const std::string &eventId) = 0;
    virtual std::int64_t nextWaitlistSeq(const std::string &eventId) = 0;
};

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    virtual void append(const AuditEntry &entry) = 0;
    virtual std::vector<AuditEntry> forEntity(const std::string &entityType, const std::string &entityId) = 0;
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
