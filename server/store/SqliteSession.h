// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "server/store/SqlSession.h"

namespace Poco::Data
{
class Session;
}

namespace nextevent::server::store
{

/// A SQLite connection through POCO Data, configured for WAL and foreign keys.
class SqliteSession final : public SqlSession
{
public:
    explicit SqliteSession(const std::string &path);
    ~SqliteSession() override;

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

private:
    std::unique_ptr<Poco::Data::Session> m_session;
};

} // namespace nextevent::server::store
