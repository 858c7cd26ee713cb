// SPDX-License-Identifier: MIT
// The mobile pages: each controller reads the request, calls the services, and renders one template.
// Rules (who may register, when a survey is open, one answer each) stay in server/app.
#include "server/web/PageRoutes.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

#include <Poco/Logger.h>
#include <Poco/URI.h>

#include "nextevent/Draw.h"
#include "nextevent/Error.h"
#include "nextevent/EventLifecycle.h"
#include "nextevent/LiveInteraction.h"
#include "nextevent/RegistrationForm.h"
#include "nextevent/Time.h"
#include "nextevent/Validation.h"

#include "server/ServerContext.h"
#include "server/app/RecentReads.h"
#include "server/http/Respondent.h"
#include "server/infra/TimeZones.h"
#include "server/web/Form.h"
#include "server/web/PageRenderer.h"

namespace nextevent::server::web
{
namespace
{
using http::Request;
using http::Response;
using nlohmann::json;

constexpr const char *kLangCookie = "ne_lang";
/// + event id: the check-in code of the registration made from this browser. A ticket link is shareable
/// (people forward them in chats) but not a key: acting on the ticket needs this cookie, the holder's
/// WeChat identity, or the phone number given at registration.
constexpr const char *kTicketCookiePrefix = "ne_tk_";
constexpr const char *kActor = "mobile-page";
/// What a refused registration form said and typed, carried over its redirect (Post/Redirect/Get: a refresh
/// never posts again) for one GET of the event page.
constexpr const char *kFlashCookie = "ne_flash";
/// Above this the flash would not fit a cookie: the form is shown at once instead (400, no redirect).
constexpr std::size_t kFlashMax = 3000;

json opt(const std::string &text)
{
    return text.empty() ? json(nullptr) : json(text);
}

/// "2030-05-01 09:00 (UTC+8)": wall-clock time in the event's zone, right without JavaScript; the page
/// script re-renders it in the reader's language, in the same zone.
std::string displayTime(TimePoint t, const std::string &zone)
{
    // A narrow screen may break before the zone, never between the date and the time.
    std::string local = infra::formatInZone(t, zone);
    if (const auto space = local.find(' '); space != std::string::npos)
        local.replace(space, 1, "\u00a0");
    return local + " (" + infra::utcOffsetLabel(t, zone) + ")";
}

/// "文三路 100 号" stays on one line around its number: spaces next to a digit become no-break spaces.
std::string keepNumbersTogether(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const bool digitBefore = i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]));
        const bool digitAfter = i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]));
        if (text[i] == ' ' && (digitBefore || digitAfter))
            out += "\u00a0";
        else
            out += text[i];
    }
    return out;
}

json timeJson(const std::optional<TimePoint> &t, const std::string &zone)
{
    if (!t)
        return nullptr;
    return json{{"iso", formatIso8601(*t)}, {"text", displayTime(*t, zone)}, {"tz", zone}};
}

std::string encode(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

/// The cookie that makes this browser the ticket's holder.
std::string ticketCookie(const Attendee &a)
{
    return kTicketCookiePrefix + a.eventId + "=" + a.checkInCode +
           "; Path=/m; Max-Age=31536000; HttpOnly; SameSite=Lax";
}

Response redirect(const std::string &location, int status = 303)
{
    Response r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.headers.emplace_back("Location", location);
    return r;
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (text.size() > 2 && text.substr(text.size() - 2) == ".0")
        text.resize(text.size() - 2);
    return text;
}

/// "scheme://host[:port]" of an absolute URL, or "".
std::string originOf(const std::string &url)
{
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return {};
    const auto end = url.find('/', scheme + 3);
    return url.substr(0, end);
}

bool plainHost(const std::string &host)
{
    if (host.empty() || host.size() > 255)
        return false;
    for (char c : host)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':' && c != '[' &&
            c != ']')
            return false;
    return true;
}

/// False when the request names an Origin other than the host it was sent to (a cross-site form post).
bool sameOrigin(const Request &request)
{
    const std::string origin = request.header("origin");
    if (origin.empty())
        return true;
    const auto scheme = origin.find("://");
    return scheme != std::string::npos && origin.substr(scheme + 3) == request.header("host");
}

/// Security headers of every page: a strict CSP (our own scripts, styles, images and sockets only),
/// no framing, no referrer to other sites.
void secure(Response &response, const Request &request, const app::Config &config)
{
    const std::string origin = originOf(config.publicUrl);
    const bool tls = origin.rfind("https://", 0) == 0;
    std::string connect = "'self'";
    auto addSocketOrigin = [&](const std::string &hostPort)
    {
        const std::string ws = (tls ? "wss://" : "ws://") + hostPort;
        if (!hostPort.empty() && connect.find(" " + ws) == std::string::npos)
            connect += " " + ws;
    };
    if (!origin.empty())
        addSocketOrigin(origin.substr(origin.find("://") + 3));
    if (const std::string host = request.header("host"); plainHost(host))
        addSocketOrigin(host);
    response.headers.emplace_back(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src " +
            connect +
            "; media-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'");
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
    response.headers.emplace_back("Permissions-Policy",
                                  "camera=(), microphone=(), geolocation=(), payment=()");
}

/// The mobile site of one server: its strings, assets, templates and the services behind them.
class Site
{
public:
    explicit Site(ServerContext &ctx)
        : m_ctx(ctx)
        , m_translations(embeddedWebFiles())
        , m_assets(embeddedWebFiles())
        , m_renderer(embeddedWebFiles(), m_translations, m_assets)
    {
    }

    ServerContext &ctx()
    {
        return m_ctx;
    }

    const StaticAssets &assets() const
    {
        return m_assets;
    }

    std::string lang(const Request &r) const
    {
        return Translations::negotiate(
            r.queryValue("lang").value_or(""), r.cookie(kLangCookie), r.header("accept-language"));
    }

    std::string
    tr(const Request &r, const std::string &key, const std::map<std::string, std::string> &args = {}) const
    {
        return m_translations.text(lang(r), key, args);
    }

    Response page(const Request &r, int status, const std::string &name, json context) const
    {
        const std::string lang = this->lang(r);
        context["page"] = name;
        context["langZh"] = languageLink(r, "zh_CN");
        context["langEn"] = languageLink(r, "en");
        context["langIsZh"] = lang == "zh_CN";
        if (!context.contains("title"))
            context["title"] = m_translations.text(lang, "site_name");
        Response response;
        response.status = status;
        response.contentType = "text/html; charset=utf-8";
        response.body = m_renderer.render(name, lang, context);
        secure(response, r, m_ctx.config);
        const std::string chosen = Translations::supported(r.queryValue("lang").value_or(""));
        if (!chosen.empty() && chosen != r.cookie(kLangCookie))
            response.headers.emplace_back("Set-Cookie",
                                          std::string(kLangCookie) + "=" + chosen +
                                              "; Path=/m; Max-Age=31536000; SameSite=Lax");
        return response;
    }

    /// A message page (thank-you, already answered, errors): icon class (spelt out in full, so the CSS build
    /// sees it is used), heading, text and buttons.
    Response message(const Request &r,
                     int status,
                     const std::string &icon,
                     const std::string &kind,
                     json actions = json::array(),
                     const std::string &text = {}) const
    {
        json context{{"title", tr(r, kind + "_title")},
                     {"iconClass", icon},
                     {"heading", tr(r, kind + "_title")},
                     {"text", text.empty() ? tr(r, kind + "_text") : text},
                     {"hasActions", !actions.empty()},
                     {"actions", std::move(actions)}};
        return page(r, status, "message", std::move(context));
    }

    json
    action(const Request &r, const std::string &url, const std::string &labelKey, bool primary = true) const
    {
        return json{{"url", url}, {"label", tr(r, labelKey)}, {"primary", primary}};
    }

    Response errorPage(const Request &r, const Error &e) const
    {
        switch (e.code())
        {
        case ErrorCode::NotFound:
            return message(
                r, 404, "weui-icon-warn", "error_not_found", json::array({action(r, "/m/", "go_home")}));
        case ErrorCode::Forbidden:
            return message(r, 403, "weui-icon-warn", "error_forbidden");
        case ErrorCode::Conflict:
            return message(r, 409, "weui-icon-warn", "error_conflict");
        case ErrorCode::Validation:
        case ErrorCode::PayloadTooLarge:
            return message(r, httpStatus(e.code()), "weui-icon-warn", "error_invalid");
        case ErrorCode::Unauthenticated:
            return message(r, 401, "weui-icon-warn", "error_session_expired");
        case ErrorCode::RateLimited:
            return message(r, 429, "weui-icon-waiting", "error_busy");
        case ErrorCode::Unavailable:
        case ErrorCode::InsufficientStorage:
            return message(r, httpStatus(e.code()), "weui-icon-waiting", "error_unavailable");
        case ErrorCode::Internal:
            break;
        }
        return message(r, 500, "weui-icon-warn", "error_internal");
    }

    /// Every page handler runs inside this: domain errors become friendly pages in the reader's language.
    http::Handler guard(std::function<Response(Site &, Request &)> handler)
    {
        return [this, handler = std::move(handler)](Request &r)
        {
            try
            {
                // Forms are posted from our own pages; a browser names the posting page's origin.
                if (r.method == "POST" && !sameOrigin(r))
                    throw Error(ErrorCode::Forbidden, "Cross-site form post");
                return handler(*this, r);
            }
            catch (const Error &e)
            {
                return errorPage(r, e);
            }
            catch (const std::exception &e)
            {
                Poco::Logger::get("web").error("page %s failed: %s", r.path, std::string(e.what()));
                return errorPage(r, Error(ErrorCode::Internal, "Internal error"));
            }
        };
    }

