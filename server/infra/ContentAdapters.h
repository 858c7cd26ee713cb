// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "server/app/ContentPorts.h"
#include "server/infra/html/HtmlSanitizer.h"

namespace nextevent::server::infra
{

/// Media files in a folder tree (DATA_DIR/media/ab/abcdef….png), written to a temporary file, synced and
/// renamed into place so a crash never leaves a partial file under the final name.
class FileMediaStorage : public app::MediaStorage
{
public:
    explicit FileMediaStorage(std::filesystem::path root);
    void put(const std::string &name, std::string_view bytes) override;
    std::optional<std::string> get(const std::string &name) override;

private:
    std::filesystem::path pathOf(const std::string &name) const;
    std::filesystem::path m_root;
};

/// The gumbo-based sanitiser behind the app's HtmlCleaner port.
class GumboHtmlCleaner : public app::HtmlCleaner
{
public:
    explicit GumboHtmlCleaner(HtmlSanitizerOptions options = {});
    std::string clean(std::string_view html) override;
    std::string excerpt(std::string_view html, std::size_t maxChars) override;

private:
    HtmlSanitizer m_sanitizer;
};

/// Magic-byte image detection behind the app's ImageSniffer port.
class MagicImageSniffer : public app::ImageSniffer
{
public:
    std::optional<app::ImageType> detect(std::string_view bytes) override;
};

} // namespace nextevent::server::infra
