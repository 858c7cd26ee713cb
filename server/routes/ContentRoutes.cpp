// SPDX-License-Identifier: MIT
// Routes for media, articles, surveys, analytics and the dashboard (registered from Routes.cpp).
#include "nextevent/Error.h"
#include "nextevent/Json.h"

#include "server/ServerContext.h"
#include "server/app/Permissions.h"
#include "server/http/Respondent.h"
#include "server/infra/html/SafeFileName.h"
#include "server/routes/Routes.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

std::optional<bool> boolQuery(const Request &r, const char *name)
{
    auto text = r.queryValue(name);
    if (!text || text->empty())
        return std::nullopt;
    if (*text == "true" || *text == "1")
        return true;
    if (*text == "false" || *text == "0")
        return false;
    throw Error::validation({{name, FieldCode::InvalidFormat, "must be true or false"}});
}

bool isStaff(const Request &r)
{
    return r.principal && app::may(*r.principal, Capability::ContentRead);
}
} // namespace

void registerContentRoutes(Router &router, ServerContext &ctx)
{
    const auto anyone = Access::publicRoute();
    const auto editors = Access::may(Capability::ContentEdit);
    const auto readers = Access::may(Capability::ContentRead);
    const auto presenters = Access::may(Capability::SurveysPresent);
    const auto analysts = Access::may(Capability::DashboardView);

    // ---- media
    router.add(
        "POST",
        "/v2/media",
        editors,
        [&ctx](Request &r)
        {
            auto upload = r.upload("file");
            // The client's file name is shown again and stored in a bounded column: record a safe form.
            return Response::created(
                ctx.media->upload(upload.bytes, infra::safeFileName(upload.fileName), r.user().username),
                "Uploaded");
        },
        ctx.config.mediaMaxBytes + 64 * 1024);
    router.add("GET",
               "/v2/media/{id}",
               readers,
               [&ctx](Request &r) { return Response::ok(ctx.media->get(r.param("id"))); });
    router.add("GET",
               "/media/{file}",
               anyone,
               [&ctx](Request &r)
               {
                   const auto file = ctx.media->open(r.param("file"));
                   Response response;
                   response.contentType = file.mime;
                   response.headers.emplace_back("ETag", file.etag);
                   // Content-addressed: a name never changes its bytes.
                   response.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
                   if (r.header("if-none-match") == file.etag)
                   {
                       response.status = 304;
                       return response;
                   }
                   response.body = file.bytes;
                   return response;
               });

    // ---- articles
    router.add("GET",
               "/v2/articles",
               readers,
               [&ctx](Request &r)
               {
                   app::ArticleQuery q;
                   static_cast<app::PageRequest &>(q) = r.pageRequest();
                   q.published = boolQuery(r, "published");
                   q.category = r.queryValue("category").value_or("");
                   return Response::ok(pageJson(ctx.articles->list(q)));
               });
    router.add("POST",
               "/v2/articles",
               editors,
               [&ctx](Request &r)
               { return Response::created(ctx.articles->create(r.json(), r.user()), "Article created"); });
    router.add("GET",
               "/v2/articles/{id}",
               readers,
               [&ctx](Request &r) { return Response::ok(ctx.articles->get(r.param("id"))); });
    router.add(
        "PUT",
        "/v2/articles/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.articles->update(r.param("id"), r.json(), r.user()), "Article updated"); });
    router.add(
        "PATCH",
        "/v2/articles/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.articles->update(r.param("id"), r.json(), r.user()), "Article updated"); });
    router.add("DELETE",
               "/v2/articles/{id}",
               editors,
               [&ctx](Request &r)
               {
                   ctx.articles->remove(r.param("id"), r.user());
                   return Response::ok(json::object(), "Article deleted");
               });
    router.add(
        "POST",
        "/v2/articles/{id}/publish",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.articles->setPublished(r.param("id"), true, r.user()), "Published"); });
    router.add(
        "POST",
        "/v2/articles/{id}/unpublish",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.articles->setPublished(r.param("id"), false, r.user()), "Unpublished"); });
    router.add("POST",
               "/v2/articles/{id}/views",
               anyone,
               [&ctx](Request &r)
               {
                   ctx.articles->getPublished(r.param("id"));
                   ctx.articles->recordView(r.param("id"));
                   return Response::ok(json::object(), "View counted");
               });

    // ---- surveys
    router.add("GET",
               "/v2/surveys",
               readers,
               [&ctx](Request &r)
               {
                   app::SurveyQuery q;
                   static_cast<app::PageRequest &>(q) = r.pageRequest();
                   if (auto eventId = r.queryValue("eventId"); eventId && !eventId->empty())
                       q.eventId = *eventId;
                   q.isLive = boolQuery(r, "isLive");
                   return Response::ok(pageJson(ctx.surveys->list(q)));
               });
    router.add("POST",
               "/v2/surveys",
               editors,
               [&ctx](Request &r)
               { return Response::created(ctx.surveys->create(r.json(), r.user()), "Survey created"); });
    // Public: respondents read an open survey's questions; staff read any survey.
    router.add("GET",
               "/v2/surveys/{id}",
               anyone,
               [&ctx](Request &r)
               {
                   return Response::ok(isStaff(r) ? ctx.surveys->get(r.param("id"))
                                                  : ctx.surveys->getForRespondent(r.param("id")));
               });
    router.add(
        "PUT",
        "/v2/surveys/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.surveys->update(r.param("id"), r.json(), r.user()), "Survey updated"); });
    router.add(
        "PATCH",
        "/v2/surveys/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.surveys->update(r.param("id"), r.json(), r.user()), "Survey updated"); });
    router.add("DELETE",
               "/v2/surveys/{id}",
               editors,
               [&ctx](Request &r)
               {
                   ctx.surveys->remove(r.param("id"), r.user());
                   return Response::ok(json::object(), "Survey deleted");
               });
    router.add("POST",
               "/v2/surveys/{id}/state",
               presenters,
               [&ctx](Request &r) {
                   return Response::ok(ctx.surveys->setState(r.param("id"), r.json(), r.user()),
                                       "Survey state changed");
               });
    router.add("POST",
               "/v2/surveys/{id}/questions",
               editors,
               [&ctx](Request &r) {
                   return Response::created(ctx.surveys->addQuestion(r.param("id"), r.json(), r.user()),
                                            "Question added");
               });
    router.add("PUT",
               "/v2/surveys/{id}/questions/{questionId}",
               editors,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       ctx.surveys->updateQuestion(r.param("id"), r.param("questionId"), r.json(), r.user()),
                       "Question updated");
               });
    router.add("DELETE",
               "/v2/surveys/{id}/questions/{questionId}",
               editors,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       ctx.surveys->deleteQuestion(r.param("id"), r.param("questionId"), r.user()),
                       "Question deleted");
               });
    router.add("POST",
               "/v2/surveys/{id}/questions/order",
               editors,
               [&ctx](Request &r)
               {
                   return Response::ok(ctx.surveys->reorderQuestions(r.param("id"), r.json(), r.user()),
                                       "Questions reordered");
               });
    router.add("POST",
               "/v2/surveys/{id}/responses",
               anyone,
               [&ctx](Request &r)
               {
                   const Respondent respondent = respondentOf(r, ctx.wechatAccount.get());
                   limitPublicWrite(*ctx.limiter, ctx.config, r, respondent);
                   // Answered when its group commit is written, without holding a worker meanwhile.
                   auto deferred = std::make_shared<Deferred>();
                   ctx.surveys->submit(r.param("id"),
                                       respondent.id,
                                       r.json(),
                                       {},
                                       [deferred, respondent](const nextevent::SurveyResponse &stored,
                                                              std::exception_ptr error)
                                       {
                                           if (error)
                                               return deferred->fail(std::move(error));
                                           Response response = Response::created(
                                               json{{"id", stored.id},
                                                    {"surveyId", stored.surveyId},
                                                    {"createdAt", formatIso8601(stored.createdAt)}},
                                               "Thank you for your answer");
                                           setRespondentCookie(response, respondent);
                                           deferred->resolve(std::move(response));
                                       });
                   return Response::later(std::move(deferred));
               });
    router.add("GET",
               "/v2/surveys/{id}/live-results",
               anyone,
               [&ctx](Request &r)
               {
                   const bool chart = boolQuery(r, "includeChartData").value_or(false);
                   return Response::ok(ctx.surveys->liveResults(r.param("id"), chart, isStaff(r)));
               });
    router.add("GET",
               "/v2/surveys/{id}/responses.csv",
               presenters,
               [&ctx](Request &r)
               {
                   return Response::file(ctx.surveys->responsesCsv(r.param("id")),
                                         "text/csv; charset=utf-8",
                                         "responses-" + r.param("id") + ".csv");
               });
    router.add("GET",
               "/v2/surveys/{id}/results.csv",
               presenters,
               [&ctx](Request &r)
               {
                   return Response::file(ctx.surveys->talliesCsv(r.param("id")),
                                         "text/csv; charset=utf-8",
                                         "results-" + r.param("id") + ".csv");
               });

    // ---- analytics
    router.add("GET",
               "/v2/events/{id}/analytics",
               analysts,
               [&ctx](Request &r)
               {
                   return Response::ok(ctx.analytics->eventAnalytics(
                       r.param("id"), r.queryValue("from"), r.queryValue("to")));
               });
    router.add("GET",
               "/v2/dashboard",
               analysts,
               [&ctx](Request &) { return Response::ok(ctx.analytics->dashboard()); });
}

} // namespace nextevent::server::http
