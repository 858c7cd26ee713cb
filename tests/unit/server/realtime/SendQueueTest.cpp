// SPDX-License-Identifier: MIT
// A connection's send queue against a peer that reads as slowly as a test says: conflation of topic updates,
// seq numbering per connection (no gaps), and the wire format of the split update frames.
#include "server/realtime/SendQueue.h"

#include <cerrno>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "nextevent/Realtime.h"

#include "tests/support/WsWire.h"

using namespace nextevent::server::realtime;
using nlohmann::json;

namespace
{

struct CountingObserver : FrameObserver
{
    int delivered_ = 0;
    int abandoned_ = 0;
    int replaced_ = 0;

    void delivered(const OutFrame &, std::chrono::steady_clock::time_point) override
    {
        ++delivered_;
    }

    void abandoned(const OutFrame &, std::chrono::steady_clock::time_point) override
    {
        ++abandoned_;
    }

    void replaced(const OutFrame &, std::chrono::steady_clock::time_point) override
    {
        ++replaced_;
    }
};

/// The peer: takes at most `budget` bytes in all (then EAGAIN), as a full socket buffer does.
struct SlowPeer
{
    std::string received;
    std::size_t budget = 0;

    SendQueue::Writer writer()
    {
        return [this](const iovec *vectors, int count) -> ssize_t
        {
            std::size_t taken = 0;
            for (int i = 0; i < count && budget > 0; ++i)
            {
                const auto n = std::min(budget, vectors[i].iov_len);
                received.append(static_cast<const char *>(vectors[i].iov_base), n);
                budget -= n;
                taken += n;
            }
            if (taken == 0)
            {
                errno = EAGAIN;
                return -1;
            }
            return static_cast<ssize_t>(taken);
        };
    }

    /// The text frames received so far, parsed (the server's frames are unmasked).
    std::vector<json> messages() const
    {
        std::vector<json> out;
        for (const auto &frame : nextevent::test::splitFrames(received))
        {
            EXPECT_EQ(frame.head, 0x81) << "a final text frame";
            out.push_back(json::parse(frame.payload));
        }
        return out;
    }
};

FramePtr update(const std::string &topic, int n)
{
    auto frame = makeTopicUpdate(topic, json{{"n", n}}.dump());
    frame->broadcast = true;
    frame->pending = 1;
    return frame;
}

FramePtr snapshot(const std::string &topic, std::int64_t seq, int n)
{
    return makeFrame(Opcode::Text, topicMessage("snapshot", topic, seq, json{{"n", n}}.dump()));
}

SendQueue::Result drain(SendQueue &queue, SlowPeer &peer, CountingObserver &observer, std::size_t budget)
{
    peer.budget = budget;
    std::size_t frames = 0;
    std::size_t bytes = 0;
    return queue.write(peer.writer(), observer, frames, bytes);
}

} // namespace

TEST(SendQueue, SplitUpdateAndSnapshotAreTheProtocolMessagesByteForByte)
{
    const json data{{"items", json::array({{{"text", "问题 \"quoted\"\n"}, {"votes", 3}}})}};
    EXPECT_EQ(topicMessage("snapshot", "qa:7", 41, data.dump()),
              nextevent::realtime::snapshotMessage("qa:7", 41, data));
    const auto frame = makeTopicUpdate("qa:7", data.dump());
    EXPECT_EQ(frame->bytes + "42" + frame->tail, nextevent::realtime::updateMessage("qa:7", 42, data));
}

