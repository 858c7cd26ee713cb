// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace nextevent::server::realtime
{

/// WebSocket opcodes the server sends (RFC 6455 §5.2).
enum class Opcode : std::uint8_t
{
    Text = 0x1,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

/// Close codes the hub uses (RFC 6455 §7.4.1).
namespace closeCode
{
constexpr std::uint16_t Normal = 1000;
constexpr std::uint16_t GoingAway = 1001;       ///< server shutting down
constexpr std::uint16_t ProtocolError = 1002;   ///< malformed or fragmented frame
constexpr std::uint16_t Unsupported = 1003;     ///< binary frames
constexpr std::uint16_t InvalidData = 1007;     ///< a compressed message that does not inflate
constexpr std::uint16_t PolicyViolation = 1008; ///< message rate far over the limit
constexpr std::uint16_t TooBig = 1009;          ///< frame over the size limit
constexpr std::uint16_t TryAgainLater = 1013;   ///< send queue full: the client could not keep up
} // namespace closeCode

/// One server frame, encoded once and shared by every connection it is sent to, so a fan-out to thousands
/// costs one encoding and one allocation.
///
/// A plain frame's `bytes` are the whole frame (header + unmasked payload). A topic update (`topic` set) is
/// kept in two shared parts around its seq, which each connection gives when it writes it (SendQueue):
/// payload = bytes + seq digits + tail, preceded by a header made for that length.
struct OutFrame
{
    std::string bytes;
    std::string topic; ///< topic updates only: the topic (updates of one topic replace each other unsent)
    std::string tail;  ///< topic updates only: the payload after the seq
    /// For connections that negotiated permessage-deflate, when the message is large: a topic update's
    /// `bytes` compressed once (raw deflate, ending on a sync flush), to which each connection adds its seq
    /// and the tail as a stored block; a plain frame's whole compressed frame (header with RSV1 and payload).
    std::string deflated;
    std::chrono::steady_clock::time_point created;
    bool broadcast = false; ///< an update fanned out to a topic (its delivery latency is measured)
    /// Connections still to write a broadcast frame; the one that brings it to 0 ends the fan-out pass.
    mutable std::atomic<std::int64_t> pending{0};
    /// Sender time spent writing this update and the copies written completely (sizes the topic's
    /// coalescing interval from what the last pass really cost).
    mutable std::atomic<std::int64_t> sendNanos{0};
    mutable std::atomic<std::int64_t> copies{0};

    bool isTopicUpdate() const
    {
        return !topic.empty();
    }
};

using FramePtr = std::shared_ptr<const OutFrame>;

/// The complete frame: FIN + opcode, 7/16/64-bit length, payload.
std::string encodeFrame(Opcode opcode, std::string_view payload);

/// The header alone (FIN + opcode and the length) of a frame whose payload is `size` bytes; `compressed`
/// sets RSV1, which marks a permessage-deflate message (RFC 7692).
std::string encodeHeader(Opcode opcode, std::uint64_t size, bool compressed = false);

/// Topic updates at least this long are also kept deflated (smaller ones are not worth a compressor).
constexpr std::size_t kDeflateMinBytes = 512;

/// `text` as raw deflate ending on a sync flush (byte-aligned, so more blocks may follow), without
/// context from anything before it (the extension is negotiated with server_no_context_takeover).
std::string deflateRaw(std::string_view text);

/// The 5-byte header of a stored (uncompressed) deflate block of `size` bytes (at most 65,535).
std::string storedBlockHeader(std::size_t size);

/// A permessage-deflate message's payload inflated (the 00 00 FF FF its sender dropped put back):
/// nullopt when it is not valid deflate data; `tooBig` when it inflates past `limit` bytes.
std::optional<std::string> inflateMessage(std::string_view payload, std::size_t limit, bool &tooBig);

/// `{"data":DATA,"seq":SEQ,"topic":TOPIC,"type":TYPE}` from DATA's JSON text, byte for byte what
/// nextevent::realtime::snapshotMessage / updateMessage make, without parsing or dumping DATA again.
std::string
topicMessage(std::string_view type, const std::string &topic, std::int64_t seq, std::string_view data);

/// A topic update of `data` (JSON text) whose seq each connection fills in (see OutFrame).
std::shared_ptr<OutFrame> makeTopicUpdate(const std::string &topic, std::string_view data);

FramePtr makeFrame(Opcode opcode, std::string_view payload, bool broadcast = false);

/// A text frame that also keeps its compressed form when large (a snapshot shared by many connections).
FramePtr makeCompressibleText(std::string_view payload);

/// A close frame with status `code` and a short UTF-8 reason (cut to fit a control frame).
FramePtr makeCloseFrame(std::uint16_t code, std::string_view reason);

} // namespace nextevent::server::realtime
