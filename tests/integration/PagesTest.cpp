// SPDX-License-Identifier: MIT
// The mobile pages over real HTTP: status codes, security headers, forms posted as a browser without
// JavaScript posts them, error pages, languages, assets and the page-weight budget.
#include <iostream>
#include <regex>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "nextevent/Ids.h"

#include "ApiTest.h"
#include "WeChatTestSupport.h"
#include "server/web/StaticAssets.h"

namespace nextevent::test
{
namespace
{
using nlohmann::json;

struct Page
{
    int status = 0;
    std::map<std::string, std::string> headers; ///< lower-case names; Set-Cookie lines in `cookies`
    std::vector<std::string> cookies;
    std::string body;

    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

/// A browser without JavaScript: keeps cookies, posts urlencoded forms, does not follow redirects.
class Browser
{
public:
    explicit Browser(int port, std::string acceptLanguage = "en")
        : m_port(port)
        , m_acceptLanguage(std::move(acceptLanguage))
    {
    }

    Page get(const std::string &path, const std::map<std::string, std::string> &headers = {})
    {
        return send("GET", path, {}, headers);
    }

    Page post(const std::string &path, const std::string &form, const std::string &origin = {})
    {
        std::map<std::string, std::string> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!origin.empty())
            headers["Origin"] = origin;
        return send("POST", path, form, headers);
    }

    void setCookie(const std::string &name, const std::string &value)
    {
        m_cookies[name] = value;
    }

    std::string cookie(const std::string &name) const
    {
        auto it = m_cookies.find(name);
        return it == m_cookies.end() ? std::string() : it->second;
    }

private:
    Page send(const std::string &method,
              const std::string &path,
              const std::string &body,
              const std::map<std::string, std::string> &headers)
    {
        Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(m_port));
        session.setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Accept-Language", m_acceptLanguage);
        request.set("Host", "127.0.0.1:" + std::to_string(m_port));
        if (!m_cookies.empty())
        {
            Poco::Net::NameValueCollection cookies;
            for (const auto &[k, v] : m_cookies)
                cookies.add(k, v);
            request.setCookies(cookies);
        }
        for (const auto &[k, v] : headers)
            request.set(k, v);
        if (method == "POST")
            request.setContentLength64(static_cast<Poco::Int64>(body.size()));
        session.sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        auto &in = session.receiveResponse(response);
        Page page;
        page.status = response.getStatus();
        for (const auto &[name, value] : response)
        {
            std::string lower = name;
            for (auto &c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == "set-cookie")
                page.cookies.push_back(value);
            else
                page.headers[lower] = value;
        }
        std::vector<Poco::Net::HTTPCookie> cookies;
        response.getCookies(cookies);
        for (const auto &c : cookies)
            m_cookies[c.getName()] = c.getValue();
        Poco::StreamCopier::copyToString(in, page.body);
        return page;
    }

    int m_port;
    std::string m_acceptLanguage;
    std::map<std::string, std::string> m_cookies;
};

std::string urlencode(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

std::string form(const std::vector<std::pair<std::string, std::string>> &fields)
{
    std::string out;
    for (const auto &[k, v] : fields)
        out += (out.empty() ? "" : "&") + urlencode(k) + "=" + urlencode(v);
    return out;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

/// Every URL the page makes the browser load or go to: src, href, action attributes.
std::vector<std::string> referencedUrls(const std::string &html)
{
    std::vector<std::string> urls;
    const std::regex attribute("\\b(src|href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"",
                               std::regex::icase);
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attribute); it != std::sregex_iterator();
         ++it)
        urls.push_back((*it)[2]);
    return urls;
}

/// What every page must have: HTML, strict CSP, nosniff, referrer policy, and only same-origin references.
void expectSecurePage(const Page &page, const std::string &what)
{
    SCOPED_TRACE(what);
    EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
    const std::string csp = page.header("content-security-policy");
    for (const char *directive : {"default-src 'self'",
                                  "script-src 'self';",
                                  "style-src 'self';",
                                  "object-src 'none'",
                                  "base-uri 'none'",
                                  "frame-ancestors 'none'",
                                  "form-action 'self'"})
        EXPECT_TRUE(contains(csp, directive)) << csp << " lacks " << directive;
    EXPECT_FALSE(contains(csp, "unsafe-inline")) << csp;
    EXPECT_FALSE(contains(csp, "unsafe-eval")) << csp;
    EXPECT_TRUE(contains(csp, "connect-src 'self' ws://")) << csp;
    EXPECT_EQ(page.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(page.header("referrer-policy"), "same-origin");
    EXPECT_EQ(page.header("x-frame-options"), "DENY");
    EXPECT_TRUE(contains(page.body, "<!DOCTYPE html>"));
    // CSP would block them anyway; the page must not even try.
    EXPECT_FALSE(contains(page.body, "style=\"")) << "inline style";
    EXPECT_FALSE(contains(page.body, "<style")) << "inline style element";
    EXPECT_FALSE(std::regex_search(page.body, std::regex("<script(?![^>]*\\bsrc=)[^>]*>")))
        << "inline script";
    for (const auto &url : referencedUrls(page.body))
    {
        const bool local = url.empty() || (url[0] == '/' && (url.size() < 2 || url[1] != '/')) ||
                           url[0] == '?' || url[0] == '#' ||
                           url == "data:,"; // the empty icon: no request for /favicon.ico at all
        EXPECT_TRUE(local) << "reference to another host: " << url;
    }
}

/// Gzipped bytes of the page and every stylesheet and script it loads; checks each asset is ours, cached for
/// a year, and loads nothing from another host.
std::size_t pageWeight(const std::string &html, int port)
{
    std::size_t total = nextevent::server::web::gzip(html).size();
    const std::regex asset("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"");
    int assets = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), asset); it != std::sregex_iterator(); ++it)
    {
        const std::string url = (*it)[1];
        ++assets;
        EXPECT_EQ(url.rfind("/m/static/", 0), 0u) << url;
        const Page a = Browser(port).get(url);
        EXPECT_EQ(a.status, 200) << url;
        EXPECT_EQ(a.header("cache-control"), "public, max-age=31536000, immutable") << url;
        total += nextevent::server::web::gzip(a.body).size();
        // No request to another host: CSS url()s are data: URIs, no @import.
        const std::regex cssUrl("url\\(\\s*['\"]?([^'\")]*)");
        for (auto u = std::sregex_iterator(a.body.begin(), a.body.end(), cssUrl); u != std::sregex_iterator();
             ++u)
        {
            EXPECT_EQ((*u)[1].str().rfind("data:", 0), 0u) << url << " loads " << (*u)[1];
        }
        EXPECT_EQ(a.body.find("@import"), std::string::npos) << url;
        if (url.find("/app.") != std::string::npos)
        {
            EXPECT_FALSE(std::regex_search(a.body, std::regex("https?://"))) << url;
        }
    }
    EXPECT_GE(assets, 2) << "a page loads site.css and app.js";
    return total;
}

class PagesTest : public ApiTest
{
protected:
    Browser browser(const std::string &lang = "en")
    {
        return Browser(server().port(), lang);
    }

