// SPDX-License-Identifier: MIT
// Routes for the WeChat webhook, OAuth, JS-SDK, status, QR codes, reminders and the job queue (registered
// from Routes.cpp).
#include <charconv>

#include "nextevent/Error.h"

#include "server/ServerContext.h"
#include "server/routes/Routes.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

std::string cookieAttributes(const app::Config &config)
{
    return config.publicUrl.rfind("https://", 0) == 0 ? "; HttpOnly; SameSite=Lax; Secure"
                                                      : "; HttpOnly; SameSite=Lax";
}

Response redirect(const std::string &location)
{
    Response r;
    r.status = 302;
    r.contentType = "text/plain; charset=utf-8";
    r.headers.emplace_back("Location", location);
    return r;
}

std::optional<int> sizeQuery(const Request &r)
{
    const auto text = r.queryValue("size");
    if (!text || text->empty())
        return std::nullopt;
    int value = 0;
    auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || ptr != text->data() + text->size())
        throw Error::validation(
            {{"size", FieldCode::InvalidFormat, "must be a whole number of pixels (64..2048)"}});
    return value;
}

bool permanentQuery(const Request &r)
{
    const auto text = r.queryValue("permanent").value_or("false");
    if (text == "true" || text == "1")
        return true;
    if (text == "false" || text == "0" || text.empty())
        return false;
    throw Error::validation({{"permanent", FieldCode::InvalidFormat, "must be true or false"}});
}

Response webhook(ServerContext &ctx, Request &r)
{
    app::WebhookRequest in;
    in.method = r.method == "HEAD" ? "GET" : r.method;
    in.signature = r.queryValue("signature").value_or("");
    in.timestamp = r.queryValue("timestamp").value_or("");
    in.nonce = r.queryValue("nonce").value_or("");
    in.echostr = r.queryValue("echostr").value_or("");
    in.encryptType = r.queryValue("encrypt_type").value_or("");
    in.msgSignature = r.queryValue("msg_signature").value_or("");
    in.body = r.body; // copied: on an I/O thread the request may run again on a worker (app/Blocking.h)
    // Answered once the message is committed, without holding a request worker meanwhile.
    auto deferred = std::make_shared<Deferred>();
    ctx.wechat->handle(in,
                       [deferred](app::WebhookResponse *out, std::exception_ptr error)
                       {
                           if (error)
                               return deferred->fail(std::move(error));
                           Response response =
                               Response::file(std::move(out->body), std::move(out->contentType));
                           response.status = out->status;
                           deferred->resolve(std::move(response));
                       });
    return Response::later(std::move(deferred));
}
} // namespace

