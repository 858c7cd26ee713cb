// SPDX-License-Identifier: MIT
#include "server/app/MediaService.h"

#include <sodium.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"

namespace nextevent::server::app
{
namespace
{
std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool isHex64(std::string_view text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}
} // namespace

MediaService::MediaService(Store &store, MediaStorage &storage, ImageSniffer &sniffer, std::int64_t maxBytes)
    : m_store(store)
    , m_storage(storage)
    , m_sniffer(sniffer)
    , m_maxBytes(maxBytes)
{
}

Media MediaService::upload(std::string_view bytes, const std::string &originalName, const std::string &actor)
{
    if (bytes.empty())
        throw Error::validation({{"file", FieldCode::Required, "is empty"}});
    if (static_cast<std::int64_t>(bytes.size()) > m_maxBytes)
        throw Error(ErrorCode::PayloadTooLarge,
                    "The file is larger than " + std::to_string(m_maxBytes) + " bytes");
    const auto type = m_sniffer.detect(bytes);
    if (!type)
        throw Error::validation({{"file",
                                  FieldCode::InvalidFormat,
                                  "is not a JPEG, PNG, GIF or WebP image (checked by content)"}});
    const std::string sha = sha256Hex(bytes);
    {
        auto unit = m_store.read();
        if (auto existing = unit->media().findBySha256(sha))
            return existing->media;
    }
    StoredMedia stored;
    stored.media.id = newUuid();
    stored.media.sha256 = sha;
    stored.media.mime = type->mime;
    stored.media.size = static_cast<std::int64_t>(bytes.size());
    stored.media.createdAt = nextevent::now();
    stored.extension = type->extension;
    stored.originalName = originalName;
    stored.media.url = "/media/" + sha + "." + type->extension;
    // The file first, then the row: a row never points at a missing file.
    m_storage.put(sha + "." + type->extension, bytes);
    auto unit = m_store.write();
    if (auto existing = unit->media().findBySha256(sha))
        return existing->media;
    unit->media().insert(stored, actor);
    unit->audit().append(
        {actor, "upload", "media", stored.media.id, {{"sha256", sha}, {"size", bytes.size()}}});
    unit->commit();
    return stored.media;
}

Media MediaService::get(const std::string &id)
{
    auto stored = m_store.read()->media().find(id);
    if (!stored)
        throw Error(ErrorCode::NotFound, "No such media");
    return stored->media;
}

MediaService::File MediaService::open(const std::string &fileName)
{
    const auto dot = fileName.find('.');
    const Error notFound(ErrorCode::NotFound, "No such file");
    if (dot == std::string::npos || !isHex64(std::string_view(fileName).substr(0, dot)))
        throw notFound;
    auto stored = m_store.read()->media().findBySha256(fileName.substr(0, dot));
    if (!stored || fileName.substr(dot + 1) != stored->extension)
        throw notFound;
    auto bytes = m_storage.get(fileName);
    if (!bytes)
        throw notFound;
    return {std::move(*bytes), stored->media.mime, "\"" + stored->media.sha256 + "\""};
}

} // namespace nextevent::server::app
