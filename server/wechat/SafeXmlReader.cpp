// SPDX-License-Identifier: MIT
#include "server/wechat/SafeXmlReader.h"

#include <exception>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DeclHandler.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/LexicalHandler.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/SAX/XMLReader.h>

namespace nextevent::server::wechat
{
namespace
{
constexpr std::string_view kRootName = "xml";

/// Collects leaf text by path. It never throws into expat (a C library): violations only set
/// m_failure, which read() checks after the parse; the size limit bounds the wasted work.
class Collector final : public Poco::XML::DefaultHandler,
                        public Poco::XML::LexicalHandler,
                        public Poco::XML::DeclHandler
{
public:
    explicit Collector(const XmlLimits &limits)
        : m_limits(limits)
    {
    }

    XmlFields takeFields()
    {
        return std::move(m_fields);
    }

    const std::string &failure() const
    {
        return m_failure;
    }

    void startElement(const Poco::XML::XMLString &,
                      const Poco::XML::XMLString &localName,
                      const Poco::XML::XMLString &qname,
                      const Poco::XML::Attributes &) override
    {
        const std::string &name = qname.empty() ? localName : qname;
        if (++m_elementCount > m_limits.maxElements)
            fail("too many elements");
        if (m_stack.empty())
        {
            if (name != kRootName)
                fail("the root element is not <xml>");
        }
        else
        {
            m_stack.back().hasChildren = true;
            if (m_stack.size() > m_limits.maxDepth)
                fail("elements are nested too deeply");
        }
        std::string path;
        if (m_stack.size() == 1)
            path = name;
        else if (m_stack.size() > 1)
            path = m_stack.back().path + "/" + name;
        m_stack.push_back(Open{std::move(path), {}, false});
    }

    void endElement(const Poco::XML::XMLString &,
                    const Poco::XML::XMLString &,
                    const Poco::XML::XMLString &) override
    {
        if (m_stack.empty())
            return;
        Open element = std::move(m_stack.back());
        m_stack.pop_back();
        if (m_stack.empty() || element.hasChildren || !m_failure.empty())
            return;
        const bool topLevel = m_stack.size() == 1;
        const auto [it, inserted] = m_fields.try_emplace(element.path, std::move(element.text));
        if (!inserted && topLevel)
            fail("element <" + element.path + "> appears more than once");
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (!m_stack.empty() && m_failure.empty() && length > 0)
            m_stack.back().text.append(ch + start, static_cast<std::size_t>(length));
    }

    void startDTD(const Poco::XML::XMLString &,
                  const Poco::XML::XMLString &,
                  const Poco::XML::XMLString &) override
    {
        fail("DOCTYPE declarations are not allowed");
    }

    void endDTD() override {}

    void startEntity(const Poco::XML::XMLString &) override
    {
        fail("entities are not allowed");
    }

    void endEntity(const Poco::XML::XMLString &) override {}

    void startCDATA() override {}

    void endCDATA() override {}

    void comment(const Poco::XML::XMLChar[], int, int) override {}

    void elementDecl(const Poco::XML::XMLString &, const Poco::XML::XMLString &) override
    {
        fail("element declarations are not allowed");
    }

    void attributeDecl(const Poco::XML::XMLString &,
                       const Poco::XML::XMLString &,
                       const Poco::XML::XMLString *,
                       const Poco::XML::XMLString *) override
    {
        fail("attribute declarations are not allowed");
    }

    void internalEntityDecl(const Poco::XML::XMLString &, const Poco::XML::XMLString &) override
    {
        fail("entity declarations are not allowed");
    }

    void externalEntityDecl(const Poco::XML::XMLString &,
                            const Poco::XML::XMLString *,
                            const Poco::XML::XMLString &) override
    {
        fail("entity declarations are not allowed");
    }

    void notationDecl(const Poco::XML::XMLString &,
                      const Poco::XML::XMLString *,
                      const Poco::XML::XMLString *) override
    {
        fail("notation declarations are not allowed");
    }

    void unparsedEntityDecl(const Poco::XML::XMLString &,
                            const Poco::XML::XMLString *,
                            const Poco::XML::XMLString &,
                            const Poco::XML::XMLString &) override
    {
        fail("entity declarations are not allowed");
    }

    Poco::XML::InputSource *resolveEntity(const Poco::XML::XMLString *, const Poco::XML::XMLString &) override
    {
        fail("external entities are not allowed");
        return nullptr;
    }

private:
    struct Open
    {
        std::string path;
        std::string text;
        bool hasChildren;
    };

    void fail(std::string reason)
    {
        if (m_failure.empty())
            m_failure = std::move(reason);
    }

    const XmlLimits &m_limits;
    std::vector<Open> m_stack;
    XmlFields m_fields;
    std::size_t m_elementCount = 0;
    std::string m_failure;
};

/// Skips from position `from` past the first `terminator`; npos if there is none.
std::size_t skipPast(std::string_view xml, std::size_t from, std::string_view terminator)
{
    const std::size_t end = xml.find(terminator, from);
    return end == std::string_view::npos ? end : end + terminator.size();
}
} // namespace

bool SafeXmlReader::hasForbiddenMarkup(std::string_view xml)
{
    if (xml.find('\0') != std::string_view::npos)
        return true;
    // Walks markup the way an XML tokenizer does, so "<!DOCTYPE" typed by a user inside a CDATA
    // section is not mistaken for a declaration; anything else starting with "<!" is refused.
    std::size_t pos = 0;
    while ((pos = xml.find('<', pos)) != std::string_view::npos)
    {
        const std::string_view rest = xml.substr(pos);
        if (rest.starts_with("<![CDATA["))
            pos = skipPast(xml, pos + 9, "]]>");
        else if (rest.starts_with("<!--"))
            pos = skipPast(xml, pos + 4, "-->");
        else if (rest.starts_with("<!"))
            return true;
        else if (rest.starts_with("<?"))
            pos = skipPast(xml, pos + 2, "?>");
        else
            pos += 1;
        if (pos == std::string_view::npos)
            return true;
    }
    return false;
}

Result<XmlFields> SafeXmlReader::read(std::string_view xml, const XmlLimits &limits)
{
    if (xml.size() > limits.maxBytes)
        return WeChatError(WeChatErrorCode::XmlTooLarge,
                           "the document has " + std::to_string(xml.size()) +
                               " bytes, more than the limit of " + std::to_string(limits.maxBytes));
    if (hasForbiddenMarkup(xml))
        return WeChatError(WeChatErrorCode::InvalidXml,
                           "DOCTYPE/ENTITY declarations, NUL bytes and unterminated markup are not allowed");

    Collector collector(limits);
    try
    {
        Poco::XML::SAXParser parser("UTF-8"); // overrides any encoding the document declares
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
        parser.setContentHandler(&collector);
        parser.setEntityResolver(&collector);
        parser.setDTDHandler(&collector);
        parser.setErrorHandler(&collector);
        parser.setProperty(Poco::XML::XMLReader::PROPERTY_LEXICAL_HANDLER,
                           static_cast<Poco::XML::LexicalHandler *>(&collector));
        parser.setProperty(Poco::XML::XMLReader::PROPERTY_DECLARATION_HANDLER,
                           static_cast<Poco::XML::DeclHandler *>(&collector));
        parser.parseMemoryNP(xml.data(), xml.size());
    }
    catch (const Poco::Exception &e)
    {
        return WeChatError(WeChatErrorCode::InvalidXml, "not well-formed XML: " + e.displayText());
    }
    catch (const std::exception &e)
    {
        return WeChatError(WeChatErrorCode::InvalidXml, std::string("XML parsing failed: ") + e.what());
    }
    if (!collector.failure().empty())
        return WeChatError(WeChatErrorCode::InvalidXml, collector.failure());
    return collector.takeFields();
}

} // namespace nextevent::server::wechat