    json createSurvey(const json &fields = json::object())
    {
        json body{
            {"title", "Session <feedback>"},
            {"description", "Tell us"},
            {"isActive", true},
            {"isLive", true},
            {"resultsVisible", true},
            {"questions",
             json::array(
                 {{{"id", "talk"},
                   {"type", "single_choice"},
                   {"text", "Best talk?"},
                   {"required", true},
                   {"options",
                    json::array({{{"id", "keynote"}, {"text", "Keynote"}},
                                 {{"id", "qt"}, {"text", "Qt 6 deep dive"}}})}},
                  {{"id", "topics"},
                   {"type", "multiple_choice"},
                   {"text", "Next topics?"},
                   {"maxSelections", 2},
                   {"options",
                    json::array({{{"id", "ws"}, {"text", "WebSockets"}},
                                 {{"id", "wx"}, {"text", "WeChat"}},
                                 {{"id", "pkg"}, {"text", "Packaging"}}})}},
                  {{"id", "venue"}, {"type", "rating"}, {"text", "Venue?"}, {"scale", 5}, {"required", true}},
                  {{"id", "more"}, {"type", "text"}, {"text", "Anything else?"}, {"maxLength", 20}}})}};
        body.merge_patch(fields);
        const auto r = http().post("/v2/surveys", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    json liveResults(const std::string &surveyId)
    {
        const auto r = http().get("/v2/surveys/" + surveyId + "/live-results", organizer);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"];
    }

    std::string publishedArticle()
    {
        auto r = http().post("/v2/articles",
                             {{"title", "Launch <night>"},
                              {"summary", "What to expect"},
                              {"content", "<p>Hello <b>world</b></p><script>alert(1)</script>"},
                              {"author", "Team"}},
                             organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        const std::string id = r.json()["data"]["id"];
        r = http().post("/v2/articles/" + id + "/publish", json::object(), organizer);
        EXPECT_EQ(r.status, 200) << r.body;
        return id;
    }

    static std::string ticketCodeFrom(const Page &page)
    {
        const std::string location = page.header("location");
        EXPECT_EQ(location.rfind("/m/tickets/", 0), 0u) << location;
        // A fresh registration lands on its ticket with ?new=1 (the "you are registered" notice).
        const std::string code = location.substr(std::string("/m/tickets/").size());
        return code.substr(0, code.find('?'));
    }
};

TEST_P(PagesTest, ArticlePageShowsSanitisedContentAndCountsTheView)
{
    const std::string id = publishedArticle();
    auto b = browser();
    const Page page = b.get("/m/articles/" + id);
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "article");
    EXPECT_TRUE(contains(page.body, "Launch &lt;night&gt;"));
    EXPECT_TRUE(contains(page.body, "<p>Hello <b>world</b></p>"));
    EXPECT_FALSE(contains(page.body, "alert(1)"));
    EXPECT_FALSE(contains(page.body, "wechat.")) << "no JS-SDK when WeChat is not configured";
    server().context().articles->flushViews();
    EXPECT_EQ(http().get("/v2/articles/" + id, organizer).json()["data"]["viewCount"], 1);

    // A draft is not public: the same friendly 404 as an unknown id.
    auto r = http().post("/v2/articles/" + id + "/unpublish", json::object(), organizer);
    ASSERT_EQ(r.status, 200);
    const Page draft = b.get("/m/articles/" + id);
    EXPECT_EQ(draft.status, 404);
    expectSecurePage(draft, "draft article");
    EXPECT_TRUE(contains(draft.body, "Page not found"));
    EXPECT_EQ(b.get("/m/articles/no-such-article").status, 404);
}

TEST_P(PagesTest, RegisterForAnEventWithAFormAndSeeTheTicket)
{
    const json event = openEvent({{"capacity", 2}});
    const std::string eventId = event["id"];
    auto b = browser();
    Page page = b.get("/m/events/" + eventId);
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "event");
    EXPECT_TRUE(contains(page.body, "2 of 2 seats left"));
    EXPECT_TRUE(contains(page.body, "action=\"/m/events/" + eventId + "/register\""));

    // Post/Redirect/Get to the ticket.
    page = b.post("/m/events/" + eventId + "/register",
                  form({{"name", "Li Lei"}, {"phone", "+86 138 0000 0000"}}));
    ASSERT_EQ(page.status, 303) << page.body;
    const std::string code = ticketCodeFrom(page);
    ASSERT_EQ(code.size(), 12u);

    page = b.get("/m/tickets/" + code);
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "ticket");
    EXPECT_TRUE(contains(page.body, code));
    EXPECT_TRUE(contains(page.body, "src=\"/m/tickets/" + code + "/qr.png\""));
    EXPECT_TRUE(contains(page.body, "Li Lei"));
    EXPECT_TRUE(contains(page.body, "data-state=\"registered\""));
    const Page qr = b.get("/m/tickets/" + code + "/qr.png");
    EXPECT_EQ(qr.status, 200);
    EXPECT_EQ(qr.header("content-type"), "image/png");
    EXPECT_EQ(qr.body.substr(1, 3), "PNG");

    // The event page now knows this browser's registration.
    page = b.get("/m/events/" + eventId);
    EXPECT_TRUE(contains(page.body, "You are registered"));
    EXPECT_TRUE(contains(page.body, "href=\"/m/tickets/" + code + "\""));
    EXPECT_FALSE(contains(page.body, "/register\""));
    EXPECT_TRUE(contains(page.body, "1 of 2 seats left"));

    // The door scans it: the status the page script polls, and the page itself, say so.
    auto status = b.get("/m/tickets/" + code + "/status");
    EXPECT_EQ(json::parse(status.body)["data"]["checkedIn"], false);
    const auto checkIn = http().post("/v2/events/" + eventId + "/checkins", {{"code", code}}, organizer);
    ASSERT_EQ(checkIn.status, 200) << checkIn.body;
    status = b.get("/m/tickets/" + code + "/status");
    EXPECT_EQ(json::parse(status.body)["data"]["checkedIn"], true);
    page = b.get("/m/tickets/" + code);
    EXPECT_TRUE(contains(page.body, "data-state=\"checked_in\""));
    EXPECT_FALSE(contains(page.body, "qr.png"));
    EXPECT_FALSE(contains(page.body, "/cancel\""));

    // Checked in: cancelling is refused with a friendly 409 and changes nothing.
    page = b.post("/m/tickets/" + code + "/cancel", form({{"confirm", "1"}}));
    EXPECT_EQ(page.status, 409);
    expectSecurePage(page, "cancel refused");
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 1);
}

