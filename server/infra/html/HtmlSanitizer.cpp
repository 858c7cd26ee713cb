// SPDX-License-Identifier: MIT
#include "server/infra/html/HtmlSanitizer.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <gumbo.h>

#include "server/infra/html/GumboDocument.h"
#include "server/infra/html/HtmlElementRules.h"

namespace nextevent::server::infra
{

namespace
{

/// Allowed elements deeper than this are unwrapped. Deep nesting is never legitimate article markup,
/// and browsers (and our own re-parse in tests) handle shallow trees predictably.
constexpr std::size_t kMaxEmittedDepth = 100;

bool isAllowedTag(GumboTag tag)
{
    switch (tag)
    {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_A:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
        return true;
    default:
        return false;
    }
}

bool isVoidTag(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

/// Number of bytes of a C0/DEL/C1 control character at @p i, or 0 if there is none.
std::size_t controlLength(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F)
    {
        return 1;
    }
    if (c == 0xC2 && i + 1 < text.size())
    {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9F)
        {
            return 2;
        }
    }
    return 0;
}

/// Length of the UTF-8 sequence starting with @p lead (gumbo hands us valid UTF-8).
std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
    {
        return 1;
    }
    if ((lead & 0xE0) == 0xC0)
    {
        return 2;
    }
    if ((lead & 0xF0) == 0xE0)
    {
        return 3;
    }
    return 4;
}

std::string_view escapeOf(char c)
{
    switch (c)
    {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return {};
    }
}

/// Escapes an attribute value; line breaks and tabs become spaces, other control characters vanish.
std::string escapeAttribute(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size();)
    {
        const char c = value[i];
        if (const std::size_t skip = controlLength(value, i); skip > 0)
        {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f')
            {
                out += ' ';
            }
            i += skip;
            continue;
        }
        if (const std::string_view escaped = escapeOf(c); !escaped.empty())
        {
            out += escaped;
        }
        else
        {
            out += c;
        }
        ++i;
    }
    return out;
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Canonical form of a URL attribute value, which is both what we check and what we emit: every
/// control character (tab, newline, NUL, ...) is deleted, because browsers ignore them inside a
/// scheme ("jav&#x09;ascript:"); surrounding spaces are trimmed and inner ones percent-encoded;
/// the scheme, if any, is lower-cased. The value arrives entity-decoded from gumbo.
std::string normaliseUrl(std::string_view raw)
{
    std::string cleaned;
    cleaned.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();)
    {
        if (const std::size_t skip = controlLength(raw, i); skip > 0)
        {
            i += skip;
            continue;
        }
        cleaned += raw[i];
        ++i;
    }
    const std::size_t first = cleaned.find_first_not_of(' ');
    if (first == std::string::npos)
    {
        return {};
    }
    const std::size_t last = cleaned.find_last_not_of(' ');
    std::string url;
    for (std::size_t i = first; i <= last; ++i)
    {
        if (cleaned[i] == ' ')
        {
            url += "%20";
        }
        else
        {
            url += cleaned[i];
        }
    }
    const std::size_t colon = url.find_first_of(":/?#");
    if (colon != std::string::npos && url[colon] == ':' && colon > 0 && isAsciiAlpha(url[0]))
    {
        bool isScheme = true;
        for (std::size_t i = 0; i < colon; ++i)
        {
            const char c = url[i];
            isScheme =
                isScheme && (isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
        }
        if (isScheme)
        {
            for (std::size_t i = 0; i < colon; ++i)
            {
                url[i] = asciiLower(url[i]);
            }
        }
    }
    return url;
}

/// A path on our own origin: "/x" but not "//host" or "/\host" (both mean another host to browsers).
bool isSameOriginPath(std::string_view url)
{
    return !url.empty() && url[0] == '/' && !(url.size() > 1 && (url[1] == '/' || url[1] == '\\'));
}

bool isAbsoluteLink(std::string_view url)
{
    return url.starts_with("http:") || url.starts_with("https:") || url.starts_with("mailto:");
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    if (needle.size() > haystack.size())
    {
        return false;
    }
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    {
        bool match = true;
        for (std::size_t j = 0; j < needle.size() && match; ++j)
        {
            match = asciiLower(haystack[i + j]) == asciiLower(needle[j]);
        }
        if (match)
        {
            return true;
        }
    }
    return false;
}

