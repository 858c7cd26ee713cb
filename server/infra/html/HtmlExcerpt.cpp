// SPDX-License-Identifier: MIT
#include "server/infra/html/HtmlExcerpt.h"

#include <vector>

#include <gumbo.h>

#include "server/infra/html/GumboDocument.h"
#include "server/infra/html/HtmlElementRules.h"

namespace nextevent::server::infra
{

namespace
{

/// Decodes one UTF-8 code point at @p i (gumbo output is valid UTF-8) and advances @p i.
char32_t decode(std::string_view text, std::size_t &i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    char32_t cp = lead;
    if ((lead & 0xE0) == 0xC0)
    {
        length = 2;
        cp = lead & 0x1F;
    }
    else if ((lead & 0xF0) == 0xE0)
    {
        length = 3;
        cp = lead & 0x0F;
    }
    else if ((lead & 0xF8) == 0xF0)
    {
        length = 4;
        cp = lead & 0x07;
    }
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
    {
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += length;
    return cp;
}

bool isSpace(char32_t cp)
{
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == 0x00A0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

bool isControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFEFF;
}

/// Collects collapsed text, stopping once it holds more characters than anyone asked for.
class TextCollector
{
public:
    explicit TextCollector(std::size_t wanted)
        : m_wanted(wanted)
    {
    }

    bool done() const
    {
        return m_chars > m_wanted;
    }

    void space()
    {
        m_pendingSpace = m_chars > 0;
    }

    void append(std::string_view text)
    {
        for (std::size_t i = 0; i < text.size() && !done();)
        {
            const std::size_t start = i;
            const char32_t cp = decode(text, i);
            if (isSpace(cp))
            {
                space();
                continue;
            }
            if (isControl(cp))
            {
                continue;
            }
            if (m_pendingSpace)
            {
                m_pendingSpace = false;
                m_text += ' ';
                m_ends.push_back(m_text.size());
                ++m_chars;
            }
            m_text.append(text.substr(start, i - start));
            m_ends.push_back(m_text.size());
            ++m_chars;
        }
    }

    std::string finish(std::size_t maxChars)
    {
        if (m_chars <= maxChars)
        {
            return m_text;
        }
        if (maxChars == 0)
        {
            return {};
        }
        std::size_t keep = maxChars - 1;
        // Do not end the excerpt with the space before the ellipsis.
        while (keep > 0 && m_text[m_ends[keep - 1] - 1] == ' ')
        {
            --keep;
        }
        std::string out = m_text.substr(0, keep > 0 ? m_ends[keep - 1] : 0);
        out += "\u2026";
        return out;
    }

private:
    std::size_t m_wanted;
    std::string m_text;
    std::vector<std::size_t> m_ends;
    std::size_t m_chars = 0;
    bool m_pendingSpace = false;
};

struct Frame
{
    const GumboVector *children = nullptr;
    unsigned int next = 0;
    bool block = false;
};

} // namespace

std::string htmlExcerpt(std::string_view html, std::size_t maxChars)
{
    const GumboDocument document(html, HtmlParseLimits{});
    const GumboNode *body = document.body();
    if (body == nullptr || maxChars == 0)
    {
        return {};
    }
    TextCollector collector(maxChars);
    std::vector<Frame> stack{Frame{&body->v.element.children, 0, false}};
    while (!stack.empty() && !collector.done())
    {
        Frame &top = stack.back();
        if (top.next >= top.children->length)
        {
            if (top.block)
            {
                collector.space();
            }
            stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(top.children->data[top.next++]);
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        {
            collector.append(node->v.text.text);
        }
        else if (node->type == GUMBO_NODE_ELEMENT && !isDroppedWithContent(node->v.element))
        {
            const bool block = isBlockLevel(node->v.element.tag);
            if (block)
            {
                collector.space();
            }
            stack.push_back(Frame{&node->v.element.children, 0, block});
        }
    }
    return collector.finish(maxChars);
}

} // namespace nextevent::server::infra
