// SPDX-License-Identifier: MIT
// The bodies WeChat (or anyone) posts to the webhook: the hardened XML reader, the message and envelope
// parsers, and the reply renderer that echoes user text back into XML.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/wechat/MessageParser.h"
#include "server/wechat/ReplyRenderer.h"
#include "server/wechat/SafeXmlReader.h"

using namespace nextevent::server::wechat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto fields = SafeXmlReader::read(text);
    const auto message = parseInboundMessage(text);
    const auto envelope = parseEncryptedEnvelope(text);
    // The message parsers read through SafeXmlReader: they cannot accept what it refuses.
    if (!fields.ok() && (message.ok() || envelope.ok()))
        std::abort();

    // Whatever a user typed comes back inside a reply: the reply must always be well-formed XML that
    // our own reader accepts, and plain printable text must come back unchanged.
    if (size <= 16 * 1024)
    {
        ReplyHeader header{"o-user", "gh_account", 1700000000};
        const std::string reply = renderTextReply(header, text);
        const auto reread = SafeXmlReader::read(reply, XmlLimits{.maxBytes = 1024 * 1024});
        if (!reread.ok())
            std::abort();
        const bool printable = std::all_of(
            text.begin(), text.end(), [](char c) { return (c >= 0x20 && c < 0x7f) || c == '\n'; });
        if (printable)
        {
            const auto content = reread->find("Content");
            if (content == reread->end() || content->second != text)
                std::abort();
        }
    }
    return 0;
}