/// 1..maxDigits ASCII digits, ignoring surrounding spaces.
bool isSmallNumber(std::string_view value, std::size_t maxDigits)
{
    const std::size_t first = value.find_first_not_of(" \t\n\r\f");
    if (first == std::string_view::npos)
    {
        return false;
    }
    value = value.substr(first, value.find_last_not_of(" \t\n\r\f") - first + 1);
    if (value.empty() || value.size() > maxDigits)
    {
        return false;
    }
    for (const char c : value)
    {
        if (c < '0' || c > '9')
        {
            return false;
        }
    }
    return true;
}

std::string_view trimmed(std::string_view value)
{
    const std::size_t first = value.find_first_not_of(" \t\n\r\f");
    if (first == std::string_view::npos)
    {
        return {};
    }
    return value.substr(first, value.find_last_not_of(" \t\n\r\f") - first + 1);
}

const char *attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute != nullptr ? attribute->value : nullptr;
}

void appendAttribute(std::string &tag, std::string_view name, std::string_view value)
{
    tag += ' ';
    tag += name;
    tag += "=\"";
    tag += escapeAttribute(value);
    tag += '"';
}

/// Walks the parsed body iteratively (hostile input can nest deeply) and writes the allow-listed
/// subset, never letting the output plus the closing tags still owed exceed the byte budget.
class Serializer
{
public:
    Serializer(std::size_t maxBytes, std::vector<std::string> imagePrefixes)
        : m_maxBytes(maxBytes)
        , m_imagePrefixes(std::move(imagePrefixes))
    {
    }

    void run(const GumboNode &body)
    {
        m_stack.push_back(Frame{&body.v.element.children, 0, {}, false});
        while (!m_stack.empty())
        {
            Frame &top = m_stack.back();
            if (!m_full && top.next < top.children->length)
            {
                const auto *child = static_cast<const GumboNode *>(top.children->data[top.next++]);
                visit(*child);
                continue;
            }
            const Frame done = std::move(m_stack.back());
            m_stack.pop_back();
            if (!done.closeTag.empty())
            {
                m_reserved -= done.closeTag.size();
                m_out += done.closeTag;
                --m_depth;
            }
            if (done.blockBreak)
            {
                appendBreak();
            }
        }
    }

    std::string takeOutput()
    {
        return std::move(m_out);
    }

    bool full() const
    {
        return m_full;
    }

private:
    struct Frame
    {
        const GumboVector *children = nullptr;
        unsigned int next = 0;
        std::string closeTag;
        bool blockBreak = false;
    };

    bool fits(std::size_t bytes) const
    {
        return m_out.size() + m_reserved + bytes <= m_maxBytes;
    }

