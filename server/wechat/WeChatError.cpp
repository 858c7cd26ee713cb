// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatError.h"

#include <utility>

namespace nextevent::server::wechat
{

int sampleLibraryCode(WeChatErrorCode code)
{
    switch (code)
    {
    case WeChatErrorCode::SignatureMismatch:
        return -40001;
    case WeChatErrorCode::InvalidXml:
    case WeChatErrorCode::XmlTooLarge:
        return -40002;
    case WeChatErrorCode::InvalidAesKey:
    case WeChatErrorCode::InvalidConfiguration:
        return -40004;
    case WeChatErrorCode::AppIdMismatch:
        return -40005;
    case WeChatErrorCode::EncryptFailed:
        return -40006;
    case WeChatErrorCode::DecryptFailed:
    case WeChatErrorCode::InvalidPadding:
        return -40007;
    case WeChatErrorCode::InvalidBuffer:
        return -40008;
    case WeChatErrorCode::InvalidBase64:
        return -40010;
    case WeChatErrorCode::InvalidReply:
        return -40011;
    }
    return -40002;
}

std::string_view weChatErrorCodeName(WeChatErrorCode code)
{
    switch (code)
    {
    case WeChatErrorCode::SignatureMismatch:
        return "SIGNATURE_MISMATCH";
    case WeChatErrorCode::InvalidXml:
        return "INVALID_XML";
    case WeChatErrorCode::XmlTooLarge:
        return "XML_TOO_LARGE";
    case WeChatErrorCode::InvalidAesKey:
        return "INVALID_AES_KEY";
    case WeChatErrorCode::InvalidConfiguration:
        return "INVALID_CONFIGURATION";
    case WeChatErrorCode::AppIdMismatch:
        return "APPID_MISMATCH";
    case WeChatErrorCode::EncryptFailed:
        return "ENCRYPT_FAILED";
    case WeChatErrorCode::DecryptFailed:
        return "DECRYPT_FAILED";
    case WeChatErrorCode::InvalidPadding:
        return "INVALID_PADDING";
    case WeChatErrorCode::InvalidBuffer:
        return "INVALID_BUFFER";
    case WeChatErrorCode::InvalidBase64:
        return "INVALID_BASE64";
    case WeChatErrorCode::InvalidReply:
        return "INVALID_REPLY";
    }
    return "UNKNOWN";
}

WeChatError::WeChatError(WeChatErrorCode code, std::string message)
    : m_code(code)
    , m_message(std::move(message))
{
}

nextevent::Error WeChatError::toError() const
{
    ErrorCode mapped = ErrorCode::Validation;
    switch (m_code)
    {
    case WeChatErrorCode::SignatureMismatch:
    case WeChatErrorCode::AppIdMismatch:
        mapped = ErrorCode::Forbidden;
        break;
    case WeChatErrorCode::XmlTooLarge:
        mapped = ErrorCode::PayloadTooLarge;
        break;
    case WeChatErrorCode::InvalidAesKey:
    case WeChatErrorCode::InvalidConfiguration:
    case WeChatErrorCode::EncryptFailed:
    case WeChatErrorCode::InvalidReply:
        mapped = ErrorCode::Internal;
        break;
    default:
        break;
    }
    return nextevent::Error(mapped, "WeChat " + std::string(weChatErrorCodeName(m_code)) + ": " + m_message);
}

} // namespace nextevent::server::wechat
