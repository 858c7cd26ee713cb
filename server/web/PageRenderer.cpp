// SPDX-License-Identifier: MIT
#include "server/web/PageRenderer.h"

#include <functional>
#include <stdexcept>

#include <kainjow/mustache.hpp>

namespace nextevent::server::web
{
namespace
{
namespace mustache = kainjow::mustache;

mustache::data toData(const nlohmann::json &value)
{
    switch (value.type())
    {
    case nlohmann::json::value_t::object:
    {
        mustache::data out{mustache::data::type::object};
        for (const auto &[key, item] : value.items())
            out.set(key, toData(item));
        return out;
    }
    case nlohmann::json::value_t::array:
    {
        mustache::data out{mustache::data::type::list};
        for (const auto &item : value)
            out.push_back(toData(item));
        return out;
    }
    case nlohmann::json::value_t::string:
        return mustache::data(value.get<std::string>());
    case nlohmann::json::value_t::boolean:
        return mustache::data(value.get<bool>() ? mustache::data::type::bool_true
                                                : mustache::data::type::bool_false);
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        return mustache::data(mustache::data::type::bool_false);
    default:
        return mustache::data(value.dump());
    }
}

void checkParses(const std::string &name, const std::string &source)
{
    mustache::mustache parsed(source);
    if (!parsed.is_valid())
        throw std::runtime_error("template " + name + " does not parse: " + parsed.error_message());
}

/// Replaces each `{{>name}}` with the named template's source, recursively. kainjow renders a partial by
/// parsing its text again at every use, in the caller's context and line state; the inlined text renders
/// the same and is parsed once. A partial with no source renders nothing, as kainjow's does.
std::string inlinePartials(const std::string &source,
                           const std::function<const std::string *(const std::string &)> &lookup,
                           int depth = 0)
{
    if (depth > 8)
        throw std::runtime_error("template partials nest too deep (a partial includes itself?)");
    std::string out;
    out.reserve(source.size());
    std::size_t at = 0;
    for (std::size_t open = source.find("{{>", at); open != std::string::npos; open = source.find("{{>", at))
    {
        const std::size_t close = source.find("}}", open + 3);
        if (close == std::string::npos)
            break;
        std::string name = source.substr(open + 3, close - open - 3);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        out.append(source, at, open - at);
        if (const std::string *partial = lookup(name))
            out += inlinePartials(*partial, lookup, depth + 1);
        at = close + 2;
    }
    out.append(source, at, std::string::npos);
    return out;
}

/// kainjow's context, with one change: a dotted name ({{t.title}}, most of the pages' names) is split
/// in place; kainjow splits it through a std::stringstream per lookup, which was a quarter of a page's
/// render time. Lookup order and semantics are kainjow's: the innermost item that has the whole path wins.
class Lookup final : public mustache::basic_context<std::string>
{
public:
    explicit Lookup(std::vector<const mustache::data *> items)
        : m_items(std::move(items))
    {
    }

    void push(const mustache::data *data) override
    {
        m_items.insert(m_items.begin(), data);
    }

    void pop() override
    {
        m_items.erase(m_items.begin());
    }

    const mustache::data *get(const std::string &name) const override
    {
        if (name == ".")
            return m_items.front();
        if (name.find('.') == std::string::npos)
            return get_partial(name);
        std::string part;
        for (const auto *item : m_items)
        {
            const mustache::data *var = item;
            std::size_t from = 0;
            while (var && from < name.size())
            {
                const std::size_t dot = std::min(name.find('.', from), name.size());
                part.assign(name, from, dot - from);
                var = var->get(part);
                from = dot + 1;
            }
            if (var)
                return var;
        }
        return nullptr;
    }

    const mustache::data *get_partial(const std::string &name) const override
    {
        for (const auto *item : m_items)
            if (const auto *var = item->get(name))
                return var;
        return nullptr;
    }

private:
    std::vector<const mustache::data *> m_items;
};
} // namespace

struct PageRenderer::Compiled
{
    /// Read-only once built: kainjow's render() walks the parsed tree without changing it (it writes its
    /// error message only when a lambda or partial fails, and these templates have neither), so the
    /// request threads share one parse per page.
    std::map<std::string, std::unique_ptr<mustache::mustache>> pages;
    std::map<std::string, mustache::data> shared; ///< per language: t, lang, htmlLang and asset URLs
};

PageRenderer::PageRenderer(const std::vector<EmbeddedFile> &files,
                           const Translations &translations,
                           const StaticAssets &assets)
    : m_translations(translations)
    , m_assets(assets)
{
    static constexpr std::string_view kPrefix = "templates/";
    static constexpr std::string_view kSuffix = ".mustache";
    for (const auto &file : files)
    {
        const auto name = file.name;
        if (name.substr(0, kPrefix.size()) != kPrefix || name.size() <= kPrefix.size() + kSuffix.size() ||
            name.substr(name.size() - kSuffix.size()) != kSuffix)
            continue;
        const std::string key(name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size()));
        m_templates[key] = std::string(file.bytes);
        checkParses(key, m_templates[key]);
    }
    if (!m_templates.contains("layout"))
        throw std::runtime_error("template layout is missing");

