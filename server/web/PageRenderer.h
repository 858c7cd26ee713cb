// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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

    /// A render depends on the page, the language and the context alone, so recent results are kept
    /// (least recently used dropped past `kMemoBytes`): a page a crowd opens with the same context (a survey,
    /// an article, an event for readers not registered yet) is rendered once, not once per phone.
    std::string render(const std::string &page, const std::string &lang, const nlohmann::json &context) const;

    static constexpr std::size_t kMemoBytes = 32 * 1024 * 1024;

    /// Renders answered from the memo, and renders done (tests, metrics).
    std::uint64_t memoHits() const
    {
        return m_memoHits.load();
    }

    std::uint64_t renders() const
    {
        return m_renders.load();
    }

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

    std::string
    renderNow(const std::string &page, const std::string &lang, const nlohmann::json &context) const;

    /// page, lang and the context's JSON → HTML; most recently used first.
    using MemoEntry = std::pair<std::string, std::shared_ptr<const std::string>>;
    mutable std::mutex m_memoMutex;
    mutable std::list<MemoEntry> m_memoOrder;
    mutable std::unordered_map<std::string_view, std::list<MemoEntry>::iterator> m_memo;
    mutable std::size_t m_memoSize = 0;
    mutable std::atomic<std::uint64_t> m_memoHits{0};
    mutable std::atomic<std::uint64_t> m_renders{0};
};

} // namespace nextevent::server::web
