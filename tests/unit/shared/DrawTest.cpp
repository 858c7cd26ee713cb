// SPDX-License-Identifier: MIT
#include "nextevent/Draw.h"

#include <gtest/gtest.h>

#include "nextevent/Error.h"

using namespace nextevent;

TEST(DrawMasking, ChineseNamesKeepTheFirstCharacter)
{
    EXPECT_EQ(maskName("张三"), "张*");
    EXPECT_EQ(maskName("欧阳娜娜"), "欧***");
    EXPECT_EQ(maskName("李"), "*") << "a one-character name would be shown whole";
    EXPECT_EQ(maskName("阿依古丽·买买提"), "阿***·买**");
    EXPECT_EQ(maskName("  王小明 "), "王**");
}

TEST(DrawMasking, LatinNamesKeepTheFirstLetterOfEachWord)
{
    EXPECT_EQ(maskName("John Smith"), "J*** S****");
    EXPECT_EQ(maskName("Anne-Marie   O'Neil"), "A********* O*****");
    EXPECT_EQ(maskName("Li Na 李娜"), "L* N* 李*");
    EXPECT_EQ(maskName("X"), "*");
    EXPECT_EQ(maskName(""), "");
    EXPECT_EQ(maskName("   "), "");
}

TEST(DrawMasking, MalformedUtf8NeverReadsPastTheEnd)
{
    EXPECT_EQ(maskName("\xE5\xBC"), "*");
    EXPECT_EQ(maskName("a\xE5"), "a*");
}

TEST(DrawMasking, PhonesKeepPrefixAndLastFour)
{
    EXPECT_EQ(maskPhone("13800000001"), "138****0001");
    EXPECT_EQ(maskPhone("+8613800000001"), "+86*******0001");
    EXPECT_EQ(maskPhone("5550123"), "5**0123");
    EXPECT_EQ(maskPhone("1234"), "****");
    EXPECT_EQ(maskPhone(""), "");
}

TEST(DrawJson, SeedOnlyOnceDoneAndRoundTrips)
{
    Draw d;
    d.id = "d1";
    d.eventId = "e1";
    d.title = "一等奖";
    d.pool = DrawPool::Respondents;
    d.surveyId = "s1";
    d.winnerCount = 2;
    d.poolSize = 5;
    d.poolHash = std::string(64, 'a');
    d.commitment = std::string(64, 'b');
    d.seed = std::string(64, 'c');
    d.createdBy = "organizer";
    nlohmann::json ready = d;
    EXPECT_FALSE(ready.contains("seed"));
    EXPECT_EQ(ready["state"], "ready");
    EXPECT_EQ(ready["pool"], "respondents");

    d.state = DrawState::Done;
    d.picks = 3;
    d.runAt = d.createdAt;
    d.winners = {{"a2", "李*", "138****0002", 2, std::nullopt},
                 {"a3", "王*", "138****0003", 3, std::nullopt}};
    d.replaced = {{"a1", "张*", "138****0001", 1, d.createdAt}};
    nlohmann::json done = d;
    EXPECT_EQ(done["seed"], std::string(64, 'c'));
    EXPECT_EQ(done["winners"][0]["round"], 2);
    EXPECT_TRUE(done["replaced"][0].contains("replacedAt"));
    EXPECT_EQ(drawFromJson(done), d);
    EXPECT_THROW(drawFromJson(nlohmann::json{{"pool", "everyone"}}), Error);
}

TEST(DrawHex, RoundTripsAndRefusesGarbage)
{
    EXPECT_EQ(toHex(std::string("\x00\xff\x10", 3)), "00ff10");
    EXPECT_EQ(fromHex("00FF10"), std::string("\x00\xff\x10", 3));
    EXPECT_FALSE(fromHex("abc"));
    EXPECT_FALSE(fromHex("zz"));
}
