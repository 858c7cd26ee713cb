// SPDX-License-Identifier: MIT
#include "nextevent/Realtime.h"

#include <gtest/gtest.h>

using namespace nextevent;
using namespace nextevent::realtime;

TEST(Realtime, ParsesTopics)
{
    EXPECT_EQ(parseTopic("dashboard"), (Topic{TopicKind::Dashboard, ""}));
    EXPECT_EQ(parseTopic("survey:abc"), (Topic{TopicKind::Survey, "abc"}));
    EXPECT_EQ(parseTopic("event:e-1")->name(), "event:e-1");
    EXPECT_EQ(parseTopic("draw:d-1"), (Topic{TopicKind::Draw, "d-1"}));
    EXPECT_EQ(parseTopic("draw:d-1")->name(), "draw:d-1");
    for (const char *bad :
         {"", "survey:", "survey", "poll:1", "event:a b", "event:a:b", "dashboard:1", "draw:"})
        EXPECT_FALSE(parseTopic(bad).has_value()) << bad;
}

TEST(Realtime, ParsesClientMessages)
{
    auto parsed = parseClientMessage(R"({"type":"subscribe","topic":"survey:s1","id":7})");
    ASSERT_TRUE(std::holds_alternative<ClientMessage>(parsed));
    const auto &message = std::get<ClientMessage>(parsed);
    EXPECT_EQ(message.type, ClientMessageType::Subscribe);
    EXPECT_EQ(message.topic, "survey:s1");
    EXPECT_EQ(message.id, 7);
    EXPECT_TRUE(std::holds_alternative<ClientMessage>(parseClientMessage(R"({"type":"ping"})")));
    auto auth = parseClientMessage(R"({"type":"auth","token":"abc"})");
    ASSERT_TRUE(std::holds_alternative<ClientMessage>(auth));
    EXPECT_EQ(std::get<ClientMessage>(auth).token, "abc");
}

TEST(Realtime, MalformedClientMessagesAreValidationErrors)
{
    for (const char *bad : {"",
                            "not json",
                            "[]",
                            "{}",
                            R"({"type":5})",
                            R"({"type":"dance"})",
                            R"({"type":"subscribe"})",
                            R"({"type":"subscribe","topic":"poll:1"})",
                            R"({"type":"auth"})",
                            R"({"type":"ping","id":"x"})",
                            R"({"type":"auth","token":1})"})
    {
        auto parsed = parseClientMessage(bad);
        ASSERT_TRUE(std::holds_alternative<Error>(parsed)) << bad;
        EXPECT_EQ(std::get<Error>(parsed).code(), ErrorCode::Validation);
    }
}

TEST(Realtime, ServerMessagesRoundTrip)
{
    const auto snapshot = parseServerMessage(snapshotMessage("survey:s1", 4, {{"totalResponses", 2}}));
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->type, "snapshot");
    EXPECT_EQ(snapshot->topic, "survey:s1");
    EXPECT_EQ(snapshot->seq, 4);
    EXPECT_EQ(snapshot->data["totalResponses"], 2);
    const auto update = parseServerMessage(updateMessage("survey:s1", 5, nlohmann::json::object()));
    EXPECT_EQ(update->type, "update");
    EXPECT_EQ(update->seq, 5);
    const auto error = parseServerMessage(errorMessage(ErrorCode::Forbidden, "no", 3, "dashboard"));
    EXPECT_EQ(error->type, "error");
    EXPECT_EQ(error->errorCode, "FORBIDDEN");
    EXPECT_EQ(error->topic, "dashboard");
    EXPECT_EQ(parseServerMessage(pongMessage(9))->type, "pong");
    EXPECT_FALSE(parseServerMessage("nope"));
    EXPECT_FALSE(parseServerMessage(R"({"seq":1})"));
}
