// SPDX-License-Identifier: MIT
#include "server/routes/Routes.h"

#include "nextevent/Error.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

#include "server/EmbeddedResources.h"
#include "server/ServerContext.h"
#include "server/app/Permissions.h"

namespace nextevent::server::http
{
namespace
{
using nlohmann::json;

/// A user as they learn about themselves: with the capabilities their roles grant, so clients ask the
/// server's policy rather than reasoning about role names.
json selfJson(const User &user)
{
    json out = user;
    json capabilities = json::array();
    for (Capability c : capabilitiesOf(user.roles))
        capabilities.push_back(toString(c));
    out["capabilities"] = std::move(capabilities);
    return out;
}

json sessionJson(const app::AuthService::Session &s)
{
    return json{{"accessToken", s.accessToken},
                {"refreshToken", s.refreshToken},
                {"expiresIn", s.expiresIn},
                {"tokenType", "Bearer"},
                {"user", selfJson(s.user)}};
}

std::string stringField(const json &body, const char *key, bool required)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    auto value = reader.string(key, required);
    throwIfInvalid(std::move(errors));
    return value.value_or("");
}

template <typename E>
std::optional<E> enumFilter(const Request &r, const char *name, std::optional<E> (*parse)(std::string_view))
{
    auto text = r.queryValue(name);
    if (!text || text->empty())
        return std::nullopt;
    auto value = parse(*text);
    if (!value)
        throw Error::validation(
            {{name, FieldCode::InvalidChoice, "unknown value '" + text->substr(0, 40) + "'"}});
    return value;
}

app::EventQuery eventQuery(const Request &r)
{
    app::EventQuery q;
    static_cast<app::PageRequest &>(q) = r.pageRequest();
    q.status = enumFilter(r, "status", &eventStatusFromString);
    return q;
}

app::AttendeeQuery attendeeQuery(const Request &r)
{
    app::AttendeeQuery q;
    static_cast<app::PageRequest &>(q) = r.pageRequest();
    q.status = enumFilter(r, "status", &attendeeStatusFromString);
    return q;
}
} // namespace