    bool wechatOn() const
    {
        return m_ctx.config.wechatApiConfigured() && m_ctx.wechatAccount;
    }

    http::Respondent respondent(const Request &r) const
    {
        return http::respondentOf(r, m_ctx.wechatAccount.get());
    }

    /// With WeChat on, a page that needs to know the reader first signs them in silently (snsapi_base) and
    /// comes back with ?wx=1; if the session still is not there (cookies refused), it goes on anonymously
    /// rather than loop.
    std::optional<Response> signInFirst(const Request &r, const http::Respondent &who) const
    {
        if (!wechatOn() || !who.openid.empty() || r.queryValue("wx"))
            return std::nullopt;
        return redirect(oauthStart(r.path + "?wx=1"), 302);
    }

    static std::string oauthStart(const std::string &path, const std::string &scope = "snsapi_base")
    {
        return "/v2/wechat/oauth/start?redirect=" + encode(path) + "&scope=" + scope;
    }

    /// A form posted with an expired WeChat session: nothing is stored; the reader signs in again.
    std::optional<Response>
    expiredSession(const Request &r, const http::Respondent &who, const std::string &back) const
    {
        if (!wechatOn() || !who.sessionExpired)
            return std::nullopt;
        return message(r,
                       401,
                       "weui-icon-warn",
                       "error_session_expired",
                       json::array({action(r, oauthStart(back), "sign_in_again")}));
    }

private:
    std::string languageLink(const Request &r, const std::string &lang) const
    {
        std::string link = r.path + "?lang=" + lang;
        if (r.queryValue("big"))
            link += "&big=1";
        return link;
    }

    ServerContext &m_ctx;
    Translations m_translations;
    StaticAssets m_assets;
    PageRenderer m_renderer;

    struct SharedPage
    {
        Response response;
        std::uint64_t generation = 0; ///< app::localWriteGeneration() when it was built
    };

    app::RecentReads<SharedPage> m_sharedPages{std::chrono::milliseconds(1000), 1000};

public:
    /// The page `build` makes for this visitor. When the handler says the page is `shareable` (nothing on it
    /// is this visitor's: no registration, WeChat identity, answers or form to show back), the visitor gets
    /// everyone's page for this URL, language and host, built once and kept for up to a second: the crowd
    /// that scans one QR code asks for exactly this, first visits and returning visitors alike. Seats left
    /// and the like are at most a second old, as in the caches beneath; a write this process makes shows at
    /// once (app::localWriteGeneration). Only 200 answers are kept; `build` must not carry anything of one
    /// visitor (set cookies on the result).
    Response pageFor(const Request &r, bool shareable, const std::function<Response()> &build)
    {
        if (!shareable)
            return build();
        std::string key = lang(r);
        key += '\n';
        key += r.cookie(kLangCookie); // page() sets the language cookie when ?lang= differs from it
        key += '\n';
        key += r.header("host");
        key += '\n';
        key += r.path;
        for (const auto &[name, value] : r.query)
        {
            key += '\n';
            key += name;
            key += '=';
            key += value;
        }
        const auto generation = app::localWriteGeneration().load(std::memory_order_relaxed);
        if (auto hit = m_sharedPages.find(key); hit && hit->generation == generation)
            return hit->response;
        Response response = build();
        if (response.status == 200)
            m_sharedPages.put(key, {response, generation});
        return response;
    }
};

// ---- articles

std::string authorName(ServerContext &ctx, const std::string &author)
{
    if (author.empty())
        return author;
    const std::string display = ctx.users->displayNameOf(author);
    return display.empty() ? author : display;
}

Response articleView(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Article article = ctx.articles->getPublished(r.param("id"));
    json images = json::array();
    for (const auto &imageId : article.imageIds)
    {
        try
        {
            images.push_back({{"url", ctx.media->get(imageId).url}});
        }
        catch (const Error &)
        {
            // A deleted image leaves the text readable.
        }
    }
    json context{{"title", article.title},
                 {"article",
                  {{"id", article.id},
                   {"title", article.title},
                   // Written by an account: its display name, never the login name.
                   {"author", opt(authorName(ctx, article.author))},
                   {"category", opt(article.category)},
                   {"summary", opt(article.summary)},
                   {"published", timeJson(article.publishedAt, site.ctx().config.displayTimezone)},
                   // Sanitised on every save (ArticleService); the only raw HTML a template prints.
                   {"contentHtml", article.content},
                   {"images", images},
                   {"views", site.tr(r, "article_views", {{"n", std::to_string(article.viewCount + 1)}})}}}};
    // Inside WeChat, the page script sets what a share shows (JS-SDK, configured through the API).
    if (site.wechatOn())
        context["share"] = {
            {"title", article.title},
            {"desc", article.summary},
            {"image",
             images.empty() ? std::string() : ctx.config.publicUrl + images[0]["url"].get<std::string>()}};
    return site.page(r, 200, "article", std::move(context));
}

Response articlePage(Site &site, Request &r)
{
    Response page = site.pageFor(r, true, [&] { return articleView(site, r); });
    // Counted once the page is rendered (until then it may start over on a worker: app/Blocking.h), for
    // every reader, shared page or not.
    if (r.method == "GET")
        site.ctx().articles->recordView(r.param("id"));
    return page;
}

// ---- events and tickets

std::optional<Attendee>
myRegistration(Site &site, const Request &r, const http::Respondent &who, const std::string &eventId)
{
    auto &ctx = site.ctx();
    if (!who.openid.empty())
        if (auto mine = ctx.attendees->findActiveByOpenid(eventId, who.openid))
            return mine;
    const std::string code = r.cookie(kTicketCookiePrefix + eventId);
    if (code.empty())
        return std::nullopt;
    try
    {
        auto attendee = ctx.attendees->findByCode(code);
        if (attendee.eventId == eventId && attendee.status != AttendeeStatus::Cancelled)
            return attendee;
    }
    catch (const Error &)
    {
    }
    return std::nullopt;
}

json eventJson(Site &site, const Request &r, const Event &event)
{
    json e{{"id", event.id},
           {"title", event.title},
           {"description", opt(event.description)},
           {"location", opt(keepNumbersTogether(event.location))},
           {"start", timeJson(event.startDate, event.timezone)},
           {"end", timeJson(event.endDate, event.timezone)}};
    const auto &counts = event.counts;
    const bool open = acceptsRegistrations(event.status);
    // Places held by an offer are taken until it is answered or expires.
    const std::int64_t taken = counts.registered + counts.offered;
    const bool full = event.capacity && taken >= *event.capacity;
    e["open"] = open;
    e["full"] = open && full;
    if (event.status == EventStatus::Cancelled)
        e["notice"] = site.tr(r, "event_cancelled");
    else if (event.status == EventStatus::Completed)
        e["notice"] = site.tr(r, "event_completed");
    // Seats and counts matter only while people can still register: an ended or cancelled event shows none.
    if (!open)
        return e;
    if (event.capacity)
    {
        const auto left = std::max<std::int64_t>(0, *event.capacity - taken);
        const char *fullKey = *event.capacity == 1 ? "event_capacity_full_one" : "event_capacity_full";
        e["capacity"] = site.tr(r,
                                full ? fullKey : "event_capacity_left",
                                {{"left", std::to_string(left)},
                                 {"capacity", std::to_string(*event.capacity)},
                                 {"waitlisted", std::to_string(counts.waitlisted)}});
        e["seatsTaken"] = std::to_string(std::min(taken, *event.capacity));
        e["seats"] = std::to_string(*event.capacity);
    }
    else
        e["capacity"] =
            site.tr(r, "event_capacity_unlimited", {{"registered", std::to_string(counts.registered)}});
    return e;
}

/// The event's own questions for the registration form: what was typed (after an error) and each field's
/// problem beside it.
json formFieldsJson(const Event &event, const json &form, const json &errors)
{
    json fields = json::array();
    const json answers = form.value("answers", json::object());
    for (const FormField &f : event.registrationForm)
    {
        const json given = answers.value(f.id, json());
        json field{{"id", f.id},
                   {"name", "a." + f.id},
                   {"label", f.label},
                   {"required", f.required},
                   {"error", errors.value("answers." + f.id, json())}};
        switch (f.type)
        {
        case FormFieldType::Choice:
        case FormFieldType::MultiChoice:
        {
            json options = json::array();
            for (const auto &option : f.options)
            {
                const bool checked = given.is_array()
                                         ? std::find(given.begin(), given.end(), json(option)) != given.end()
                                         : given == json(option);
                options.push_back({{"value", option}, {"checked", checked}});
            }
            field[f.type == FormFieldType::Choice ? "choice" : "multi"] = true;
            field["options"] = options;
            break;
        }
        case FormFieldType::Bool:
            field["bool"] = true;
            field["checked"] = given == json(true);
            break;
        default:
        {
            static const std::map<FormFieldType, std::string> kInputTypes{{FormFieldType::Text, "text"},
                                                                          {FormFieldType::Number, "number"},
                                                                          {FormFieldType::Email, "email"},
                                                                          {FormFieldType::Phone, "tel"},
                                                                          {FormFieldType::Date, "date"}};
            field["input"] = true;
            field["inputType"] = kInputTypes.at(f.type);
            field["value"] = given.is_string() ? given : given.is_null() ? json("") : json(given.dump());
        }
        }
        fields.push_back(std::move(field));
    }
    return fields;
}

