// SPDX-License-Identifier: MIT
// The draw algorithm (nextevent/Draw.h with the server's libsodium hasher) against vectors computed
// independently by draw_vectors.py (Python hashlib/hmac) in this folder; run it to re-check the constants.
#include <algorithm>
#include <cstdio>

#include <gtest/gtest.h>

#include "nextevent/Draw.h"

#include "server/app/DrawService.h"

using namespace nextevent;

namespace
{
const DrawHasher &hasher()
{
    return server::app::DrawService::hasher();
}

std::string seedBytes()
{
    return *fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

std::vector<std::string> samplePool()
{
    return {"c3d4e5f6-0000-4000-8000-000000000003",
            "a1b2c3d4-0000-4000-8000-000000000001",
            "f0e1d2c3-0000-4000-8000-000000000006",
            "0a0b0c0d-0000-4000-8000-000000000000",
            "b2c3d4e5-0000-4000-8000-000000000002",
            "e5f6a7b8-0000-4000-8000-000000000005",
            "d4e5f6a7-0000-4000-8000-000000000004",
            "Z-upper-sorts-before-lower"};
}
} // namespace

TEST(DrawAlgorithm, CommitmentIsSha256OfTheSeedBytes)
{
    EXPECT_EQ(toHex(hasher().sha256(seedBytes())),
              "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
}

TEST(DrawAlgorithm, PoolIsSortedInByteOrderAndHashedJoinedByNewlines)
{
    auto pool = samplePool();
    pool.push_back("a1b2c3d4-0000-4000-8000-000000000001"); // a duplicate is dropped
    canonicalPool(pool);
    ASSERT_EQ(pool.size(), 8u);
    EXPECT_EQ(pool[0], "0a0b0c0d-0000-4000-8000-000000000000");
    EXPECT_EQ(pool[1], "Z-upper-sorts-before-lower"); // 'Z' (0x5A) < 'a' (0x61): bytes, not a locale
    EXPECT_EQ(pool[7], "f0e1d2c3-0000-4000-8000-000000000006");
    EXPECT_EQ(poolHash(hasher(), pool), "ebae6dcfabace99c052d8bc49ff8c34c3d699f662ac2f8a7b7748a1d67be2e59");
    EXPECT_EQ(poolHash(hasher(), {}), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(DrawAlgorithm, HmacIsKeyedWithTheSeedAndReadBigEndian)
{
    EXPECT_EQ(toHex(hasher().hmacSha256(seedBytes(), "abc:0")),
              "22564e0bbcf16aa331b0e8413e55ff80773d3d2223e8d968fd424f7ea27e8a8b");
    // u64be of the first 8 bytes = 2474250857608211107; mod 1000 = 107.
    EXPECT_EQ(pickIndex(hasher(), seedBytes(), "abc", 0, 1000), 2474250857608211107ull % 1000);
    EXPECT_EQ(pickIndex(hasher(), seedBytes(), "abc", 0, 1), 0u);
}

TEST(DrawAlgorithm, PicksMatchTheIndependentReference)
{
    auto pool = samplePool();
    canonicalPool(pool);
    const auto hash = poolHash(hasher(), pool);
    auto remaining = pool;
    const auto all = drawPicks(hasher(), seedBytes(), hash, remaining, 0, 8);
    EXPECT_EQ(all,
              (std::vector<std::string>{"d4e5f6a7-0000-4000-8000-000000000004",
                                        "0a0b0c0d-0000-4000-8000-000000000000",
                                        "e5f6a7b8-0000-4000-8000-000000000005",
                                        "f0e1d2c3-0000-4000-8000-000000000006",
                                        "b2c3d4e5-0000-4000-8000-000000000002",
                                        "Z-upper-sorts-before-lower",
                                        "a1b2c3d4-0000-4000-8000-000000000001",
                                        "c3d4e5f6-0000-4000-8000-000000000003"}));
    EXPECT_TRUE(remaining.empty());

    remaining = pool;
    EXPECT_EQ(drawPicks(hasher(), std::string(32, '\xff'), hash, remaining, 0, 3),
              (std::vector<std::string>{"d4e5f6a7-0000-4000-8000-000000000004",
                                        "f0e1d2c3-0000-4000-8000-000000000006",
                                        "a1b2c3d4-0000-4000-8000-000000000001"}));
    EXPECT_EQ(remaining.size(), 5u);
    EXPECT_TRUE(std::is_sorted(remaining.begin(), remaining.end())) << "the rest keeps its order";
}

TEST(DrawAlgorithm, ARedrawContinuesTheSequence)
{
    // Picks 0..2 then pick 3 on its own give the same as picks 0..3 in a row.
    auto pool = samplePool();
    canonicalPool(pool);
    const auto hash = poolHash(hasher(), pool);
    auto inARow = pool;
    const auto four = drawPicks(hasher(), seedBytes(), hash, inARow, 0, 4);
    auto stepwise = pool;
    auto first = drawPicks(hasher(), seedBytes(), hash, stepwise, 0, 3);
    const auto next = drawPicks(hasher(), seedBytes(), hash, stepwise, 3, 1);
    first.insert(first.end(), next.begin(), next.end());
    EXPECT_EQ(first, four);
    // More picks than people: everyone once, then nothing.
    auto small = std::vector<std::string>{"a", "b"};
    EXPECT_EQ(drawPicks(hasher(), seedBytes(), "h", small, 0, 5).size(), 2u);
}

TEST(DrawAlgorithm, LargePoolMatchesTheReference)
{
    std::vector<std::string> pool;
    for (int i = 0; i < 1000; ++i)
    {
        char id[16];
        std::snprintf(id, sizeof id, "id-%04d", i);
        pool.emplace_back(id);
    }
    canonicalPool(pool);
    const auto hash = poolHash(hasher(), pool);
    EXPECT_EQ(drawPicks(hasher(), seedBytes(), hash, pool, 0, 5),
              (std::vector<std::string>{"id-0447", "id-0972", "id-0625", "id-0132", "id-0997"}));
}
