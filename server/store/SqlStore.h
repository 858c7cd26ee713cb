// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "server/app/Store.h"
#include "server/store/Database.h"

namespace nextevent::server::store
{

/// The one SQL implementation of the storage interfaces, for SQLite and MySQL alike.
class SqlStore : public app::Store
{
public:
    explicit SqlStore(std::shared_ptr<Database> database);

    std::unique_ptr<app::UnitOfWork> read() override;
    std::unique_ptr<app::UnitOfWork> write() override;
    bool ping() override;

    Database &database()
    {
        return *m_database;
    }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace nextevent::server::store