Response eventPage(Site &site,
                   Request &r,
                   const Event &event,
                   const http::Respondent &who,
                   int status,
                   const json &form,
                   const json &errors)
{
    json context{
        {"title", event.title}, {"event", eventJson(site, r, event)}, {"form", form}, {"errors", errors}};
    if (auto mine = myRegistration(site, r, who, event.id))
    {
        context["mine"] = {{"ticketUrl", "/m/tickets/" + mine->checkInCode},
                           {"text",
                            mine->status == AttendeeStatus::Waitlisted
                                ? site.tr(r,
                                          "event_you_waitlisted",
                                          {{"position", std::to_string(mine->waitlistPosition.value_or(0))}})
                            : mine->status == AttendeeStatus::Pending ? site.tr(r, "event_you_pending")
                            : mine->status == AttendeeStatus::Offered ? site.tr(r, "event_you_offered")
                                                                      : site.tr(r, "event_you_registered")}};
    }
    else if (acceptsRegistrations(event.status))
    {
        const bool full = event.capacity && event.counts.registered + event.counts.offered >= *event.capacity;
        context["register"] = {{"label", site.tr(r, full ? "event_join_waitlist" : "event_register")},
                               {"nameRequired", who.openid.empty()},
                               {"fields", formFieldsJson(event, form, errors)},
                               {"approval", event.registrationApproval}};
        if (event.maxPartySize > 1)
        {
            const std::string chosen = form.value("partySize", std::string("1"));
            json options = json::array();
            for (std::int64_t n = 1; n <= event.maxPartySize; ++n)
                options.push_back({{"value", std::to_string(n)}, {"selected", std::to_string(n) == chosen}});
            context["register"]["party"] = {{"options", options}};
        }
        // A WeChat reader's name: the nickname they shared, or a way to share it (snsapi_userinfo asks them).
        if (!who.openid.empty() && site.wechatOn())
        {
            const std::string nickname = site.ctx().wechatAccount->nickname(who.openid);
            if (nickname.empty())
                context["register"]["wechatNameUrl"] =
                    Site::oauthStart("/m/events/" + event.id, "snsapi_userinfo");
            else if (!form.contains("name"))
                context["form"]["name"] = nickname;
        }
    }
    return site.page(r, status, "event", std::move(context));
}

Response eventView(Site &site, Request &r, const http::Respondent &who)
{
    const Event event = site.ctx().events->getPublic(r.param("id"));
    json form = json::object();
    json errors = json::object();
    const std::string flash = r.cookie(kFlashCookie);
    if (!flash.empty())
    {
        std::string decoded;
        try
        {
            Poco::URI::decode(flash, decoded);
        }
        catch (const std::exception &)
        {
            decoded.clear();
        }
        // Only shown back to the browser that sent it, escaped like any value; anything else is ignored.
        const json carried = json::parse(decoded, nullptr, false);
        if (carried.is_object() && carried.value("values", json()).is_object() &&
            carried.value("errors", json()).is_object())
        {
            form = carried["values"];
            errors = carried["errors"];
            for (auto &[field, message] : errors.items())
                if (!message.is_string())
                    message = "";
        }
    }
    Response response = eventPage(site, r, event, who, 200, form, errors);
    if (!flash.empty())
        response.headers.emplace_back("Set-Cookie",
                                      std::string(kFlashCookie) + "=; Path=/m/events/" + event.id +
                                          "; Max-Age=0; HttpOnly; SameSite=Lax");
    return response;
}

Response eventGet(Site &site, Request &r)
{
    const auto who = site.respondent(r);
    if (auto signIn = site.signInFirst(r, who))
        return *signIn;
    // The reader's own registration (WeChat identity or this browser's ticket) or refused form makes the
    // page theirs; any other cookie (a respondent id, the language) does not.
    const std::string cookies = r.header("cookie");
    const bool personal = !who.openid.empty() || cookies.find(kTicketCookiePrefix) != std::string::npos ||
                          cookies.find(kFlashCookie) != std::string::npos;
    return site.pageFor(r, !personal, [&] { return eventView(site, r, who); });
}

/// A registration field's problem in the reader's language, chosen by its code: the English message is
/// for API clients' logs and may change.
std::string registrationError(Site &site, const Request &r, const FieldError &d)
{
    if (d.field.rfind("answers.", 0) == 0 || d.field == "partySize")
    {
        switch (d.code.value_or(FieldCode::InvalidFormat))
        {
        case FieldCode::Required:
            return site.tr(r, "error_required");
        case FieldCode::InvalidChoice:
            return site.tr(r, "error_choice");
        case FieldCode::TooLong:
            return site.tr(r, "error_too_long", {{"n", std::to_string(limits::kAnswerTextMax)}});
        case FieldCode::OutOfRange:
            return site.tr(r, "error_party_size");
        default:
            return site.tr(r, "error_field_invalid");
        }
    }
    const bool phone = d.field == "phone";
    if (d.code == FieldCode::Required && !phone)
        return site.tr(r, "error_name");
    if (d.code == FieldCode::TooLong)
        return site.tr(
            r, "error_too_long", {{"n", std::to_string(phone ? limits::kPhoneMax : limits::kNameMax)}});
    if (d.code == FieldCode::InvalidFormat && phone)
        return site.tr(r, "error_phone");
    return site.tr(r, "error_field_invalid");
}

Response eventRegister(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Event event = ctx.events->getPublic(r.param("id"));
    const auto who = site.respondent(r);
    if (auto expired = site.expiredSession(r, who, "/m/events/" + event.id))
        return *expired;
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, who);
    const Form form = Form::parse(r.body);
    std::multimap<std::string, std::string> given;
    for (const FormField &field : event.registrationForm)
        for (auto &value : form.values("a." + field.id))
            given.emplace(field.id, std::move(value));
    json values{{"name", form.value("name").value_or("")},
                {"phone", form.value("phone").value_or("")},
                {"answers", answersFromForm(event.registrationForm, given)}};
    json body = values;
    if (!who.openid.empty())
        body["openid"] = who.openid;
    if (auto party = form.value("partySize"))
    {
        // A party size that is not a number is left to validation as text, which refuses it with its code.
        const json parsed = json::parse(*party, nullptr, false);
        body["partySize"] = parsed.is_number_integer() ? parsed : json(*party);
        values["partySize"] = *party;
    }
    try
    {
        const auto registration = ctx.attendees->registerAttendee(event.id, body, kActor);
        Response response = redirect("/m/tickets/" + registration.attendee.checkInCode + "?new=1");
        response.headers.emplace_back("Set-Cookie", ticketCookie(registration.attendee));
        return response;
    }
    catch (const Error &e)
    {
        if (e.code() == ErrorCode::Validation)
        {
            json errors = json::object();
            for (const auto &d : e.details())
                if (!errors.contains(d.field))
                    errors[d.field] = registrationError(site, r, d);
            std::string flash;
            Poco::URI::encode(
                json{{"values", values}, {"errors", errors}}.dump(), "!#$&'()*+,/:;=?@[]\"", flash);
            if (flash.size() > kFlashMax)
                return eventPage(site, r, ctx.events->getPublic(event.id), who, 400, values, errors);
            Response response = redirect("/m/events/" + event.id + "#register-form");
            response.headers.emplace_back("Set-Cookie",
                                          std::string(kFlashCookie) + "=" + flash + "; Path=/m/events/" +
                                              event.id + "; Max-Age=300; HttpOnly; SameSite=Lax");
            return response;
        }
        if (e.code() == ErrorCode::Conflict)
            return site.message(r,
                                409,
                                "weui-icon-warn",
                                "error_registration_closed",
                                json::array({site.action(r, "/m/events/" + event.id, "back_to_event")}));
        throw;
    }
}

/// Whether this browser or WeChat user holds the ticket (registered it, or proved the phone number).
bool holdsTicket(Site &site, const Request &r, const Attendee &a)
{
    if (r.cookie(kTicketCookiePrefix + a.eventId) == a.checkInCode)
        return true;
    const auto who = site.respondent(r);
    return !who.openid.empty() && a.openid == who.openid;
}

std::string phoneDigits(const std::string &phone);

/// Whether the page may offer the holder's actions: the holder, or someone who can prove it with the phone.
bool holderOrPhone(const Attendee &a, bool holder)
{
    return holder || !phoneDigits(a.phone).empty();
}

std::string phoneDigits(const std::string &phone)
{
    std::string digits;
    for (const char c : phone)
        if (c >= '0' && c <= '9')
            digits.push_back(c);
    return digits;
}

