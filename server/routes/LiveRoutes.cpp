// SPDX-License-Identifier: MIT
// Routes of the live interaction (DESIGN.md "Live interaction"): quiz leaderboards, audience Q&A, the message
// wall and bans (registered from Routes.cpp).
#include "nextevent/Error.h"
#include "nextevent/Json.h"
#include "nextevent/LiveInteraction.h"

#include "server/ServerContext.h"
#include "server/app/Permissions.h"
#include "server/http/Respondent.h"
#include "server/routes/Routes.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

/// Staff read every state of the queues (with respondent ids); the public the approved items only.
bool isStaff(const Request &r)
{
    return r.principal && app::may(*r.principal, Capability::ContentRead);
}

std::int64_t limitQuery(const Request &r)
{
    const auto text = r.queryValue("limit");
    if (!text || text->empty())
        return 10;
    std::int64_t value = 0;
    for (char c : *text)
    {
        if (c < '0' || c > '9' || value > 1000)
            throw Error::validation(
                {{"limit", FieldCode::InvalidFormat, "must be a whole number from 1 to 100"}});
        value = value * 10 + (c - '0');
    }
    return value;
}

/// The respondent of a public write, counted against the public write budgets.
Respondent publicWriter(ServerContext &ctx, Request &r)
{
    Respondent respondent = respondentOf(r, ctx.wechatAccount.get());
    limitPublicWrite(*ctx.limiter, ctx.config, r, respondent);
    return respondent;
}
} // namespace

void registerLiveRoutes(Router &router, ServerContext &ctx)
{
    const auto anyone = Access::publicRoute();
    // Moderation and bans: admins, organizers and presenters (who run the room).
    const auto moderators = Access::may(Capability::SurveysPresent);

    // ---- quiz leaderboard
    router.add("GET",
               "/v2/surveys/{id}/leaderboard",
               anyone,
               [&ctx](Request &r)
               {
                   const bool staff = isStaff(r);
                   // A respondent's own rank; no cookie is set by a read.
                   const Respondent who = respondentOf(r, ctx.wechatAccount.get());
                   return Response::ok(ctx.surveys->leaderboard(
                       r.param("id"), limitQuery(r), staff, who.newAnonymousId.empty() ? who.id : ""));
               });

    // ---- audience Q&A
    router.add("POST",
               "/v2/events/{id}/qa",
               anyone,
               [&ctx](Request &r)
               {
                   const Respondent respondent = publicWriter(ctx, r);
                   const QaItem item = ctx.interaction->ask(r.param("id"), respondent.id, r.json());
                   Response response =
                       Response::created(qaItemJson(item, false),
                                         item.state == QaState::Pending ? "Your question waits for moderation"
                                                                        : "Question posted");
                   setRespondentCookie(response, respondent);
                   return response;
               });
    router.add("GET",
               "/v2/events/{id}/qa",
               anyone,
               [&ctx](Request &r)
               {
                   return Response::ok(ctx.interaction->listQuestions(
                       r.param("id"), r.queryValue("state"), r.queryValue("sort"), isStaff(r)));
               });
    router.add("POST",
               "/v2/qa/{qaId}/vote",
               anyone,
               [&ctx](Request &r)
               {
                   const Respondent respondent = publicWriter(ctx, r);
                   const auto vote = ctx.interaction->toggleVote(r.param("qaId"), respondent.id);
                   Response response = Response::ok(json{{"votes", vote.votes}, {"voted", vote.voted}},
                                                    vote.voted ? "Vote counted" : "Vote taken back");
                   setRespondentCookie(response, respondent);
                   return response;
               });
    router.add(
        "POST",
        "/v2/qa/{qaId}/moderate",
        moderators,
        [&ctx](Request &r)
        {
            return Response::ok(
                qaItemJson(ctx.interaction->moderateQuestion(r.param("qaId"), r.json(), r.user()), true),
                "Question moderated");
        });

    // ---- message wall
    router.add("POST",
               "/v2/events/{id}/wall",
               anyone,
               [&ctx](Request &r)
               {
                   const Respondent respondent = publicWriter(ctx, r);
                   const WallMessage message = ctx.interaction->post(r.param("id"), respondent.id, r.json());
                   Response response = Response::created(wallMessageJson(message, false),
                                                         message.state == WallState::Pending
                                                             ? "Your message waits for moderation"
                                                             : "Message posted");
                   setRespondentCookie(response, respondent);
                   return response;
               });
    router.add("GET",
               "/v2/events/{id}/wall",
               anyone,
               [&ctx](Request &r) {
                   return Response::ok(
                       ctx.interaction->listWall(r.param("id"), r.queryValue("state"), isStaff(r)));
               });
    router.add("POST",
               "/v2/wall/{messageId}/moderate",
               moderators,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       wallMessageJson(
                           ctx.interaction->moderateWall(r.param("messageId"), r.json(), r.user()), true),
                       "Message moderated");
               });

    // ---- bans
    router.add("GET",
               "/v2/events/{id}/bans",
               moderators,
               [&ctx](Request &r) { return Response::ok(ctx.interaction->bans(r.param("id"))); });
    router.add("POST",
               "/v2/events/{id}/bans",
               moderators,
               [&ctx](Request &r)
               {
                   return Response::created(banJson(ctx.interaction->ban(r.param("id"), r.json(), r.user())),
                                            "Respondent banned");
               });
    router.add("DELETE",
               "/v2/events/{id}/bans/{respondentId}",
               moderators,
               [&ctx](Request &r)
               {
                   ctx.interaction->unban(r.param("id"), r.param("respondentId"), r.user());
                   return Response::ok(json::object(), "Ban lifted");
               });
}

} // namespace nextevent::server::http
