// SPDX-License-Identifier: MIT
#pragma once

#include <gumbo.h>

namespace nextevent::server::infra
{

/// True for elements that are removed together with everything inside them: SVG and MathML content
/// (foreign namespaces are the source of most parser-differential "mutation" XSS), script-like and
/// raw-text elements, embedded content, forms and document-level metadata. Internal to nextevent_html.
bool isDroppedWithContent(const GumboElement &element);

/// True for HTML elements that start a new block (used to keep words apart when a wrapper is removed
/// or when extracting plain text). Internal to nextevent_html.
bool isBlockLevel(GumboTag tag);

} // namespace nextevent::server::infra