Response ticketGet(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Attendee a = ctx.attendees->findByCode(r.param("code"));
    const Event event = ctx.events->get(a.eventId);
    const bool holder = holdsTicket(site, r, a);
    const bool checkedIn = a.checkedInAt.has_value();
    std::string state = checkedIn ? "checked_in" : std::string(toString(a.status));
    const bool canCancel = a.status != AttendeeStatus::Cancelled && a.status != AttendeeStatus::Rejected &&
                           !checkedIn && acceptsRegistrations(event.status) && holderOrPhone(a, holder);
    json ticket{
        {"code", a.checkInCode},
        {"state", state},
        // ?confirm=cancel: the confirmation step without scripts, its real form in place of the button.
        {"confirmCancel", canCancel && r.queryValue("confirm") == std::optional<std::string>("cancel")},
        {"name", opt(holder ? a.name : maskName(a.name))},
        {"holder", holder},
        // The "you are registered" notice belongs to the states a registration starts in; a bookmarked
        // ?new=1 link must not greet someone whose place was offered, cancelled or used.
        {"justRegistered",
         holder && r.queryValue("new") == std::optional<std::string>("1") && !checkedIn &&
             (a.status == AttendeeStatus::Registered || a.status == AttendeeStatus::Waitlisted ||
              a.status == AttendeeStatus::Pending)},
        {"waitlisted", a.status == AttendeeStatus::Waitlisted},
        {"needsPhone", !holder && !phoneDigits(a.phone).empty()},
        {"checkedIn", checkedIn},
        {"checkedInAt", checkedIn ? json(displayTime(*a.checkedInAt, event.timezone)) : json(nullptr)},
        {"tz", event.timezone},
        {"checkedInIso", checkedIn ? json(formatIso8601(*a.checkedInAt)) : json(nullptr)},
        {"showQr", a.status == AttendeeStatus::Registered && !checkedIn},
        {"pending", a.status == AttendeeStatus::Pending},
        {"offered", a.status == AttendeeStatus::Offered && holderOrPhone(a, holder)},
        {"partySize", a.partySize > 1 ? json(std::to_string(a.partySize)) : json(nullptr)},
        {"qrUrl", "/m/tickets/" + a.checkInCode + "/qr.png"},
        {"canCancel", canCancel},
        {"cancelLabel",
         site.tr(r, a.status == AttendeeStatus::Waitlisted ? "ticket_leave_waitlist" : "ticket_cancel")},
        // What a cancellation does, said for this ticket: a freed place goes to the waiting list only when
        // someone is on it.
        {"confirmTitle",
         site.tr(r,
                 a.status == AttendeeStatus::Waitlisted ? "ticket_leave_waitlist_confirm_title"
                                                        : "ticket_cancel_confirm_title")},
        {"confirmText",
         site.tr(r,
                 a.status == AttendeeStatus::Waitlisted ? "ticket_leave_waitlist_confirm"
                 : event.counts.waitlisted > 0          ? "ticket_cancel_confirm"
                                                        : "ticket_cancel_confirm_nobody_waiting")}};
    if (a.status == AttendeeStatus::Waitlisted)
        // How they will hear of a free place: a WeChat message when we can send one, else this page.
        ticket["statusText"] =
            site.tr(r,
                    !a.openid.empty() && site.wechatOn() ? "ticket_waitlisted_wechat" : "ticket_waitlisted",
                    {{"position", std::to_string(a.waitlistPosition.value_or(0))},
                     {"hours", std::to_string(event.offerHoldHours)}});
    else if (a.status == AttendeeStatus::Cancelled)
        ticket["statusText"] = site.tr(r, "ticket_cancelled");
    else if (a.status == AttendeeStatus::Pending)
        ticket["statusText"] = site.tr(r, "ticket_pending");
    else if (a.status == AttendeeStatus::Rejected)
        ticket["statusText"] = site.tr(r, "ticket_rejected");
    else if (a.status == AttendeeStatus::Offered && a.offerExpiresAt)
    {
        ticket["statusText"] =
            site.tr(r, "ticket_offered", {{"deadline", displayTime(*a.offerExpiresAt, event.timezone)}});
        ticket["offerExpiresIso"] = formatIso8601(*a.offerExpiresAt);
    }
    else if (!checkedIn)
        ticket["statusText"] = site.tr(r, "ticket_registered");
    json context{
        {"title", site.tr(r, "ticket_title")}, {"event", eventJson(site, r, event)}, {"ticket", ticket}};
    // Just registered, with the JS-SDK configured: inside WeChat the page offers to keep the ticket in
    // WeChat's favourites (收藏). The SDK cannot favourite by itself, so the script makes sure the menu
    // offers it and points there; what a favourite or a forward shows is the ticket's own link (never
    // ?new=1).
    if (site.wechatOn() && ticket["justRegistered"].get<bool>())
    {
        context["share"] = {
            {"title", site.tr(r, "ticket_share_title", {{"event", event.title}})},
            {"desc", event.startDate ? displayTime(*event.startDate, event.timezone) : std::string()},
            {"image", std::string()},
            {"link", ctx.config.publicUrl + "/m/tickets/" + a.checkInCode}};
        context["favourite"] = true;
    }
    return site.page(r, 200, "ticket", std::move(context));
}

Response ticketQr(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Attendee a = ctx.attendees->findByCode(r.param("code"));
    // The signed ticket (NE1.…): door devices verify it offline; the 12-character code below the QR still
    // works.
    Response response = Response::file(ctx.qrRenderer->png(ctx.checkins->signedTicket(a), 480), "image/png");
    response.headers.emplace_back("Cache-Control", "private, max-age=86400");
    return response;
}

Response ticketStatus(Site &site, Request &r)
{
    const Attendee a = site.ctx().attendees->findByCode(r.param("code"));
    const std::string zone = a.checkedInAt ? site.ctx().events->get(a.eventId).timezone : std::string();
    return Response::ok(
        json{{"status", toString(a.status)},
             {"checkedIn", a.checkedInAt.has_value()},
             {"checkedInAt", a.checkedInAt ? json(formatIso8601(*a.checkedInAt)) : json(nullptr)},
             {"checkedInText", a.checkedInAt ? json(displayTime(*a.checkedInAt, zone)) : json(nullptr)}});
}

Response ticketCancel(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, site.respondent(r));
    const Attendee a = ctx.attendees->findByCode(r.param("code"));
    const Form form = Form::parse(r.body);
    // The ticket's own form asks first (confirm=ask): its script's WeUI dialog turns that into confirm=1;
    // without scripts the server answers with the ticket's confirmation section, whose form cancels. A post
    // without the field cancels, as the route always has.
    if (form.value("confirm") == std::optional<std::string>("ask"))
        return redirect("/m/tickets/" + a.checkInCode + "?confirm=cancel#cancel-confirm");
    bool provedByPhone = false;
    if (!holdsTicket(site, r, a))
    {
        // Someone holding a forwarded link: only the phone number given at registration proves it is theirs.
        const auto given = phoneDigits(form.value("phone").value_or(""));
        const auto registered = phoneDigits(a.phone);
        provedByPhone = !registered.empty() && given == registered;
        if (!provedByPhone)
            return site.message(
                r,
                403,
                "weui-icon-warn",
                "error_not_ticket_holder",
                json::array({site.action(r, "/m/tickets/" + a.checkInCode, "back_to_ticket")}));
    }
    try
    {
        ctx.attendees->cancel(a.eventId, a.id, kActor);
    }
    catch (const Error &e)
    {
        if (e.code() != ErrorCode::Conflict)
            throw;
        return site.message(r,
                            409,
                            "weui-icon-warn",
                            "error_cancel_refused",
                            json::array({site.action(r, "/m/tickets/" + a.checkInCode, "back_to_ticket")}));
    }
    Response response = redirect("/m/tickets/" + a.checkInCode);
    if (provedByPhone)
        response.headers.emplace_back("Set-Cookie", ticketCookie(a));
    return response;
}

/// The holder's answer to an offered place (accept or decline), proved like a cancellation.
Response ticketAnswerOffer(Site &site, Request &r, bool accept)
{
    auto &ctx = site.ctx();
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, site.respondent(r));
    const Attendee a = ctx.attendees->findByCode(r.param("code"));
    bool provedByPhone = false;
    if (!holdsTicket(site, r, a))
    {
        const auto given = phoneDigits(Form::parse(r.body).value("phone").value_or(""));
        const auto registered = phoneDigits(a.phone);
        provedByPhone = !registered.empty() && given == registered;
        if (!provedByPhone)
            return site.message(
                r,
                403,
                "weui-icon-warn",
                "error_not_offer_holder",
                json::array({site.action(r, "/m/tickets/" + a.checkInCode, "back_to_ticket")}));
    }
    try
    {
        if (accept)
            ctx.attendees->acceptOffer(a.eventId, a.id, kActor);
        else
            ctx.attendees->declineOffer(a.eventId, a.id, kActor);
    }
    catch (const Error &e)
    {
        if (e.code() != ErrorCode::Conflict)
            throw;
        return site.message(r,
                            409,
                            "weui-icon-warn",
                            "error_offer_refused",
                            json::array({site.action(r, "/m/tickets/" + a.checkInCode, "back_to_ticket")}));
    }
    Response response = redirect("/m/tickets/" + a.checkInCode);
    if (provedByPhone)
        response.headers.emplace_back("Set-Cookie", ticketCookie(a));
    return response;
}

Response ticketAccept(Site &site, Request &r)
{
    return ticketAnswerOffer(site, r, true);
}

Response ticketDecline(Site &site, Request &r)
{
    return ticketAnswerOffer(site, r, false);
}

// ---- surveys

std::string surveyPath(const Survey &survey)
{
    return "/m/surveys/" + survey.id;
}

json resultsAction(Site &site, const Request &r, const Survey &survey)
{
    json actions = json::array();
    if (survey.resultsVisible)
        actions.push_back(site.action(r, surveyPath(survey) + "/results", "survey_see_results"));
    return actions;
}

/// Where a reader goes once done with a survey: its results (when shown) and back to its event.
json surveyDoneActions(Site &site, const Request &r, const Survey &survey)
{
    json actions = resultsAction(site, r, survey);
    if (survey.eventId)
    {
        try
        {
            site.ctx().events->getPublic(*survey.eventId);
            actions.push_back(
                site.action(r, "/m/events/" + *survey.eventId, "back_to_event", actions.empty()));
        }
        catch (const Error &)
        {
        }
    }
    return actions;
}

