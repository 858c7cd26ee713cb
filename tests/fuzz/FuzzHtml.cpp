// SPDX-License-Identifier: MIT
// Article HTML from editors (and whatever a stolen editor account posts): the gumbo-based sanitiser and
// excerpt, plus the other helpers that face upload bytes and names (image sniffing, safe file names).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "server/infra/html/HtmlExcerpt.h"
#include "server/infra/html/HtmlSanitizer.h"
#include "server/infra/html/MediaType.h"
#include "server/infra/html/SafeFileName.h"

using namespace nextevent::server::infra;

namespace
{
std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::size_t codePoints(std::string_view utf8)
{
    return static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool allowedElement(std::string_view name)
{
    static constexpr std::string_view kAllowed[] = {
        "p",  "br",   "h1",     "h2",         "h3",    "h4",         "h5",    "h6", "strong",
        "b",  "em",   "i",      "u",          "s",     "blockquote", "ul",    "ol", "li",
        "a",  "img",  "figure", "figcaption", "table", "thead",      "tbody", "tr", "th",
        "td", "code", "pre",    "span",       "hr",    "sub",        "sup"};
    return std::find(std::begin(kAllowed), std::end(kAllowed), name) != std::end(kAllowed);
}

bool allowedAttribute(std::string_view name)
{
    static constexpr std::string_view kAllowed[] = {
        "href", "title", "src", "alt", "width", "height", "colspan", "rowspan", "rel", "target"};
    return std::find(std::begin(kAllowed), std::end(kAllowed), name) != std::end(kAllowed);
}

/// Every '<' of the output opens a tag (text and attribute values escape '<', '>' and quotes): each tag
/// must be an allowed element with allowed, double-quoted attributes, and no link may run script.
void checkMarkup(std::string_view html)
{
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != std::string_view::npos)
    {
        const std::size_t end = html.find('>', pos);
        if (end == std::string_view::npos)
            std::abort(); // an unterminated tag
        std::string_view tag = html.substr(pos + 1, end - pos - 1);
        pos = end + 1;
        if (!tag.empty() && tag.front() == '/')
            tag.remove_prefix(1);
        const std::size_t nameEnd = std::min(tag.find(' '), tag.size());
        if (!allowedElement(tag.substr(0, nameEnd)))
            std::abort();
        std::size_t at = nameEnd;
        while (at < tag.size())
        {
            if (tag[at] != ' ')
                std::abort();
            const std::size_t eq = tag.find("=\"", at);
            if (eq == std::string_view::npos)
                std::abort();
            const std::string_view attribute = tag.substr(at + 1, eq - at - 1);
            const std::size_t close = tag.find('"', eq + 2);
            if (!allowedAttribute(attribute) || close == std::string_view::npos)
                std::abort();
            const std::string value = lower(tag.substr(eq + 2, close - eq - 2));
            const auto startsWith = [&](std::string_view prefix)
            {
                return value.rfind(prefix, 0) == 0;
            };
            const bool samePath = startsWith("/") && !startsWith("//") && !startsWith("/\\");
            if (attribute == "href" &&
                !(startsWith("http:") || startsWith("https:") || startsWith("mailto:") || samePath))
                std::abort(); // a link that could run script or leave through a protocol-relative URL
            if (attribute == "src" && !(startsWith("https://") || startsWith("/media/")))
                std::abort();
            at = close + 1;
        }
    }
}

void checkSanitized(const HtmlSanitizer &sanitizer, std::string_view input)
{
    const SanitizedHtml out = sanitizer.sanitize(input);
    if (out.html.size() > sanitizer.options().maxOutputBytes)
        std::abort();
    checkMarkup(out.html);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    static const HtmlSanitizer standard;
    static const HtmlSanitizer tight(HtmlSanitizerOptions{.allowedImagePrefixes = {"https://", "/media/"},
                                                          .maxOutputBytes = 2048,
                                                          .maxInputBytes = 64 * 1024,
                                                          .maxInputTags = 500});
    checkSanitized(standard, input);
    checkSanitized(tight, input);

    const std::string excerpt = htmlExcerpt(input, 40);
    if (codePoints(excerpt) > 40)
        std::abort();

    MediaType::detectImage(input);

    const std::string name = safeFileName(input);
    if (name.empty() || name.size() > 120 || name.find_first_of("/\\<>:\"|?*") != std::string::npos ||
        name.front() == '.' ||
        std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        std::abort();
    return 0;
}
