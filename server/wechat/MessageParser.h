// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "server/wechat/InboundMessage.h"
#include "server/wechat/Result.h"
#include "server/wechat/SafeXmlReader.h"

namespace nextevent::server::wechat
{

/// The outer body of a safe- or compatible-mode POST: <xml><ToUserName/><Encrypt/></xml>.
struct EncryptedEnvelope
{
    std::string toUserName; ///< empty if absent
    std::string encrypt;    ///< the Base64 text verbatim, as signed by msg_signature
};

/// Parses a plaintext (or decrypted) message or event with SafeXmlReader. ToUserName,
/// FromUserName, CreateTime and MsgType are required; CreateTime, MsgId and MsgID must be decimal
/// integers when present (surrounding whitespace allowed). Unknown MsgType/Event values are not
/// errors: kind/eventKind become Unknown and the raw strings are kept. Location numbers that do not
/// parse are left empty rather than failing the message. Fails with InvalidXml or XmlTooLarge.
Result<InboundMessage> parseInboundMessage(std::string_view xml, const XmlLimits &limits = {});

/// Parses the encrypted envelope; Encrypt must be present and non-empty. Fails with InvalidXml or
/// XmlTooLarge.
Result<EncryptedEnvelope> parseEncryptedEnvelope(std::string_view xml, const XmlLimits &limits = {});

} // namespace nextevent::server::wechat