/// The zone a survey's times are shown in: its event's, else the configured one.
std::string surveyZone(Site &site, const Survey &survey)
{
    if (survey.eventId && !survey.eventId->empty())
    {
        try
        {
            return site.ctx().events->get(*survey.eventId).timezone;
        }
        catch (const Error &)
        {
        }
    }
    return site.ctx().config.displayTimezone;
}

/// Why a respondent cannot answer now, as a page; nullopt when the survey is open.
std::optional<Response> surveyUnavailable(Site &site, const Request &r, const Survey &survey)
{
    switch (app::SurveyService::availability(survey, nextevent::now()))
    {
    case app::SurveyService::Availability::Open:
        return std::nullopt;
    case app::SurveyService::Availability::NotStarted:
        return site.message(r,
                            409,
                            "weui-icon-waiting",
                            "error_survey_not_started",
                            json::array(),
                            site.tr(r,
                                    "error_survey_not_started_text",
                                    {{"time", displayTime(*survey.startTime, surveyZone(site, survey))}}));
    case app::SurveyService::Availability::Inactive:
    case app::SurveyService::Availability::Closed:
        break;
    }
    return site.message(r, 410, "weui-icon-info", "error_survey_closed", resultsAction(site, r, survey));
}

/// Why this reader is not in the survey's audience, as a page with a way forward (the event page, where
/// they register or see their ticket); nullopt when they may answer.
std::optional<Response>
surveyRefused(Site &site, const Request &r, const Survey &survey, const http::Respondent &who)
{
    using Admission = app::SurveyService::Admission;
    const Admission admission = site.ctx().surveys->admission(survey, who.id);
    if (admission == Admission::Admitted)
        return std::nullopt;
    json actions = json::array();
    if (survey.eventId)
        actions.push_back(site.action(r, "/m/events/" + *survey.eventId, "survey_go_to_event"));
    const char *kind = admission == Admission::WeChatRequired ? "error_survey_wechat_required"
                       : admission == Admission::NotCheckedIn ? "error_survey_not_checked_in"
                                                              : "error_survey_not_registered";
    return site.message(r, 403, "weui-icon-warn", kind, std::move(actions));
}

/// One question of the survey form: its inputs, what was given (after an error) and its problem.
json questionJson(Site &site,
                  const Request &r,
                  const Question &q,
                  int number,
                  const Form *form,
                  const std::map<std::string, std::string> &errors)
{
    const std::string name = "q." + q.id;
    const auto chosen = form ? form->values(name) : std::vector<std::string>{};
    json item{{"qid", q.id},
              {"name", name},
              {"number", std::to_string(number)},
              {"text", q.text},
              {"type", toString(q.type)},
              {"required", q.required},
              {"error", errors.contains(q.id) ? json(errors.at(q.id)) : json(nullptr)},
              {"isSingle", q.type == QuestionType::SingleChoice || q.type == QuestionType::Quiz},
              {"isMultiple", q.type == QuestionType::MultipleChoice},
              {"isRating", q.type == QuestionType::Rating},
              {"isText", q.type == QuestionType::Text},
              {"isWords", q.type == QuestionType::WordCloud}};
    auto isChosen = [&](const std::string &value)
    {
        return std::find(chosen.begin(), chosen.end(), value) != chosen.end();
    };
    if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice ||
        q.type == QuestionType::Quiz)
    {
        json options = json::array();
        for (const auto &o : q.options)
            options.push_back({{"optionId", o.id},
                               {"optionText", o.text},
                               {"inputId", "q-" + q.id + "-" + o.id},
                               {"checked", isChosen(o.id)}});
        item["options"] = options;
        if (q.type == QuestionType::MultipleChoice && q.maxSelections)
        {
            item["maxSelections"] = std::to_string(*q.maxSelections);
            item["hint"] = site.tr(r, "survey_choose_at_most", {{"n", std::to_string(*q.maxSelections)}});
        }
        else if (q.type == QuestionType::MultipleChoice)
            item["hint"] = site.tr(r, "survey_choose_any");
    }
    else if (q.type == QuestionType::Rating)
    {
        json values = json::array();
        for (std::int64_t v = 1; v <= q.scale.value_or(5); ++v)
            values.push_back({{"value", std::to_string(v)},
                              {"inputId", "q-" + q.id + "-" + std::to_string(v)},
                              {"checked", isChosen(std::to_string(v))}});
        item["values"] = values;
        item["scale"] = std::to_string(q.scale.value_or(5));
    }
    else if (q.type == QuestionType::WordCloud)
    {
        // One box per word, as many as the question takes: nobody has to know a separator.
        const std::int64_t maxWords = q.maxEntries.value_or(kDefaultMaxEntries);
        const std::int64_t maxLength = q.maxLength.value_or(kDefaultWordMaxLength);
        json words = json::array();
        for (std::int64_t i = 0; i < maxWords; ++i)
            words.push_back(
                {{"inputId", "q-" + q.id + "-w" + std::to_string(i + 1)},
                 {"value", static_cast<std::size_t>(i) < chosen.size() ? chosen[i] : std::string()},
                 {"label", site.tr(r, "survey_word_n", {{"n", std::to_string(i + 1)}})}});
        item["words"] = words;
        item["wordMaxLength"] = std::to_string(maxLength);
        item["hint"] = site.tr(r,
                               maxWords == 1 ? "survey_words_hint_one" : "survey_words_hint",
                               {{"n", std::to_string(maxWords)}, {"length", std::to_string(maxLength)}});
    }
    else
    {
        const std::string value = chosen.empty() ? std::string() : chosen.front();
        item["value"] = value;
        item["maxLength"] = std::to_string(q.maxLength.value_or(kDefaultTextMaxLength));
        item["length"] = std::to_string(std::max<std::int64_t>(0, utf8Length(value)));
    }
    return item;
}

/// Where a reader stands on a presenter-paced survey's current question.
struct PacedState
{
    const Question *question = nullptr; ///< the current question, or null between questions
    int number = 0;
    bool answered = false;
    bool timeUp = false;
    std::int64_t secondsLeft = 0; ///< a timed quiz's seconds to go when the page was made
};

PacedState pacedState(Site &site, const Survey &survey, const std::string &respondent)
{
    PacedState state;
    if (!survey.currentQuestionId)
        return state;
    for (std::size_t i = 0; i < survey.questions.size(); ++i)
        if (survey.questions[i].id == *survey.currentQuestionId)
        {
            state.question = &survey.questions[i];
            state.number = static_cast<int>(i) + 1;
        }
    if (!state.question)
        return state;
    state.answered = site.ctx().surveys->hasRespondedIn(survey.id, state.question->id, respondent);
    if (state.question->type == QuestionType::Quiz)
    {
        const auto limit =
            std::chrono::seconds(state.question->timeLimitSeconds.value_or(kDefaultQuizSeconds));
        const auto elapsed = nextevent::now() - survey.openedAt.value_or(nextevent::now());
        const auto left = std::chrono::duration_cast<std::chrono::seconds>(limit - elapsed +
                                                                           std::chrono::milliseconds(999));
        state.secondsLeft = std::max<std::int64_t>(0, left.count());
        state.timeUp = survey.answerRevealed || elapsed > limit;
    }
    return state;
}

/// The cookie remembering which option this browser picked for a quiz question, so that the reveal can say
/// "right" or "wrong" (the score itself is the server's).
std::string quizPickCookieName(const Survey &survey)
{
    return "ne_quiz_" + survey.id;
}

/// The presenter-paced part of the survey page: the current question (with a countdown when timed), or
/// what the reader is waiting for, and after a quiz reveal the right answer, their score and rank.
json pacedJson(
    Site &site, const Request &r, const Survey &survey, const PacedState &state, const std::string &who)
{
    json paced{{"questionId", state.question ? json(state.question->id) : json("")},
               {"revealed", survey.answerRevealed ? "1" : "0"},
               {"countdown", nullptr},
               {"status", nullptr}};
    if (!state.question)
    {
        paced["status"] = {{"title", site.tr(r, "paced_waiting_title")},
                           {"text", site.tr(r, "paced_waiting_text")}};
        return paced;
    }
    const bool quiz = state.question->type == QuestionType::Quiz;
    if (quiz && !state.answered && !state.timeUp)
    {
        paced["countdown"] = {
            {"seconds", std::to_string(state.secondsLeft)},
            {"text", site.tr(r, "paced_seconds_left", {{"n", std::to_string(state.secondsLeft)}})}};
        return paced;
    }
    if (state.answered || state.timeUp)
    {
        const char *kind = !state.answered ? "paced_time_up"
                           : quiz          ? "paced_answered_quiz"
                                           : "paced_answered";
        paced["status"] = {{"title", site.tr(r, std::string(kind) + "_title")},
                           {"text", site.tr(r, std::string(kind) + "_text")}};
    }
    if (quiz && survey.revealed(*state.question))
    {
        std::string correct;
        for (const auto &o : state.question->options)
            if (std::find(state.question->correctOptionIds.begin(),
                          state.question->correctOptionIds.end(),
                          o.id) != state.question->correctOptionIds.end())
                correct += (correct.empty() ? "" : " / ") + o.text;
        json reveal{{"correct", site.tr(r, "paced_correct_answer", {{"answer", correct}})},
                    {"verdict", nullptr}};
        const std::string pick = r.cookie(quizPickCookieName(survey));
        const auto dot = pick.rfind('.');
        if (state.answered && dot != std::string::npos && pick.substr(0, dot) == state.question->id)
        {
            const bool right = std::find(state.question->correctOptionIds.begin(),
                                         state.question->correctOptionIds.end(),
                                         pick.substr(dot + 1)) != state.question->correctOptionIds.end();
            reveal["verdict"] = {{"text", site.tr(r, right ? "paced_right" : "paced_wrong")},
                                 {"right", right}};
        }
        try
        {
            const json board = site.ctx().surveys->leaderboard(survey.id, 1, false, who);
            if (board["me"].is_object())
                reveal["score"] =
                    site.tr(r,
                            "paced_score",
                            {{"score", std::to_string(board["me"]["score"].get<std::int64_t>())},
                             {"rank", std::to_string(board["me"]["rank"].get<std::int64_t>())},
                             {"players", std::to_string(board["total"].get<std::int64_t>())}});
        }
        catch (const Error &)
        {
            // Not live any more: the leaderboard is closed to the public; the right answer still shows.
        }
        paced["reveal"] = reveal;
        paced["status"] = nullptr;
    }
    return paced;
}