TEST(SendQueue, ASlowClientGetsOnlyTheNewestUpdateWithTheNextSeq)
{
    SendQueue queue({});
    SlowPeer peer;
    CountingObserver observer;
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 5, snapshot("qa:1", 5, 0), observer));
    EXPECT_EQ(drain(queue, peer, observer, 0), SendQueue::Result::WouldBlock) << "the peer reads nothing yet";
    for (int n = 1; n <= 10; ++n)
        ASSERT_TRUE(queue.push(update("qa:1", n), observer));
    EXPECT_EQ(queue.queuedFrames(), 2U) << "the snapshot and one update, however many arrived";
    EXPECT_EQ(queue.conflated(), 9U);
    EXPECT_EQ(observer.replaced_, 9);
    EXPECT_EQ(queue.missedInARow(), 9U) << "the peer took nothing meanwhile";

    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    auto got = peer.messages();
    ASSERT_EQ(got.size(), 2U);
    EXPECT_EQ(got[0]["type"], "snapshot");
    EXPECT_EQ(got[0]["seq"], 5);
    EXPECT_EQ(got[1]["type"], "update");
    EXPECT_EQ(got[1]["topic"], "qa:1");
    EXPECT_EQ(got[1]["seq"], 6) << "replaced updates never took a seq: no gap";
    EXPECT_EQ(got[1]["data"]["n"], 10);
    EXPECT_EQ(queue.missedInARow(), 0U) << "it reads again";

    ASSERT_TRUE(queue.push(update("qa:1", 11), observer));
    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    got = peer.messages();
    ASSERT_EQ(got.size(), 3U);
    EXPECT_EQ(got[2]["seq"], 7);
    EXPECT_EQ(got[2]["data"]["n"], 11);
    EXPECT_EQ(observer.delivered_, 3);
    EXPECT_TRUE(queue.empty());
    EXPECT_EQ(queue.queuedBytes(), 0U);
}

TEST(SendQueue, AnUpdatePartlyWrittenIsFinishedAndTheNewerOneFollows)
{
    SendQueue queue({});
    SlowPeer peer;
    CountingObserver observer;
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 0, snapshot("qa:1", 0, 0), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 1), observer));
    std::size_t snapshotBytes = 0;
    {
        // Write the snapshot and three bytes of the update.
        SlowPeer probe;
        SendQueue alone({});
        CountingObserver ignored;
        alone.push(snapshot("qa:1", 0, 0), ignored);
        drain(alone, probe, ignored, 1 << 20);
        snapshotBytes = probe.received.size();
    }
    EXPECT_EQ(drain(queue, peer, observer, snapshotBytes + 3), SendQueue::Result::WouldBlock);
    EXPECT_TRUE(queue.midFrame());
    ASSERT_TRUE(queue.push(update("qa:1", 2), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 3), observer));
    EXPECT_EQ(queue.conflated(), 1U) << "2 is replaced by 3; 1 is already on the wire";
    EXPECT_EQ(drain(queue, peer, observer, 5), SendQueue::Result::WouldBlock);
    EXPECT_EQ(queue.missedInARow(), 1U) << "a few more bytes are not a frame: the client has not caught up";
    for (std::size_t step = 0; step < 200 && !queue.empty(); ++step)
        drain(queue, peer, observer, 5); // a trickle: 5 bytes a write
    ASSERT_TRUE(queue.empty());
    const auto got = peer.messages();
    ASSERT_EQ(got.size(), 3U);
    EXPECT_EQ(got[1]["seq"], 1);
    EXPECT_EQ(got[1]["data"]["n"], 1);
    EXPECT_EQ(got[2]["seq"], 2);
    EXPECT_EQ(got[2]["data"]["n"], 3);
}

