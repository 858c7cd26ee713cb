// SPDX-License-Identifier: MIT
#include "server/infra/ContentAdapters.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "nextevent/Ids.h"

#include "server/infra/html/HtmlExcerpt.h"
#include "server/infra/html/MediaType.h"

namespace nextevent::server::infra
{

FileMediaStorage::FileMediaStorage(std::filesystem::path root)
    : m_root(std::move(root))
{
}

std::filesystem::path FileMediaStorage::pathOf(const std::string &name) const
{
    // Names are content hashes chosen by the server ("<sha256>.<ext>"); anything else is refused.
    if (name.size() < 3 || name.find('/') != std::string::npos || name.find("..") != std::string::npos)
        throw std::invalid_argument("bad media name");
    return m_root / name.substr(0, 2) / name;
}

void FileMediaStorage::put(const std::string &name, std::string_view bytes)
{
    const auto target = pathOf(name);
    if (std::filesystem::exists(target))
        return;
    std::filesystem::create_directories(target.parent_path());
    const auto temp = target.parent_path() / ("." + name + "." + newUuid() + ".tmp");
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create " + temp.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size())
    {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
        {
            ::close(fd);
            std::filesystem::remove(temp);
            throw std::runtime_error("cannot write media file: " + std::string(std::strerror(errno)));
        }
        written += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    std::filesystem::rename(temp, target);
}

std::optional<std::string> FileMediaStorage::get(const std::string &name)
{
    std::ifstream in(pathOf(name), std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

GumboHtmlCleaner::GumboHtmlCleaner(HtmlSanitizerOptions options)
    : m_sanitizer(std::move(options))
{
}

std::string GumboHtmlCleaner::clean(std::string_view html)
{
    return m_sanitizer.sanitize(html).html;
}

std::string GumboHtmlCleaner::excerpt(std::string_view html, std::size_t maxChars)
{
    return htmlExcerpt(html, maxChars);
}

std::optional<app::ImageType> MagicImageSniffer::detect(std::string_view bytes)
{
    const auto type = MediaType::detectImage(bytes);
    if (!type)
        return std::nullopt;
    return app::ImageType{std::string(type->mime()), std::string(type->extension())};
}

} // namespace nextevent::server::infra