Response surveyPage(Site &site,
                    const Request &r,
                    const Survey &survey,
                    int status,
                    const Form *form,
                    const std::map<std::string, std::string> &errors,
                    const std::string &who = {})
{
    json questions = json::array();
    json context{
        {"title", survey.title},
        {"survey", {{"id", survey.id}, {"title", survey.title}, {"description", opt(survey.description)}}},
        {"formError", errors.empty() ? json(nullptr) : json(site.tr(r, "survey_fix_errors"))},
        {"showForm", true}};
    if (survey.mode == SurveyMode::PresenterPaced)
    {
        const PacedState state = pacedState(site, survey, who);
        context["paced"] = pacedJson(site, r, survey, state, who);
        const bool open = state.question && !state.answered && !state.timeUp;
        context["showForm"] = open;
        if (open)
            questions.push_back(questionJson(site, r, *state.question, state.number, form, errors));
        const auto notice = r.queryValue("notice").value_or("");
        if (notice == "time_up" || notice == "not_current")
            context["notice"] = site.tr(r, "paced_notice_" + notice);
    }
    else
    {
        int number = 0;
        for (const auto &q : survey.questions)
            questions.push_back(questionJson(site, r, q, ++number, form, errors));
    }
    context["questions"] = questions;
    return site.page(r, status, "survey", std::move(context));
}

Response surveyGet(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const auto who = site.respondent(r);
    if (auto signIn = site.signInFirst(r, who))
        return *signIn;
    const Survey survey = ctx.surveys->getForRespondent(r.param("id"));
    // A presenter-paced page follows this respondent's own answers: never shared.
    const bool paced = survey.mode == SurveyMode::PresenterPaced;
    if (auto unavailable = surveyUnavailable(site, r, survey))
        return *unavailable;
    if (auto refused = surveyRefused(site, r, survey, who))
        return *refused;
    // A presenter-paced survey takes one answer per question: the page follows the presenter instead.
    // A respondent whose id was minted just now has answered nothing.
    if (!paced && who.newAnonymousId.empty() && ctx.surveys->hasResponded(survey.id, who.id))
        return site.message(r, 200, "weui-icon-info", "survey_already", surveyDoneActions(site, r, survey));
    // Past those checks of this respondent, the form is everyone's.
    Response response = site.pageFor(
        r,
        !paced,
        [&] { return surveyPage(site, r, survey, 200, nullptr, {}, paced ? who.id : std::string()); });
    // The form's page takes the new respondent id (set on this visitor's copy of a shared page).
    if (response.status == 200)
        http::setRespondentCookie(response, who);
    return response;
}

/// The form's answers in the API's shape; unanswered questions are left out (the service decides
/// whether they were required).
json answersFrom(const Survey &survey, const Form &form)
{
    json answers = json::array();
    for (const auto &q : survey.questions)
    {
        const auto values = form.values("q." + q.id);
        switch (q.type)
        {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::Quiz:
            if (!values.empty())
                answers.push_back({{"questionId", q.id}, {"optionIds", values}});
            break;
        case QuestionType::WordCloud:
        {
            // Words separated by commas (ASCII or full-width), the ideographic comma or new lines.
            std::vector<std::string> words;
            std::string current;
            std::string text;
            for (const auto &value : values)
                text += (text.empty() ? "" : "\n") + value;
            for (std::size_t i = 0; i <= text.size(); ++i)
            {
                const bool end = i == text.size();
                std::size_t skip = 0;
                if (!end && (text[i] == ',' || text[i] == '\n'))
                    skip = 1;
                else if (!end &&
                         (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0))
                    skip = 3;
                if (end || skip)
                {
                    if (current.find_first_not_of(" \t\r") != std::string::npos)
                        words.push_back(current);
                    current.clear();
                    i += skip ? skip - 1 : 0;
                    continue;
                }
                current += text[i];
            }
            if (!words.empty())
                answers.push_back({{"questionId", q.id}, {"words", words}});
            break;
        }
        case QuestionType::Rating:
            if (!values.empty() && !values.front().empty())
            {
                std::int64_t rating = 0;
                for (char c : values.front())
                    rating = (c >= '0' && c <= '9' && rating < 1000) ? rating * 10 + (c - '0') : 1000;
                answers.push_back({{"questionId", q.id}, {"rating", rating}});
            }
            break;
        case QuestionType::Text:
        {
            const std::string text = values.empty() ? std::string() : values.front();
            if (text.find_first_not_of(" \t\r\n") != std::string::npos)
                answers.push_back({{"questionId", q.id}, {"text", text}});
            break;
        }
        }
    }
    return answers;
}

/// The service's field errors ("answers[2].optionIds"; "answers" for a required question left out) as one
/// translated message per question id, chosen by each error's code and the question's own limits.
std::map<std::string, std::string>
errorsByQuestion(Site &site, const Request &r, const Survey &survey, const json &answers, const Error &e)
{
    std::map<std::string, std::string> errors;
    const auto sent = [&](const std::string &questionId)
    {
        return std::any_of(answers.begin(),
                           answers.end(),
                           [&](const json &a) { return a["questionId"].get<std::string>() == questionId; });
    };
    for (const auto &d : e.details())
    {
        if (d.field == "answers")
        {
            // The page knows which answers it sent, so it can name every required question left out.
            for (const auto &q : survey.questions)
                if (q.required && !sent(q.id) && !errors.contains(q.id))
                    errors[q.id] = site.tr(r, "error_required");
            continue;
        }
        if (d.field.rfind("answers[", 0) != 0)
            continue;
        const auto index = static_cast<std::size_t>(std::atoi(d.field.c_str() + 8));
        if (index >= answers.size())
            continue;
        const std::string questionId = answers[index]["questionId"].get<std::string>();
        const auto q = std::find_if(survey.questions.begin(),
                                    survey.questions.end(),
                                    [&](const Question &x) { return x.id == questionId; });
        if (q == survey.questions.end() || errors.contains(questionId))
            continue;
        std::string text;
        if (d.code == FieldCode::Required)
            text = site.tr(r, "error_required");
        else if (d.code == FieldCode::TooLong)
            text = site.tr(
                r, "error_too_long", {{"n", std::to_string(q->maxLength.value_or(kDefaultTextMaxLength))}});
        else if (d.code == FieldCode::TooMany)
            text = site.tr(r,
                           "error_too_many",
                           {{"n",
                             std::to_string(q->type == QuestionType::SingleChoice
                                                ? 1
                                                : q->maxSelections.value_or(
                                                      static_cast<std::int64_t>(q->options.size())))}});
        else if (d.code == FieldCode::OutOfRange)
            text = site.tr(r, "error_rating_range", {{"n", std::to_string(q->scale.value_or(5))}});
        else
            text = site.tr(r, "error_answer_invalid");
        errors[questionId] = text;
    }
    return errors;
}

Response surveyPost(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Survey survey = ctx.surveys->getForRespondent(r.param("id"));
    const auto who = site.respondent(r);
    if (auto expired = site.expiredSession(r, who, surveyPath(survey)))
        return *expired;
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, who);
    const Form form = Form::parse(r.body);
    const json answers = answersFrom(survey, form);
    const bool paced = survey.mode == SurveyMode::PresenterPaced;
    try
    {
        ctx.surveys->submit(survey.id, who.id, json{{"answers", answers}});
    }
    catch (const Error &e)
    {
        if (e.code() == ErrorCode::Validation)
        {
            // Paced: the current question is the one to answer, whether or not it is marked required.
            Survey rules = survey;
            if (paced)
                for (auto &q : rules.questions)
                    q.required = q.id == survey.currentQuestionId;
            auto errors = errorsByQuestion(site, r, rules, answers, e);
            if (errors.empty())
                errors["_"] = site.tr(r, "error_answer_invalid");
            Response response = surveyPage(site, r, survey, 400, &form, errors, who.id);
            http::setRespondentCookie(response, who);
            return response;
        }
        if (e.code() == ErrorCode::Forbidden)
            if (auto refused = surveyRefused(site, r, survey, who))
                return *refused;
        if (e.code() == ErrorCode::Conflict)
        {
            for (const auto &d : e.details())
            {
                // The presenter moved on or time ran out while the reader chose: back to where the room is.
                if (paced && (d.message == "time_up" || d.message == "not_current"))
                {
                    Response response = redirect(surveyPath(survey) + "?notice=" + d.message);
                    http::setRespondentCookie(response, who);
                    return response;
                }
                if (paced && d.message == "already_answered")
                    return redirect(surveyPath(survey));
                if (d.field == "survey" && d.message == "already_answered")
                    return site.message(
                        r, 409, "weui-icon-info", "survey_already", surveyDoneActions(site, r, survey));
            }
            if (auto unavailable = surveyUnavailable(site, r, survey))
                return *unavailable;
        }
        throw;
    }
    if (paced)
    {
        // The page shows the answer as taken and follows the presenter to the reveal and the next question.
        Response response = redirect(surveyPath(survey));
        http::setRespondentCookie(response, who);
        for (const auto &a : answers)
            if (a.contains("optionIds") && a["optionIds"].size() == 1)
                response.headers.emplace_back(
                    "Set-Cookie",
                    quizPickCookieName(survey) + "=" + a["questionId"].get<std::string>() + "." +
                        a["optionIds"][0].get<std::string>() + "; Path=" + surveyPath(survey) +
                        "; Max-Age=86400; HttpOnly; SameSite=Lax");
        return response;
    }
    Response response = redirect(surveyPath(survey) + "/thanks");
    http::setRespondentCookie(response, who);
    return response;
}

