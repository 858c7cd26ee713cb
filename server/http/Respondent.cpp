// SPDX-License-Identifier: MIT
#include "server/http/Respondent.h"

#include <algorithm>
#include <cctype>

#include <sodium.h>

#include "nextevent/Error.h"

#include "server/app/WeChatAccountService.h"

namespace nextevent::server::http
{

Respondent respondentOf(const Request &request, const app::WeChatAccountService *wechat)
{
    Respondent respondent;
    const std::string session = request.cookie(app::WeChatAccountService::kSessionCookie);
    if (wechat && !session.empty())
    {
        if (auto openid = wechat->sessionOpenid(session))
        {
            respondent.openid = *openid;
            respondent.id = "wx:" + *openid;
            return respondent;
        }
        respondent.sessionExpired = true;
    }
    std::string id = request.cookie(kRespondentCookie);
    const bool valid =
        id.size() == 43 &&
        std::all_of(id.begin(),
                    id.end(),
                    [](char c)
                    { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
    if (!valid)
    {
        unsigned char bytes[32];
        randombytes_buf(bytes, sizeof bytes);
        char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
        sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        id = out;
        respondent.newAnonymousId = id;
    }
    respondent.id = "anon:" + id;
    return respondent;
}

void setRespondentCookie(Response &response, const Respondent &respondent)
{
    if (!respondent.newAnonymousId.empty())
        response.headers.emplace_back("Set-Cookie",
                                      std::string(kRespondentCookie) + "=" + respondent.newAnonymousId +
                                          "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
}

void limitPublicWrite(app::RateLimiter &limiter,
                      const app::Config &config,
                      const Request &request,
                      const Respondent &respondent)
{
    using namespace std::chrono_literals;
    const auto refuse = [](std::chrono::seconds retryAfter)
    {
        return Error(ErrorCode::RateLimited,
                     "Too many submissions; try again in " + std::to_string(retryAfter.count()) + " seconds",
                     {{"retryAfter", std::nullopt, std::to_string(retryAfter.count())}});
    };
    if (auto d = limiter.hit("public-ip:" + request.clientAddress, config.publicWritesPerMinute, 60s);
        !d.allowed)
        throw refuse(d.retryAfter);
    if (auto d = limiter.hit("public-rid:" + respondent.id, config.respondentWritesPerMinute, 60s);
        !d.allowed)
        throw refuse(d.retryAfter);
}

} // namespace nextevent::server::http
