// SPDX-License-Identifier: MIT
// Routes for draws (抽奖), registered from Routes.cpp. Staff with draws.run create, run and redraw; staff
// with draws.read follow them; once a draw has run, anyone may read it and its pool to recompute the winners.
#include "nextevent/Draw.h"

#include "server/ServerContext.h"
#include "server/app/Permissions.h"
#include "server/routes/Routes.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

bool mayReadAnyDraw(const Request &r)
{
    return r.principal && app::may(*r.principal, Capability::DrawsRead);
}
} // namespace

void registerDrawRoutes(Router &router, ServerContext &ctx)
{
    const auto anyone = Access::publicRoute();
    const auto runners = Access::may(Capability::DrawsRun);
    const auto readers = Access::may(Capability::DrawsRead);

    router.add(
        "POST",
        "/v2/events/{id}/draws",
        runners,
        [&ctx](Request &r)
        { return Response::created(ctx.draws->create(r.param("id"), r.json(), r.user()), "Draw created"); });
    router.add("GET",
               "/v2/events/{id}/draws",
               readers,
               [&ctx](Request &r)
               {
                   const auto draws = ctx.draws->list(r.param("id"));
                   return Response::ok(json{{"items", draws}, {"total", draws.size()}});
               });
    router.add("GET",
               "/v2/draws/{id}",
               anyone,
               [&ctx](Request &r) { return Response::ok(ctx.draws->get(r.param("id"), mayReadAnyDraw(r))); });
    router.add("GET",
               "/v2/draws/{id}/pool",
               anyone,
               [&ctx](Request &r)
               {
                   const auto pool = ctx.draws->pool(r.param("id"), mayReadAnyDraw(r));
                   return Response::ok(json{{"items", pool.ids}, {"poolHash", pool.poolHash}});
               });
    router.add("POST",
               "/v2/draws/{id}/run",
               runners,
               [&ctx](Request &r)
               { return Response::ok(ctx.draws->run(r.param("id"), r.user()), "Draw run"); });
    router.add(
        "POST",
        "/v2/draws/{id}/redraw",
        runners,
        [&ctx](Request &r)
        { return Response::ok(ctx.draws->redraw(r.param("id"), r.json(), r.user()), "Winner replaced"); });
}

} // namespace nextevent::server::http
