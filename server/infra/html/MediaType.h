// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace nextevent::server::infra
{

/// An image format recognised from the bytes of an upload, never from its name or declared type.
class MediaType
{
public:
    enum class Kind
    {
        Jpeg,
        Png,
        Gif,
        Webp
    };

    /// Identifies JPEG (FF D8 FF + a marker byte), PNG (signature + IHDR chunk), GIF (GIF87a/GIF89a +
    /// screen descriptor) and WebP (RIFF....WEBP + a VP8/VP8L/VP8X chunk) by their leading bytes.
    /// Returns std::nullopt for anything else, including SVG, HTML, empty and truncated headers.
    static std::optional<MediaType> detectImage(std::string_view content) noexcept;

    /// The detected format.
    Kind kind() const
    {
        return m_kind;
    }

    /// The MIME type to serve it with, e.g. "image/jpeg".
    std::string_view mime() const noexcept;

    /// The file extension to store it under, without the dot, e.g. "jpg".
    std::string_view extension() const noexcept;

    bool operator==(const MediaType &) const = default;

private:
    explicit MediaType(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind;
};

} // namespace nextevent::server::infra
