// SPDX-License-Identifier: MIT
#include "nextevent/QrScene.h"

#include <gtest/gtest.h>

using namespace nextevent;

TEST(QrScene, EncodesEachKindWithItsRouteName)
{
    EXPECT_EQ(encodeQrScene({QrSceneKind::Event, "e1"}), "event:e1");
    EXPECT_EQ(encodeQrScene({QrSceneKind::Article, "a-2"}), "article:a-2");
    EXPECT_EQ(encodeQrScene({QrSceneKind::Survey, "s3"}), "survey:s3");
}

TEST(QrScene, ParsesWhatItEncodes)
{
    for (auto kind : {QrSceneKind::Event, QrSceneKind::Article, QrSceneKind::Survey})
    {
        const QrScene scene{kind, "0b6f2c1e-7d1a-4c55-9a53-2f0e8d1c4b7a"};
        EXPECT_EQ(parseQrScene(encodeQrScene(scene)), scene);
    }
}

TEST(QrScene, RefusesTextThatIsNotOneOfOurs)
{
    EXPECT_FALSE(parseQrScene(""));
    EXPECT_FALSE(parseQrScene("SPRING2026")); // an interaction code
    EXPECT_FALSE(parseQrScene("event:"));
    EXPECT_FALSE(parseQrScene("events:e1"));
    EXPECT_FALSE(parseQrScene("Event:e1"));
    EXPECT_FALSE(parseQrScene(":e1"));
    EXPECT_FALSE(parseQrScene("event:e 1"));
    EXPECT_FALSE(parseQrScene(std::string("event:e\0", 8)));
    EXPECT_FALSE(parseQrScene("event:" + std::string(kQrSceneMaxLength, 'x')));
}

TEST(QrScene, KeepsEverythingAfterTheFirstColonAsTheId)
{
    const auto scene = parseQrScene("article:a:b");
    ASSERT_TRUE(scene);
    EXPECT_EQ(scene->kind, QrSceneKind::Article);
    EXPECT_EQ(scene->id, "a:b");
}

TEST(QrScene, KindNamesRoundTrip)
{
    EXPECT_EQ(qrSceneKindFromString("survey"), QrSceneKind::Survey);
    EXPECT_FALSE(qrSceneKindFromString("user"));
    EXPECT_EQ(toString(QrSceneKind::Article), "article");
}
