// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "server/store/SqlSession.h"
#include "server/store/StatementCache.h"

struct sqlite3;
struct sqlite3_stmt;

namespace nextevent::server::store
{

/// A SQLite connection through SQLite's C API, configured for WAL and foreign keys. Prepared statements
/// are kept per connection (least recently used dropped first): parsing and planning the same SQL again
/// on every call was a fifth of a door scan's CPU through POCO Data, which prepares each statement anew.
class SqliteSession final : public SqlSession
{
public:
    explicit SqliteSession(const std::string &path);
    ~SqliteSession() override;
    SqliteSession(const SqliteSession &) = delete;
    SqliteSession &operator=(const SqliteSession &) = delete;

    std::vector<SqlRow> query(const std::string &sql, const std::vector<SqlValue> &params) override;
    std::size_t execute(const std::string &sql, const std::vector<SqlValue> &params) override;
    void begin() override;
    void commit() override;
    void rollback() override;

    bool usable() const override
    {
        return true;
    }

    void revalidate() override {}

    static constexpr std::size_t statementCacheSize = 192;

private:
    /// The cached statement for `sql`, prepared on first use; reset and with its bindings cleared.
    sqlite3_stmt *prepared(const std::string &sql);
    /// Binds `params`, steps through every row (kept when `rows` is given); returns the changed rows.
    std::size_t run(const std::string &sql, const std::vector<SqlValue> &params, std::vector<SqlRow> *rows);
    [[noreturn]] void fail(int code, const std::string &sql);

    sqlite3 *m_db = nullptr;
    StatementCache<sqlite3_stmt *> m_statements;
};

} // namespace nextevent::server::store
