// SPDX-License-Identifier: MIT
#include "server/web/Translations.h"

#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "server/web/PageRenderer.h"
#include "server/web/WebFiles.h"

using nextevent::server::web::embeddedWebFiles;
using nextevent::server::web::Translations;

namespace
{
std::set<std::string> placeholders(const std::string &text)
{
    std::set<std::string> out;
    const std::regex pattern("\\{[a-z]+\\}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator();
         ++it)
        out.insert(it->str());
    return out;
}
} // namespace

TEST(Translations, BothLanguagesHaveTheSameKeysAndPlaceholders)
{
    const Translations translations(embeddedWebFiles());
    const auto &zh = translations.strings("zh_CN");
    const auto &en = translations.strings("en");
    for (const auto &[key, value] : en.items())
    {
        ASSERT_TRUE(zh.contains(key)) << "zh_CN lacks " << key;
        EXPECT_FALSE(value.get<std::string>().empty()) << "en " << key << " is empty";
        EXPECT_EQ(placeholders(value.get<std::string>()), placeholders(zh[key].get<std::string>()))
            << "placeholders of " << key << " differ";
    }
    for (const auto &[key, value] : zh.items())
    {
        EXPECT_TRUE(en.contains(key)) << "en lacks " << key;
        EXPECT_FALSE(value.get<std::string>().empty()) << "zh_CN " << key << " is empty";
    }
}

TEST(Translations, EveryStringATemplateUsesExistsInBothLanguages)
{
    const Translations translations(embeddedWebFiles());
    nextevent::server::web::StaticAssets assets(embeddedWebFiles());
    const nextevent::server::web::PageRenderer renderer(embeddedWebFiles(), translations, assets);
    const std::regex pattern("\\{\\{\\s*t\\.([A-Za-z0-9_]+)\\s*\\}\\}");
    int uses = 0;
    for (const auto &name : renderer.templateNames())
    {
        const std::string &source = renderer.source(name);
        for (auto it = std::sregex_iterator(source.begin(), source.end(), pattern);
             it != std::sregex_iterator();
             ++it)
        {
            ++uses;
            for (const auto &lang : Translations::languages())
                EXPECT_TRUE(translations.strings(lang).contains((*it)[1].str()))
                    << name << ".mustache uses t." << (*it)[1] << ", missing in " << lang;
        }
    }
    EXPECT_GT(uses, 20);
}

TEST(Translations, TextFillsPlaceholdersAndRefusesUnknownKeys)
{
    const Translations translations(embeddedWebFiles());
    EXPECT_EQ(translations.text("en", "results_total", {{"n", "12"}}), "12 responses");
    EXPECT_EQ(translations.text("zh_CN", "results_total", {{"n", "12"}}), "12\u00a0份回答");
    EXPECT_THROW(translations.text("en", "no_such_key"), std::out_of_range);
}

TEST(Translations, NegotiatesQueryThenCookieThenAcceptLanguage)
{
    EXPECT_EQ(Translations::negotiate("en", "zh_CN", "zh-CN"), "en");
    EXPECT_EQ(Translations::negotiate("zh_CN", "en", "en"), "zh_CN");
    EXPECT_EQ(Translations::negotiate("klingon", "en", "zh-CN"), "en"); // unknown override ignored
    EXPECT_EQ(Translations::negotiate("", "", "en-US,en;q=0.9"), "en");
    EXPECT_EQ(Translations::negotiate("", "", "zh-CN,zh;q=0.9,en;q=0.8"), "zh_CN");
    EXPECT_EQ(Translations::negotiate("", "", "fr-FR,en;q=0.5,zh;q=0.7"), "zh_CN"); // highest q wins
    EXPECT_EQ(Translations::negotiate("", "", "fr, de"), "zh_CN");                  // default
    EXPECT_EQ(Translations::negotiate("", "", ""), "zh_CN");
    EXPECT_EQ(Translations::negotiate("", "", "en;q=abc, zh-TW;q=0.1"), "zh_CN");
    EXPECT_EQ(Translations::negotiate("", "", "zh-TW;q=0, en-GB;q=0.2"), "en");
}