TEST_P(PagesTest, InvalidRegistrationShowsInlineErrorsAndStoresNothing)
{
    const std::string eventId = openEvent()["id"];
    const std::string eventPage = "/m/events/" + eventId;
    auto b = browser();
    // Post/Redirect/Get after an error too: the refused form comes back on the event page (a refresh there
    // never posts again), with what was typed and one message per field, once.
    Page page = b.post(eventPage + "/register", form({{"name", ""}, {"phone", "call me <b>"}}));
    ASSERT_EQ(page.status, 303) << page.body;
    EXPECT_EQ(page.header("location"), eventPage + "#register-form");
    page = b.get(eventPage);
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "invalid registration");
    EXPECT_TRUE(contains(page.body, "alert\">Please enter your name"));
    EXPECT_TRUE(contains(page.body, "alert\">Please enter a valid phone number"));
    EXPECT_TRUE(contains(page.body, "value=\"call me &lt;b&gt;\"")); // kept, escaped
    page = b.get(eventPage);
    EXPECT_FALSE(contains(page.body, "alert\">Please enter your name")) << "the messages show once";
    EXPECT_FALSE(contains(page.body, "call me"));
    EXPECT_EQ(b.post(eventPage + "/register", form({{"name", "Li Lei"}, {"phone", "1"}})).status, 303);
    page = b.get(eventPage);
    EXPECT_TRUE(contains(page.body, "alert\">Please enter a valid phone number"))
        << "one digit is not a phone number";
    EXPECT_TRUE(contains(page.body, "weui-cell_warn"));
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 0);

    // The message follows each error's code, in the reader's language: a name over its limit says so.
    auto zh = browser("zh-CN");
    zh.post(eventPage + "/register",
            form({{"name", std::string(101, 'x')}, {"phone", std::string(33, '1')}}));
    page = zh.get(eventPage);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, "role=\"alert\">请不要超过 100\u00a0个字。<")) << page.body;
    EXPECT_TRUE(contains(page.body, "role=\"alert\">请不要超过 32\u00a0个字。<")) << page.body;
    EXPECT_FALSE(contains(page.body, "must be at most"));
    zh.post(eventPage + "/register", form({{"name", ""}, {"phone", "call me"}}));
    page = zh.get(eventPage);
    EXPECT_TRUE(contains(page.body, "请输入姓名（不超过 100 个字）。"));
    EXPECT_TRUE(
        contains(page.body, "请输入正确的手机号：11 位手机号、区号加座机号，或以 + 加国家代码开头。"));

    // A forged flash cookie is only shown back escaped, and a malformed one is ignored.
    auto forged = browser();
    forged.setCookie("ne_flash",
                     "%7B%22values%22%3A%7B%22name%22%3A%22%3Cscript%3E%22%7D%2C%22errors%22%3A%7B%7D%7D");
    page = forged.get(eventPage);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "value=\"&lt;script&gt;\""));
    forged.setCookie("ne_flash", "%zz%7B");
    EXPECT_EQ(forged.get(eventPage).status, 200);

    // A form posted from another site is refused.
    page = b.post("/m/events/" + eventId + "/register", form({{"name", "Forged"}}), "https://evil.example");
    EXPECT_EQ(page.status, 403);
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 0);
    page = b.post("/m/events/" + eventId + "/register",
                  form({{"name", "Same site"}}),
                  "http://127.0.0.1:" + std::to_string(server().port()));
    EXPECT_EQ(page.status, 303);

    page = b.post("/m/events/" + eventId + "/register", "name=%zz");
    EXPECT_EQ(page.status, 400);
    expectSecurePage(page, "malformed form");
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 1);
}

TEST_P(PagesTest, AForwardedTicketLinkShowsTheTicketButCannotCancelIt)
{
    const std::string eventId = openEvent()["id"];
    auto holder = browser();
    const std::string code = ticketCodeFrom(holder.post(
        "/m/events/" + eventId + "/register", form({{"name", "Han Meimei"}, {"phone", "13800000001"}})));
    const std::string path = "/m/tickets/" + code;

    // A friend opens the forwarded link: the ticket and its QR show, the name is masked, and cancelling
    // asks for the phone number given at registration.
    auto friendBrowser = browser();
    Page page = friendBrowser.get(path);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, "qr.png"));
    EXPECT_FALSE(contains(page.body, "Han Meimei"));
    EXPECT_TRUE(contains(page.body, "H** M*****")); // maskName(), as a draw's big screen shows it
    EXPECT_TRUE(contains(page.body, "name=\"phone\""));
    EXPECT_FALSE(contains(holder.get(path).body, "name=\"phone\"")); // the holder is not asked
    // Right after registering, the holder is told it worked and that this page is the ticket.
    EXPECT_TRUE(contains(holder.get(path + "?new=1").body, "This page is your ticket"));
    EXPECT_FALSE(contains(friendBrowser.get(path + "?new=1").body, "This page is your ticket"));
    // No WeChat account configured here: no JS-SDK and no offer of WeChat's favourites.
    EXPECT_FALSE(contains(holder.get(path + "?new=1").body, "id=\"favourite\""));
    EXPECT_FALSE(contains(holder.get(path + "?new=1").body, "/m/static/wechat."));

    // Without the phone, or with another one: 403, and the registration stands.
    page = friendBrowser.post(path + "/cancel", form({{"confirm", "1"}}));
    EXPECT_EQ(page.status, 403);
    expectSecurePage(page, "cancel by a stranger");
    page = friendBrowser.post(path + "/cancel", form({{"phone", "13800000002"}, {"confirm", "1"}}));
    EXPECT_EQ(page.status, 403);
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 1);

    // The registration phone, however it is spaced, proves it: cancelled, and that browser now holds it.
    page = friendBrowser.post(path + "/cancel", form({{"phone", "138 0000 0001"}, {"confirm", "1"}}));
    ASSERT_EQ(page.status, 303) << page.body;
    EXPECT_EQ(friendBrowser.cookie("ne_tk_" + eventId), code);
    EXPECT_EQ(http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"], 0);

    // A registration without a phone can be cancelled only from the browser (or WeChat) that made it.
    auto third = browser();
    const std::string other =
        ticketCodeFrom(third.post("/m/events/" + eventId + "/register", form({{"name", "Li Lei"}})));
    EXPECT_TRUE(contains(third.get("/m/tickets/" + other).body, "/cancel\""));
    EXPECT_FALSE(contains(browser().get("/m/tickets/" + other).body, "/cancel\""));
    EXPECT_EQ(
        browser().post("/m/tickets/" + other + "/cancel", form({{"phone", ""}, {"confirm", "1"}})).status,
        403);
}