void registerRoutes(Router &router, ServerContext &ctx)
{
    using C = Capability;
    const auto anyone = Access::publicRoute();
    const auto signedIn = Access::signedIn();
    const auto staff = Access::may(C::EventsRead);
    const auto editors = Access::may(C::EventsEdit);
    const auto attendeeManagers = Access::may(C::AttendeesManage);
    const auto browsers = Access::may(C::AttendeesBrowse);
    const auto door = Access::may(C::AttendeesCheckIn);
    const auto attendeeReaders = Access::may(C::AttendeesSearch);
    const auto admins = Access::may(C::UsersManage);
    const auto approvers = Access::may(C::AttendeesApprove);
    const auto webhookAdmins = Access::may(C::WebhooksManage);

    // ---- operations
    router.add("GET",
               "/healthz",
               anyone,
               [](Request &) { return Response::file(R"({"status":"ok"})", "application/json"); });
    router.add("GET",
               "/readyz",
               anyone,
               [&ctx](Request &)
               {
                   Response r = Response::file(R"({"status":"ready"})", "application/json");
                   if (!ctx.store->ping())
                   {
                       r.status = 503;
                       r.body = R"({"status":"database unreachable"})";
                   }
                   return r;
               });
    router.add("GET",
               "/metrics",
               anyone,
               [&ctx](Request &)
               { return Response::file(ctx.metrics.render(), "text/plain; version=0.0.4; charset=utf-8"); });
    router.add("GET",
               "/v2/openapi.json",
               anyone,
               [](Request &) { return Response::file(std::string(openApiDocument()), "application/json"); });

    // ---- auth
    router.add("POST",
               "/v2/auth/login",
               anyone,
               [&ctx](Request &r)
               {
                   const json body = r.json();
                   requireObject(body);
                   std::vector<FieldError> errors;
                   JsonReader reader(body, "", errors);
                   auto username = reader.string("username", true);
                   auto password = reader.string("password", true);
                   throwIfInvalid(std::move(errors));
                   return Response::ok(sessionJson(ctx.auth->login(*username, *password, r.clientAddress)),
                                       "Signed in");
               });
    router.add("POST",
               "/v2/auth/refresh",
               anyone,
               [&ctx](Request &r) {
                   return Response::ok(
                       sessionJson(ctx.auth->refresh(stringField(r.json(), "refreshToken", true))));
               });
    router.add("POST",
               "/v2/auth/logout",
               signedIn,
               [&ctx](Request &r)
               {
                   const std::string refresh =
                       r.body.empty() ? "" : stringField(r.json(), "refreshToken", false);
                   ctx.auth->logout(r.user(), refresh);
                   return Response::ok(json::object(), "Signed out");
               });
    router.add("GET",
               "/v2/auth/me",
               signedIn,
               [&ctx](Request &r) { return Response::ok(selfJson(ctx.auth->me(r.user()))); });

    // ---- users (admins)
    router.add("GET",
               "/v2/users",
               admins,
               [&ctx](Request &r) { return Response::ok(pageJson(ctx.users->list(r.pageRequest()))); });
    router.add("POST",
               "/v2/users",
               admins,
               [&ctx](Request &r)
               { return Response::created(ctx.users->create(r.json(), r.user().username), "User created"); });
    router.add("GET",
               "/v2/users/{id}",
               admins,
               [&ctx](Request &r) { return Response::ok(ctx.users->get(r.param("id"))); });
    router.add("PUT",
               "/v2/users/{id}",
               admins,
               [&ctx](Request &r) {
                   return Response::ok(ctx.users->update(r.param("id"), r.json(), r.user().username),
                                       "User updated");
               });
    router.add("PATCH",
               "/v2/users/{id}",
               admins,
               [&ctx](Request &r) {
                   return Response::ok(ctx.users->update(r.param("id"), r.json(), r.user().username),
                                       "User updated");
               });
    router.add("POST",
               "/v2/users/{id}/password",
               admins,
               [&ctx](Request &r)
               {
                   ctx.users->resetPassword(
                       r.param("id"), stringField(r.json(), "password", true), r.user().username);
                   return Response::ok(json::object(), "Password reset; the user's sessions were signed out");
               });

    // ---- events
    router.add("GET",
               "/v2/events",
               staff.orEventMember(),
               [&ctx](Request &r)
               {
                   auto query = eventQuery(r);
                   // Without a global role that reads events, a team member sees their own events only.
                   if (!app::may(r.user(), C::EventsRead))
                       query.memberUserId = r.user().userId;
                   return Response::ok(pageJson(ctx.events->list(query)));
               });
    router.add("POST",
               "/v2/events",
               editors,
               [&ctx](Request &r)
               { return Response::created(ctx.events->create(r.json(), r.user()), "Event created"); });
    router.add("GET",
               "/v2/events/{id}",
               staff,
               [&ctx](Request &r) { return Response::okJson(ctx.events->getJson(r.param("id"))); });
    router.answerFromMemory("GET", "/v2/events/{id}"); // the event cache
    router.add(
        "PUT",
        "/v2/events/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.events->update(r.param("id"), r.json(), r.user()), "Event updated"); });
    router.add(
        "PATCH",
        "/v2/events/{id}",
        editors,
        [&ctx](Request &r)
        { return Response::ok(ctx.events->update(r.param("id"), r.json(), r.user()), "Event updated"); });
    router.add("DELETE",
               "/v2/events/{id}",
               editors,
               [&ctx](Request &r)
               {
                   ctx.events->remove(r.param("id"), r.user());
                   return Response::ok(json::object(), "Event deleted");
               });
    router.add("POST",
               "/v2/events/{id}/transition",
               editors,
               [&ctx](Request &r) {
                   return Response::ok(ctx.events->transition(r.param("id"), r.json(), r.user()),
                                       "Event status changed");
               });

    // ---- outgoing webhooks
    router.add("POST",
               "/v2/webhooks",
               webhookAdmins,
               [&ctx](Request &r)
               { return Response::created(ctx.webhooks->create(r.json(), r.user()), "Webhook created"); });
    router.add("GET",
               "/v2/webhooks",
               webhookAdmins,
               [&ctx](Request &r) { return Response::ok(pageJson(ctx.webhooks->list(r.pageRequest()))); });
    router.add("DELETE",
               "/v2/webhooks/{id}",
               webhookAdmins,
               [&ctx](Request &r)
               {
                   ctx.webhooks->remove(r.param("id"), r.user());
                   return Response::noContent();
               });
    router.add("GET",
               "/v2/webhooks/{id}/deliveries",
               webhookAdmins,
               [&ctx](Request &r)
               { return Response::ok(pageJson(ctx.webhooks->deliveries(r.param("id"), r.pageRequest()))); });
    router.add("POST",
               "/v2/webhooks/{id}/deliveries/{deliveryId}/redeliver",
               webhookAdmins,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       ctx.webhooks->redeliver(r.param("id"), r.param("deliveryId"), r.user()),
                       "Delivery queued again");
               });

    // ---- attendees and check-in
    router.add("GET",
               "/v2/events/{id}/attendees",
               attendeeReaders,
               [&ctx](Request &r)
               {
                   const bool mayBrowse = app::may(r.user(), Capability::AttendeesBrowse);
                   return Response::ok(
                       pageJson(ctx.attendees->list(r.param("id"), attendeeQuery(r), mayBrowse)));
               });
    router.add("POST",
               "/v2/events/{id}/attendees",
               attendeeManagers,
               [&ctx](Request &r)
               {
                   auto result = ctx.attendees->registerAttendee(r.param("id"), r.json(), r.user().username);
                   const std::string message =
                       result.attendee.status == AttendeeStatus::Waitlisted ? "Added to the waitlist"
                       : result.attendee.status == AttendeeStatus::Pending  ? "Awaiting approval"
                                                                            : "Registered";
                   return result.created ? Response::created(result.attendee, message)
                                         : Response::ok(result.attendee, "Already registered");
               });
    router.add("GET",
               "/v2/events/{id}/attendees.csv",
               attendeeManagers,
               [&ctx](Request &r)
               {
                   return Response::file(ctx.attendees->exportCsv(r.param("id")),
                                         "text/csv; charset=utf-8",
                                         "attendees-" + r.param("id") + ".csv");
               });
    router.add("GET",
               "/v2/events/{id}/attendees/{attendeeId}",
               browsers,
               [&ctx](Request &r)
               {
                   const Attendee attendee = ctx.attendees->get(r.param("id"), r.param("attendeeId"));
                   json out = attendee;
                   // What the ticket page's QR and printed badges carry (DESIGN.md "Signed tickets").
                   if (attendee.status != AttendeeStatus::Cancelled)
                       out["signedTicket"] = ctx.checkins->signedTicket(attendee);
                   return Response::ok(std::move(out));
               });
    router.add("POST",
               "/v2/events/{id}/attendees/{attendeeId}/cancel",
               attendeeManagers,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       ctx.attendees->cancel(r.param("id"), r.param("attendeeId"), r.user().username),
                       "Registration cancelled");
               });
    router.add(
        "POST",
        "/v2/events/{id}/attendees/{attendeeId}/approve",
        approvers,
        [&ctx](Request &r)
        {
            auto attendee = ctx.attendees->approve(r.param("id"), r.param("attendeeId"), r.user().username);
            return Response::ok(attendee,
                                attendee.status == AttendeeStatus::Registered ? "Approved and registered"
                                                                              : "Approved: waitlisted");
        });
    router.add("POST",
               "/v2/events/{id}/attendees/{attendeeId}/reject",
               approvers,
               [&ctx](Request &r)
               {
                   return Response::ok(
                       ctx.attendees->reject(r.param("id"), r.param("attendeeId"), r.user().username),
                       "Registration rejected");
               });
    // ---- teams per event: a member's role acts on that event only
    router.add("GET",
               "/v2/events/{id}/members",
               staff,
               [&ctx](Request &r) { return Response::ok(ctx.teams->list(r.param("id"))); });
    router.add("POST",
               "/v2/events/{id}/members",
               editors,
               [&ctx](Request &r)
               {
                   auto added = ctx.teams->add(r.param("id"), r.json(), r.user());
                   return added.created ? Response::created(added.member, "Added to the event's team")
                                        : Response::ok(added.member, "Role on the event changed");
               });
    router.add("DELETE",
               "/v2/events/{id}/members/{userId}",
               editors,
               [&ctx](Request &r)
               {
                   ctx.teams->remove(r.param("id"), r.param("userId"), r.user());
                   return Response::ok(json::object(), "Removed from the event's team");
               });
    // DESIGN.md names DELETE /v2/events/{id}/members {"userId"}: the body form is taken too.
    router.add("DELETE",
               "/v2/events/{id}/members",
               editors,
               [&ctx](Request &r)
               {
                   ctx.teams->remove(r.param("id"), stringField(r.json(), "userId", true), r.user());
                   return Response::ok(json::object(), "Removed from the event's team");
               });

    // ---- check-in at the door (DESIGN.md "Check-in at the door"): door devices (door tokens) reach only
    // the routes marked orDoorDevice(), for their own event
    router.add("POST",
               "/v2/events/{id}/checkins",
               door.orDoorDevice(),
               [&ctx](Request &r)
               {
                   auto answer = ctx.checkins->scan(r.param("id"), r.json(), r.user());
                   if (answer.error)
                       throw *answer.error;
                   if (!app::may(r.user(), Capability::AttendeesBrowse))
                       answer.data = app::CheckinService::doorStaffView(std::move(answer.data));
                   return Response::ok(std::move(answer.data), answer.message);
               });
    router.add(
        "POST",
        "/v2/events/{id}/checkins/batch",
        door.orDoorDevice(),
        [&ctx](Request &r) { return Response::ok(ctx.checkins->batch(r.param("id"), r.json(), r.user())); },
        std::int64_t{4} << 20);
    router.add("GET",
               "/v2/events/{id}/checkin-lists",
               door.orDoorDevice(),
               [&ctx](Request &r)
               {
                   json items = json::array();
                   for (const auto &list : ctx.checkins->lists(r.param("id")))
                       items.push_back(app::CheckinService::listJson(list));
                   const auto total = static_cast<std::int64_t>(items.size());
                   return Response::ok(json{{"items", std::move(items)}, {"total", total}});
               });
    router.add("POST",
               "/v2/events/{id}/checkin-lists",
               editors,
               [&ctx](Request &r)
               {
                   return Response::created(app::CheckinService::listJson(
                                                ctx.checkins->createList(r.param("id"), r.json(), r.user())),
                                            "Check-in list created");
               });
    router.add("GET",
               "/v2/events/{id}/occupancy",
               staff.orDoorDevice(),
               [&ctx](Request &r) { return Response::ok(ctx.checkins->occupancy(r.param("id"))); });
    router.add("GET",
               "/v2/events/{id}/checkin-keys",
               door.orDoorDevice(),
               [&ctx](Request &r) { return Response::ok(ctx.checkins->keys(r.param("id"))); });
    router.add("GET",
               "/v2/events/{id}/checkin-snapshot",
               door.orDoorDevice(),
               [&ctx](Request &r)
               { return Response::ok(ctx.checkins->snapshot(r.param("id"), r.queryValue("since"))); });
    router.add("GET",
               "/v2/events/{id}/checkin-conflicts",
               door.orDoorDevice(),
               [&ctx](Request &r) { return Response::ok(ctx.checkins->conflicts(r.param("id"))); });
    router.add("GET",
               "/v2/events/{id}/door-tokens",
               editors,
               [&ctx](Request &r) { return Response::ok(ctx.checkins->doorTokens(r.param("id"))); });
    router.add("POST",
               "/v2/events/{id}/door-tokens",
               editors,
               [&ctx](Request &r)
               {
                   return Response::created(ctx.checkins->createDoorToken(r.param("id"), r.json(), r.user()),
                                            "Door token created; it is shown only once");
               });
    router.add("DELETE",
               "/v2/events/{id}/door-tokens/{tokenId}",
               editors,
               [&ctx](Request &r)
               {
                   ctx.checkins->revokeDoorToken(r.param("id"), r.param("tokenId"), r.user());
                   return Response::ok(json::object(), "Door token revoked");
               });

    registerContentRoutes(router, ctx);
    registerDrawRoutes(router, ctx);
    registerLiveRoutes(router, ctx);
    registerWeChatRoutes(router, ctx);
}

} // namespace nextevent::server::http
