// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/web/StaticAssets.h"
#include "server/web/Translations.h"
#include "server/web/WebFiles.h"

namespace nextevent::server::web
{

/// Renders a page: templates/<page>.mustache inside templates/layout.mustache, with mustache (logic-less,
/// HTML-escaping every {{value}}; only {{{value}}} is raw, used for already-sanitised article HTML).
/// Every template sees the page's context plus `t` (the language's strings), `lang`, `htmlLang` and the
/// asset URLs `css`, `js` and `wechatJs` (the WeChat JS-SDK, for pages that set `share`).
class PageRenderer
{
public:
    /// Takes the "templates/..." entries of `files`; throws std::runtime_error for a template that does not
    /// parse.
    PageRenderer(const std::vector<EmbeddedFile> &files,
                 const Translations &translations,
                 const StaticAssets &assets);

    std::string render(const std::string &page, const std::string &lang, const nlohmann::json &context) const;

    /// Template names without extension ("layout", "survey", ...).
    std::vector<std::string> templateNames() const;

    /// The source of one template (for tests); throws std::out_of_range when unknown.
    const std::string &source(const std::string &name) const;

    ~PageRenderer();

private:
    struct Compiled;
    std::map<std::string, std::string> m_templates;
    const Translations &m_translations;
    const StaticAssets &m_assets;
    /// Parsed once at start: each page with the layout and its partials inlined, and each language's
    /// shared values (strings, asset URLs) as template data, so a request converts only its own context.
    std::unique_ptr<const Compiled> m_compiled;
};

} // namespace nextevent::server::web
