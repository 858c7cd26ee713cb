// SPDX-License-Identifier: MIT
#include "server/wechat/ReplayProtection.h"

#include <gtest/gtest.h>

#include "server/wechat/MessageParser.h"

using namespace nextevent::server::wechat;
using namespace std::chrono_literals;

namespace
{
InboundMessage textMessage(std::uint64_t msgId, std::int64_t createTime)
{
    InboundMessage m;
    m.toUserName = "gh_abc";
    m.fromUserName = "oUser";
    m.createTime = createTime;
    m.msgType = "text";
    m.kind = MessageKind::Text;
    m.msgId = msgId;
    return m;
}

InboundMessage eventMessage(std::string from, std::int64_t createTime, std::string event, std::string key)
{
    InboundMessage m;
    m.toUserName = "gh_abc";
    m.fromUserName = std::move(from);
    m.createTime = createTime;
    m.msgType = "event";
    m.kind = MessageKind::Event;
    m.event = std::move(event);
    m.eventKey = std::move(key);
    return m;
}
} // namespace

TEST(ReplayProtection, MessagesAreKeyedOnMsgId)
{
    EXPECT_EQ(deduplicationKey(textMessage(6054768590064713728ULL, 1)),
              deduplicationKey(textMessage(6054768590064713728ULL, 2)));
    EXPECT_NE(deduplicationKey(textMessage(1, 1)), deduplicationKey(textMessage(2, 1)));
    EXPECT_NE(deduplicationKey(textMessage(6054768590064713728ULL, 1)).find("6054768590064713728"),
              std::string::npos);

    InboundMessage otherAccount = textMessage(1, 1);
    otherAccount.toUserName = "gh_other";
    EXPECT_NE(deduplicationKey(otherAccount), deduplicationKey(textMessage(1, 1)));
}

TEST(ReplayProtection, EventsAreKeyedOnSenderTimeEventAndKey)
{
    const std::string base = deduplicationKey(eventMessage("oUser", 100, "CLICK", "A"));
    EXPECT_EQ(base, deduplicationKey(eventMessage("oUser", 100, "CLICK", "A")));
    EXPECT_NE(base, deduplicationKey(eventMessage("oUser", 101, "CLICK", "A")));
    EXPECT_NE(base, deduplicationKey(eventMessage("oOther", 100, "CLICK", "A")));
    EXPECT_NE(base, deduplicationKey(eventMessage("oUser", 100, "CLICK", "B")));
    EXPECT_NE(base, deduplicationKey(eventMessage("oUser", 100, "VIEW", "A")));
    // A message without MsgId falls back to the event-style key instead of colliding.
    InboundMessage noId = textMessage(1, 100);
    noId.msgId.reset();
    EXPECT_NE(deduplicationKey(noId), deduplicationKey(textMessage(1, 100)));
}

TEST(ReplayProtection, KeysCannotBeForgedWithSeparators)
{
    EXPECT_NE(deduplicationKey(eventMessage("a|b", 1, "CLICK", "c")),
              deduplicationKey(eventMessage("a", 1, "CLICK", "b|c")));
    EXPECT_NE(deduplicationKey(eventMessage("u", 1, "CLICK|x", "")),
              deduplicationKey(eventMessage("u", 1, "CLICK", "x")));
}

TEST(ReplayProtection, WorksOnParsedRedeliveries)
{
    const std::string xml =
        "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>5</CreateTime>"
        "<MsgType>event</MsgType><Event>subscribe</Event></xml>";
    const Result<InboundMessage> first = parseInboundMessage(xml);
    const Result<InboundMessage> second = parseInboundMessage(xml);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(deduplicationKey(first.value()), deduplicationKey(second.value()));
}

TEST(ReplayProtection, TimestampWindow)
{
    const std::int64_t now = 1700000000;
    EXPECT_TRUE(isWithinTimestampWindow("1700000000", now));
    EXPECT_TRUE(isWithinTimestampWindow("1699999700", now)); // exactly 300 s old
    EXPECT_FALSE(isWithinTimestampWindow("1699999699", now));
    EXPECT_TRUE(isWithinTimestampWindow("1700000300", now)); // clock skew the other way
    EXPECT_FALSE(isWithinTimestampWindow("1700000301", now));
    EXPECT_TRUE(isWithinTimestampWindow("1699999990", now, 10s));
    EXPECT_FALSE(isWithinTimestampWindow("1699999989", now, 10s));
    EXPECT_TRUE(isWithinTimestampWindow("1699999000", now, 1h));
}

TEST(ReplayProtection, TimestampWindowRejectsMalformedValues)
{
    const std::int64_t now = 1700000000;
    EXPECT_FALSE(isWithinTimestampWindow("", now));
    EXPECT_FALSE(isWithinTimestampWindow("-1700000000", now));
    EXPECT_FALSE(isWithinTimestampWindow("+1700000000", now));
    EXPECT_FALSE(isWithinTimestampWindow(" 1700000000", now));
    EXPECT_FALSE(isWithinTimestampWindow("1700000000.5", now));
    EXPECT_FALSE(isWithinTimestampWindow("17e8", now));
    EXPECT_FALSE(isWithinTimestampWindow("9999999999999999999999", now));
    EXPECT_FALSE(isWithinTimestampWindow("1700000000", now, -1s));
    EXPECT_FALSE(isWithinTimestampWindow("0", -9223372036854775807LL));
    EXPECT_TRUE(isWithinTimestampWindow("0001700000000", now)); // leading zeros are still digits
}
