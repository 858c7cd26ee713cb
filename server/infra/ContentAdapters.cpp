// SPDX-License-Identifier: MIT
#include "server/infra/ContentAdapters.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "nextevent/Error.h"
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

namespace
{
/// Errors that mean "the disk is full" (or this process may not grow files further) are reported as
/// INSUFFICIENT_STORAGE, so a client sees 507 rather than an internal error.
bool isOutOfSpace(int error)
{
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
}

[[noreturn]] void throwStorageError(const std::string &what, int error)
{
    if (isOutOfSpace(error))
        throw Error(ErrorCode::InsufficientStorage, "The server has no room left to store the file");
    throw std::runtime_error(what + ": " + std::strerror(error));
}
} // namespace

void FileMediaStorage::put(const std::string &name, std::string_view bytes)
{
    const auto target = pathOf(name);
    if (std::filesystem::exists(target))
        return;
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec)
        throwStorageError("cannot create " + target.parent_path().string(), ec.value());
    const auto temp = target.parent_path() / ("." + name + "." + newUuid() + ".tmp");
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throwStorageError("cannot create " + temp.string(), errno);
    // Any failure from here on removes the temporary file: nothing half-written is left behind.
    const auto fail = [&](const char *what, int error)
    {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throwStorageError(what, error);
    };
    std::size_t written = 0;
    while (written < bytes.size())
    {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
        {
            const int error = n < 0 ? errno : ENOSPC; // write() returning 0 for a regular file: no room
            ::close(fd);
            fail("cannot write media file", error);
        }
        written += static_cast<std::size_t>(n);
    }
    // Delayed allocation (and network file systems) report a full disk only here.
    if (::fsync(fd) != 0)
    {
        const int error = errno;
        ::close(fd);
        fail("cannot flush media file", error);
    }
    if (::close(fd) != 0)
        fail("cannot close media file", errno);
    std::filesystem::rename(temp, target, ec);
    if (ec)
        fail("cannot rename media file", ec.value());
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
