// SPDX-License-Identifier: MIT
#include "nextevent/Ids.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <random>

namespace nextevent
{

namespace
{
std::array<std::uint8_t, 16> randomBytes()
{
    // std::random_device reads the kernel's CSPRNG on Linux; a seeded engine would make ids guessable.
    static std::mutex mutex;
    static std::random_device device;
    std::array<std::uint8_t, 16> bytes{};
    std::lock_guard lock(mutex);
    for (std::size_t i = 0; i < bytes.size(); i += 4)
    {
        const auto word = device();
        for (std::size_t j = 0; j < 4; ++j)
            bytes[i + j] = static_cast<std::uint8_t>(word >> (8 * j));
    }
    return bytes;
}

/// Sets the version nibble and the RFC variant bits, and writes the canonical form.
std::string format(std::array<std::uint8_t, 16> bytes, std::uint8_t version)
{
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | (version << 4));
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i)
    {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0F]);
    }
    return out;
}
} // namespace

std::string newUuid()
{
    return format(randomBytes(), 4);
}

std::string newTimeOrderedUuid(std::int64_t unixMillis)
{
    auto bytes = randomBytes();
    const auto millis = static_cast<std::uint64_t>(unixMillis);
    for (std::size_t i = 0; i < 6; ++i)
        bytes[i] = static_cast<std::uint8_t>(millis >> (8 * (5 - i)));
    return format(bytes, 7);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23)
        {
            if (c != '-')
                return false;
        }
        else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace nextevent
