// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/web/WebFiles.h"

namespace nextevent::server::web
{

/// The mobile pages' strings, one flat JSON object per language (translations/pages/<lang>.json), and the
/// choice of language for a request.
class Translations
{
public:
    /// The languages the pages speak; the first is the default (the audience reads WeChat in Chinese).
    static const std::vector<std::string> &languages();

    /// Takes the "translations/<lang>.json" entries of `files`; throws std::runtime_error for a missing
    /// language, malformed JSON or a value that is not a string.
    explicit Translations(const std::vector<EmbeddedFile> &files);

    /// Every string of `lang` (a supported language).
    const nlohmann::json &strings(const std::string &lang) const;

    /// One string with {name} placeholders replaced; std::out_of_range for a missing key (tests keep
    /// both languages complete and every page's keys present).
    std::string text(const std::string &lang,
                     const std::string &key,
                     const std::map<std::string, std::string> &args = {}) const;

    /// "zh_CN" or "en" for an explicit choice ("en", "zh_CN", "zh-cn", "zh"), else "".
    static std::string supported(const std::string &choice);

    /// The language for a request: an explicit choice (?lang=), else the cookie, else the best
    /// Accept-Language match by q-value, else the default.
    static std::string negotiate(const std::string &queryChoice,
                                 const std::string &cookieChoice,
                                 const std::string &acceptLanguage);

private:
    std::map<std::string, nlohmann::json> m_strings;
};

} // namespace nextevent::server::web
