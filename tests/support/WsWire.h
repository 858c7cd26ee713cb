// SPDX-License-Identifier: MIT
#pragma once
// What a WebSocket client does with the server's bytes, written for the tests apart from the server's code:
// split unmasked frames off the wire, and inflate a permessage-deflate message with zlib as a browser does.

#include <cstdint>
#include <string>
#include <vector>
#include <zlib.h>

namespace nextevent::test
{

/// One server frame: its first byte (FIN, RSV1–3, opcode) and its payload.
struct WireFrame
{
    unsigned char head = 0;
    std::string payload;

    bool compressed() const
    {
        return (head & 0x40) != 0;
    }
};

/// The complete frames at the start of `wire` (a partial last frame is left out).
inline std::vector<WireFrame> splitFrames(const std::string &wire)
{
    std::vector<WireFrame> out;
    std::size_t at = 0;
    const auto byte = [&](std::size_t i)
    {
        return static_cast<unsigned char>(wire[i]);
    };
    while (at + 2 <= wire.size())
    {
        std::uint64_t size = byte(at + 1) & 0x7F;
        std::size_t header = 2;
        if (size == 126)
        {
            if (at + 4 > wire.size())
                break;
            size = (std::uint64_t{byte(at + 2)} << 8) | byte(at + 3);
            header = 4;
        }
        else if (size == 127)
        {
            if (at + 10 > wire.size())
                break;
            size = 0;
            for (std::size_t i = 0; i < 8; ++i)
                size = (size << 8) | byte(at + 2 + i);
            header = 10;
        }
        if (at + header + size > wire.size())
            break;
        out.push_back({byte(at), wire.substr(at + header, size)});
        at += header + size;
    }
    return out;
}

/// A permessage-deflate message inflated (RFC 7692: the sender's trailing 00 00 FF FF put back); "" when
/// it is not valid deflate data.
inline std::string inflateAsABrowserDoes(const std::string &payload)
{
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        return {};
    std::string in = payload + std::string("\x00\x00\xff\xff", 4);
    z.next_in = reinterpret_cast<Bytef *>(in.data());
    z.avail_in = static_cast<uInt>(in.size());
    std::string out;
    char chunk[16384];
    int rc = Z_OK;
    do
    {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_SYNC_FLUSH);
        out.append(chunk, sizeof chunk - z.avail_out);
    } while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
    const bool whole = (rc == Z_OK || rc == Z_BUF_ERROR) && z.avail_in == 0;
    inflateEnd(&z);
    return whole ? out : std::string{};
}

} // namespace nextevent::test
