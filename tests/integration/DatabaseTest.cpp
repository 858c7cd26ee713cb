// SPDX-License-Identifier: MIT
// The storage layer's drivers on both dialects: values round-trip exactly (NULL, integers, long and
// non-ASCII text), UPDATE counts matched rows, unique violations become CONFLICT, and a MariaDB
// connection the server dropped is replaced without failing the next request.
#include "server/store/Database.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "nextevent/Error.h"

#include "TestServer.h"
#include "server/store/MysqlSession.h"
#include "server/store/SqliteSession.h"

namespace nextevent::test
{
namespace
{
using server::store::Connection;
using server::store::Database;
using server::store::DatabaseUrl;
using server::store::Dialect;
using server::store::SqlValue;

class Storage : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        database = std::make_unique<Database>(DatabaseUrl::parse(m_db->url()), 4);
        const bool mysql = database->dialect() == Dialect::MySQL;
        database->connect().execute(
            std::string("CREATE TABLE probe (id VARCHAR(36) PRIMARY KEY, n BIGINT NULL, ") +
            (mysql ? "body MEDIUMTEXT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
                   : "body TEXT NULL)"));
    }

    void TearDown() override
    {
        database.reset();
        m_db.reset();
    }

    std::unique_ptr<Database> database;

private:
    std::unique_ptr<TestDatabase> m_db;
};

TEST_P(Storage, ValuesRoundTripExactly)
{
    auto c = database->connect();
    std::string large(3 * 1024 * 1024 + 7, 'x');
    for (std::size_t i = 0; i < large.size(); i += 4096)
        large[i] = static_cast<char>('a' + (i / 4096) % 26);
    const std::string chinese = "活动签到 — 欢迎 🎉";
    c.execute("INSERT INTO probe (id, n, body) VALUES (?, ?, ?)",
              {std::string("a"), std::int64_t{-9007199254740993}, large});
    c.execute("INSERT INTO probe (id, n, body) VALUES (?, ?, ?)", {std::string("b"), nullptr, chinese});
    c.execute("INSERT INTO probe (id, n, body) VALUES (?, ?, ?)",
              {std::string("c"), std::int64_t{0}, std::string()});
    c.execute("INSERT INTO probe (id, n, body) VALUES (?, ?, ?)",
              {std::string("d"), std::int64_t{7}, nullptr});

    const auto rows =
        c.query("SELECT id, n, body FROM probe WHERE id <> ? ORDER BY id", {std::string("none")});
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].integer(1), -9007199254740993);
    EXPECT_EQ(rows[0].text(2), large); // longer than any buffer sized before the rows were seen
    EXPECT_TRUE(rows[1].isNull(1));
    EXPECT_EQ(rows[1].text(2), chinese);
    EXPECT_FALSE(rows[2].isNull(2));
    EXPECT_EQ(rows[2].text(2), "");
    EXPECT_TRUE(rows[3].isNull(2));

    // The same statement again, now kept prepared: the short values are not padded by the long one.
    const auto again = c.query("SELECT id, n, body FROM probe WHERE id <> ? ORDER BY id", {std::string("a")});
    ASSERT_EQ(again.size(), 3u);
    EXPECT_EQ(again[0].text(2), chinese);

    const auto aggregate =
        c.query("SELECT COUNT(*), SUM(n) FROM probe WHERE n IS NOT NULL AND id <> ?", {std::string("a")});
    EXPECT_EQ(aggregate.at(0).integer(0), 2);
    EXPECT_EQ(aggregate.at(0).integer(1), 7);
}

TEST_P(Storage, UpdateCountsMatchedRowsOnBothDialects)
{
    auto c = database->connect();
    c.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("a"), std::int64_t{1}});
    // Setting the value it already has still matches the row (services read 0 as "not found").
    EXPECT_EQ(c.execute("UPDATE probe SET n = ? WHERE id = ?", {std::int64_t{1}, std::string("a")}), 1u);
    EXPECT_EQ(c.execute("UPDATE probe SET n = ? WHERE id = ?", {std::int64_t{1}, std::string("zz")}), 0u);
}

TEST_P(Storage, UniqueViolationIsConflictAndChangesNothing)
{
    auto c = database->connect();
    c.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("a"), std::int64_t{1}});
    try
    {
        c.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("a"), std::int64_t{2}});
        FAIL() << "duplicate key accepted";
    }
    catch (const Error &e)
    {
        EXPECT_EQ(e.code(), ErrorCode::Conflict);
    }
    EXPECT_EQ(c.query("SELECT n FROM probe WHERE id = ?", {std::string("a")}).at(0).integer(0), 1);
}

