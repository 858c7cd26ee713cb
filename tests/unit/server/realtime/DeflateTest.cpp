// SPDX-License-Identifier: MIT
// permessage-deflate (RFC 7692) on /ws: what a connection that negotiated it receives is, once inflated by
// zlib as a browser does, byte for byte the message an uncompressed connection receives; small messages
// stay uncompressed; and what the server inflates from clients is bounded.
#include <cerrno>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/realtime/SendQueue.h"
#include "server/realtime/WsFrame.h"
#include "tests/support/WsWire.h"

using namespace nextevent::server::realtime;
using nextevent::test::inflateAsABrowserDoes;
using nextevent::test::splitFrames;
using nlohmann::json;

namespace
{
struct NullObserver : FrameObserver
{
    void delivered(const OutFrame &, std::chrono::steady_clock::time_point) override {}

    void abandoned(const OutFrame &, std::chrono::steady_clock::time_point) override {}

    void replaced(const OutFrame &, std::chrono::steady_clock::time_point) override {}
};

std::string largeDocument()
{
    json items = json::array();
    for (int i = 0; i < 200; ++i)
        items.push_back(
            {{"id", "q" + std::to_string(i)}, {"text", "问题 Question " + std::to_string(i)}, {"votes", i}});
    return json{{"items", items}}.dump();
}

std::string sendAll(SendQueue &queue, const std::vector<FramePtr> &frames)
{
    NullObserver observer;
    std::string wire;
    for (const auto &f : frames)
        EXPECT_TRUE(f->isTopicUpdate() ? queue.push(f, observer)
                                       : queue.pushSnapshot("qa:1", 7, f, observer));
    std::size_t count = 0;
    std::size_t bytes = 0;
    const auto result = queue.write(
        [&](const iovec *vectors, int n) -> ssize_t
        {
            ssize_t taken = 0;
            for (int i = 0; i < n; ++i)
            {
                wire.append(static_cast<const char *>(vectors[i].iov_base), vectors[i].iov_len);
                taken += static_cast<ssize_t>(vectors[i].iov_len);
            }
            return taken;
        },
        observer,
        count,
        bytes);
    EXPECT_EQ(result, SendQueue::Result::Done);
    return wire;
}
} // namespace

TEST(Deflate, ALargeUpdateInflatesToTheSameMessageWithThisConnectionsSeq)
{
    const std::string data = largeDocument();
    const FramePtr snapshot = makeCompressibleText(topicMessage("snapshot", "qa:1", 7, data));
    const FramePtr update = makeTopicUpdate("qa:1", data);
    ASSERT_FALSE(update->deflated.empty());

    SendQueue plain({4 * 1024 * 1024, 16});
    SendQueue deflating({4 * 1024 * 1024, 16});
    deflating.setDeflate(true);
    const auto plainFrames = splitFrames(sendAll(plain, {snapshot, update}));
    const auto deflatedWire = sendAll(deflating, {snapshot, update});
    const auto deflatedFrames = splitFrames(deflatedWire);
    ASSERT_EQ(plainFrames.size(), 2u);
    ASSERT_EQ(deflatedFrames.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i)
    {
        EXPECT_FALSE(plainFrames[i].compressed());
        EXPECT_TRUE(deflatedFrames[i].compressed()) << i;
        EXPECT_EQ(inflateAsABrowserDoes(deflatedFrames[i].payload), plainFrames[i].payload) << i;
    }
    EXPECT_EQ(plainFrames[1].payload, topicMessage("update", "qa:1", 8, data));
    // The repeated shape of a list compresses well: the fan-out sends a fraction of the bytes.
    EXPECT_LT(deflatedWire.size() * 4, plainFrames[0].payload.size() + plainFrames[1].payload.size());
}

TEST(Deflate, SmallMessagesGoOutUncompressed)
{
    const FramePtr update = makeTopicUpdate("qa:1", R"({"items":[]})");
    EXPECT_TRUE(update->deflated.empty());
    SendQueue deflating({});
    deflating.setDeflate(true);
    NullObserver observer;
    ASSERT_TRUE(deflating.pushSnapshot("qa:1", 1, makeCompressibleText(R"({"type":"snapshot"})"), observer));
    const auto frames = splitFrames(sendAll(deflating, {update}));
    ASSERT_EQ(frames.size(), 2u);
    for (const auto &f : frames)
        EXPECT_FALSE(f.compressed());
    EXPECT_EQ(frames[1].payload, topicMessage("update", "qa:1", 2, R"({"items":[]})"));
}

TEST(Deflate, ClientMessagesInflateWithinTheirLimitAndGarbageIsRefused)
{
    // A client's compressed subscribe, as zlib writes it with a sync flush and the 4 bytes dropped.
    const std::string subscribe = R"({"type":"subscribe","topic":"qa:1"})";
    std::string compressed = deflateRaw(subscribe);
    ASSERT_GE(compressed.size(), 4u);
    compressed.resize(compressed.size() - 4);
    bool tooBig = true;
    auto text = inflateMessage(compressed, 16 * 1024, tooBig);
    ASSERT_TRUE(text);
    EXPECT_FALSE(tooBig);
    EXPECT_EQ(*text, subscribe);

    // A bomb: a megabyte of spaces in a few hundred bytes is cut at the frame limit, not inflated whole.
    std::string bomb = deflateRaw(std::string(1024 * 1024, ' '));
    ASSERT_LT(bomb.size(), 8 * 1024u);
    text = inflateMessage(bomb, 16 * 1024, tooBig);
    EXPECT_FALSE(text);
    EXPECT_TRUE(tooBig);

    // Not deflate data at all.
    text = inflateMessage("\xff\xff\xff\xff not deflate", 16 * 1024, tooBig);
    EXPECT_FALSE(text);
    EXPECT_FALSE(tooBig);
}
