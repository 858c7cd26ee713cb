// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "server/wechat/Result.h"

namespace nextevent::server::wechat
{

/// Bounds for untrusted WeChat XML. Real messages are a few hundred bytes.
struct XmlLimits
{
    std::size_t maxBytes = 64 * 1024;
    std::size_t maxDepth = 8; ///< nesting below <xml>; WeChat uses at most 4 (SendPicsInfo/PicList/item/…)
    std::size_t maxElements = 512; ///< elements in the whole document
};

/// The leaf elements of a document rooted at <xml>, keyed by their path below the root joined with
/// '/' (e.g. "Content", "ScanCodeInfo/ScanResult"), with their text exactly as parsed (CDATA kept
/// verbatim, nothing trimmed). For repeated nested paths the first occurrence is kept.
using XmlFields = std::map<std::string, std::string, std::less<>>;

/// A hardened reader for the small, flat XML documents WeChat sends.
///
/// Defences, in order: a byte-size limit checked before anything else; a lexical pre-scan that
/// refuses NUL bytes (so UTF-16/32 documents cannot hide markup from the scan) and every "<!"
/// construct other than comments and CDATA sections, i.e. DOCTYPE, ENTITY, ELEMENT and ATTLIST
/// declarations, which rules out entity-expansion bombs and external entities before a parser
/// sees them; then expat (through Poco::XML SAX) forced to UTF-8, with external entities off and
/// handlers that fail the parse if a DTD or entity still shows up; then depth and element-count limits.
class SafeXmlReader
{
public:
    /// Parses xml. Fails with XmlTooLarge over limits.maxBytes, otherwise with InvalidXml (not
    /// well-formed, declarations present, root not <xml>, a repeated top-level element, limits
    /// exceeded). Never throws.
    static Result<XmlFields> read(std::string_view xml, const XmlLimits &limits = {});

    /// True when the pre-scan finds a markup declaration ("<!" not starting a comment or CDATA
    /// section), a NUL byte, or an unterminated comment, CDATA section or processing instruction.
    static bool hasForbiddenMarkup(std::string_view xml);
};

} // namespace nextevent::server::wechat
