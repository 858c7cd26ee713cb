// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace nextevent::server::web
{

/// One file of the mobile site compiled into the binary: "templates/x.mustache", "translations/en.json",
/// "static/site.css", ...
struct EmbeddedFile
{
    std::string_view name;
    std::string_view bytes;
};

/// Every embedded file (generated at build time by EmbedWebFiles.cmake).
const std::vector<EmbeddedFile> &embeddedWebFiles();

} // namespace nextevent::server::web
