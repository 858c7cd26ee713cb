// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "nextevent/Media.h"

#include "server/app/ContentPorts.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Image uploads, addressed by the SHA-256 of their content: the same file twice is stored once.
class MediaService
{
public:
    MediaService(Store &store, MediaStorage &storage, ImageSniffer &sniffer, std::int64_t maxBytes);

    /// VALIDATION_ERROR for an empty file or one that is not JPEG, PNG, GIF or WebP by content;
    /// PAYLOAD_TOO_LARGE above the limit.
    Media upload(std::string_view bytes, const std::string &originalName, const std::string &actor);

    Media get(const std::string &id);

    struct File
    {
        std::string bytes;
        std::string mime;
        std::string etag;
    };

    /// The stored file for "<sha256>.<ext>"; NOT_FOUND for any other name.
    File open(const std::string &fileName);

    std::int64_t maxBytes() const
    {
        return m_maxBytes;
    }

private:
    Store &m_store;
    MediaStorage &m_storage;
    ImageSniffer &m_sniffer;
    std::int64_t m_maxBytes;
};

} // namespace nextevent::server::app
