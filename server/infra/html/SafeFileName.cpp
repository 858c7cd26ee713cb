// SPDX-License-Identifier: MIT
#include "server/infra/html/SafeFileName.h"

#include <algorithm>
#include <array>

namespace nextevent::server::infra
{

namespace
{

constexpr std::size_t kMinBytes = 8;
constexpr std::size_t kMaxExtensionBytes = 16;

/// Decodes one UTF-8 code point at @p i; returns false (and consumes one byte) for invalid input.
bool decodeUtf8(std::string_view text, std::size_t &i, char32_t &cp)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t min = 0;
    if (lead < 0x80)
    {
        cp = lead;
        ++i;
        return true;
    }
    if ((lead & 0xE0) == 0xC0)
    {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    }
    else if ((lead & 0xF0) == 0xE0)
    {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    }
    else if ((lead & 0xF8) == 0xF0)
    {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    }
    else
    {
        ++i;
        return false;
    }
    if (i + length > text.size())
    {
        ++i;
        return false;
    }
    for (std::size_t k = 1; k < length; ++k)
    {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
        {
            ++i;
            return false;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    {
        ++i;
        return false;
    }
    i += length;
    return true;
}

bool isInvisibleOrControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

std::string_view trimDotsAndSpaces(std::string_view name)
{
    const std::size_t first = name.find_first_not_of(". ");
    if (first == std::string_view::npos)
    {
        return {};
    }
    return name.substr(first, name.find_last_not_of(". ") - first + 1);
}

bool isWindowsDeviceName(std::string_view name)
{
    std::string stem(name.substr(0, name.find('.')));
    stem = std::string(trimDotsAndSpaces(stem));
    std::transform(stem.begin(),
                   stem.end(),
                   stem.begin(),
                   [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; });
    static constexpr std::array<std::string_view, 4> kFixed{"CON", "PRN", "AUX", "NUL"};
    if (std::find(kFixed.begin(), kFixed.end(), stem) != kFixed.end())
    {
        return true;
    }
    return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && stem[3] >= '0' &&
           stem[3] <= '9';
}

/// Largest prefix of @p text no longer than @p bytes that does not split a UTF-8 sequence.
std::string_view utf8Prefix(std::string_view text, std::size_t bytes)
{
    if (bytes >= text.size())
    {
        return text;
    }
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
    {
        --bytes;
    }
    return text.substr(0, bytes);
}

} // namespace

std::string safeFileName(std::string_view original, std::size_t maxBytes)
{
    maxBytes = std::max(maxBytes, kMinBytes);

    const std::size_t separator = original.find_last_of("/\\");
    if (separator != std::string_view::npos)
    {
        original.remove_prefix(separator + 1);
    }

    std::string cleaned;
    cleaned.reserve(original.size());
    for (std::size_t i = 0; i < original.size();)
    {
        const std::size_t start = i;
        char32_t cp = 0;
        if (!decodeUtf8(original, i, cp))
        {
            cleaned += '_';
            continue;
        }
        if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == 0x00A0 || cp == 0x3000)
        {
            if (!cleaned.empty() && cleaned.back() != ' ')
            {
                cleaned += ' ';
            }
            continue;
        }
        if (isInvisibleOrControl(cp))
        {
            continue;
        }
        if (cp == U'<' || cp == U'>' || cp == U':' || cp == U'"' || cp == U'|' || cp == U'?' || cp == U'*')
        {
            cleaned += '_';
            continue;
        }
        cleaned.append(original.substr(start, i - start));
    }

    std::string name(trimDotsAndSpaces(cleaned));
    if (name.empty())
    {
        return "file";
    }
    if (isWindowsDeviceName(name))
    {
        name.insert(0, "_");
    }
    if (name.size() > maxBytes)
    {
        std::string_view extension;
        const std::size_t dot = name.rfind('.');
        if (dot != std::string::npos && dot > 0 && name.size() - dot <= kMaxExtensionBytes &&
            name.size() - dot < maxBytes / 2)
        {
            extension = std::string_view(name).substr(dot);
        }
        const std::string_view stem = trimDotsAndSpaces(utf8Prefix(
            std::string_view(name).substr(0, name.size() - extension.size()), maxBytes - extension.size()));
        name = std::string(stem) + std::string(extension);
        if (stem.empty())
        {
            name = "file" + std::string(extension);
        }
    }
    return name;
}

} // namespace nextevent::server::infra
