// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <sys/types.h>
#include <sys/uio.h>
#include <unordered_map>

#include "server/realtime/WsFrame.h"

namespace nextevent::server::realtime
{

/// Told what becomes of each queued frame (SendPool keeps the fan-out metrics with it).
class FrameObserver
{
public:
    virtual ~FrameObserver() = default;
    /// The frame's last byte was handed to the kernel.
    virtual void delivered(const OutFrame &frame, std::chrono::steady_clock::time_point now) = 0;
    /// The frame will never be written on this connection (it closed, or left the topic).
    virtual void abandoned(const OutFrame &frame, std::chrono::steady_clock::time_point now) = 0;

    /// The update will never be written on this connection: a newer one of its topic took its place.
    virtual void replaced(const OutFrame &frame, std::chrono::steady_clock::time_point now)
    {
        abandoned(frame, now);
    }
};

/// The outgoing frames of one connection, with no socket of its own (the writer is passed in, so tests can
/// play a slow peer). Not thread-safe: WsConnection guards it with its send mutex.
///
/// Conflation and seq: a topic update (OutFrame::topic set) that has not started writing is replaced by a
/// newer update of the same topic instead of queueing behind it, so a slow client holds at most one update
/// per topic and always gets the newest state next. The seq of an update is given when its first byte is
/// written, from this connection's own counter for the topic (the snapshot's seq, then +1 for each update
/// actually written). A replaced update therefore never had a seq, and the client sees snapshot N, N+1, N+2…
/// without gaps: DESIGN.md's "snapshot + seq, a gap ⇒ re-subscribe" stays true per connection. Seqs of one
/// topic are not comparable across connections (they never were across instances).
class SendQueue
{
public:
    struct Limits
    {
        std::size_t maxBytes = 1024 * 1024;
        std::size_t maxFrames = 256;
    };

    /// Writes the iovecs without blocking: the bytes taken, or -1 with errno set (EAGAIN: try later).
    using Writer = std::function<ssize_t(const iovec *vectors, int count)>;

    enum class Result
    {
        Done,       ///< queue empty
        WouldBlock, ///< the writer took no more: retry later
        Failed      ///< the writer failed (errno says why); the queue is left as it was
    };

    explicit SendQueue(Limits limits);

    /// The connection negotiated permessage-deflate: large updates go out compressed (OutFrame::deflated).
    void setDeflate(bool on)
    {
        m_deflate = on;
    }

    /// Queues a frame; a topic update replaces the connection's unstarted update of its topic (in place,
    /// the replaced one is abandoned). False, with nothing queued, when the limits would be passed. An update
    /// of a topic with no snapshot queued here (see pushSnapshot, forget) is abandoned, and true returned.
    bool push(const FramePtr &frame, FrameObserver &observer, bool enforceLimits = true);

    /// Queues the snapshot of `topic` at `seq`: an unstarted update of the topic is dropped (the snapshot is
    /// at least as new) and the topic's updates continue from seq + 1. Limits as for push().
    bool
    pushSnapshot(const std::string &topic, std::int64_t seq, const FramePtr &frame, FrameObserver &observer);

    /// The connection left the topic: its unstarted update is dropped and its counter forgotten.
    void forget(const std::string &topic, FrameObserver &observer);

    /// Abandons everything (the partly written frame too).
    void clear(FrameObserver &observer);

    /// Writes frames in order until empty, blocked or failed; `frames` and `bytes` grow by what was written
    /// completely. Update frames add the time spent writing them to OutFrame::sendNanos.
    Result write(const Writer &writer, FrameObserver &observer, std::size_t &frames, std::size_t &bytes);

    bool empty() const
    {
        return m_frames == 0;
    }

    /// True while a frame is partly written (it cannot be replaced or dropped without breaking the stream).
    bool midFrame() const
    {
        return m_offset > 0;
    }

    std::size_t queuedBytes() const
    {
        return m_bytes;
    }

    std::size_t queuedFrames() const
    {
        return m_frames;
    }

    /// Updates replaced since the writer last finished a frame (a client reading nothing, or a trickle).
    std::uint64_t missedInARow() const
    {
        return m_missedInARow;
    }

    /// Updates replaced by a newer one before they were written (for metrics and tests).
    std::uint64_t conflated() const
    {
        return m_conflated;
    }

private:
    struct Entry
    {
        FramePtr frame;      ///< null once dropped (skipped when it reaches the front)
        std::string header;  ///< update frames: the WebSocket header, made when writing starts
        std::string seqText; ///< update frames: this connection's seq, made when writing starts
        std::string stored;  ///< deflated updates: the stored block header before the seq and tail
        bool started = false;
    };

    static std::size_t sizeOf(const OutFrame &frame);
    void drop(Entry &entry, FrameObserver &observer);
    void start(Entry &entry);

    const Limits m_limits;
    bool m_deflate = false;
    std::deque<Entry> m_queue; ///< only pushed at the back and popped at the front: references stay valid
    std::unordered_map<std::string, Entry *> m_unstarted; ///< a topic's update not yet started, if any
    std::unordered_map<std::string, std::int64_t> m_seq;  ///< a topic's last seq given on this connection
    std::size_t m_offset = 0;                             ///< bytes of the front frame already written
    std::size_t m_bytes = 0;
    std::size_t m_frames = 0;
    std::uint64_t m_conflated = 0;
    std::uint64_t m_missedInARow = 0;
};

} // namespace nextevent::server::realtime