TEST_P(PagesTest, CancellingWithoutScriptsConfirmsFirst)
{
    const std::string eventId = openEvent()["id"];
    auto b = browser();
    const std::string code =
        ticketCodeFrom(b.post("/m/events/" + eventId + "/register", form({{"name", "Wang Fang"}})));
    const std::string path = "/m/tickets/" + code;
    const auto registered = [&]
    {
        return http().get("/v2/events/" + eventId, organizer).json()["data"]["counts"]["registered"];
    };
    // The ticket's own form says confirm=ask (the script's WeUI dialog makes it confirm=1): posted as it is,
    // without scripts, the server asks first.
    Page page = b.get(path);
    EXPECT_TRUE(contains(page.body, "id=\"ticket-cancel\""));
    EXPECT_TRUE(contains(page.body, "<input type=\"hidden\" name=\"confirm\" value=\"ask\">"));
    EXPECT_TRUE(contains(page.body, "id=\"cancel-dialog\""));
    EXPECT_FALSE(contains(page.body, "id=\"cancel-confirm\""));
    page = b.post(path + "/cancel", form({{"confirm", "ask"}}));
    ASSERT_EQ(page.status, 303);
    EXPECT_EQ(page.header("location"), path + "?confirm=cancel#cancel-confirm") << "the confirmation in view";
    EXPECT_EQ(registered(), 1) << "nothing changes before the confirmation";

    page = b.get(path + "?confirm=cancel");
    ASSERT_EQ(page.status, 200);
    expectSecurePage(page, "cancel confirmation");
    EXPECT_TRUE(contains(page.body, "id=\"cancel-confirm\""));
    EXPECT_TRUE(contains(page.body, "Cancel your registration?")) << page.body;
    EXPECT_TRUE(contains(page.body, "<input type=\"hidden\" name=\"confirm\" value=\"1\">"));
    EXPECT_TRUE(
        std::regex_search(page.body, std::regex("href=\"" + path + "(\\?[^\"]*)?\" id=\"cancel-keep\"")))
        << "a way back to the ticket";
    EXPECT_FALSE(contains(page.body, "id=\"ticket-cancel\"")) << "the confirmation replaces the button";
    EXPECT_FALSE(contains(page.body, "id=\"cancel-dialog\""));
    EXPECT_EQ(registered(), 1) << "showing the confirmation changes nothing";
    // A forwarded link gets no confirmation form.
    EXPECT_FALSE(contains(browser().get(path + "?confirm=cancel").body, "id=\"cancel-confirm\""));

    page = b.post(path + "/cancel", form({{"confirm", "1"}}));
    ASSERT_EQ(page.status, 303);
    EXPECT_EQ(page.header("location"), path);
    EXPECT_EQ(registered(), 0);
    page = b.get(path + "?confirm=cancel");
    EXPECT_TRUE(contains(page.body, "data-state=\"cancelled\""));
    EXPECT_FALSE(contains(page.body, "id=\"cancel-confirm\"")) << "nothing left to confirm";
}

TEST_P(PagesTest, FullEventWaitlistsAndCancellingPromotes)
{
    const std::string eventId = openEvent({{"capacity", 1}})["id"];
    auto first = browser();
    auto second = browser();
    const std::string firstCode =
        ticketCodeFrom(first.post("/m/events/" + eventId + "/register", form({{"name", "First"}})));
    Page page = second.get("/m/events/" + eventId);
    EXPECT_TRUE(contains(page.body, "Full: the only seat is taken"));
    EXPECT_TRUE(contains(page.body, "Join the waitlist"));
    const std::string secondCode =
        ticketCodeFrom(second.post("/m/events/" + eventId + "/register", form({{"name", "Second"}})));
    page = second.get("/m/tickets/" + secondCode);
    EXPECT_TRUE(contains(page.body, "On the waitlist: number 1"));
    EXPECT_FALSE(contains(page.body, "qr.png"));

    page = first.post("/m/tickets/" + firstCode + "/cancel", form({{"confirm", "1"}}));
    ASSERT_EQ(page.status, 303);
    EXPECT_EQ(page.header("location"), "/m/tickets/" + firstCode);
    page = first.get("/m/tickets/" + firstCode);
    EXPECT_TRUE(contains(page.body, "You cancelled this registration."));
    // The freed seat is offered to the first on the waitlist, who takes it on the ticket page.
    page = second.get("/m/tickets/" + secondCode);
    EXPECT_TRUE(contains(page.body, "data-state=\"offered\""));
    EXPECT_FALSE(contains(page.body, "qr.png"));
    page = second.post("/m/tickets/" + secondCode + "/accept", "");
    ASSERT_EQ(page.status, 303);
    page = second.get("/m/tickets/" + secondCode);
    EXPECT_TRUE(contains(page.body, "data-state=\"registered\""));
    EXPECT_TRUE(contains(page.body, "qr.png"));
}

TEST_P(PagesTest, ClosedDraftAndUnknownEventsGetFriendlyPages)
{
    auto b = browser();
    const std::string draftId = createEvent()["id"];
    EXPECT_EQ(b.get("/m/events/" + draftId).status, 404);
    EXPECT_EQ(b.post("/m/events/" + draftId + "/register", form({{"name", "X"}})).status, 404);
    EXPECT_EQ(b.get("/m/events/unknown").status, 404);
    EXPECT_EQ(b.get("/m/tickets/NOTACODE1234").status, 404);

    const std::string eventId = openEvent()["id"];
    auto r = http().post("/v2/events/" + eventId + "/transition", {{"to", "cancelled"}}, organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    Page page = b.get("/m/events/" + eventId);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "This event has been cancelled."));
    EXPECT_FALSE(contains(page.body, "/register\""));
    EXPECT_FALSE(contains(page.body, "seats left")) << "a cancelled event shows no seats";
    EXPECT_FALSE(contains(page.body, "registered")) << "nor registration counts";
    page = b.post("/m/events/" + eventId + "/register", form({{"name", "Late"}}));
    EXPECT_EQ(page.status, 409);
    expectSecurePage(page, "registration closed");
    EXPECT_TRUE(contains(page.body, "Registration is closed"));

    // A 404 page offers a way on.
    page = b.get("/m/no/such/page");
    EXPECT_EQ(page.status, 404);
    EXPECT_TRUE(contains(page.body, "href=\"/m/\""));
}

TEST_P(PagesTest, BrowsersGetALandingPageAtTheRoot)
{
    const std::string open = openEvent({{"title", "Open day"}})["id"];
    const std::string draft = createEvent({{"title", "Secret draft"}})["id"];
    for (const char *path : {"/", "/m", "/m/"})
    {
        auto zh = browser("zh-CN,zh;q=0.9");
        Page page = zh.get(path, {{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}});
        ASSERT_EQ(page.status, 200) << path;
        expectSecurePage(page, path);
        EXPECT_EQ(page.header("content-type").rfind("text/html", 0), 0u) << path;
        EXPECT_TRUE(contains(page.body, "近期活动")) << path;
        EXPECT_TRUE(contains(page.body, "href=\"/m/events/" + open + "\""));
        EXPECT_FALSE(contains(page.body, draft)) << "drafts are not public";
        EXPECT_TRUE(contains(page.body, "ne-lang-on\" aria-current=\"true\" href=\"/"))
            << "the language in use is marked";
    }
    // An API client asking for JSON learns where the API is.
    const auto api = http().request("GET", "/", {}, {}, {{"Accept", "application/json"}});
    ASSERT_EQ(api.status, 200) << api.body;
    EXPECT_EQ(api.json()["data"]["openapi"], "/v2/openapi.json");
}

