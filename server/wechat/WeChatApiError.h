// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "nextevent/Error.h"

namespace nextevent::server::wechat
{

/// Why a call to the WeChat server API failed.
enum class ApiFailure
{
    Api,           ///< WeChat answered with a non-zero errcode (errcode() and errmsg() hold it).
    Network,       ///< Connecting, sending or receiving failed or timed out, or HTTP status was not 200.
    BadResponse,   ///< The body was not the JSON document the protocol promises.
    CircuitOpen,   ///< Too many consecutive failures: the call was refused without touching the network.
    NotConfigured, ///< No AppID/AppSecret is configured.
};

/// The errcode this client reports for failures that did not come from WeChat (errcode() of a
/// Network, BadResponse, CircuitOpen or NotConfigured error).
inline constexpr int kNoErrcode = 0;

/// A failed WeChat API call. It is a nextevent::Error so services can let it reach the HTTP layer:
/// quota errors (45009, 45011) map to RateLimited; network, bad responses, the open breaker, system
/// busy (-1) and credential/config errors (40013, 40125, 40164, 40243) to Unavailable; errors about
/// the caller's input (bad openid, template, code, tag...) to Validation; anything else to Internal.
/// The message names the API and the errcode and never contains the AppSecret or a token.
class WeChatApiError : public nextevent::Error
{
public:
    WeChatApiError(ApiFailure failure, std::string api, int errcode, std::string errmsg);

    ApiFailure failure() const
    {
        return m_failure;
    }

    /// The API path the call went to, e.g. "cgi-bin/qrcode/create".
    const std::string &api() const
    {
        return m_api;
    }

    /// WeChat's errcode for ApiFailure::Api, else kNoErrcode.
    int errcode() const
    {
        return m_errcode;
    }

    /// WeChat's errmsg for ApiFailure::Api (already masked), else a description of the failure.
    const std::string &errmsg() const
    {
        return m_errmsg;
    }

private:
    ApiFailure m_failure;
    std::string m_api;
    int m_errcode;
    std::string m_errmsg;
};

/// True for the errcodes that mean "the access_token (or ticket) used is not valid": 40001, 40014,
/// 42001. The caller refreshes the token once and retries once (wechat-protocol.md §4.3).
bool isTokenErrcode(int errcode);

/// True for the errcodes that mean the AppID/AppSecret setup is wrong: 40013, 40125, 40164, 40243.
bool isConfigurationErrcode(int errcode);

/// Replaces every occurrence of each non-empty secret in `text` by "***". Secrets shorter than
/// 4 characters are masked too; the empty string is ignored.
std::string maskSecrets(std::string text, std::initializer_list<std::string_view> secrets);

/// A short, log-safe fingerprint of a secret: its first 4 characters and its length, e.g.
/// "AbCd…(512)". Empty input gives "".
std::string fingerprint(std::string_view secret);

} // namespace nextevent::server::wechat