Response surveyThanks(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Survey survey = ctx.surveys->getForRespondent(r.param("id"));
    const auto who = site.respondent(r);
    if (!ctx.surveys->hasResponded(survey.id, who.id))
        return redirect(surveyPath(survey));
    return site.message(r, 200, "weui-icon-success", "survey_thanks", surveyDoneActions(site, r, survey));
}

/// GET /m/surveys/{id}/session: the presenter's pacing (the session:ID document) for the page script while
/// the socket is down; public while the survey is live, like the topic.
Response surveySession(Site &site, Request &r)
{
    auto view = site.ctx().surveys->sessionView(r.param("id"));
    if (!view.publicVisible)
        throw Error(ErrorCode::NotFound, "No such survey");
    return Response::ok(view.results);
}

Response surveyResults(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Survey survey = ctx.surveys->getForRespondent(r.param("id"));
    json live;
    try
    {
        live = ctx.surveys->liveResults(survey.id, false, false);
    }
    catch (const Error &e)
    {
        if (e.code() != ErrorCode::Forbidden)
            throw;
        return site.message(r, 403, "weui-icon-info", "error_results_hidden");
    }
    // At most this many written answers per question: enough to read on a phone or a wall.
    constexpr std::size_t kShownTexts = 50;
    const auto texts = ctx.surveys->publicTextAnswers(survey.id, kShownTexts);
    json questions = json::array();
    int number = 0;
    for (const auto &q : live["questions"])
    {
        ++number;
        const std::string type = q["type"].get<std::string>();
        const auto answered = q["answered"].get<std::int64_t>();
        json bars = json::array();
        for (const auto &o : q["options"])
            bars.push_back({{"key", o["optionId"]},
                            {"label", o["text"]},
                            {"count", std::to_string(o["count"].get<std::int64_t>())},
                            {"unit", site.tr(r, "results_votes_unit")},
                            {"percent", formatNumber(o["percent"].get<double>())}});
        if (type == "rating")
        {
            const auto &distribution = q["distribution"];
            for (std::size_t i = 0; i < distribution.size(); ++i)
            {
                const auto count = distribution[i].get<std::int64_t>();
                const double percent =
                    answered > 0
                        ? std::round(1000.0 * static_cast<double>(count) / static_cast<double>(answered)) /
                              10.0
                        : 0.0;
                bars.push_back({{"key", "r" + std::to_string(i + 1)},
                                {"label", site.tr(r, "results_points", {{"n", std::to_string(i + 1)}})},
                                {"count", std::to_string(count)},
                                {"unit", site.tr(r, "results_people_unit")},
                                {"percent", formatNumber(percent)}});
            }
        }
        json textItems = json::array();
        std::int64_t textsMore = 0;
        if (const auto found = texts.find(q["questionId"].get<std::string>()); found != texts.end())
        {
            for (const auto &item : found->second.items)
                textItems.push_back({{"text", item.text}});
            textsMore = found->second.total - static_cast<std::int64_t>(found->second.items.size());
        }
        questions.push_back(
            {{"qid", q["questionId"]},
             {"hasTexts", !textItems.empty()},
             {"texts", textItems},
             {"textsMore",
              textsMore > 0 ? json(site.tr(r, "results_text_more", {{"n", std::to_string(textsMore)}}))
                            : json(nullptr)},
             {"number", std::to_string(number)},
             {"text", q["text"]},
             {"bars", bars},
             {"isRating", type == "rating"},
             {"isText", type == "text"},
             {"mean",
              q.contains("mean") && q["mean"].is_number() ? json(formatNumber(q["mean"].get<double>()))
                                                          : json("–")},
             {"scale",
              site.tr(
                  r,
                  "results_mean_scale",
                  {{"n",
                    q.contains("distribution") ? std::to_string(q["distribution"].size()) : std::string()}})},
             {"answered", std::to_string(answered)}});
    }
    const bool big = r.queryValue("big").value_or("") == "1";
    // The projector's join code: the survey's page, so a phone that scans it answers.
    const std::string joinUrl = ctx.config.publicUrl + surveyPath(survey);
    json context{
        {"title", survey.title},
        {"big", big},
        {"survey", {{"id", survey.id}, {"title", survey.title}}},
        {"total",
         site.tr(r, "results_total", {{"n", std::to_string(live["totalResponses"].get<std::int64_t>())}})},
        {"questions", questions},
        {"toggleUrl", big ? surveyPath(survey) + "/results" : surveyPath(survey) + "/results?big=1"},
        {"toggleLabel", site.tr(r, big ? "results_phone_view" : "results_projector")},
        {"join", big ? json{{"qrUrl", surveyPath(survey) + "/qr.png"}, {"url", joinUrl}} : json(nullptr)}};
    return site.page(r, 200, "results", std::move(context));
}

/// GET /m/surveys/{id}/qr.png: the survey page's address as a QR code, for the projector view.
Response surveyQr(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Survey survey = ctx.surveys->getForRespondent(r.param("id"));
    Response response =
        Response::file(ctx.qrRenderer->png(ctx.config.publicUrl + surveyPath(survey), 480), "image/png");
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return response;
}

// ---- audience Q&A and message wall (no JavaScript needed: forms post and redirect back)

/// A field error of a Q&A or wall form in the reader's language.
std::string audienceTextError(Site &site, const Request &r, const FieldError &e, std::size_t max)
{
    if (e.code == FieldCode::Required)
        return site.tr(r, "qa_error_required");
    if (e.code == FieldCode::TooLong)
        return site.tr(r, "qa_error_too_long", {{"n", std::to_string(max)}});
    return site.tr(r, "qa_error_invalid");
}

/// The notice shown after a redirect (?done=…), from a fixed list of keys.
json audienceNotice(Site &site, const Request &r)
{
    static const std::set<std::string> known{
        "qa_sent", "qa_sent_pending", "qa_voted", "qa_unvoted", "wall_sent", "wall_sent_pending"};
    const auto done = r.queryValue("done").value_or("");
    return known.contains(done) ? json(site.tr(r, done)) : json(nullptr);
}

/// A refusal of an audience post shown on the page itself (rate limit, ban), or nullopt to rethrow.
std::optional<std::string> audienceRefusal(Site &site, const Request &r, const Error &e)
{
    if (e.code() == ErrorCode::RateLimited)
    {
        std::string seconds = "10";
        for (const auto &d : e.details())
            if (d.field == "retryAfter")
                seconds = d.message;
        return site.tr(r, "qa_slow_down", {{"n", seconds}});
    }
    if (e.code() == ErrorCode::Forbidden)
        return site.tr(r, "qa_banned");
    return std::nullopt;
}

Response qaPage(Site &site,
                Request &r,
                const Event &event,
                const http::Respondent &who,
                int status,
                const json &form,
                const json &errors,
                const json &notice)
{
    auto &ctx = site.ctx();
    const auto voted = ctx.interaction->votedBy(event.id, who.id);
    json items = json::array();
    // Held in locals: a range-for over a member of a temporary would dangle.
    const json publicList = ctx.interaction->listQuestions(event.id, std::nullopt, "votes", false);
    for (const auto &item : publicList["items"])
    {
        json shown = item;
        shown["answered"] = item["state"] == "answered";
        shown["voted"] = std::find(voted.begin(), voted.end(), item["id"].get<std::string>()) != voted.end();
        shown["votes"] = std::to_string(item["votes"].get<std::int64_t>());
        items.push_back(std::move(shown));
    }
    // The reader's own questions, with where each stands.
    json mine = json::array();
    const json staffList = ctx.interaction->listQuestions(event.id, std::nullopt, "recent", true);
    for (const auto &item : staffList["items"])
    {
        if (item["respondentId"] != who.id)
            continue;
        const std::string state = item["state"];
        const bool shown = (state == "approved" || state == "answered") && item["filtered"] == false;
        mine.push_back({{"id", item["id"]},
                        {"text", item["text"]},
                        {"status",
                         site.tr(r,
                                 state == "pending" ? "qa_waiting"
                                 : shown            ? "qa_shown"
                                                    : "qa_not_shown")}});
    }
    json context{{"title", event.title},
                 {"event", {{"id", event.id}, {"title", event.title}}},
                 {"form", form},
                 {"errors", errors},
                 {"notice", notice},
                 {"noticeOk", status < 400},
                 {"hasMine", !mine.empty()},
                 {"mine", mine},
                 {"hasItems", !items.empty()},
                 {"items", items}};
    Response response = site.page(r, status, "qa", std::move(context));
    http::setRespondentCookie(response, who);
    return response;
}