TEST_P(PagesTest, PagesShowThisServersEditsAtOnceThoughReadsAreCached)
{
    // Articles and surveys are kept for a second for the crowd (app/RecentReads.h); an edit made through
    // this server shows on the next view all the same.
    const std::string article = publishedArticle();
    auto b = browser();
    ASSERT_TRUE(contains(b.get("/m/articles/" + article).body, "Launch &lt;night&gt;"));
    ASSERT_EQ(http().put("/v2/articles/" + article, {{"title", "Launch moved"}}, organizer).status, 200);
    EXPECT_TRUE(contains(b.get("/m/articles/" + article).body, "Launch moved"));
    ASSERT_EQ(http().post("/v2/articles/" + article + "/unpublish", json::object(), organizer).status, 200);
    EXPECT_EQ(b.get("/m/articles/" + article).status, 404);

    const std::string survey = createSurvey()["id"];
    ASSERT_TRUE(contains(b.get("/m/surveys/" + survey).body, "Session &lt;feedback&gt;"));
    ASSERT_EQ(http().put("/v2/surveys/" + survey, {{"title", "Day two feedback"}}, organizer).status, 200);
    EXPECT_TRUE(contains(b.get("/m/surveys/" + survey).body, "Day two feedback"));
    ASSERT_EQ(http().put("/v2/surveys/" + survey, {{"isActive", false}, {"isLive", false}}, organizer).status,
              200);
    EXPECT_EQ(b.get("/m/surveys/" + survey).status, 404);
}

TEST_P(PagesTest, FirstVisitorsShareAPageButNotTheirRespondentIds)
{
    // Visitors without cookies (a crowd scanning one QR code) get one page built for all of them; what is
    // theirs (the respondent id) is still theirs, every view is counted, and this server's edits show at
    // once.
    const std::string survey = createSurvey()["id"];
    auto first = browser();
    auto second = browser();
    const Page a = first.get("/m/surveys/" + survey);
    const Page b = second.get("/m/surveys/" + survey);
    ASSERT_EQ(a.status, 200) << a.body;
    EXPECT_EQ(a.body, b.body);
    EXPECT_FALSE(first.cookie("ne_rid").empty());
    EXPECT_FALSE(second.cookie("ne_rid").empty());
    EXPECT_NE(first.cookie("ne_rid"), second.cookie("ne_rid"));
    ASSERT_EQ(http().put("/v2/surveys/" + survey, {{"title", "Renamed for the crowd"}}, organizer).status,
              200);
    EXPECT_TRUE(contains(browser().get("/m/surveys/" + survey).body, "Renamed for the crowd"));

    const std::string article = publishedArticle();
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(browser().get("/m/articles/" + article).status, 200);
    server().context().articles->flushViews();
    EXPECT_EQ(http().get("/v2/articles/" + article, organizer).json()["data"]["viewCount"], 3);
}

TEST_P(PagesTest, ReturningVisitorsShareThePageUnlessSomethingOnItIsTheirs)
{
    // A phone that was here before carries cookies (its respondent id, a language): the page is still
    // everyone's unless something on it is this visitor's (a registration, answers given, a language).
    const std::string eventId = openEvent({{"capacity", 5}})["id"];
    const std::string survey = createSurvey()["id"];
    const Page firstVisit = browser().get("/m/events/" + eventId);
    ASSERT_EQ(firstVisit.status, 200) << firstVisit.body;

    auto returning = browser();
    ASSERT_EQ(returning.get("/m/surveys/" + survey).status, 200);
    ASSERT_FALSE(returning.cookie("ne_rid").empty());
    EXPECT_EQ(returning.get("/m/events/" + eventId).body, firstVisit.body)
        << "a respondent id alone changes nothing on the event page";
    const Page sameForm = returning.get("/m/surveys/" + survey);
    EXPECT_EQ(sameForm.body, browser().get("/m/surveys/" + survey).body)
        << "a respondent who has not answered sees everyone's form";

    // Registered from this browser: the event page is theirs, and the seats left change for everyone.
    ASSERT_EQ(returning
                  .post("/m/events/" + eventId + "/register",
                        form({{"name", "Han Meimei"}, {"phone", "+86 139 0000 0000"}}))
                  .status,
              303);
    const Page mine = returning.get("/m/events/" + eventId);
    EXPECT_TRUE(contains(mine.body, "You are registered"));
    EXPECT_FALSE(contains(mine.body, "/register\""));
    const Page othersNow = browser().get("/m/events/" + eventId);
    EXPECT_TRUE(contains(othersNow.body, "/register\""));
    EXPECT_FALSE(contains(othersNow.body, "You are registered"));
    EXPECT_TRUE(contains(othersNow.body, "4 of 5 seats left")) << "this server's write shows at once";

    // Answered: the survey page is theirs too, at once.
    ASSERT_EQ(returning.post("/m/surveys/" + survey, form({{"q.talk", "qt"}, {"q.venue", "4"}})).status, 303);
    EXPECT_TRUE(contains(returning.get("/m/surveys/" + survey).body, "You have already answered"));
    EXPECT_TRUE(contains(browser().get("/m/surveys/" + survey).body, "name=\"q.talk\""));

    // Answered through another instance (stored without this process knowing): shown within the second
    // the server keeps who answered (polled, bounded).
    auto elsewhere = browser();
    ASSERT_TRUE(contains(elsewhere.get("/m/surveys/" + survey).body, "name=\"q.talk\""));
    {
        SurveyResponse response;
        response.id = newUuid();
        response.surveyId = survey;
        response.respondent = "anon:" + elsewhere.cookie("ne_rid");
        response.createdAt = nextevent::now();
        auto unit = server().context().store->write();
        unit->surveys().insertResponse(response);
        unit->commit();
    }
    bool shown = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!shown && std::chrono::steady_clock::now() < deadline)
        shown = contains(elsewhere.get("/m/surveys/" + survey).body, "You have already answered");
    EXPECT_TRUE(shown);

    // The language a visitor chose is theirs; switching by link still sets the cookie, whichever copy of
    // the page was built first.
    const std::string article = publishedArticle();
    auto chinese = browser();
    chinese.setCookie("ne_lang", "zh_CN");
    auto english = browser();
    english.setCookie("ne_lang", "en");
    const Page zh = chinese.get("/m/articles/" + article);
    const Page en = english.get("/m/articles/" + article);
    EXPECT_TRUE(contains(zh.body, "lang=\"zh-CN\"")) << zh.body.substr(0, 200);
    EXPECT_TRUE(contains(en.body, "lang=\"en\"")) << en.body.substr(0, 200);
    ASSERT_EQ(chinese.get("/m/articles/" + article + "?lang=zh_CN").status, 200);
    ASSERT_EQ(english.get("/m/articles/" + article + "?lang=zh_CN").status, 200);
    EXPECT_EQ(english.cookie("ne_lang"), "zh_CN");
}

