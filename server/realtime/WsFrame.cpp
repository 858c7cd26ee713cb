// SPDX-License-Identifier: MIT
#include "server/realtime/WsFrame.h"

namespace nextevent::server::realtime
{

std::string encodeFrame(Opcode opcode, std::string_view payload)
{
    std::string out;
    const std::uint64_t size = payload.size();
    out.reserve(payload.size() + 10);
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
    out.append(payload);
    return out;
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
