// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "server/store/SqlSession.h"
#include "server/store/StatementCache.h"

struct st_mysql;
struct st_mysql_stmt;

namespace nextevent::server::store
{

/// A MySQL/MariaDB connection through libmysqlclient's C API. Statements with parameters are
/// prepared once per connection and kept (the binary protocol, values never in SQL text); results are
/// fetched into buffers sized from the rows actually returned, not from the column type's maximum.
class MysqlSession final : public SqlSession
{
public:
    /// Connects; throws Error(UNAVAILABLE) when the server cannot be reached or refuses the login.
    explicit MysqlSession(const DatabaseUrl &url);
    ~MysqlSession() override;
    MysqlSession(const MysqlSession &) = delete;
    MysqlSession &operator=(const MysqlSession &) = delete;

    std::vector<SqlRow> query(const std::string &sql, const std::vector<SqlValue> &params) override;
    std::size_t execute(const std::string &sql, const std::vector<SqlValue> &params) override;
    void begin() override;
    void commit() override;
    void rollback() override;

    bool usable() const override
    {
        return m_mysql != nullptr && !m_broken;
    }

    void revalidate() override;

    /// Prepared statements kept per connection; the least recently used is closed past this.
    static constexpr std::size_t statementCacheSize = 128;

private:
    struct Result
    {
        std::vector<SqlRow> rows;
        std::uint64_t affected = 0;
    };

    void connect();
    void disconnect();
    Result run(const std::string &sql, const std::vector<SqlValue> &params, bool wantRows);
    Result runText(const std::string &sql, bool wantRows);
    Result runPrepared(const std::string &sql, const std::vector<SqlValue> &params, bool wantRows);
    st_mysql_stmt *prepared(const std::string &sql);
    [[noreturn]] void fail(unsigned int code, const std::string &message, const std::string &sql);

    DatabaseUrl m_url;
    st_mysql *m_mysql = nullptr;
    bool m_broken = false;
    bool m_inTransaction = false;
    unsigned int m_lastCode = 0;
    bool m_failedBeforeExecute = false;
    StatementCache<st_mysql_stmt *> m_statements;
};

} // namespace nextevent::server::store
