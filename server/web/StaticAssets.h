// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include "server/web/WebFiles.h"

namespace nextevent::server::web
{

/// The CSS and JavaScript of the mobile pages, served under /m/static/ with the content hash in the file
/// name ("site.3f2a9c1b7d0e.css"), so a URL never changes its bytes and may be cached for a year.
struct StaticAsset
{
    std::string name;     ///< "site.css"
    std::string fileName; ///< "site.<hash>.css", as in the URL
    std::string mime;
    std::string bytes;
    std::string gzipped; ///< compressed once at start-up
    std::string etag;    ///< "\"<hash>\""
};

class StaticAssets
{
public:
    /// Takes the "static/..." entries of `files`.
    explicit StaticAssets(const std::vector<EmbeddedFile> &files);

    /// "/m/static/site.<hash>.css" for "site.css"; throws std::out_of_range for an unknown asset.
    std::string url(const std::string &name) const;

    /// The asset with this hashed file name, or null (also for a stale hash).
    const StaticAsset *find(const std::string &fileName) const;

private:
    std::map<std::string, StaticAsset> m_byName;
    std::map<std::string, const StaticAsset *> m_byFileName;
};

/// gzip of `bytes` at the best compression (also used by the page-weight test).
std::string gzip(const std::string &bytes);

} // namespace nextevent::server::web