TEST_P(Storage, RolledBackTransactionLeavesNothing)
{
    {
        server::store::Transaction tx(*database);
        tx.connection().execute("INSERT INTO probe (id, n) VALUES (?, ?)",
                                {std::string("a"), std::int64_t{1}});
    }
    {
        server::store::Transaction tx(*database);
        tx.connection().execute("INSERT INTO probe (id, n) VALUES (?, ?)",
                                {std::string("b"), std::int64_t{2}});
        tx.commit();
    }
    const auto rows = database->connect().query("SELECT id FROM probe ORDER BY id");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].text(0), "b");
}

TEST_P(Storage, ManyDistinctStatementsOnOneConnection)
{
    // More distinct statements than a connection keeps prepared: old ones are closed, not leaked, and
    // each still answers correctly when it comes back.
    auto c = database->connect();
    c.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("a"), std::int64_t{5}});
    const std::size_t distinct = std::max(server::store::MysqlSession::statementCacheSize,
                                          server::store::SqliteSession::statementCacheSize) +
                                 40;
    for (int round = 0; round < 2; ++round)
        for (std::size_t i = 0; i < distinct; ++i)
        {
            const auto rows =
                c.query("SELECT n + " + std::to_string(i) + " FROM probe WHERE id = ?", {std::string("a")});
            ASSERT_EQ(rows.at(0).integer(0), static_cast<std::int64_t>(5 + i));
        }
}

TEST_P(Storage, KeptStatementsHoldNoSnapshotBetweenCalls)
{
    // A prepared statement kept for reuse is reset after each call: a connection that read before another
    // one wrote sees the write on its next read, and the writer is not blocked by the reader's statement.
    auto reader = database->connect();
    auto writer = database->connect();
    const std::string count = "SELECT COUNT(*) FROM probe";
    ASSERT_EQ(reader.query(count).at(0).integer(0), 0);
    writer.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("w"), std::int64_t{1}});
    EXPECT_EQ(reader.query(count).at(0).integer(0), 1);
}

TEST_P(Storage, OneStatementPerCallOtherwiseNothingRuns)
{
    auto c = database->connect();
    try
    {
        c.execute("INSERT INTO probe (id) VALUES ('x'); INSERT INTO probe (id) VALUES ('y')");
        FAIL() << "two statements in one call ran";
    }
    catch (const Error &e)
    {
        EXPECT_EQ(e.code(), ErrorCode::Internal);
    }
    EXPECT_EQ(c.query("SELECT COUNT(*) FROM probe").at(0).integer(0), 0);
}

TEST_P(Storage, SqliteLogIsCheckpointedByTheCheckpointNotByCommits)
{
    if (database->dialect() != Dialect::SQLite)
        GTEST_SKIP() << "SQLite's write-ahead log";
    // Commits leave the log to the checkpoint, so no request pays for copying it into the database file:
    // 4 MB committed (past SQLite's own threshold of 1,000 pages) and the file has not grown until then.
    database->checkpoint();
    const auto fileSize = [&]
    {
        return std::filesystem::file_size(database->url().path);
    };
    const auto before = fileSize();
    const std::string body(4096, 'b');
    for (int i = 0; i < 1000; ++i)
        database->connect().execute("INSERT INTO probe (id, n, body) VALUES (?, ?, ?)",
                                    {std::string("k") + std::to_string(i), std::int64_t{i}, body});
    EXPECT_EQ(fileSize(), before);
    database->checkpoint();
    EXPECT_GT(fileSize(), before + 4000 * 1000);
    EXPECT_EQ(database->connect().query("SELECT SUM(n) FROM probe").at(0).integer(0), 999 * 1000 / 2);
}

TEST_P(Storage, ConnectionDroppedByTheServerIsReplaced)
{
    if (database->dialect() != Dialect::MySQL)
        GTEST_SKIP() << "a SQLite file has no server to drop the connection";
    std::string victim;
    {
        auto c = database->connect();
        victim = c.query("SELECT CONNECTION_ID()").at(0).text(0);
        c.execute("INSERT INTO probe (id, n) VALUES (?, ?)", {std::string("a"), std::int64_t{1}});
    }
    // Another connection kills the pooled one, as a server restart or wait_timeout would.
    {
        auto first = database->connect();
        auto other = database->connect();
        const std::string otherId = other.query("SELECT CONNECTION_ID()").at(0).text(0);
        auto &killer = otherId == victim ? first : other;
        killer.execute("KILL CONNECTION " + victim);
    }
    // Every pooled connection is asked in turn; none may fail the caller.
    for (int i = 0; i < 6; ++i)
    {
        auto c = database->connect();
        EXPECT_EQ(c.query("SELECT n FROM probe WHERE id = ?", {std::string("a")}).at(0).integer(0), 1);
    }
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, Storage, ::testing::Values("sqlite", "mysql"), backendName);

} // namespace nextevent::test
