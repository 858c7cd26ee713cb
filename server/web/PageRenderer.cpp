// SPDX-License-Identifier: MIT
#include "server/web/PageRenderer.h"

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
} // namespace

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
}

std::string
PageRenderer::render(const std::string &page, const std::string &lang, const nlohmann::json &context) const
{
    const std::string &body = m_templates.at(page);
    nlohmann::json all = context.is_object() ? context : nlohmann::json::object();
    all["t"] = m_translations.strings(lang);
    all["lang"] = lang;
    all["htmlLang"] = lang == "zh_CN" ? "zh-CN" : lang;
    all["css"] = m_assets.url("site.css");
    all["js"] = m_assets.url("app.js");
    all["wechatJs"] = m_assets.url("wechat.js");
    mustache::data data = toData(all);
    // Partials: the page body, and every template by name (shared pieces such as the message box).
    data.set("content", mustache::partial([&body]() { return body; }));
    for (const auto &[name, source] : m_templates)
        if (name != "layout" && name != "content")
            data.set("partial-" + name, mustache::partial([&source]() { return source; }));
    mustache::mustache layout(m_templates.at("layout"));
    std::string html = layout.render(data);
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
