// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nextevent::server::infra
{

/// Settings for HtmlSanitizer.
struct HtmlSanitizerOptions
{
    /// An <img src> is kept only if, after normalisation (control characters and surrounding spaces
    /// removed, scheme lower-cased), it starts with one of these. A prefix starting with "/" is a path
    /// on our own origin; protocol-relative ("//host") and backslash tricks never match it.
    std::vector<std::string> allowedImagePrefixes{"https://", "/media/"};

    /// Hard upper bound on the size of the sanitised HTML in bytes. Output that would exceed it is cut
    /// at a character or element boundary, with every open element still closed.
    std::size_t maxOutputBytes = 512 * 1024;

    /// Input beyond this many bytes is ignored (parsing cost bound).
    std::size_t maxInputBytes = 1024 * 1024;

    /// Input after this many '<' characters is ignored. Gumbo's tree building is quadratic in nesting
    /// depth, and the number of tags bounds the depth.
    std::size_t maxInputTags = 10000;
};

/// The result of HtmlSanitizer::sanitize().
struct SanitizedHtml
{
    /// Well-formed HTML that contains only allowed elements and attributes.
    std::string html;
    /// True when input or output limits cut some content off.
    bool truncated = false;
};

/// Turns untrusted article HTML into a safe subset by parsing it with a real HTML5 parser (gumbo) and
/// re-serialising only an allow-list.
///
/// Kept: p, br, h1-h6, strong, b, em, i, u, s, blockquote, ul, ol, li, a, img, figure, figcaption,
/// table, thead, tbody, tr, th, td, code, pre, span, hr, sub, sup (tfoot is emitted as tbody).
/// Attributes: a[href,title], img[src,alt,width,height], td/th[colspan,rowspan]; nothing else.
/// Links must be http:, https:, mailto: or a same-origin path ("/x", not "//x"); absolute links get
/// rel="noopener noreferrer" and target="_blank". An <a> whose href is missing or rejected is unwrapped
/// (its content kept); an <img> whose src is rejected is removed.
///
/// Removed with their content: script, style, iframe, object, embed, forms, SVG/MathML, head metadata
/// and the other elements listed in HtmlElementRules.h. Comments are removed. Any other element
/// (div, section, font, custom tags, ...) is unwrapped: its children are kept, and a block-level
/// wrapper is replaced by a line break character so words stay apart. (So a table <caption> loses its
/// element and its text ends up next to the table.) Allowed elements nested deeper than 100 levels are
/// unwrapped too.
///
/// Output is deterministic: attributes come out in a fixed order, always double-quoted, and text and
/// attribute values escape & < > " '.
class HtmlSanitizer
{
public:
    /// Creates a sanitizer with the given options.
    explicit HtmlSanitizer(HtmlSanitizerOptions options = {});

    /// Sanitises @p html (UTF-8; invalid sequences become U+FFFD). Throws only std::bad_alloc.
    SanitizedHtml sanitize(std::string_view html) const;

    /// The options this sanitizer was created with.
    const HtmlSanitizerOptions &options() const
    {
        return m_options;
    }

private:
    HtmlSanitizerOptions m_options;
};

} // namespace nextevent::server::infra
