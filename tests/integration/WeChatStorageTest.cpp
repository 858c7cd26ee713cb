// SPDX-License-Identifier: MIT
// The webhook writer's batch statements on both dialects: a batch of de-duplication claims decides each
// key as one claim at a time would (new, stored, expired, repeated in the batch), a claim raced by another
// instance's insert is found and decided on its own, and followers are upserted many at once with the
// later row winning and unknown fields kept.
#include <memory>

#include <gtest/gtest.h>

#include "nextevent/Time.h"
#include "nextevent/WeChatUser.h"

#include "TestServer.h"
#include "server/store/Database.h"
#include "server/store/Migrator.h"
#include "server/store/SqlStore.h"

namespace nextevent::test
{
namespace
{
using server::app::DedupClaim;
using server::app::DedupEntry;
using server::store::Database;
using server::store::DatabaseUrl;

class WeChatStorage : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<TestDatabase>(GetParam());
        NEXTEVENT_REQUIRE_DATABASE(*m_db);
        m_database = std::make_shared<Database>(DatabaseUrl::parse(m_db->url()), 8);
        server::store::Migrator(*m_database).migrate();
        store = std::make_unique<server::store::SqlStore>(m_database);
    }

    void TearDown() override
    {
        store.reset();
        m_database.reset();
        m_db.reset();
    }

    std::vector<DedupEntry> claim(const std::vector<DedupClaim> &claims)
    {
        auto unit = store->write();
        auto entries = unit->wechat().claimDedups(claims, now);
        unit->commit();
        return entries;
    }

    /// The reply stored for `key`, or "(none)" without an entry.
    std::string storedReply(const std::string &key)
    {
        const auto entry = store->write()->wechat().claimDedup(key, now, now, std::string("probe"));
        if (entry.claimed)
            return "(none)";
        return entry.reply.value_or("(null)");
    }

    const TimePoint now = parseIso8601("2030-05-01T09:00:00Z").value();
    const TimePoint later = now + std::chrono::hours(1);
    std::unique_ptr<server::store::SqlStore> store;

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<Database> m_database;
};

TEST_P(WeChatStorage, ABatchOfClaimsDecidesEachKeyAsSingleClaimsWould)
{
    // Stored before the batch: one still protecting its message, one expired long ago.
    {
        auto unit = store->write();
        ASSERT_TRUE(unit->wechat().claimDedup("live", later, now, std::string("<xml>first</xml>")).claimed);
        ASSERT_TRUE(
            unit->wechat().claimDedup("stale", now - std::chrono::hours(1), now, std::nullopt).claimed);
        unit->commit();
    }
    std::vector<DedupClaim> claims{{"new-a", later, std::string("<xml>a</xml>")},
                                   {"live", later, std::string("<xml>retry</xml>")},
                                   {"stale", later, std::string("<xml>stale</xml>")},
                                   {"new-b", later, std::nullopt},
                                   {"new-a", later, std::string("<xml>again</xml>")},
                                   {"new-b", later, std::string("<xml>b2</xml>")}};
    const auto entries = claim(claims);
    ASSERT_EQ(entries.size(), claims.size());
    EXPECT_TRUE(entries[0].claimed);
    EXPECT_FALSE(entries[1].claimed);
    EXPECT_EQ(entries[1].reply, std::optional<std::string>("<xml>first</xml>"));
    EXPECT_TRUE(entries[2].claimed) << "an expired entry is taken over";
    EXPECT_TRUE(entries[3].claimed);
    EXPECT_FALSE(entries[4].claimed) << "a key repeated in the batch is claimed once";
    EXPECT_EQ(entries[4].reply, std::optional<std::string>("<xml>a</xml>"));
    EXPECT_FALSE(entries[5].claimed);
    EXPECT_EQ(entries[5].reply, std::nullopt) << "the first claim answered \"success\"";

    EXPECT_EQ(storedReply("new-a"), "<xml>a</xml>");
    EXPECT_EQ(storedReply("stale"), "<xml>stale</xml>");
    EXPECT_EQ(storedReply("new-b"), "(null)");
    EXPECT_EQ(storedReply("live"), "<xml>first</xml>");

    // The same batch again: everything is a duplicate now, with the replies of the first.
    const auto again = claim(claims);
    for (std::size_t i = 0; i < again.size(); ++i)
        EXPECT_FALSE(again[i].claimed) << claims[i].key;
    EXPECT_EQ(again[0].reply, std::optional<std::string>("<xml>a</xml>"));
    EXPECT_EQ(claim({}).size(), 0u);
}

