// SPDX-License-Identifier: MIT
#include "server/infra/html/GumboDocument.h"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace nextevent::server::infra
{

namespace
{

/// Moves @p cut back so that it does not split a UTF-8 sequence.
std::size_t utf8Boundary(std::string_view text, std::size_t cut)
{
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    {
        --cut;
    }
    return cut;
}

} // namespace

GumboDocument::GumboDocument(std::string_view html, const HtmlParseLimits &limits)
    : m_options(kGumboDefaultOptions)
{
    std::size_t cut = std::min(html.size(), limits.maxInputBytes);
    std::size_t tags = 0;
    for (std::size_t i = 0; i < cut; ++i)
    {
        if (html[i] == '<' && ++tags > limits.maxTags)
        {
            cut = i;
            break;
        }
    }
    cut = utf8Boundary(html, cut);
    m_inputTruncated = cut < html.size();
    m_buffer.assign(html.substr(0, cut));

    // Gumbo copies the whole stack of open elements into every recorded parse error, which makes
    // hostile input quadratic in memory; we never read the errors, so record none.
    m_options.max_errors = 0;
    m_options.allocator = &GumboDocument::allocate;
    m_options.deallocator = &GumboDocument::deallocate;
    m_options.userdata = this;
    try
    {
        m_output = gumbo_parse_with_options(&m_options, m_buffer.data(), m_buffer.size());
        if (m_output == nullptr)
        {
            throw std::bad_alloc();
        }
    }
    catch (...)
    {
        freeAll();
        throw;
    }
}

GumboDocument::~GumboDocument()
{
    freeAll();
}

void GumboDocument::freeAll()
{
    for (void *block : m_blocks)
    {
        std::free(block);
    }
    m_blocks.clear();
}

void *GumboDocument::allocate(void *self, std::size_t size)
{
    void *block = std::malloc(size == 0 ? 1 : size);
    if (block == nullptr)
    {
        // Gumbo does not check for failure; stop the parse here instead of letting it write through null.
        throw std::bad_alloc();
    }
    try
    {
        static_cast<GumboDocument *>(self)->m_blocks.insert(block);
    }
    catch (...)
    {
        std::free(block);
        throw;
    }
    return block;
}

void GumboDocument::deallocate(void *self, void *block)
{
    if (block != nullptr && static_cast<GumboDocument *>(self)->m_blocks.erase(block) == 1)
    {
        std::free(block);
    }
}

const GumboNode *GumboDocument::body() const
{
    const GumboNode *root = m_output->root;
    if (root == nullptr || root->type != GUMBO_NODE_ELEMENT)
    {
        return nullptr;
    }
    const GumboVector &children = root->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
    {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
        {
            return child;
        }
    }
    return nullptr;
}

} // namespace nextevent::server::infra