    auto compiled = std::make_unique<Compiled>();
    for (const auto &[page, body] : m_templates)
    {
        if (page == "layout")
            continue;
        // Partials: `content` is the page body; `partial-NAME` is any other template (shared pieces).
        const auto lookup = [this, &body](const std::string &name) -> const std::string *
        {
            if (name == "content")
                return &body;
            if (name.rfind("partial-", 0) == 0)
            {
                const auto it = m_templates.find(name.substr(8));
                if (it != m_templates.end() && it->first != "layout" && it->first != "content")
                    return &it->second;
            }
            return nullptr;
        };
        auto parsed = std::make_unique<mustache::mustache>(inlinePartials(m_templates.at("layout"), lookup));
        if (!parsed->is_valid())
            throw std::runtime_error("page " + page + " does not parse: " + parsed->error_message());
        compiled->pages.emplace(page, std::move(parsed));
    }
    for (const auto &lang : Translations::languages())
    {
        mustache::data shared{mustache::data::type::object};
        shared.set("t", toData(m_translations.strings(lang)));
        shared.set("lang", lang);
        shared.set("htmlLang", lang == "zh_CN" ? std::string("zh-CN") : lang);
        shared.set("css", m_assets.url("site.css"));
        shared.set("js", m_assets.url("app.js"));
        shared.set("wechatJs", m_assets.url("wechat.js"));
        compiled->shared.emplace(lang, std::move(shared));
    }
    m_compiled = std::move(compiled);
}

PageRenderer::~PageRenderer() = default;

std::string
PageRenderer::render(const std::string &page, const std::string &lang, const nlohmann::json &context) const
{
    std::string key = page;
    key.push_back('\0');
    key.append(lang);
    key.push_back('\0');
    try
    {
        key.append(context.dump());
    }
    catch (const nlohmann::json::type_error &)
    {
        // Text that is not UTF-8 (a query value echoed into a form, say) has no exact JSON: render it as is.
        return renderNow(page, lang, context);
    }
    {
        std::lock_guard lock(m_memoMutex);
        if (const auto found = m_memo.find(key); found != m_memo.end())
        {
            m_memoOrder.splice(m_memoOrder.begin(), m_memoOrder, found->second);
            m_memoHits.fetch_add(1, std::memory_order_relaxed);
            return *found->second->second;
        }
    }
    auto html = std::make_shared<const std::string>(renderNow(page, lang, context));
    m_renders.fetch_add(1, std::memory_order_relaxed);
    const std::size_t size = key.size() + html->size();
    if (size > kMemoBytes / 8)
        return *html; // one huge page must not push out everything else
    std::lock_guard lock(m_memoMutex);
    if (m_memo.find(key) != m_memo.end())
        return *html; // another thread rendered it meanwhile
    m_memoOrder.emplace_front(std::move(key), html);
    m_memo.emplace(m_memoOrder.front().first, m_memoOrder.begin());
    m_memoSize += size;
    while (m_memoSize > kMemoBytes && !m_memoOrder.empty())
    {
        const auto &oldest = m_memoOrder.back();
        m_memoSize -= oldest.first.size() + oldest.second->size();
        m_memo.erase(oldest.first);
        m_memoOrder.pop_back();
    }
    return *html;
}

std::string
PageRenderer::renderNow(const std::string &page, const std::string &lang, const nlohmann::json &context) const
{
    const auto it = m_compiled->pages.find(page);
    if (it == m_compiled->pages.end())
        throw std::out_of_range("no page template " + page);
    const mustache::data &shared = m_compiled->shared.at(lang);
    const mustache::data own =
        context.is_object() ? toData(context) : mustache::data(mustache::data::type::object);
    // The language's values are looked up first, then the page's own (as when they were merged over it).
    Lookup lookup({&shared, &own});
    mustache::mustache &layout = *it->second;
    std::string html = layout.render(lookup);
    if (!layout.is_valid())
        throw std::runtime_error("page " + page + " failed to render: " + layout.error_message());
    return html;
}

std::vector<std::string> PageRenderer::templateNames() const
{
    std::vector<std::string> names;
    for (const auto &[name, source] : m_templates)
        names.push_back(name);
    return names;
}

const std::string &PageRenderer::source(const std::string &name) const
{
    return m_templates.at(name);
}

} // namespace nextevent::server::web
