// SPDX-License-Identifier: MIT
#include "server/web/PageRenderer.h"

#include <regex>

#include <gtest/gtest.h>

using nextevent::server::web::EmbeddedFile;
using nextevent::server::web::embeddedWebFiles;
using nextevent::server::web::PageRenderer;
using nextevent::server::web::StaticAssets;
using nextevent::server::web::Translations;
using nlohmann::json;

namespace
{
struct Site
{
    Translations translations{embeddedWebFiles()};
    StaticAssets assets{embeddedWebFiles()};
    PageRenderer renderer{embeddedWebFiles(), translations, assets};
};
} // namespace

TEST(PageRenderer, EscapesEveryValueByDefault)
{
    Site site;
    const std::string evil = "<script>alert('x')</script>\"&";
    const std::string html = site.renderer.render(
        "message",
        "en",
        json{{"title", evil}, {"heading", evil}, {"text", evil}, {"iconClass", "weui-icon-info"}});
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << html;
    EXPECT_NE(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&quot;&amp;"), std::string::npos)
        << html;
}

TEST(PageRenderer, EscapesAttributeValues)
{
    Site site;
    const std::string html = site.renderer.render(
        "message",
        "en",
        json{{"hasActions", true},
             {"actions",
              json::array({{{"url", "\" onclick=\"alert(1)"}, {"label", "x"}, {"primary", true}}})}});
    EXPECT_EQ(html.find("\" onclick=\"alert(1)"), std::string::npos) << html;
    EXPECT_NE(html.find("href=\"&quot; onclick=&quot;alert(1)\""), std::string::npos) << html;
}

TEST(PageRenderer, OnlyTheSanitisedArticleBodyIsRaw)
{
    Site site;
    const std::string html = site.renderer.render(
        "article",
        "en",
        json{{"article",
              {{"title", "<i>T</i>"}, {"contentHtml", "<p>Body <b>bold</b></p>"}, {"views", "1 views"}}}});
    EXPECT_NE(html.find("<p>Body <b>bold</b></p>"), std::string::npos);
    EXPECT_NE(html.find("&lt;i&gt;T&lt;/i&gt;"), std::string::npos);
}

TEST(PageRenderer, LayoutCarriesLanguageAssetsAndNoInlineScriptOrStyle)
{
    Site site;
    for (const auto &lang : Translations::languages())
    {
        const std::string html = site.renderer.render("message", lang, json{{"heading", "h"}, {"text", "t"}});
        EXPECT_NE(html.find(lang == "en" ? "<html lang=\"en\">" : "<html lang=\"zh-CN\">"),
                  std::string::npos);
        EXPECT_NE(html.find("<link rel=\"stylesheet\" href=\"" + site.assets.url("site.css") + "\">"),
                  std::string::npos);
        EXPECT_NE(html.find("<script src=\"" + site.assets.url("app.js") + "\" defer></script>"),
                  std::string::npos);
        EXPECT_EQ(html.find("style="), std::string::npos);
        EXPECT_EQ(html.find("<style"), std::string::npos);
        EXPECT_FALSE(std::regex_search(html, std::regex("\\son[a-z]+\\s*="))) << "inline event handler";
    }
    EXPECT_NE(site.renderer.render("message", "zh_CN", json::object()).find("NextEvent 活动平台"),
              std::string::npos);
    EXPECT_NE(site.renderer.render("message", "en", json::object()).find(">English<"), std::string::npos);
}

TEST(PageRenderer, EveryPageRendersWithAnEmptyContext)
{
    Site site;
    for (const auto &name : site.renderer.templateNames())
    {
        if (name == "layout")
            continue;
        EXPECT_NO_THROW(site.renderer.render(name, "en", json::object())) << name;
    }
}

TEST(PageRenderer, RefusesATemplateThatDoesNotParse)
{
    const std::vector<EmbeddedFile> files{{"templates/layout.mustache", "{{#open}}never closed"},
                                          {"static/site.css", ""},
                                          {"static/app.js", ""}};
    Translations translations(embeddedWebFiles());
    StaticAssets assets(files);
    EXPECT_THROW(PageRenderer(files, translations, assets), std::runtime_error);
}

// Pages are parsed once with the layout's partials inlined; they must render as kainjow renders partials
// (in place, in the caller's context, sections and line state included), and the language's values win over
// a page value of the same name, as they did when merged over the context.
TEST(PageRenderer, PartialsRenderInPlaceAndLanguageValuesWin)
{
    const std::vector<EmbeddedFile> files{
        {"templates/layout.mustache",
         "<{{lang}}>\n{{>content}}\n{{#items}}[{{> partial-item }}]{{/items}}\n"},
        {"templates/page.mustache", "{{#show}}\n{{title}} {{t.footer}}\n{{/show}}\n{{>nosuch}}"},
        {"templates/item.mustache", "{{name}}/{{title}}"},
        {"static/site.css", ""},
        {"static/app.js", ""},
        {"static/wechat.js", ""}};
    Translations translations(embeddedWebFiles());
    StaticAssets assets(files);
    PageRenderer renderer(files, translations, assets);
    const std::string html =
        renderer.render("page",
                        "en",
                        json{{"show", true},
                             {"title", "<T>"},
                             {"lang", "xx"},
                             {"items", json::array({{{"name", "a"}}, {{"name", "b"}, {"title", "own"}}})}});
    EXPECT_EQ(html, "<en>\n&lt;T&gt; " + translations.text("en", "footer") + "\n\n[a/&lt;T&gt;][b/own]\n");
    EXPECT_THROW(renderer.render("page", "fr", json::object()), std::out_of_range);
    EXPECT_THROW(renderer.render("nosuch", "en", json::object()), std::out_of_range);
}

TEST(PageRenderer, APageRenderedWithTheSameContextIsRenderedOnce)
{
    Site site;
    const json context{
        {"title", "T"}, {"heading", "Thanks"}, {"text", "一"}, {"iconClass", "weui-icon-info"}};
    const std::string first = site.renderer.render("message", "en", context);
    const std::string again = site.renderer.render("message", "en", context);
    EXPECT_EQ(again, first);
    EXPECT_EQ(site.renderer.renders(), 1u);
    EXPECT_EQ(site.renderer.memoHits(), 1u);

    // Anything else that differs is a new render: the context, the language, the page.
    json other = context;
    other["text"] = "二";
    const std::string changed = site.renderer.render("message", "en", other);
    EXPECT_NE(changed, first);
    EXPECT_NE(changed.find("二"), std::string::npos);
    EXPECT_NE(site.renderer.render("message", "zh_CN", context), first);
    EXPECT_EQ(site.renderer.renders(), 3u);
    EXPECT_EQ(site.renderer.render("message", "en", context), first) << "the first is still kept";
    EXPECT_EQ(site.renderer.memoHits(), 2u);
}

TEST(PageRenderer, TheMemoStaysWithinItsBound)
{
    Site site;
    // Pages of 1 MB of text each: past 32 MB the least recently used go, so the first is rendered anew.
    const std::string big(1024 * 1024, 'x');
    for (int i = 0; i < 40; ++i)
        site.renderer.render("message", "en", json{{"title", "T"}, {"text", big + std::to_string(i)}});
    EXPECT_EQ(site.renderer.renders(), 40u);
    site.renderer.render("message", "en", json{{"title", "T"}, {"text", big + "0"}});
    EXPECT_EQ(site.renderer.renders(), 41u) << "the oldest page was dropped";
    site.renderer.render("message", "en", json{{"title", "T"}, {"text", big + "39"}});
    EXPECT_EQ(site.renderer.memoHits(), 1u) << "the newest is kept";
}

TEST(PageRenderer, TextThatIsNotUtf8IsRenderedNotRefused)
{
    Site site;
    const json context{
        {"title", "T"}, {"text", std::string("caf\xe9 \xff")}, {"iconClass", "weui-icon-info"}};
    std::string html;
    EXPECT_NO_THROW(html = site.renderer.render("message", "en", context));
    EXPECT_NE(html.find("caf"), std::string::npos);
    EXPECT_NO_THROW(site.renderer.render("message", "en", context));
    EXPECT_EQ(site.renderer.memoHits(), 0u) << "not kept: its JSON cannot be written";
}
