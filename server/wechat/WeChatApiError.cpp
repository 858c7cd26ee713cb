// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatApiError.h"

#include <utility>

namespace nextevent::server::wechat
{
namespace
{

ErrorCode mapFailure(ApiFailure failure, int errcode)
{
    switch (failure)
    {
    case ApiFailure::Network:
    case ApiFailure::BadResponse:
    case ApiFailure::CircuitOpen:
    case ApiFailure::NotConfigured:
        return ErrorCode::Unavailable;
    case ApiFailure::Api:
        break;
    }
    if (errcode == 45009 || errcode == 45011)
        return ErrorCode::RateLimited;
    if (errcode == -1 || isConfigurationErrcode(errcode) || isTokenErrcode(errcode))
        return ErrorCode::Unavailable;
    switch (errcode)
    {
    case 40003: // invalid openid
    case 40029: // invalid OAuth code
    case 40032: // bad openid list size
    case 40037: // invalid template_id
    case 40097: // invalid arguments
    case 40163: // OAuth code already used
    case 42002: // refresh_token expired
    case 43004: // recipient does not follow the account
    case 44002: // empty POST body
    case 45056: // too many tags
    case 45057: // tag has too many members to delete
    case 45058: // reserved tag
    case 45059: // user has too many tags
    case 45157: // duplicate tag name
    case 45158: // tag name too long
    case 45159: // invalid tag id
    case 47001: // malformed JSON
    case 48001: // API not authorised for this account
    case 50001: // user did not authorise the API
        return ErrorCode::Validation;
    default:
        return ErrorCode::Internal;
    }
}

std::string describe(ApiFailure failure, const std::string &api, int errcode, const std::string &errmsg)
{
    std::string text = "WeChat API " + api + " failed: ";
    switch (failure)
    {
    case ApiFailure::Api:
        return text + "errcode " + std::to_string(errcode) + " (" + errmsg + ")";
    case ApiFailure::Network:
        return text + "network error (" + errmsg + ")";
    case ApiFailure::BadResponse:
        return text + "bad response (" + errmsg + ")";
    case ApiFailure::CircuitOpen:
        return text + "circuit breaker open (" + errmsg + ")";
    case ApiFailure::NotConfigured:
        return text + "not configured (" + errmsg + ")";
    }
    return text + errmsg;
}

} // namespace

WeChatApiError::WeChatApiError(ApiFailure failure, std::string api, int errcode, std::string errmsg)
    : nextevent::Error(mapFailure(failure, errcode), describe(failure, api, errcode, errmsg))
    , m_failure(failure)
    , m_api(std::move(api))
    , m_errcode(errcode)
    , m_errmsg(std::move(errmsg))
{
}

bool isTokenErrcode(int errcode)
{
    return errcode == 40001 || errcode == 40014 || errcode == 42001;
}

bool isConfigurationErrcode(int errcode)
{
    return errcode == 40013 || errcode == 40125 || errcode == 40164 || errcode == 40243;
}

std::string maskSecrets(std::string text, std::initializer_list<std::string_view> secrets)
{
    for (std::string_view secret : secrets)
    {
        if (secret.empty())
            continue;
        std::size_t pos = 0;
        while ((pos = text.find(secret, pos)) != std::string::npos)
        {
            text.replace(pos, secret.size(), "***");
            pos += 3;
        }
    }
    return text;
}

std::string fingerprint(std::string_view secret)
{
    if (secret.empty())
        return {};
    return std::string(secret.substr(0, 4)) + "\xE2\x80\xA6(" + std::to_string(secret.size()) + ")";
}

} // namespace nextevent::server::wechat
