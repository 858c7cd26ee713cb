// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include <gumbo.h>

namespace nextevent::server::infra
{

/// Bounds applied to untrusted HTML before gumbo sees it. Gumbo's tree building is quadratic in the
/// nesting depth, so both the byte size and the number of '<' characters (an upper bound on the number
/// of tags, hence on the depth) are capped.
struct HtmlParseLimits
{
    std::size_t maxInputBytes = 512 * 1024;
    std::size_t maxTags = 10000;
};

/// Owns one gumbo parse of a whole HTML document (internal to nextevent_html).
///
/// Input beyond the limits is cut off before parsing (at a UTF-8 character boundary); the parser then
/// closes whatever was left open, exactly as a browser would for a truncated download.
///
/// Gumbo's own gumbo_destroy_output() frees the tree recursively, one stack frame per nesting level, which
/// overflows a worker thread's stack on hostile input. So gumbo allocates through us: every live block is
/// tracked and the destructor frees them all in a flat loop, never walking the tree.
class GumboDocument
{
public:
    /// Parses @p html. Throws std::bad_alloc if gumbo cannot allocate its tree.
    GumboDocument(std::string_view html, const HtmlParseLimits &limits);
    ~GumboDocument();

    GumboDocument(const GumboDocument &) = delete;
    GumboDocument &operator=(const GumboDocument &) = delete;

    /// The <body> element, or nullptr when the document has none (e.g. a <frameset> document).
    const GumboNode *body() const;

    /// True when the input was cut to fit the limits.
    bool inputTruncated() const
    {
        return m_inputTruncated;
    }

private:
    static void *allocate(void *self, std::size_t size);
    static void deallocate(void *self, void *block);
    void freeAll();

    std::unordered_set<void *> m_blocks; ///< every block gumbo holds now
    std::string m_buffer;
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
    bool m_inputTruncated = false;
};

} // namespace nextevent::server::infra