void registerWeChatRoutes(Router &router, ServerContext &ctx)
{
    const auto anyone = Access::publicRoute();
    const auto editors = Access::may(Capability::WeChatManage);
    const auto readers = Access::may(Capability::ContentRead);
    const auto admins = Access::may(Capability::JobsManage);

    // ---- the callback URL (signature-checked, not token-checked); WeChat's bodies are small
    router.add("GET", "/v2/wechat/webhook", anyone, [&ctx](Request &r) { return webhook(ctx, r); });
    router.add(
        "POST", "/v2/wechat/webhook", anyone, [&ctx](Request &r) { return webhook(ctx, r); }, 128 * 1024);
    // Checked, decrypted and handed to the group-commit writer without waiting (scenes and events cached).
    router.answerFromMemory("GET", "/v2/wechat/webhook");
    router.answerFromMemory("POST", "/v2/wechat/webhook");

    router.add("GET",
               "/v2/wechat/status",
               editors,
               [&ctx](Request &) { return Response::ok(ctx.wechatAccount->status()); });
    router.add("GET",
               "/v2/wechat/jssdk-config",
               anyone,
               [&ctx](Request &r)
               { return Response::ok(ctx.wechatAccount->jssdkConfig(r.queryValue("url").value_or(""))); });
    router.add("GET",
               "/v2/wechat/oauth/start",
               anyone,
               [&ctx](Request &r)
               {
                   const auto start = ctx.wechatAccount->startOAuth(
                       r.queryValue("redirect").value_or(""), r.queryValue("scope").value_or("snsapi_base"));
                   Response response = redirect(start.location);
                   response.headers.emplace_back(
                       "Set-Cookie",
                       std::string(app::WeChatAccountService::kStateCookie) + "=" + start.stateCookie +
                           "; Path=/v2/wechat/oauth; Max-Age=600" + cookieAttributes(ctx.config));
                   return response;
               });
    router.add("GET",
               "/v2/wechat/oauth/callback",
               anyone,
               [&ctx](Request &r)
               {
                   const auto done =
                       ctx.wechatAccount->finishOAuth(r.queryValue("code").value_or(""),
                                                      r.queryValue("state").value_or(""),
                                                      r.cookie(app::WeChatAccountService::kStateCookie));
                   Response response = redirect(done.location);
                   response.headers.emplace_back(
                       "Set-Cookie",
                       std::string(app::WeChatAccountService::kSessionCookie) + "=" + done.sessionCookie +
                           "; Path=/; Max-Age=" +
                           std::to_string(app::WeChatAccountService::kSessionLifetime.count()) +
                           cookieAttributes(ctx.config));
                   return response;
               });

    // ---- QR codes of events, articles and surveys
    for (const std::string type : {"event", "article", "survey"})
    {
        const std::string base = "/v2/" + type + "s/{id}/qrcode";
        router.add("POST",
                   base,
                   editors,
                   [&ctx, type](Request &r) {
                       return Response::ok(ctx.qrCodes->create(type, r.param("id"), permanentQuery(r)),
                                           "QR code made");
                   });
        router.add(
            "GET",
            base + ".png",
            readers,
            [&ctx, type](Request &r)
            { return Response::file(ctx.qrCodes->png(type, r.param("id"), sizeQuery(r)), "image/png"); });
        router.add(
            "GET",
            base + ".svg",
            readers,
            [&ctx, type](Request &r)
            { return Response::file(ctx.qrCodes->svg(type, r.param("id"), sizeQuery(r)), "image/svg+xml"); });
    }

    // ---- template-message reminders (one job per registered attendee with an openid)
    router.add("POST",
               "/v2/events/{id}/reminders",
               editors,
               [&ctx](Request &r)
               {
                   return Response::created(ctx.wechatAccount->queueReminders(r.param("id"), r.json()),
                                            "Reminders queued");
               });

    // ---- jobs
    router.add(
        "GET",
        "/v2/jobs",
        admins,
        [&ctx](Request &r)
        {
            app::JobQuery q;
            static_cast<app::PageRequest &>(q) = r.pageRequest();
            if (auto state = r.queryValue("state"); state && !state->empty())
            {
                q.state = app::jobStateFromString(*state);
                if (!q.state)
                    throw Error::validation(
                        {{"state", FieldCode::InvalidChoice, "must be queued, running, done or dead"}});
            }
            if (auto kind = r.queryValue("kind"); kind && !kind->empty())
                q.kind = *kind;
            const auto page = ctx.jobs->list(q);
            json items = json::array();
            for (const auto &job : page.items)
                items.push_back(app::jobJson(job));
            return Response::ok(json{
                {"items", items}, {"total", page.total}, {"page", page.page}, {"pageSize", page.pageSize}});
        });
    router.add("GET",
               "/v2/jobs/{id}",
               admins,
               [&ctx](Request &r) { return Response::ok(app::jobJson(ctx.jobs->get(r.param("id")))); });
    router.add("POST",
               "/v2/jobs/{id}/retry",
               admins,
               [&ctx](Request &r)
               { return Response::ok(app::jobJson(ctx.jobs->retry(r.param("id"))), "Job queued again"); });
}

} // namespace nextevent::server::http
