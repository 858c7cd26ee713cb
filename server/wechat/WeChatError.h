// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "nextevent/Error.h"

namespace nextevent::server::wechat
{

/// Why a WeChat protocol operation failed. The comments give the matching code of Tencent's
/// WXBizMsgCrypt sample library, which is handy in logs.
enum class WeChatErrorCode
{
    SignatureMismatch,    ///< -40001: signature or msg_signature does not match.
    InvalidXml,           ///< -40002: not well-formed, DTD/entity declarations, missing or malformed fields.
    XmlTooLarge,          ///< -40002: the document exceeds the configured size limit.
    InvalidAesKey,        ///< -40004: the EncodingAESKey is not 43 characters of [A-Za-z0-9].
    InvalidConfiguration, ///< -40004 family: an empty Token or AppID (no sample code of its own).
    AppIdMismatch,        ///< -40005: the decrypted AppID is not ours.
    EncryptFailed,        ///< -40006: the cipher or the random source failed while encrypting.
    DecryptFailed,        ///< -40007: the cipher failed while decrypting.
    InvalidPadding,       ///< -40007: the 32-byte PKCS#7 padding is malformed.
    InvalidBuffer,        ///< -40008: a length (ciphertext, plaintext, msg_len) is impossible.
    InvalidBase64,        ///< -40010: the Encrypt text is not standard Base64.
    InvalidReply,         ///< -40011: a reply cannot be built from the given values (e.g. 0 or 9 articles).
};

/// The WXBizMsgCrypt sample library's numeric code for a failure, e.g. -40001.
int sampleLibraryCode(WeChatErrorCode code);

/// A stable name for logs, e.g. "SIGNATURE_MISMATCH".
std::string_view weChatErrorCodeName(WeChatErrorCode code);

/// A failed WeChat protocol operation: a typed reason plus a human-readable message for logs. The
/// message never contains key material or decrypted content.
class WeChatError
{
public:
    WeChatError(WeChatErrorCode code, std::string message);

    WeChatErrorCode code() const
    {
        return m_code;
    }

    const std::string &message() const
    {
        return m_message;
    }

    /// The shared domain error for the HTTP layer: signature and AppID failures become Forbidden,
    /// oversized documents PayloadTooLarge, local cipher failures Internal, everything else Validation.
    nextevent::Error toError() const;

private:
    WeChatErrorCode m_code;
    std::string m_message;
};

} // namespace nextevent::server::wechat
