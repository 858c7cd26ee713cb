// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Interfaces the content services own; server/infra implements them.
namespace nextevent::server::app
{

/// Where uploaded files live (a folder by default; an object store could implement this later).
class MediaStorage
{
public:
    virtual ~MediaStorage() = default;
    /// Stores the bytes under `name` atomically (never a half-written file); existing files are kept.
    /// Throws INSUFFICIENT_STORAGE (507) when the disk is full, leaving nothing behind.
    virtual void put(const std::string &name, std::string_view bytes) = 0;
    /// The bytes stored under `name`, or nullopt.
    virtual std::optional<std::string> get(const std::string &name) = 0;
};

/// Cleans article HTML down to the allowed tags and attributes.
class HtmlCleaner
{
public:
    virtual ~HtmlCleaner() = default;
    virtual std::string clean(std::string_view html) = 0;
    /// Plain text of HTML, at most maxChars characters.
    virtual std::string excerpt(std::string_view html, std::size_t maxChars) = 0;
};

/// Recognised image formats (by content, never by name).
struct ImageType
{
    std::string mime;
    std::string extension;
};

class ImageSniffer
{
public:
    virtual ~ImageSniffer() = default;
    virtual std::optional<ImageType> detect(std::string_view bytes) = 0;
};

} // namespace nextevent::server::app