TEST_P(PagesTest, AnswerASurveyOnceWithoutJavaScript)
{
    const std::string id = createSurvey()["id"];
    auto b = browser();
    Page page = b.get("/m/surveys/" + id);
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "survey");
    EXPECT_TRUE(contains(page.body, "Session &lt;feedback&gt;"));
    EXPECT_TRUE(contains(page.body, "type=\"radio\" class=\"weui-check\" name=\"q.talk\" value=\"qt\""));
    EXPECT_TRUE(contains(page.body, "type=\"checkbox\" class=\"weui-check\" name=\"q.topics\" value=\"wx\""));
    EXPECT_TRUE(contains(page.body, "name=\"q.venue\" value=\"5\""));
    EXPECT_TRUE(contains(page.body, "<textarea class=\"weui-textarea\" name=\"q.more\""));
    EXPECT_FALSE(b.cookie("ne_rid").empty()) << "the anonymous respondent cookie is set on the first view";

    page = b.post("/m/surveys/" + id,
                  form({{"q.talk", "qt"},
                        {"q.topics", "ws"},
                        {"q.topics", "pkg"},
                        {"q.venue", "4"},
                        {"q.more", "Great!"}}));
    ASSERT_EQ(page.status, 303) << page.body;
    EXPECT_EQ(page.header("location"), "/m/surveys/" + id + "/thanks");
    page = b.get("/m/surveys/" + id + "/thanks");
    ASSERT_EQ(page.status, 200);
    expectSecurePage(page, "thanks");
    EXPECT_TRUE(contains(page.body, "Thank you!"));
    EXPECT_TRUE(contains(page.body, "href=\"/m/surveys/" + id + "/results\""));

    const json live = liveResults(id);
    EXPECT_EQ(live["totalResponses"], 1);
    EXPECT_EQ(live["questions"][0]["options"][1]["count"], 1);
    EXPECT_EQ(live["questions"][1]["options"][2]["count"], 1);

    // Once only: the form is replaced by a friendly page, and a second post is refused.
    page = b.get("/m/surveys/" + id);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "You have already answered"));
    page = b.post("/m/surveys/" + id, form({{"q.talk", "keynote"}, {"q.venue", "1"}}));
    EXPECT_EQ(page.status, 409);
    expectSecurePage(page, "already answered");
    EXPECT_TRUE(contains(page.body, "You have already answered"));
    EXPECT_EQ(liveResults(id)["totalResponses"], 1);

    // The thank-you page is for people who answered.
    EXPECT_EQ(browser().get("/m/surveys/" + id + "/thanks").status, 303);
}

TEST_P(PagesTest, InvalidAnswersComeBackWithMessagesNextToTheirQuestions)
{
    const std::string id = createSurvey()["id"];
    auto b = browser();
    b.get("/m/surveys/" + id);
    // Required questions left out, three topics where two are allowed, a text too long.
    Page page = b.post(
        "/m/surveys/" + id,
        form(
            {{"q.topics", "ws"}, {"q.topics", "wx"}, {"q.topics", "pkg"}, {"q.more", std::string(21, 'x')}}));
    ASSERT_EQ(page.status, 400) << page.body;
    expectSecurePage(page, "invalid answers");
    EXPECT_TRUE(contains(page.body, "Some answers need your attention."));
    EXPECT_TRUE(contains(page.body, "id=\"q-talk-error\" role=\"alert\">Please answer this question.<"));
    EXPECT_TRUE(contains(page.body, "id=\"q-venue-error\" role=\"alert\">Please answer this question.<"));
    EXPECT_TRUE(contains(page.body, "id=\"q-topics-error\" role=\"alert\">Choose up to 2.<"));
    EXPECT_TRUE(
        contains(page.body, "id=\"q-more-error\" role=\"alert\">Please keep it under 20 characters.<"));
    // What was chosen stays chosen.
    EXPECT_TRUE(contains(page.body, "value=\"pkg\" id=\"q-topics-pkg\" checked"));
    EXPECT_TRUE(contains(page.body, ">xxxxxxxxxxxxxxxxxxxxx</textarea>"));
    EXPECT_EQ(liveResults(id)["totalResponses"], 0);

    // A rating outside the scale and an option that does not exist.
    page = b.post("/m/surveys/" + id, form({{"q.talk", "nope"}, {"q.venue", "9"}}));
    ASSERT_EQ(page.status, 400);
    EXPECT_TRUE(contains(page.body, "id=\"q-talk-error\" role=\"alert\">This answer is not valid"));
    EXPECT_TRUE(contains(page.body, "id=\"q-venue-error\" role=\"alert\">Choose a value from 1 to 5.<"));
    EXPECT_EQ(liveResults(id)["totalResponses"], 0);
}

TEST_P(PagesTest, ClosedHiddenAndUnknownSurveysGetTheRightStatus)
{
    auto b = browser();
    EXPECT_EQ(b.get("/m/surveys/unknown").status, 404);
    EXPECT_EQ(b.get("/m/surveys/unknown/results").status, 404);

    // Answering stopped while the results stay live: 410 with a link to the results.
    const std::string closed = createSurvey({{"isActive", false}})["id"];
    Page page = b.get("/m/surveys/" + closed);
    EXPECT_EQ(page.status, 410);
    expectSecurePage(page, "closed survey");
    EXPECT_TRUE(contains(page.body, "This survey is closed"));
    EXPECT_TRUE(contains(page.body, "/m/surveys/" + closed + "/results"));
    EXPECT_EQ(b.post("/m/surveys/" + closed, form({{"q.talk", "qt"}, {"q.venue", "3"}})).status, 410);

    // Past its end time.
    const std::string ended =
        createSurvey({{"startTime", "2020-01-01T00:00:00Z"}, {"endTime", "2020-01-02T00:00:00Z"}})["id"];
    EXPECT_EQ(b.get("/m/surveys/" + ended).status, 410);
    // Not yet open.
    const std::string later = createSurvey({{"startTime", "2099-01-01T00:00:00Z"}})["id"];
    page = b.get("/m/surveys/" + later);
    EXPECT_EQ(page.status, 409);
    EXPECT_TRUE(contains(page.body, "2099-01-01\u00a008:00 (UTC+8)")); // the default zone, Asia/Shanghai

    // Neither active nor live: not public at all.
    const std::string hidden = createSurvey({{"isActive", false}, {"isLive", false}})["id"];
    EXPECT_EQ(b.get("/m/surveys/" + hidden).status, 404);

    // Results not revealed yet.
    const std::string secret = createSurvey({{"resultsVisible", false}})["id"];
    page = b.get("/m/surveys/" + secret + "/results");
    EXPECT_EQ(page.status, 403);
    expectSecurePage(page, "results hidden");
    EXPECT_TRUE(contains(page.body, "Results are not shown yet"));
}

