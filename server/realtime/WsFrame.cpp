// SPDX-License-Identifier: MIT
#include "server/realtime/WsFrame.h"

#include <array>
#include <zlib.h>

#include <nlohmann/json.hpp>

namespace nextevent::server::realtime
{

std::string encodeHeader(Opcode opcode, std::uint64_t size, bool compressed)
{
    std::string out;
    out.push_back(static_cast<char>(0x80 | (compressed ? 0x40 : 0) | static_cast<std::uint8_t>(opcode)));
    if (size < 126)
        out.push_back(static_cast<char>(size));
    else if (size <= 0xFFFF)
    {
        out.push_back(static_cast<char>(126));
        out.push_back(static_cast<char>((size >> 8) & 0xFF));
        out.push_back(static_cast<char>(size & 0xFF));
    }
    else
    {
        out.push_back(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(static_cast<char>((size >> shift) & 0xFF));
    }
    return out;
}

std::string encodeFrame(Opcode opcode, std::string_view payload)
{
    std::string out = encodeHeader(opcode, payload.size());
    out.reserve(out.size() + payload.size());
    out.append(payload);
    return out;
}

std::string deflateRaw(std::string_view text)
{
    z_stream z{};
    // Raw deflate (negative window bits), the full 32 KB window, level 1: fan-outs want speed, and JSON
    // of repeated shape compresses well even so.
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&z, static_cast<uLong>(text.size())) + 16, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_SYNC_FLUSH);
    const bool ok = (rc == Z_OK || rc == Z_BUF_ERROR) && z.avail_in == 0;
    out.resize(z.total_out);
    deflateEnd(&z);
    return ok ? out : std::string{};
}

std::string storedBlockHeader(std::size_t size)
{
    // BFINAL 0, BTYPE 00, then LEN and its one's complement NLEN, little-endian.
    const auto len = static_cast<std::uint16_t>(size);
    const auto nlen = static_cast<std::uint16_t>(~len);
    return std::string{'\0',
                       static_cast<char>(len & 0xFF),
                       static_cast<char>(len >> 8),
                       static_cast<char>(nlen & 0xFF),
                       static_cast<char>(nlen >> 8)};
}

std::optional<std::string> inflateMessage(std::string_view payload, std::size_t limit, bool &tooBig)
{
    tooBig = false;
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        return std::nullopt;
    static constexpr unsigned char kFlushTail[4] = {0x00, 0x00, 0xFF, 0xFF};
    std::string out;
    std::array<char, 16384> chunk{};
    bool failed = false;
    bool ended = false; // a final block: the sender may end a message with one
    for (int part = 0; part < 2 && !failed && !tooBig && !ended; ++part)
    {
        z.next_in = part == 0 ? reinterpret_cast<Bytef *>(const_cast<char *>(payload.data()))
                              : const_cast<Bytef *>(kFlushTail);
        z.avail_in = part == 0 ? static_cast<uInt>(payload.size()) : 4u;
        do
        {
            z.next_out = reinterpret_cast<Bytef *>(chunk.data());
            z.avail_out = static_cast<uInt>(chunk.size());
            const int rc = inflate(&z, Z_SYNC_FLUSH);
            out.append(chunk.data(), chunk.size() - z.avail_out);
            if (out.size() > limit)
                tooBig = true;
            else if (rc == Z_STREAM_END)
                ended = true;
            else if (rc == Z_BUF_ERROR)
                break; // nothing more to do with this input
            else if (rc != Z_OK)
                failed = true;
        } while (!tooBig && !ended && !failed && (z.avail_in > 0 || z.avail_out == 0));
    }
    inflateEnd(&z);
    if (failed || tooBig)
        return std::nullopt;
    return out;
}

namespace
{
// nlohmann::json objects keep their keys sorted, so the messages read data, seq, topic, type.
std::string messageHead(std::string_view data)
{
    std::string out;
    out.reserve(data.size() + 24);
    out.append(R"({"data":)").append(data).append(R"(,"seq":)");
    return out;
}

std::string messageTail(const std::string &topic, std::string_view type)
{
    return R"(,"topic":)" + nlohmann::json(topic).dump() + R"(,"type":)" + nlohmann::json(type).dump() + "}";
}
} // namespace

std::string
topicMessage(std::string_view type, const std::string &topic, std::int64_t seq, std::string_view data)
{
    return messageHead(data) + std::to_string(seq) + messageTail(topic, type);
}

std::shared_ptr<OutFrame> makeTopicUpdate(const std::string &topic, std::string_view data)
{
    auto frame = std::make_shared<OutFrame>();
    frame->bytes = messageHead(data);
    frame->topic = topic;
    frame->tail = messageTail(topic, "update");
    if (frame->bytes.size() >= kDeflateMinBytes)
        frame->deflated = deflateRaw(frame->bytes);
    frame->created = std::chrono::steady_clock::now();
    return frame;
}

FramePtr makeFrame(Opcode opcode, std::string_view payload, bool broadcast)
{
    auto frame = std::make_shared<OutFrame>();
    frame->bytes = encodeFrame(opcode, payload);
    frame->created = std::chrono::steady_clock::now();
    frame->broadcast = broadcast;
    return frame;
}

FramePtr makeCompressibleText(std::string_view payload)
{
    auto frame = std::make_shared<OutFrame>();
    frame->bytes = encodeFrame(Opcode::Text, payload);
    if (payload.size() >= kDeflateMinBytes)
    {
        std::string compressed = deflateRaw(payload);
        // A whole message drops the sync flush's empty block (RFC 7692 7.2.1); the receiver puts it back.
        static constexpr std::string_view kFlushTail("\x00\x00\xff\xff", 4);
        if (compressed.size() >= 4 &&
            std::string_view(compressed).substr(compressed.size() - 4) == kFlushTail)
            compressed.resize(compressed.size() - 4);
        if (!compressed.empty())
            frame->deflated = encodeHeader(Opcode::Text, compressed.size(), true) + compressed;
    }
    frame->created = std::chrono::steady_clock::now();
    return frame;
}

FramePtr makeCloseFrame(std::uint16_t code, std::string_view reason)
{
    std::string payload;
    payload.push_back(static_cast<char>(code >> 8));
    payload.push_back(static_cast<char>(code & 0xFF));
    // Control frames carry at most 125 bytes; cut on a UTF-8 boundary.
    std::size_t n = std::min<std::size_t>(reason.size(), 123);
    while (n > 0 && n < reason.size() && (static_cast<unsigned char>(reason[n]) & 0xC0) == 0x80)
        --n;
    payload.append(reason.substr(0, n));
    return makeFrame(Opcode::Close, payload);
}

} // namespace nextevent::server::realtime
