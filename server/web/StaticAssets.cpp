// SPDX-License-Identifier: MIT
#include "server/web/StaticAssets.h"

#include <sstream>
#include <stdexcept>

#include <Poco/DeflatingStream.h>
#include <sodium.h>

namespace nextevent::server::web
{
namespace
{
std::string mimeOf(const std::string &name)
{
    const auto dot = name.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
    if (ext == "css")
        return "text/css; charset=utf-8";
    if (ext == "js")
        return "text/javascript; charset=utf-8";
    if (ext == "svg")
        return "image/svg+xml";
    if (ext == "png")
        return "image/png";
    return "application/octet-stream";
}

std::string shortHash(const std::string &bytes)
{
    unsigned char digest[16];
    crypto_generichash(digest,
                       sizeof digest,
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       bytes.size(),
                       nullptr,
                       0);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < 6; ++i)
    {
        out.push_back(kHex[digest[i] >> 4]);
        out.push_back(kHex[digest[i] & 15]);
    }
    return out;
}
} // namespace

std::string gzip(const std::string &bytes)
{
    std::ostringstream out;
    {
        Poco::DeflatingOutputStream deflater(out, Poco::DeflatingStreamBuf::STREAM_GZIP, 9);
        deflater.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        deflater.close();
    }
    return out.str();
}

StaticAssets::StaticAssets(const std::vector<EmbeddedFile> &files)
{
    static constexpr std::string_view kPrefix = "static/";
    for (const auto &file : files)
    {
        if (file.name.substr(0, kPrefix.size()) != kPrefix)
            continue;
        StaticAsset asset;
        asset.name = std::string(file.name.substr(kPrefix.size()));
        asset.bytes = std::string(file.bytes);
        const std::string hash = shortHash(asset.bytes);
        const auto dot = asset.name.rfind('.');
        asset.fileName = dot == std::string::npos
                             ? asset.name + "." + hash
                             : asset.name.substr(0, dot) + "." + hash + asset.name.substr(dot);
        asset.mime = mimeOf(asset.name);
        asset.gzipped = gzip(asset.bytes);
        asset.etag = "\"" + hash + "\"";
        m_byName[asset.name] = std::move(asset);
    }
    for (const auto &[name, asset] : m_byName)
        m_byFileName[asset.fileName] = &asset;
}

std::string StaticAssets::url(const std::string &name) const
{
    return "/m/static/" + m_byName.at(name).fileName;
}

const StaticAsset *StaticAssets::find(const std::string &fileName) const
{
    const auto it = m_byFileName.find(fileName);
    return it == m_byFileName.end() ? nullptr : it->second;
}

} // namespace nextevent::server::web