TEST_P(PagesTest, ResultsPageShowsTalliesAndAProjectorMode)
{
    const std::string id = createSurvey()["id"];
    for (const char *talk : {"qt", "qt", "keynote"})
    {
        auto b = browser();
        b.get("/m/surveys/" + id);
        ASSERT_EQ(b.post("/m/surveys/" + id, form({{"q.talk", talk}, {"q.venue", "5"}})).status, 303);
    }
    auto b = browser();
    Page page = b.get("/m/surveys/" + id + "/results");
    ASSERT_EQ(page.status, 200) << page.body;
    expectSecurePage(page, "results");
    EXPECT_TRUE(contains(page.body, "3 responses"));
    EXPECT_TRUE(contains(page.body, "data-survey=\"" + id + "\""));
    EXPECT_TRUE(std::regex_search(
        page.body,
        std::regex("data-option=\"qt\">[\\s\\S]*?<b class=\"ne-bar__count\">2</b><span "
                   "class=\"ne-bar__unit\">votes</span><span class=\"ne-bar__pct\">66.7%</span>")));
    EXPECT_TRUE(contains(page.body, "<progress class=\"ne-meter\" max=\"100\" value=\"66.7\">"));
    EXPECT_TRUE(std::regex_search(page.body, std::regex("data-option=\"r5\">[\\s\\S]*?ne-bar__count\">3<")));
    EXPECT_TRUE(contains(page.body, "<span class=\"ne-mean\">5</span> / 5</div>"))
        << "the mean out of the scale";
    EXPECT_TRUE(contains(page.body, ">5 ★</span>")) << "rating rows say what they count";
    EXPECT_TRUE(contains(page.body, "ne-live ne-live_off ne-hidden"))
        << "no 'live' badge until the script runs";
    EXPECT_FALSE(contains(page.body, "ne-big"));
    page = b.get("/m/surveys/" + id + "/results?big=1");
    EXPECT_TRUE(contains(page.body, "class=\"ne-body ne-big\""));
    EXPECT_TRUE(contains(page.body, "href=\"/m/surveys/" + id + "/results?lang=zh_CN&amp;big=1\""));
    // The projector carries the join QR: the survey page's address, public like the page.
    EXPECT_TRUE(contains(page.body, "src=\"/m/surveys/" + id + "/qr.png\""));
    const Page qr = b.get("/m/surveys/" + id + "/qr.png");
    EXPECT_EQ(qr.status, 200);
    EXPECT_EQ(qr.header("content-type"), "image/png");
    EXPECT_EQ(qr.body.substr(1, 3), "PNG");
    auto zh = browser("zh-CN");
    EXPECT_TRUE(contains(zh.get("/m/surveys/" + id + "/results").body,
                         "<span class=\"ne-mean\">5</span> / 5\u00a0分</div>"))
        << "the mean out of the scale, with its unit";
}

TEST_P(PagesTest, ResultsPageListsPublicTextAnswersNewestFirst)
{
    const std::string id = createSurvey()["id"];
    for (const char *text : {"Great <b>venue</b>", "fuck this", "More Qt please"})
    {
        auto b = browser();
        b.get("/m/surveys/" + id);
        ASSERT_EQ(
            b.post("/m/surveys/" + id, form({{"q.talk", "qt"}, {"q.venue", "4"}, {"q.more", text}})).status,
            303);
    }
    auto b = browser();
    const Page page = b.get("/m/surveys/" + id + "/results");
    ASSERT_EQ(page.status, 200) << page.body;
    const auto newer = page.body.find(">More Qt please</p>");
    const auto older = page.body.find(">Great &lt;b&gt;venue&lt;&#x2F;b&gt;</p>") != std::string::npos
                           ? page.body.find(">Great &lt;b&gt;venue&lt;&#x2F;b&gt;</p>")
                           : page.body.find(">Great &lt;b&gt;venue&lt;/b&gt;</p>");
    ASSERT_NE(newer, std::string::npos) << page.body;
    ASSERT_NE(older, std::string::npos) << "a text answer is listed, escaped";
    EXPECT_LT(newer, older) << "newest first";
    EXPECT_FALSE(contains(page.body, "<b>venue")) << "answers are text, never markup";
    EXPECT_EQ(page.body.find("fuck"), std::string::npos) << "a filtered answer is never public";
    EXPECT_FALSE(contains(page.body, "ne-texts__more")) << "all public answers fit";
    auto zh = browser("zh-CN");
    EXPECT_TRUE(contains(zh.get("/m/surveys/" + id + "/results").body, ">More Qt please</p>"));
}

TEST_P(PagesTest, LanguageFollowsAcceptLanguageWithAnOverride)
{
    const std::string id = createSurvey()["id"];
    auto zh = browser("zh-CN,zh;q=0.9,en;q=0.8");
    Page page = zh.get("/m/surveys/" + id);
    EXPECT_TRUE(contains(page.body, "<html lang=\"zh-CN\">"));
    EXPECT_TRUE(contains(page.body, ">提交<"));
    EXPECT_EQ(zh.get("/m/nowhere").status, 404);
    EXPECT_TRUE(contains(zh.get("/m/nowhere").body, "页面不存在"));

    // ?lang= switches and is remembered in a cookie.
    page = zh.get("/m/surveys/" + id + "?lang=en");
    EXPECT_TRUE(contains(page.body, "<html lang=\"en\">"));
    EXPECT_TRUE(contains(page.body, ">Submit<"));
    EXPECT_EQ(zh.cookie("ne_lang"), "en");
    page = zh.get("/m/surveys/" + id);
    EXPECT_TRUE(contains(page.body, ">Submit<"));

    auto en = browser("en-GB,en;q=0.9");
    EXPECT_TRUE(contains(en.get("/m/nowhere").body, "Page not found"));
    auto none = browser("");
    EXPECT_TRUE(contains(none.get("/m/surveys/" + id).body, "<html lang=\"zh-CN\">"));
}

TEST_P(PagesTest, AssetsAreOursCachedForAYearAndWithinThePageWeightBudget)
{
    const std::string surveyId = createSurvey()["id"];
    const std::string eventId = openEvent({{"capacity", 10}})["id"];
    const std::string articleId = publishedArticle();
    auto b = browser();
    b.get("/m/surveys/" + surveyId);
    const std::string code =
        ticketCodeFrom(b.post("/m/events/" + eventId + "/register", form({{"name", "Budget"}})));

    const std::vector<std::string> pages{"/m/articles/" + articleId,
                                         "/m/events/" + eventId,
                                         "/m/tickets/" + code,
                                         "/m/surveys/" + surveyId,
                                         "/m/surveys/" + surveyId + "/results",
                                         "/m/surveys/" + surveyId + "/results?big=1",
                                         "/m/no-such-page"};
    for (const auto &path : pages)
    {
        SCOPED_TRACE(path);
        const Page page = browser().get(path);
        const std::size_t total = pageWeight(page.body, server().port());
        std::cout << "[ weight   ] " << path.substr(0, path.find('/', 3)) << "... " << total
                  << " bytes gzipped (HTML+CSS+JS)\n";
        // The budget: HTML + CSS + JS of one page under 60 KB gzipped.
        EXPECT_LT(total, 60u * 1024u) << path << " weighs " << total << " bytes gzipped";
    }
}

TEST_P(PagesTest, StaticAssetsHaveETagsGzipAndRefuseUnknownNames)
{
    auto b = browser();
    const Page page = b.get("/m/nowhere");
    std::smatch css;
    ASSERT_TRUE(
        std::regex_search(page.body, css, std::regex("href=\"(/m/static/site\\.[0-9a-f]{12}\\.css)\"")));
    const Page plain = b.get(css[1]);
    ASSERT_EQ(plain.status, 200);
    EXPECT_EQ(plain.header("content-type"), "text/css; charset=utf-8");
    const std::string etag = plain.header("etag");
    ASSERT_FALSE(etag.empty());
    for (const char *used : {".weui-btn",
                             ".weui-icon-warn",
                             ".weui-icon-info",
                             ".weui-icon-success",
                             ".weui-icon-waiting",
                             ".weui-cells_radio"})
        EXPECT_TRUE(contains(plain.body, used)) << used << " was trimmed away";
    EXPECT_FALSE(contains(plain.body, ".weui-picker")) << "unused WeUI rules are trimmed";

    const Page zipped = b.get(css[1], {{"Accept-Encoding", "gzip, deflate"}});
    EXPECT_EQ(zipped.header("content-encoding"), "gzip");
    EXPECT_LT(zipped.body.size(), plain.body.size() / 3);

    const Page notModified = b.get(css[1], {{"If-None-Match", etag}});
    EXPECT_EQ(notModified.status, 304);
    EXPECT_TRUE(notModified.body.empty());

    EXPECT_EQ(b.get("/m/static/site.000000000000.css").status, 404);
    EXPECT_EQ(b.get("/m/static/..%2Fopenapi.json").status, 404);
    EXPECT_EQ(b.get("/m/static/").status, 404);
}

