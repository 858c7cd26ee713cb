// SPDX-License-Identifier: MIT
#include "server/infra/html/MediaType.h"

namespace nextevent::server::infra
{

namespace
{

unsigned char byteAt(std::string_view content, std::size_t i)
{
    return static_cast<unsigned char>(content[i]);
}

} // namespace

std::optional<MediaType> MediaType::detectImage(std::string_view content) noexcept
{
    using namespace std::string_view_literals;

    // JPEG: SOI marker FF D8, then the first segment's marker: FF and a marker code (C0..FE).
    if (content.size() >= 4 && byteAt(content, 0) == 0xFF && byteAt(content, 1) == 0xD8 &&
        byteAt(content, 2) == 0xFF && byteAt(content, 3) >= 0xC0 && byteAt(content, 3) != 0xFF)
    {
        return MediaType(Kind::Jpeg);
    }
    // PNG: 8-byte signature, then the first chunk, which must be IHDR (length 4 bytes, type 4 bytes).
    if (content.size() >= 16 && content.substr(0, 8) == "\x89PNG\r\n\x1A\n"sv &&
        content.substr(12, 4) == "IHDR"sv)
    {
        return MediaType(Kind::Png);
    }
    // GIF: version signature and the 7-byte logical screen descriptor.
    if (content.size() >= 13 && (content.starts_with("GIF87a"sv) || content.starts_with("GIF89a"sv)))
    {
        return MediaType(Kind::Gif);
    }
    // WebP: RIFF container of form type WEBP whose first chunk is lossy, lossless or extended.
    if (content.size() >= 16 && content.starts_with("RIFF"sv) && content.substr(8, 4) == "WEBP"sv)
    {
        const std::string_view chunk = content.substr(12, 4);
        if (chunk == "VP8 "sv || chunk == "VP8L"sv || chunk == "VP8X"sv)
        {
            return MediaType(Kind::Webp);
        }
    }
    return std::nullopt;
}

std::string_view MediaType::mime() const noexcept
{
    switch (m_kind)
    {
    case Kind::Jpeg:
        return "image/jpeg";
    case Kind::Png:
        return "image/png";
    case Kind::Gif:
        return "image/gif";
    case Kind::Webp:
        return "image/webp";
    }
    return "application/octet-stream";
}

std::string_view MediaType::extension() const noexcept
{
    switch (m_kind)
    {
    case Kind::Jpeg:
        return "jpg";
    case Kind::Png:
        return "png";
    case Kind::Gif:
        return "gif";
    case Kind::Webp:
        return "webp";
    }
    return "bin";
}

} // namespace nextevent::server::infra
