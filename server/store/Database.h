// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>
#include <variant>
#include <vector>

namespace nextevent::server::store
{

enum class Dialect
{
    SQLite,
    MySQL
};

/// A bound statement parameter. Only prepared statements reach the database: values never enter SQL text.
using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

/// One result row; every column is text or NULL, which keeps both dialects' drivers alike.
class SqlRow
{
public:
    explicit SqlRow(std::vector<std::optional<std::string>> columns);

    bool isNull(std::size_t column) const;
    const std::string &text(std::size_t column) const; ///< "" for NULL
    std::optional<std::string> optionalText(std::size_t column) const;
    std::int64_t integer(std::size_t column) const; ///< 0 for NULL
    std::optional<std::int64_t> optionalInteger(std::size_t column) const;

private:
    std::vector<std::optional<std::string>> m_columns;
};

/// Where the data lives: sqlite:PATH or mysql://user:pass@host:port/db.
struct DatabaseUrl
{
    Dialect dialect = Dialect::SQLite;
    std::string path; ///< SQLite file
    std::string host = "127.0.0.1";
    int port = 3306;
    std::string user;
    std::string password;
    std::string database;

    /// Throws std::invalid_argument with a readable reason for a malformed URL.
    static DatabaseUrl parse(const std::string &url);

    /// The URL with the password masked, for logs.
    std::string redacted() const;
};

class Database;
class SqlSession;

/// A pooled session, returned to the pool on destruction.
class Connection
{
public:
    Connection(Database &database, std::unique_ptr<SqlSession> session);
    ~Connection();
    Connection(Connection &&) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    std::vector<SqlRow> query(const std::string &sql, const std::vector<SqlValue> &params = {});
    /// Returns the number of rows affected.
    std::size_t execute(const std::string &sql, const std::vector<SqlValue> &params = {});

    Dialect dialect() const;

private:
    friend class Transaction;
    Database *m_database;
    std::unique_ptr<SqlSession> m_session;
};

/// A read-write transaction, rolled back on destruction unless committed. On SQLite it holds the
/// process's single-writer lock and starts with BEGIN IMMEDIATE, so writers queue instead of failing
/// with SQLITE_BUSY half-way.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Connection &connection()
    {
        return m_connection;
    }

    void commit();

private:
    Connection m_connection;
    std::unique_lock<std::mutex> m_writeLock;
    bool m_done = false;
};

/// The connection pool for one database. Thread-safe.
class Database
{
public:
    /// Opens the pool; throws Error(UNAVAILABLE) when the database cannot be reached.
    Database(const DatabaseUrl &url, int maxSessions);
    ~Database();

    Dialect dialect() const
    {
        return m_url.dialect;
    }

    const DatabaseUrl &url() const
    {
        return m_url;
    }

    Connection connect();

    /// True when a trivial query succeeds.
    bool ping();

    /// SQLite: copies the write-ahead log into the database file (sessions do not checkpoint on commit);
    /// when the log has grown past `kCheckpointFrames` because writers never paused, once more with the
    /// writers held back so the log can start over. Nothing on MySQL.
    void checkpoint();
    static constexpr std::int64_t kCheckpointFrames = 4096;

    struct PoolStats
    {
        int used = 0;
        int idle = 0;
        int capacity = 0;
        int waiting = 0;
    };

    PoolStats stats() const;

private:
    friend class Transaction;
    friend class Connection;

    std::unique_ptr<SqlSession> open();
    void release(std::unique_ptr<SqlSession> session);

    DatabaseUrl m_url;
    int m_capacity;
    std::mutex m_writeMutex;
    // Sessions beyond the idle ones are opened on demand up to the capacity; callers past it queue on
    // the semaphore (bounded wait) rather than fail.
    std::counting_semaphore<> m_slots;
    std::atomic<int> m_waiting{0};
    mutable std::mutex m_poolMutex;
    std::vector<std::unique_ptr<SqlSession>> m_idle;
    int m_open = 0;
};

/// Translates driver exceptions: unique-key violations to CONFLICT, unreachable to UNAVAILABLE, the rest
/// to INTERNAL (with the driver's text logged, never sent).
[[noreturn]] void rethrowDatabaseError(const std::exception &e, const std::string &sql);

} // namespace nextevent::server::store