NEXTEVENT_BACKENDS(PagesTest);

/// With WeChat configured: readers are signed in silently; an expired session on a form is a friendly 401.
class WeChatPagesTest : public WeChatApiTestBase
{
};

TEST_P(WeChatPagesTest, PagesSignInThroughWeChatAndRefuseExpiredSessions)
{
    const auto created = http().post(
        "/v2/surveys",
        {{"title", "WeChat survey"},
         {"isActive", true},
         {"questions",
          json::array(
              {{{"id", "q1"}, {"type", "rating"}, {"text", "Rate"}, {"scale", 5}, {"required", true}}})}},
        organizer);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id = created.json()["data"]["id"];
    Browser b(server().port());

    // No session yet: off to WeChat's silent authorisation, coming back to this page.
    Page page = b.get("/m/surveys/" + id);
    ASSERT_EQ(page.status, 302) << page.body;
    EXPECT_EQ(page.header("location"),
              "/v2/wechat/oauth/start?redirect=%2Fm%2Fsurveys%2F" + id + "%3Fwx%3D1&scope=snsapi_base");
    // Back without a session (cookies refused): the page goes on anonymously instead of looping.
    EXPECT_EQ(b.get("/m/surveys/" + id + "?wx=1").status, 200);

    // An expired session on a form: nothing is stored, a friendly page offers to sign in again.
    b.setCookie("ne_wx", "expired.or.forged");
    page = b.post("/m/surveys/" + id, form({{"q.q1", "5"}}));
    EXPECT_EQ(page.status, 401);
    expectSecurePage(page, "expired session");
    EXPECT_TRUE(contains(page.body, "Your session has expired"));
    EXPECT_TRUE(contains(page.body, "href=\"/v2/wechat/oauth/start?redirect="));
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/live-results", organizer).json()["data"]["totalResponses"],
              0);

    // A valid session: the answer is the WeChat user's, once.
    b.setCookie("ne_wx", server().context().wechatAccount->issueSession("o_page_user"));
    EXPECT_EQ(b.get("/m/surveys/" + id).status, 200);
    EXPECT_EQ(b.post("/m/surveys/" + id, form({{"q.q1", "5"}})).status, 303);
    Browser other(server().port());
    other.setCookie("ne_wx", server().context().wechatAccount->issueSession("o_page_user"));
    EXPECT_EQ(other.post("/m/surveys/" + id, form({{"q.q1", "1"}})).status, 409);
    EXPECT_EQ(http().get("/v2/surveys/" + id + "/live-results", organizer).json()["data"]["totalResponses"],
              1);

    // Articles carry the JS-SDK (served by us) and what a share shows; still within the budget.
    auto article = http().post("/v2/articles",
                               {{"title", "Shared <news>"}, {"summary", "Short"}, {"content", "<p>x</p>"}},
                               organizer);
    ASSERT_EQ(article.status, 201) << article.body;
    const std::string articleId = article.json()["data"]["id"];
    ASSERT_EQ(http().post("/v2/articles/" + articleId + "/publish", json::object(), organizer).status, 200);
    page = b.get("/m/articles/" + articleId);
    ASSERT_EQ(page.status, 200);
    expectSecurePage(page, "article with sharing");
    EXPECT_TRUE(std::regex_search(page.body,
                                  std::regex("<script src=\"/m/static/wechat\\.[0-9a-f]{12}\\.js\" defer>")));
    EXPECT_TRUE(contains(page.body, "data-share-title=\"Shared &lt;news&gt;\" data-share-desc=\"Short\""));
    EXPECT_LT(pageWeight(page.body, server().port()), 60u * 1024u);

    // Registration with the session carries the openid: registering twice keeps one ticket. No name known
    // yet: the page offers to share the WeChat name (snsapi_userinfo); once known, it is filled in.
    const std::string eventId = openEvent()["id"];
    page = b.get("/m/events/" + eventId);
    EXPECT_TRUE(contains(page.body,
                         "href=\"/v2/wechat/oauth/start?redirect=%2Fm%2Fevents%2F" + eventId +
                             "&amp;scope=snsapi_userinfo\""))
        << page.body;
    {
        WeChatUser user;
        user.openid = "o_page_user";
        user.nickname = "微信用户<小王>";
        user.createdAt = user.updatedAt = nextevent::now();
        auto unit = server().context().store->write();
        unit->wechat().upsertUser(user);
        unit->commit();
    }
    page = b.get("/m/events/" + eventId);
    EXPECT_TRUE(contains(page.body, "value=\"微信用户&lt;小王&gt;\"")) << page.body;
    EXPECT_FALSE(contains(page.body, "snsapi_userinfo"));
    page = b.post("/m/events/" + eventId + "/register", form({{"name", "Wei"}}));
    ASSERT_EQ(page.status, 303);
    Browser again(server().port());
    again.setCookie("ne_wx", server().context().wechatAccount->issueSession("o_page_user"));
    const Page second = again.post("/m/events/" + eventId + "/register", form({{"name", "Wei"}}));
    EXPECT_EQ(second.header("location"), page.header("location"));

    // The 报名成功 page, with the JS-SDK configured: the script offers WeChat's favourites, and what a
    // favourite or forward carries is the ticket's own link (not ?new=1); still within the page budget.
    const std::string ticketPath = page.header("location");
    ASSERT_NE(ticketPath.find("?new=1"), std::string::npos) << ticketPath;
    Page fresh = b.get(ticketPath);
    ASSERT_EQ(fresh.status, 200);
    expectSecurePage(fresh, "new ticket with favourites");
    EXPECT_TRUE(std::regex_search(fresh.body,
                                  std::regex("<script src=\"/m/static/wechat\\.[0-9a-f]{12}\\.js\" defer>")));
    EXPECT_TRUE(contains(fresh.body, "id=\"favourite\"")) << fresh.body;
    EXPECT_TRUE(contains(fresh.body, "id=\"favourite-guide\""));
    EXPECT_TRUE(contains(fresh.body,
                         "data-share-link=\"" + server().context().config.publicUrl +
                             ticketPath.substr(0, ticketPath.find('?')) + "\""))
        << fresh.body;
    EXPECT_LT(pageWeight(fresh.body, server().port()), 60u * 1024u);
    // Opened again later (no ?new=1), the ticket is a ticket: no notice, no offer.
    Page later = b.get(ticketPath.substr(0, ticketPath.find('?')));
    ASSERT_EQ(later.status, 200);
    EXPECT_FALSE(contains(later.body, "id=\"favourite\""));
    EXPECT_TRUE(contains(again.get("/m/events/" + eventId).body, "You are registered"));
}

NEXTEVENT_BACKENDS(WeChatPagesTest);

} // namespace
} // namespace nextevent::test
