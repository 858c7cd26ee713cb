// SPDX-License-Identifier: MIT
#include "server/realtime/SendQueue.h"

#include <array>
#include <cerrno>

namespace nextevent::server::realtime
{
namespace
{
using Clock = std::chrono::steady_clock;
/// A header (at most 10 bytes) and a seq (at most 19 digits) of an update, counted before they exist.
constexpr std::size_t kSeqAllowance = 29;
} // namespace

SendQueue::SendQueue(Limits limits)
    : m_limits(limits)
{
}

std::size_t SendQueue::sizeOf(const OutFrame &frame)
{
    return frame.bytes.size() + frame.tail.size() + (frame.isTopicUpdate() ? kSeqAllowance : 0);
}

void SendQueue::drop(Entry &entry, FrameObserver &observer)
{
    if (!entry.frame)
        return;
    observer.abandoned(*entry.frame, Clock::now());
    m_bytes -= sizeOf(*entry.frame);
    --m_frames;
    entry.frame.reset();
}

bool SendQueue::push(const FramePtr &frame, FrameObserver &observer, bool enforceLimits)
{
    if (frame->isTopicUpdate() && !m_seq.count(frame->topic))
    {
        // No snapshot of the topic on this connection (it left, or was let go, while the update was on its
        // way): the client does not follow it, and an update numbered from nothing would read as a gap.
        observer.abandoned(*frame, Clock::now());
        return true;
    }
    if (frame->isTopicUpdate())
        if (auto it = m_unstarted.find(frame->topic); it != m_unstarted.end())
        {
            Entry &entry = *it->second;
            const auto grows =
                sizeOf(*frame) > sizeOf(*entry.frame) ? sizeOf(*frame) - sizeOf(*entry.frame) : 0;
            if (enforceLimits && m_bytes + grows > m_limits.maxBytes)
                return false;
            observer.replaced(*entry.frame, Clock::now());
            m_bytes = m_bytes - sizeOf(*entry.frame) + sizeOf(*frame);
            entry.frame = frame;
            ++m_conflated;
            ++m_missedInARow;
            return true;
        }
    if (enforceLimits && (m_frames >= m_limits.maxFrames || m_bytes + sizeOf(*frame) > m_limits.maxBytes))
        return false;
    m_queue.push_back(Entry{frame, {}, {}, {}, false});
    m_bytes += sizeOf(*frame);
    ++m_frames;
    if (frame->isTopicUpdate())
        m_unstarted[frame->topic] = &m_queue.back();
    return true;
}

bool SendQueue::pushSnapshot(const std::string &topic,
                             std::int64_t seq,
                             const FramePtr &frame,
                             FrameObserver &observer)
{
    if (m_frames >= m_limits.maxFrames || m_bytes + sizeOf(*frame) > m_limits.maxBytes)
        return false;
    forget(topic, observer);
    m_seq[topic] = seq;
    return push(frame, observer, false);
}

void SendQueue::forget(const std::string &topic, FrameObserver &observer)
{
    if (auto it = m_unstarted.find(topic); it != m_unstarted.end())
    {
        drop(*it->second, observer);
        m_unstarted.erase(it);
    }
    m_seq.erase(topic);
}

void SendQueue::clear(FrameObserver &observer)
{
    for (auto &entry : m_queue)
        drop(entry, observer);
    m_queue.clear();
    m_unstarted.clear();
    m_missedInARow = 0;
    m_offset = 0;
    m_bytes = 0;
    m_frames = 0;
}

void SendQueue::start(Entry &entry)
{
    entry.started = true;
    const OutFrame &frame = *entry.frame;
    if (!frame.isTopicUpdate())
        return;
    m_unstarted.erase(frame.topic);
    // The seq is given now, so an update replaced before this point never took one (no gap).
    entry.seqText = std::to_string(++m_seq[frame.topic]);
    const std::size_t rest = entry.seqText.size() + frame.tail.size();
    if (m_deflate && !frame.deflated.empty())
    {
        // The shared compressed head, then this connection's seq and the tail as a stored block: one
        // compression per update whatever the number of connections.
        entry.stored = storedBlockHeader(rest);
        entry.header = encodeHeader(Opcode::Text, frame.deflated.size() + entry.stored.size() + rest, true);
    }
    else
        entry.header = encodeHeader(Opcode::Text, frame.bytes.size() + rest);
}

SendQueue::Result
SendQueue::write(const Writer &writer, FrameObserver &observer, std::size_t &frames, std::size_t &bytes)
{
    while (!m_queue.empty())
    {
        Entry &entry = m_queue.front();
        if (!entry.frame)
        {
            m_queue.pop_front();
            continue;
        }
        if (!entry.started)
            start(entry);
        const OutFrame &frame = *entry.frame;
        std::array<std::string_view, 5> parts{};
        std::size_t count = 0;
        if (frame.isTopicUpdate() && !entry.stored.empty())
            parts = {entry.header, frame.deflated, entry.stored, entry.seqText, frame.tail}, count = 5;
        else if (frame.isTopicUpdate())
            parts = {entry.header, frame.bytes, entry.seqText, frame.tail}, count = 4;
        else
            parts[0] = m_deflate && !frame.deflated.empty() ? frame.deflated : frame.bytes, count = 1;
        std::array<iovec, 5> vectors{};
        int used = 0;
        std::size_t skip = m_offset;
        std::size_t total = 0;
        for (std::size_t i = 0; i < count; ++i)
        {
            total += parts[i].size();
            if (skip >= parts[i].size())
            {
                skip -= parts[i].size();
                continue;
            }
            vectors[static_cast<std::size_t>(used)].iov_base = const_cast<char *>(parts[i].data() + skip);
            vectors[static_cast<std::size_t>(used)].iov_len = parts[i].size() - skip;
            ++used;
            skip = 0;
        }
        const auto began = frame.isTopicUpdate() ? Clock::now() : Clock::time_point{};
        const ssize_t n = writer(vectors.data(), used);
        if (frame.isTopicUpdate())
            frame.sendNanos.fetch_add(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - began).count(),
                std::memory_order_relaxed);
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Result::WouldBlock : Result::Failed;
        }
        if (n == 0)
            return Result::WouldBlock;
        m_offset += static_cast<std::size_t>(n);
        if (m_offset < total)
            continue;
        // A whole frame, not a trickle of bytes, is what shows the client still keeps up.
        m_missedInARow = 0;
        if (frame.isTopicUpdate())
            frame.copies.fetch_add(1, std::memory_order_relaxed);
        observer.delivered(frame, Clock::now());
        m_bytes -= sizeOf(frame);
        --m_frames;
        ++frames;
        bytes += total;
        m_offset = 0;
        m_queue.pop_front();
    }
    return Result::Done;
}

} // namespace nextevent::server::realtime
