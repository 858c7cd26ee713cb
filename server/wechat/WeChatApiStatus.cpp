// SPDX-License-Identifier: MIT
#include "server/wechat/WeChatApiStatus.h"

#include <chrono>

namespace nextevent::server::wechat
{
namespace
{

nlohmann::json credentialJson(const CredentialStatus &credential, TimePoint now)
{
    nlohmann::json json = {{"present", credential.present}, {"fetches", credential.fetches}};
    if (credential.present)
    {
        using std::chrono::duration_cast;
        using std::chrono::seconds;
        json["fetchedAt"] = formatIso8601(credential.fetchedAt);
        json["expiresAt"] = formatIso8601(credential.expiresAt);
        json["ageSeconds"] = duration_cast<seconds>(now - credential.fetchedAt).count();
        json["expiresInSeconds"] = duration_cast<seconds>(credential.expiresAt - now).count();
    }
    else
    {
        json["fetchedAt"] = nullptr;
        json["expiresAt"] = nullptr;
        json["ageSeconds"] = nullptr;
        json["expiresInSeconds"] = nullptr;
    }
    return json;
}

} // namespace

nlohmann::json WeChatApiStatus::toJson(TimePoint now) const
{
    nlohmann::json callsJson = nlohmann::json::object();
    for (const auto &[api, stats] : calls)
        callsJson[api] = {{"calls", stats.calls}, {"requests", stats.requests}, {"failures", stats.failures}};
    nlohmann::json errors = nlohmann::json::array();
    for (const ApiErrorRecord &error : recentErrors)
    {
        errors.push_back({{"time", formatIso8601(error.time)},
                          {"api", error.api},
                          {"errcode", error.errcode},
                          {"errmsg", error.errmsg},
                          {"kind", error.kind}});
    }
    return {
        {"configured", configured},
        {"appId", appId},
        {"apiBase", apiBase},
        {"tokenEndpoint", stableToken ? "stable_token" : "token"},
        {"accessToken", credentialJson(accessToken, now)},
        {"jsapiTicket", credentialJson(jsapiTicket, now)},
        {"breaker",
         {{"state", breakerState},
          {"consecutiveFailures", consecutiveFailures},
          {"retryInMs", breakerRetryInMs},
          {"timesOpened", breakerTimesOpened}}},
        {"calls", callsJson},
        {"recentErrors", errors},
    };
}

} // namespace nextevent::server::wechat
