// SPDX-License-Identifier: MIT
#include "server/web/Translations.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace nextevent::server::web
{
namespace
{
std::string lower(std::string text)
{
    for (auto &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trim(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}
} // namespace

const std::vector<std::string> &Translations::languages()
{
    static const std::vector<std::string> kLanguages{"zh_CN", "en"};
    return kLanguages;
}

Translations::Translations(const std::vector<EmbeddedFile> &files)
{
    for (const auto &lang : languages())
    {
        const std::string name = "translations/" + lang + ".json";
        const auto it =
            std::find_if(files.begin(), files.end(), [&](const EmbeddedFile &f) { return f.name == name; });
        if (it == files.end())
            throw std::runtime_error("page strings missing: " + name);
        auto strings = nlohmann::json::parse(it->bytes, nullptr, false);
        if (!strings.is_object())
            throw std::runtime_error("page strings are not a JSON object: " + name);
        for (const auto &[key, value] : strings.items())
            if (!value.is_string())
                throw std::runtime_error("page string " + key + " in " + name + " is not a string");
        m_strings[lang] = std::move(strings);
    }
}

const nlohmann::json &Translations::strings(const std::string &lang) const
{
    return m_strings.at(lang);
}

std::string Translations::text(const std::string &lang,
                               const std::string &key,
                               const std::map<std::string, std::string> &args) const
{
    const auto &strings = m_strings.at(lang);
    const auto it = strings.find(key);
    if (it == strings.end())
        throw std::out_of_range("page string " + key + " is missing for " + lang);
    std::string out = it->get<std::string>();
    for (const auto &[name, value] : args)
    {
        const std::string placeholder = "{" + name + "}";
        for (auto pos = out.find(placeholder); pos != std::string::npos;
             pos = out.find(placeholder, pos + value.size()))
            out.replace(pos, placeholder.size(), value);
    }
    return out;
}

std::string Translations::supported(const std::string &choice)
{
    const std::string tag = lower(trim(choice));
    if (tag == "zh" || tag.rfind("zh-", 0) == 0 || tag.rfind("zh_", 0) == 0)
        return "zh_CN";
    if (tag == "en" || tag.rfind("en-", 0) == 0 || tag.rfind("en_", 0) == 0)
        return "en";
    return {};
}

std::string Translations::negotiate(const std::string &queryChoice,
                                    const std::string &cookieChoice,
                                    const std::string &acceptLanguage)
{
    if (auto lang = supported(queryChoice); !lang.empty())
        return lang;
    if (auto lang = supported(cookieChoice); !lang.empty())
        return lang;
    // Accept-Language: "en-US,en;q=0.9,zh-CN;q=0.8"; the highest q wins, the earlier on a tie.
    std::string best;
    double bestQ = 0.0;
    std::size_t start = 0;
    while (start <= acceptLanguage.size())
    {
        auto end = acceptLanguage.find(',', start);
        if (end == std::string::npos)
            end = acceptLanguage.size();
        const std::string item = acceptLanguage.substr(start, end - start);
        start = end + 1;
        const auto semicolon = item.find(';');
        const std::string lang = supported(item.substr(0, semicolon));
        double q = 1.0;
        if (semicolon != std::string::npos)
        {
            const std::string param = trim(item.substr(semicolon + 1));
            if (param.rfind("q=", 0) == 0)
            {
                try
                {
                    q = std::stod(param.substr(2));
                }
                catch (const std::exception &)
                {
                    q = 0.0;
                }
            }
        }
        if (!lang.empty() && q > bestQ)
        {
            best = lang;
            bestQ = q;
        }
    }
    return best.empty() ? languages().front() : best;
}

} // namespace nextevent::server::web
