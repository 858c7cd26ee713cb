// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "server/app/Config.h"
#include "server/app/RateLimiter.h"
#include "server/http/Http.h"

namespace nextevent::server::app
{
class WeChatAccountService;
}

namespace nextevent::server::http
{

/// Who answers a survey: the WeChat user of a valid session (ne_wx), else the anonymous respondent cookie
/// (ne_rid), else a new anonymous id the response must set as a cookie. Shared by the API and the pages.
struct Respondent
{
    std::string id;              ///< "wx:<openid>" or "anon:<id>"
    std::string openid;          ///< set for a WeChat session
    std::string newAnonymousId;  ///< non-empty when the ne_rid cookie must be set
    bool sessionExpired = false; ///< an ne_wx cookie was sent but is no longer valid
};

inline constexpr const char *kRespondentCookie = "ne_rid";

/// `wechat` may be null (no WeChat session is then considered).
Respondent respondentOf(const Request &request, const app::WeChatAccountService *wechat);

/// Adds the Set-Cookie for a new anonymous respondent id (no-op when `respondent` has none).
void setRespondentCookie(Response &response, const Respondent &respondent);

/// Counts one public write (survey answer, registration, ticket action) against the client address's
/// budget (`limits.publicWritesPerMinute`, generous: a venue's Wi-Fi puts hundreds of phones behind one
/// address) and the respondent's (`limits.respondentWritesPerMinute`); RATE_LIMITED with retryAfter past
/// either. Shared across instances when the limiter is Redis's.
void limitPublicWrite(app::RateLimiter &limiter,
                      const app::Config &config,
                      const Request &request,
                      const Respondent &respondent);

} // namespace nextevent::server::http
