// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "server/store/Database.h"

namespace nextevent::server::store
{

/// One open connection to the database, owned by the pool and lent to one thread at a time.
/// Each dialect has its own driver behind this: SQLite's C API, libmysqlclient directly for
/// MySQL/MariaDB (POCO 1.11's MySQL binding sizes text buffers at the column's maximum, which made
/// every read of a MEDIUMTEXT column cost 50–200× SQLite's time).
class SqlSession
{
public:
    virtual ~SqlSession() = default;

    virtual std::vector<SqlRow> query(const std::string &sql, const std::vector<SqlValue> &params) = 0;
    virtual std::size_t execute(const std::string &sql, const std::vector<SqlValue> &params) = 0;
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    /// False once the connection failed in a way that makes it unusable; the pool then closes it.
    virtual bool usable() const = 0;

    /// Called when the pool lends out a session that has been idle for a while: a session whose
    /// server went away reconnects here rather than failing the request that borrows it.
    virtual void revalidate() = 0;

    std::chrono::steady_clock::time_point idleSince{};
};

} // namespace nextevent::server::store
