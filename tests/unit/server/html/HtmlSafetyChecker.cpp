// SPDX-License-Identifier: MIT
#include "tests/unit/server/html/HtmlSafetyChecker.h"

#include <map>
#include <regex>
#include <set>

#include <gumbo.h>

namespace nextevent::server::infra::test
{

namespace
{

const std::set<std::string> kAllowedTags{
    "p",     "br", "h1",         "h2", "h3",   "h4",  "h5",   "h6",  "strong", "b",          "em",    "i",
    "u",     "s",  "blockquote", "ul", "ol",   "li",  "a",    "img", "figure", "figcaption", "table", "thead",
    "tbody", "tr", "th",         "td", "code", "pre", "span", "hr",  "sub",    "sup"};

const std::map<std::string, std::set<std::string>> kAllowedAttributes{
    {"a", {"href", "title", "rel", "target"}},
    {"img", {"src", "alt", "width", "height"}},
    {"td", {"colspan", "rowspan"}},
    {"th", {"colspan", "rowspan"}}};

/// What a browser would see as the scheme: control characters and spaces removed, lower-cased.
std::string schemeView(std::string_view url)
{
    std::string out;
    for (const char c : url)
    {
        if (static_cast<unsigned char>(c) > 0x20 && c != 0x7F)
        {
            out += c;
        }
    }
    return asciiLower(out);
}

void checkUrl(const std::string &tag,
              const std::string &attribute,
              std::string_view value,
              std::vector<std::string> &problems)
{
    const std::string view = schemeView(value);
    for (const char *scheme : {"javascript:", "vbscript:", "data:", "livescript:", "file:"})
    {
        if (view.find(scheme) != std::string::npos)
        {
            problems.push_back(tag + "[" + attribute + "] has scheme " + scheme + " in " +
                               std::string(value));
        }
    }
    bool allowed = false;
    if (attribute == "href")
    {
        allowed = view.starts_with("http:") || view.starts_with("https:") || view.starts_with("mailto:") ||
                  (view.starts_with("/") && !view.starts_with("//") && !view.starts_with("/\\"));
    }
    else
    {
        allowed = view.starts_with("https://") || view.starts_with("/media/");
    }
    if (!allowed)
    {
        problems.push_back(tag + "[" + attribute + "] not an allowed URL: " + std::string(value));
    }
}

void checkNode(const GumboNode &node, std::vector<std::string> &problems)
{
    if (node.type == GUMBO_NODE_COMMENT || node.type == GUMBO_NODE_CDATA || node.type == GUMBO_NODE_TEMPLATE)
    {
        problems.push_back("comment, CDATA or template node in output");
        return;
    }
    if (node.type != GUMBO_NODE_ELEMENT)
    {
        return;
    }
    const GumboElement &element = node.v.element;
    const std::string tag =
        element.tag == GUMBO_TAG_UNKNOWN
            ? asciiLower(std::string(element.original_tag.data, element.original_tag.length))
            : std::string(gumbo_normalized_tagname(element.tag));
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
    {
        problems.push_back("foreign-namespace element <" + tag + ">");
    }
    if (kAllowedTags.count(tag) == 0)
    {
        problems.push_back("disallowed element <" + tag + ">");
    }
    const auto allowedAttributes = kAllowedAttributes.find(tag);
    for (unsigned int i = 0; i < element.attributes.length; ++i)
    {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const std::string name = attribute->name;
        if (allowedAttributes == kAllowedAttributes.end() || allowedAttributes->second.count(name) == 0)
        {
            problems.push_back("disallowed attribute " + tag + "[" + name + "]");
            continue;
        }
        if (name == "href" || name == "src")
        {
            checkUrl(tag, name, attribute->value, problems);
        }
        if ((name == "colspan" || name == "rowspan" || name == "width" || name == "height") &&
            !std::regex_match(std::string(attribute->value), std::regex("[0-9]+")))
        {
            problems.push_back(tag + "[" + name + "] is not a number");
        }
        if (name == "target" && std::string(attribute->value) != "_blank")
        {
            problems.push_back("unexpected target");
        }
        if (name == "rel" && std::string(attribute->value) != "noopener noreferrer")
        {
            problems.push_back("unexpected rel");
        }
    }
    for (unsigned int i = 0; i < element.children.length; ++i)
    {
        checkNode(*static_cast<const GumboNode *>(element.children.data[i]), problems);
    }
}

void checkParsed(std::string_view html, std::vector<std::string> &problems)
{
    const std::string buffer(html);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, buffer.data(), buffer.size());
    const GumboElement &root = output->root->v.element;
    for (unsigned int i = 0; i < root.children.length; ++i)
    {
        const auto *child = static_cast<const GumboNode *>(root.children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
        {
            continue;
        }
        if (child->v.element.tag == GUMBO_TAG_HEAD && child->v.element.children.length != 0)
        {
            problems.push_back("output creates head content");
        }
        if (child->v.element.tag == GUMBO_TAG_BODY)
        {
            if (child->v.element.attributes.length != 0)
            {
                problems.push_back("output sets body attributes");
            }
            for (unsigned int k = 0; k < child->v.element.children.length; ++k)
            {
                checkNode(*static_cast<const GumboNode *>(child->v.element.children.data[k]), problems);
            }
        }
        else if (child->v.element.tag != GUMBO_TAG_HEAD)
        {
            problems.push_back("unexpected top-level element");
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

void checkRawTags(std::string_view html, std::vector<std::string> &problems)
{
    const std::string lower = asciiLower(html);
    for (const char *needle : {"<script",
                               "<!--",
                               "<![cdata[",
                               "<style",
                               "<iframe",
                               "<object",
                               "<embed",
                               "<svg",
                               "<math",
                               "<base",
                               "<meta",
                               "<link",
                               "<form",
                               "<noscript",
                               "<template"})
    {
        if (lower.find(needle) != std::string::npos)
        {
            problems.push_back(std::string("raw output contains ") + needle);
        }
    }
    // Text never contains a raw '<', so every '<' starts a tag that runs to the next '>' (attribute
    // values escape both).
    static const std::regex tagPattern("<[^>]*>");
    static const std::regex quotedValue("\"[^\"]*\"");
    static const std::regex handler("[\\s/\"']on[a-z]+\\s*=");
    static const std::regex urlAttribute("\\s(href|src)=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(lower.begin(), lower.end(), tagPattern); it != std::sregex_iterator();
         ++it)
    {
        const std::string tag = it->str();
        const std::string outsideValues = std::regex_replace(tag, quotedValue, "\"\"");
        if (std::regex_search(outsideValues, handler))
        {
            problems.push_back("event handler attribute in " + tag);
        }
        if (outsideValues.find("style") != std::string::npos)
        {
            problems.push_back("style in " + tag);
        }
        if (outsideValues.find('\'') != std::string::npos || outsideValues.find('`') != std::string::npos)
        {
            problems.push_back("unexpected quote character in " + tag);
        }
        for (auto url = std::sregex_iterator(tag.begin(), tag.end(), urlAttribute);
             url != std::sregex_iterator();
             ++url)
        {
            const std::string value = (*url)[2].str();
            for (const char *scheme : {"javascript:", "vbscript:", "data:"})
            {
                if (value.find(scheme) != std::string::npos)
                {
                    problems.push_back(std::string("scheme ") + scheme + " in " + tag);
                }
            }
        }
    }
}

} // namespace

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
    {
        if (c >= 'A' && c <= 'Z')
        {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::vector<std::string> findSafetyProblems(std::string_view html)
{
    std::vector<std::string> problems;
    checkRawTags(html, problems);
    checkParsed(html, problems);
    return problems;
}

} // namespace nextevent::server::infra::test
