// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nextevent::server::infra
{

/// The visible text of article HTML, for summaries and previews.
///
/// Markup is parsed with gumbo; the content of script, style, forms, SVG/MathML and the other
/// elements HtmlSanitizer drops is ignored, block elements and <br> separate words, and runs of
/// whitespace (including no-break and ideographic spaces) collapse to one ASCII space. Control
/// characters are removed. If the text has more than @p maxChars Unicode characters it is cut to
/// maxChars - 1 characters followed by "…", so the result never exceeds @p maxChars characters.
///
/// The result is plain UTF-8 text, NOT escaped: escape it for whatever context it is rendered in.
/// Throws only std::bad_alloc.
std::string htmlExcerpt(std::string_view html, std::size_t maxChars);

} // namespace nextevent::server::infra