TEST_P(WeChatStorage, AClaimAnotherInstanceInsertedAfterOurReadIsFoundAndDecidedAlone)
{
    if (GetParam() == "sqlite")
        GTEST_SKIP() << "SQLite has one writer at a time; nothing can insert between the read and the insert";
    // Our batch's transaction reads first (its snapshot is taken), then another instance claims "raced" and
    // commits: our read does not see that row, our insert ignores it.
    auto ours = store->write();
    EXPECT_FALSE(ours->wechat().findUser("nobody"));
    {
        auto theirs = store->write();
        ASSERT_TRUE(
            theirs->wechat().claimDedup("raced", later, now, std::string("<xml>theirs</xml>")).claimed);
        theirs->commit();
    }
    const auto entries = ours->wechat().claimDedups(
        {{"mine-1", later, std::nullopt}, {"raced", later, std::nullopt}, {"mine-2", later, std::nullopt}},
        now);
    ours->commit();
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_TRUE(entries[0].claimed);
    EXPECT_FALSE(entries[1].claimed) << "the other instance claimed it first";
    EXPECT_EQ(entries[1].reply, std::optional<std::string>("<xml>theirs</xml>"));
    EXPECT_TRUE(entries[2].claimed);
    EXPECT_EQ(storedReply("mine-1"), "(null)");
    EXPECT_EQ(storedReply("mine-2"), "(null)");
}

TEST_P(WeChatStorage, FollowersAreUpsertedManyAtOnceTheLaterRowWinning)
{
    WeChatUser known;
    known.openid = "o-known";
    known.nickname = "Lin";
    known.language = "zh_CN";
    known.subscribed = true;
    known.createdAt = known.updatedAt = now;
    {
        auto unit = store->write();
        unit->wechat().upsertUser(known);
        unit->commit();
    }
    std::vector<WeChatUser> batch;
    for (int i = 0; i < 40; ++i) // more than one statement's rows
    {
        WeChatUser u;
        u.openid = "o-" + std::to_string(i);
        u.subscribed = true;
        u.subscribedAt = now;
        u.createdAt = u.updatedAt = now;
        batch.push_back(u);
    }
    WeChatUser scanned = known; // a message tells nothing of the nickname or language
    scanned.nickname.clear();
    scanned.language.clear();
    scanned.updatedAt = later;
    batch.push_back(scanned);
    WeChatUser left = batch[3]; // subscribed, then unsubscribed in the same batch
    left.subscribed = false;
    left.updatedAt = later;
    batch.push_back(left);
    {
        auto unit = store->write();
        unit->wechat().upsertUsers(batch);
        unit->commit();
    }
    auto read = store->read();
    for (int i = 0; i < 40; ++i)
        EXPECT_TRUE(read->wechat().findUser("o-" + std::to_string(i))) << i;
    const auto kept = read->wechat().findUser("o-known");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->nickname, "Lin");
    EXPECT_EQ(kept->language, "zh_CN");
    EXPECT_EQ(kept->updatedAt, later);
    const auto gone = read->wechat().findUser("o-3");
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->subscribed);
    EXPECT_EQ(gone->subscribedAt, std::optional<TimePoint>(now));
}

INSTANTIATE_TEST_SUITE_P(Backends, WeChatStorage, ::testing::Values("sqlite", "mysql"), backendName);

} // namespace
} // namespace nextevent::test
