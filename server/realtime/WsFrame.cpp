// SPDX-License-Identifier: MIT
#include "server/realtime/WsFrame.h"

#include <nlohmann/json.hpp>

namespace nextevent::server::realtime
{

std::string encodeHeader(Opcode opcode, std::uint64_t size)
{
    std::string out;
    out.push_back(static_cast<char>(0x80 | static_cast<std::uint8_t>(opcode)));
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