    void visit(const GumboNode &node)
    {
        switch (node.type)
        {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            appendText(node.v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
            visitElement(node.v.element);
            return;
        default:
            // Comments, CDATA (only exists in foreign content), <template> contents and the document.
            return;
        }
    }

    void visitElement(const GumboElement &element)
    {
        if (isDroppedWithContent(element))
        {
            return;
        }
        const GumboTag tag = element.tag == GUMBO_TAG_TFOOT ? GUMBO_TAG_TBODY : element.tag;
        if (!isAllowedTag(tag) || m_depth >= kMaxEmittedDepth)
        {
            unwrap(element, isBlockLevel(element.tag));
            return;
        }

        const std::string_view name = gumbo_normalized_tagname(tag);
        std::string open = "<";
        open += name;
        if (tag == GUMBO_TAG_A)
        {
            const char *href = attributeValue(element, "href");
            const std::string url = href != nullptr ? normaliseUrl(href) : std::string();
            const bool absolute = isAbsoluteLink(url);
            if (!absolute && !isSameOriginPath(url))
            {
                unwrap(element, false);
                return;
            }
            appendAttribute(open, "href", url);
            if (const char *title = attributeValue(element, "title"))
            {
                appendAttribute(open, "title", title);
            }
            if (absolute)
            {
                appendAttribute(open, "rel", "noopener noreferrer");
                appendAttribute(open, "target", "_blank");
            }
        }
        else if (tag == GUMBO_TAG_IMG)
        {
            const char *src = attributeValue(element, "src");
            const std::string url = src != nullptr ? normaliseUrl(src) : std::string();
            if (!isAllowedImage(url))
            {
                return;
            }
            appendAttribute(open, "src", url);
            if (const char *alt = attributeValue(element, "alt"))
            {
                appendAttribute(open, "alt", alt);
            }
            for (const char *dimension : {"width", "height"})
            {
                const char *value = attributeValue(element, dimension);
                if (value != nullptr && isSmallNumber(value, 5))
                {
                    appendAttribute(open, dimension, trimmed(value));
                }
            }
        }
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        {
            for (const char *span : {"colspan", "rowspan"})
            {
                const char *value = attributeValue(element, span);
                if (value != nullptr && isSmallNumber(value, 4))
                {
                    appendAttribute(open, span, trimmed(value));
                }
            }
        }
        open += '>';
        if (tag == GUMBO_TAG_PRE && startsWithNewline(element))
        {
            // The parser swallows one newline right after <pre>; keep the author's one.
            open += '\n';
        }

        if (isVoidTag(tag))
        {
            if (fits(open.size()))
            {
                m_out += open;
            }
            else
            {
                m_full = true;
            }
            return;
        }
        std::string close = "</";
        close += name;
        close += '>';
        if (!fits(open.size() + close.size()))
        {
            m_full = true;
            return;
        }
        m_out += open;
        m_reserved += close.size();
        ++m_depth;
        m_stack.push_back(Frame{&element.children, 0, std::move(close), false});
    }

    void unwrap(const GumboElement &element, bool block)
    {
        if (block)
        {
            appendBreak();
        }
        m_stack.push_back(Frame{&element.children, 0, {}, block});
    }

    static bool startsWithNewline(const GumboElement &element)
    {
        if (element.children.length == 0)
        {
            return false;
        }
        const auto *first = static_cast<const GumboNode *>(element.children.data[0]);
        return (first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE) &&
               first->v.text.text[0] == '\n';
    }

    bool isAllowedImage(std::string_view url) const
    {
        for (const std::string &prefix : m_imagePrefixes)
        {
            if (prefix.empty() || !url.starts_with(prefix))
            {
                continue;
            }
            if (prefix[0] != '/')
            {
                return true;
            }
            // Same-origin media paths: no host switch and no climbing out of the media directory.
            if (isSameOriginPath(url) && url.find('\\') == std::string_view::npos &&
                url.find("..") == std::string_view::npos && !containsIgnoringCase(url, "%2e"))
            {
                return true;
            }
        }
        return false;
    }

    /// Separates the content of a removed block wrapper from its neighbours.
    void appendBreak()
    {
        if (!m_full && !m_out.empty() && m_out.back() != '\n' && fits(1))
        {
            m_out += '\n';
        }
    }

    void appendText(std::string_view text)
    {
        for (std::size_t i = 0; i < text.size() && !m_full;)
        {
            const char c = text[i];
            if (c != '\t' && c != '\n')
            {
                if (const std::size_t skip = controlLength(text, i); skip > 0)
                {
                    i += skip;
                    continue;
                }
            }
            std::string_view piece = escapeOf(c);
            std::size_t consumed = 1;
            if (piece.empty())
            {
                consumed = std::min(sequenceLength(static_cast<unsigned char>(c)), text.size() - i);
                piece = text.substr(i, consumed);
            }
            if (!fits(piece.size()))
            {
                m_full = true;
                return;
            }
            m_out += piece;
            i += consumed;
        }
    }

    std::size_t m_maxBytes;
    std::vector<std::string> m_imagePrefixes;
    std::vector<Frame> m_stack;
    std::string m_out;
    std::size_t m_reserved = 0;
    std::size_t m_depth = 0;
    bool m_full = false;
};

} // namespace

HtmlSanitizer::HtmlSanitizer(HtmlSanitizerOptions options)
    : m_options(std::move(options))
{
}

SanitizedHtml HtmlSanitizer::sanitize(std::string_view html) const
{
    const GumboDocument document(html, HtmlParseLimits{m_options.maxInputBytes, m_options.maxInputTags});
    SanitizedHtml result;
    result.truncated = document.inputTruncated();
    const GumboNode *body = document.body();
    if (body == nullptr)
    {
        return result;
    }

    // Prefixes go through the same normalisation as the URLs they are compared with.
    std::vector<std::string> imagePrefixes;
    imagePrefixes.reserve(m_options.allowedImagePrefixes.size());
    for (const std::string &prefix : m_options.allowedImagePrefixes)
    {
        imagePrefixes.push_back(normaliseUrl(prefix));
    }

    Serializer serializer(m_options.maxOutputBytes, std::move(imagePrefixes));
    serializer.run(*body);
    result.truncated = result.truncated || serializer.full();
    result.html = serializer.takeOutput();
    return result;
}

} // namespace nextevent::server::infra