Response qaGet(Site &site, Request &r)
{
    const auto who = site.respondent(r);
    if (auto signIn = site.signInFirst(r, who))
        return *signIn;
    const Event event = site.ctx().events->getPublic(r.param("id"));
    return qaPage(site, r, event, who, 200, json::object(), json::object(), audienceNotice(site, r));
}

Response qaPost(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Event event = ctx.events->getPublic(r.param("id"));
    const auto who = site.respondent(r);
    const std::string back = "/m/events/" + event.id + "/qa";
    if (auto expired = site.expiredSession(r, who, back))
        return *expired;
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, who);
    const Form form = Form::parse(r.body);
    const json values{{"text", form.value("text").value_or("")}, {"name", form.value("name").value_or("")}};
    try
    {
        json body{{"text", values["text"]}};
        if (!values["name"].get<std::string>().empty())
            body["name"] = values["name"];
        const QaItem item = ctx.interaction->ask(event.id, who.id, body);
        Response response =
            redirect(back + "?done=" + (item.state == QaState::Pending ? "qa_sent_pending" : "qa_sent"));
        http::setRespondentCookie(response, who);
        return response;
    }
    catch (const Error &e)
    {
        if (e.code() == ErrorCode::Validation)
        {
            json errors = json::object();
            for (const auto &d : e.details())
                if (!errors.contains(d.field))
                    errors[d.field] = audienceTextError(
                        site, r, d, d.field == "name" ? limits::kQaNameMax : limits::kQaTextMax);
            return qaPage(site, r, event, who, 400, values, errors, nullptr);
        }
        if (auto refusal = audienceRefusal(site, r, e))
            return qaPage(site, r, event, who, httpStatus(e.code()), values, json::object(), *refusal);
        throw;
    }
}

Response qaVote(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Event event = ctx.events->getPublic(r.param("id"));
    const auto who = site.respondent(r);
    const std::string back = "/m/events/" + event.id + "/qa";
    if (auto expired = site.expiredSession(r, who, back))
        return *expired;
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, who);
    try
    {
        const auto vote = ctx.interaction->toggleVote(r.param("qaId"), who.id);
        Response response = redirect(back + "?done=" + (vote.voted ? "qa_voted" : "qa_unvoted"));
        http::setRespondentCookie(response, who);
        return response;
    }
    catch (const Error &e)
    {
        if (auto refusal = audienceRefusal(site, r, e))
            return qaPage(
                site, r, event, who, httpStatus(e.code()), json::object(), json::object(), *refusal);
        throw;
    }
}

Response wallPage(Site &site,
                  Request &r,
                  const Event &event,
                  const http::Respondent &who,
                  int status,
                  const json &form,
                  const json &errors,
                  const json &notice)
{
    const auto items = site.ctx().interaction->listWall(event.id, std::nullopt, false)["items"];
    json context{{"title", event.title},
                 {"event", {{"id", event.id}, {"title", event.title}}},
                 {"form", form},
                 {"errors", errors},
                 {"notice", notice},
                 {"noticeOk", status < 400},
                 {"hasItems", !items.empty()},
                 {"items", items}};
    Response response = site.page(r, status, "wall", std::move(context));
    http::setRespondentCookie(response, who);
    return response;
}

Response wallGet(Site &site, Request &r)
{
    const auto who = site.respondent(r);
    if (auto signIn = site.signInFirst(r, who))
        return *signIn;
    const Event event = site.ctx().events->getPublic(r.param("id"));
    return wallPage(site, r, event, who, 200, json::object(), json::object(), audienceNotice(site, r));
}

Response wallPost(Site &site, Request &r)
{
    auto &ctx = site.ctx();
    const Event event = ctx.events->getPublic(r.param("id"));
    const auto who = site.respondent(r);
    const std::string back = "/m/events/" + event.id + "/wall";
    if (auto expired = site.expiredSession(r, who, back))
        return *expired;
    http::limitPublicWrite(*ctx.limiter, ctx.config, r, who);
    const Form form = Form::parse(r.body);
    const json values{{"text", form.value("text").value_or("")}};
    try
    {
        const WallMessage message = ctx.interaction->post(event.id, who.id, values);
        Response response = redirect(
            back + "?done=" + (message.state == WallState::Pending ? "wall_sent_pending" : "wall_sent"));
        http::setRespondentCookie(response, who);
        return response;
    }
    catch (const Error &e)
    {
        if (e.code() == ErrorCode::Validation)
        {
            json errors = json::object();
            for (const auto &d : e.details())
                if (!errors.contains(d.field))
                    errors[d.field] = audienceTextError(site, r, d, limits::kWallTextMax);
            return wallPage(site, r, event, who, 400, values, errors, nullptr);
        }
        if (auto refusal = audienceRefusal(site, r, e))
            return wallPage(site, r, event, who, httpStatus(e.code()), values, json::object(), *refusal);
        throw;
    }
}

// ---- assets

Response staticAsset(Site &site, Request &r)
{
    const StaticAsset *asset = site.assets().find(r.param("file"));
    if (!asset)
        throw Error(ErrorCode::NotFound, "No such asset");
    Response response;
    response.contentType = asset->mime;
    response.headers.emplace_back("ETag", asset->etag);
    // The hash is in the name: a URL never changes its bytes.
    response.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
    response.headers.emplace_back("Vary", "Accept-Encoding");
    if (r.header("if-none-match") == asset->etag)
    {
        response.status = 304;
        return response;
    }
    if (r.header("accept-encoding").find("gzip") != std::string::npos)
    {
        response.headers.emplace_back("Content-Encoding", "gzip");
        response.body = asset->gzipped;
    }
    else
        response.body = asset->bytes;
    return response;
}
} // namespace

/// `/` and `/m/`: what a browser gets without a link to one event — the events open now or coming, in the
/// reader's language; a client that asks for JSON only gets where the API lives.
Response landingPage(Site &site, Request &r)
{
    const std::string accept = r.header("accept");
    if (accept.find("application/json") != std::string::npos && accept.find("text/html") == std::string::npos)
        return Response::ok(json{{"name", "NextEvent"}, {"api", "/v2"}, {"openapi", "/v2/openapi.json"}});
    auto &ctx = site.ctx();
    app::EventQuery query;
    query.pageSize = 100;
    query.sort = "startDate";
    const auto now = nextevent::now();
    json events = json::array();
    for (const auto status : {EventStatus::Active, EventStatus::Published})
    {
        query.status = status;
        for (const Event &event : ctx.events->list(query).items)
            if (events.size() < 20 && (!event.endDate || *event.endDate >= now))
                events.push_back({{"url", "/m/events/" + event.id},
                                  {"title", event.title},
                                  {"start", timeJson(event.startDate, event.timezone)},
                                  {"location", opt(keepNumbersTogether(event.location))}});
    }
    json context{{"title", site.tr(r, "landing_title")}, {"events", events}, {"hasEvents", !events.empty()}};
    return site.page(r, 200, "landing", std::move(context));
}

void registerPageRoutes(http::Router &router, ServerContext &ctx)
{
    // One Site per server, kept alive by the handlers that use it.
    auto site = std::make_shared<Site>(ctx);
    const auto anyone = http::Access::publicRoute();
    auto add = [&](const char *method, const char *pattern, Response (*handler)(Site &, Request &))
    {
        router.add(method,
                   pattern,
                   anyone,
                   [site, guarded = site->guard(handler)](Request &r) { return guarded(r); });
    };
    add("GET", "/", landingPage);
    add("GET", "/m", landingPage);
    add("GET", "/m/", landingPage);
    add("GET", "/m/static/{file}", staticAsset);
    add("GET", "/m/articles/{id}", articlePage);
    add("GET", "/m/events/{id}", eventGet);
    add("POST", "/m/events/{id}/register", eventRegister);
    add("GET", "/m/events/{id}/qa", qaGet);
    add("POST", "/m/events/{id}/qa", qaPost);
    add("POST", "/m/events/{id}/qa/{qaId}/vote", qaVote);
    add("GET", "/m/events/{id}/wall", wallGet);
    add("POST", "/m/events/{id}/wall", wallPost);
    add("GET", "/m/tickets/{code}", ticketGet);
    add("GET", "/m/tickets/{code}/qr.png", ticketQr);
    add("GET", "/m/tickets/{code}/status", ticketStatus);
    add("POST", "/m/tickets/{code}/cancel", ticketCancel);
    add("POST", "/m/tickets/{code}/accept", ticketAccept);
    add("POST", "/m/tickets/{code}/decline", ticketDecline);
    add("GET", "/m/surveys/{id}", surveyGet);
    add("POST", "/m/surveys/{id}", surveyPost);
    add("GET", "/m/surveys/{id}/thanks", surveyThanks);
    add("GET", "/m/surveys/{id}/session", surveySession);
    add("GET", "/m/surveys/{id}/qr.png", surveyQr);
    add("GET", "/m/surveys/{id}/results", surveyResults);
    router.setFallback(
        "/m/", [site](Request &r) { return site->errorPage(r, Error(ErrorCode::NotFound, "No such page")); });
    // Rendered from cached reads and memoised pages in the steady state (the I/O threads answer them).
    for (const char *pattern : {"/m/static/{file}", "/m/articles/{id}", "/m/events/{id}", "/m/surveys/{id}"})
        router.answerFromMemory("GET", pattern);
}

} // namespace nextevent::server::web