TEST(SendQueue, TopicsConflateApartAndOtherFramesKeepTheirPlace)
{
    SendQueue queue({});
    SlowPeer peer;
    CountingObserver observer;
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 10, snapshot("qa:1", 10, 0), observer));
    ASSERT_TRUE(queue.pushSnapshot("wall:1", 20, snapshot("wall:1", 20, 0), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 1), observer));
    ASSERT_TRUE(queue.push(makeFrame(Opcode::Text, R"({"type":"pong"})"), observer));
    ASSERT_TRUE(queue.push(update("wall:1", 1), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 2), observer));
    ASSERT_TRUE(queue.push(update("wall:1", 2), observer));
    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    const auto got = peer.messages();
    ASSERT_EQ(got.size(), 5U);
    EXPECT_EQ(got[2]["topic"], "qa:1");
    EXPECT_EQ(got[2]["seq"], 11);
    EXPECT_EQ(got[2]["data"]["n"], 2) << "replaced in its place, ahead of the pong";
    EXPECT_EQ(got[3]["type"], "pong");
    EXPECT_EQ(got[4]["topic"], "wall:1");
    EXPECT_EQ(got[4]["seq"], 21);
    EXPECT_EQ(got[4]["data"]["n"], 2);
}

TEST(SendQueue, ANewSnapshotSupersedesTheUnsentUpdateAndRestartsTheSeq)
{
    SendQueue queue({});
    SlowPeer peer;
    CountingObserver observer;
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 3, snapshot("qa:1", 3, 0), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 1), observer));
    // The client re-subscribed before the update left.
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 42, snapshot("qa:1", 42, 1), observer));
    EXPECT_EQ(observer.abandoned_, 1);
    ASSERT_TRUE(queue.push(update("qa:1", 2), observer));
    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    const auto got = peer.messages();
    ASSERT_EQ(got.size(), 3U);
    EXPECT_EQ(got[1]["type"], "snapshot");
    EXPECT_EQ(got[1]["seq"], 42);
    EXPECT_EQ(got[2]["seq"], 43);
    EXPECT_EQ(got[2]["data"]["n"], 2);

    // Leaving the topic drops its unsent update.
    ASSERT_TRUE(queue.push(update("qa:1", 3), observer));
    queue.forget("qa:1", observer);
    EXPECT_TRUE(queue.empty());
    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    EXPECT_EQ(peer.messages().size(), 3U);
}

TEST(SendQueue, AnUpdateOfATopicTheConnectionDoesNotFollowIsDropped)
{
    SendQueue queue({});
    SlowPeer peer;
    CountingObserver observer;
    ASSERT_TRUE(queue.push(update("qa:1", 1), observer)) << "not an overflow";
    EXPECT_TRUE(queue.empty()) << "no snapshot of qa:1 was queued here";
    EXPECT_EQ(observer.abandoned_, 1);

    // An update on its way while the client leaves the topic (the hub let go of it) is not written either.
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 7, snapshot("qa:1", 7, 0), observer));
    queue.forget("qa:1", observer);
    ASSERT_TRUE(queue.push(update("qa:1", 2), observer));
    EXPECT_EQ(observer.abandoned_, 2);
    EXPECT_EQ(drain(queue, peer, observer, 1 << 20), SendQueue::Result::Done);
    const auto got = peer.messages();
    ASSERT_EQ(got.size(), 1U);
    EXPECT_EQ(got[0]["type"], "snapshot");
}

TEST(SendQueue, LimitsRefuseWhatWouldPassThem)
{
    SendQueue queue({200, 3});
    CountingObserver observer;
    ASSERT_TRUE(queue.pushSnapshot("qa:1", 0, snapshot("qa:1", 0, 0), observer));
    ASSERT_TRUE(queue.push(makeFrame(Opcode::Text, "a"), observer));
    ASSERT_TRUE(queue.push(update("qa:1", 1), observer));
    EXPECT_FALSE(queue.push(makeFrame(Opcode::Text, "c"), observer)) << "a fourth frame";
    EXPECT_TRUE(queue.push(update("qa:1", 2), observer)) << "a replacement adds no frame";
    EXPECT_FALSE(queue.push(makeTopicUpdate("qa:1", std::string(300, '1')), observer)) << "too many bytes";
    EXPECT_EQ(queue.queuedFrames(), 3U);
    queue.clear(observer);
    EXPECT_EQ(queue.queuedBytes(), 0U);
    EXPECT_EQ(observer.abandoned_, 3);
}
