// SPDX-License-Identifier: MIT
// Registration as organisers run it (DESIGN.md, "Registration, waiting list and notifications"): custom
// forms with validated answers, parties, approval, a fair waiting list whose offers expire by a clock the
// test controls, holder-only answers to offers on the ticket page, WeChat notices as durable jobs.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include "nextevent/Validation.h"

#include "WeChatTestSupport.h"

using namespace nextevent::test;
using nlohmann::json;

namespace
{
/// The codes of a VALIDATION_ERROR by field.
std::map<std::string, std::string> fieldCodes(const HttpResult &r)
{
    std::map<std::string, std::string> out;
    const json body = r.json(); // kept alive: iterating a member of a temporary would dangle
    for (const auto &d : body["error"]["details"])
        out[d["field"].get<std::string>()] = d.value("code", "");
    return out;
}

json fullForm()
{
    return json::array({{{"id", "company"}, {"type", "text"}, {"label", "Company"}, {"required", true}},
                        {{"id", "age"}, {"type", "number"}, {"label", "Age"}},
                        {{"id", "email"}, {"type", "email"}, {"label", "E-mail"}},
                        {{"id", "mobile"}, {"type", "phone"}, {"label", "Mobile"}},
                        {{"id", "born"}, {"type", "date"}, {"label", "Birthday"}},
                        {{"id", "meal"},
                         {"type", "choice"},
                         {"label", "Meal"},
                         {"required", true},
                         {"options", {"Vegetarian", "Standard"}}},
                        {{"id", "topics"},
                         {"type", "multi_choice"},
                         {"label", "Topics"},
                         {"options", {"AI", "Cloud", "Games"}}},
                        {{"id", "consent"}, {"type", "bool"}, {"label", "I agree"}, {"required", true}}});
}
} // namespace

class Registration : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto offset = m_offset;
        server().context().attendees->setClock(
            [offset] { return nextevent::now() + std::chrono::minutes(offset->load()); });
    }

    /// Moves the service's clock forward.
    void advance(std::chrono::minutes by)
    {
        m_offset->fetch_add(by.count());
    }

    std::string path(const json &event)
    {
        return "/v2/events/" + event["id"].get<std::string>();
    }

    HttpResult
    enrol(const json &event, const std::string &name, int party, const json &extra = json::object())
    {
        json body{{"name", name}, {"phone", "13800000000"}, {"partySize", party}};
        body.merge_patch(extra);
        return http().post(path(event) + "/attendees", body, organizer);
    }

    json attendee(const json &event, const json &a)
    {
        return http().get(path(event) + "/attendees/" + a["id"].get<std::string>(), organizer).json()["data"];
    }

    json counts(const json &event)
    {
        return http().get(path(event), organizer).json()["data"]["counts"];
    }

    HttpResult act(const json &event, const json &a, const std::string &action, const std::string &token)
    {
        return http().post(
            path(event) + "/attendees/" + a["id"].get<std::string>() + "/" + action, json::object(), token);
    }

    /// A form post on a mobile page, with or without the ticket cookie of `a`.
    HttpResult pagePost(const std::string &url, const std::string &form, const std::string &cookie = {})
    {
        std::map<std::string, std::string> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!cookie.empty())
            headers["Cookie"] = cookie;
        return http().request("POST", url, form, {}, headers);
    }

    static std::string ticketCookie(const json &a)
    {
        return "ne_tk_" + a["eventId"].get<std::string>() + "=" + a["checkInCode"].get<std::string>();
    }

private:
    std::shared_ptr<std::atomic<std::int64_t>> m_offset = std::make_shared<std::atomic<std::int64_t>>(0);
};

TEST_P(Registration, EventCarriesItsFormAndRefusesABadOne)
{
    const auto event = createEvent({{"registrationForm", fullForm()},
                                    {"registrationApproval", true},
                                    {"maxPartySize", 4},
                                    {"offerHoldHours", 2}});
    EXPECT_EQ(event["registrationForm"].size(), 8u);
    EXPECT_EQ(event["registrationForm"][5]["options"], json({"Vegetarian", "Standard"}));
    EXPECT_EQ(event["registrationApproval"], true);
    EXPECT_EQ(event["maxPartySize"], 4);
    EXPECT_EQ(event["offerHoldHours"], 2);
    const auto plain = createEvent();
    EXPECT_EQ(plain["registrationForm"], json::array());
    EXPECT_EQ(plain["registrationApproval"], false);
    EXPECT_EQ(plain["maxPartySize"], 1);
    EXPECT_EQ(plain["offerHoldHours"], 24);

    json tooMany = json::array();
    for (int i = 0; i < 21; ++i)
        tooMany.push_back({{"id", "f" + std::to_string(i)}, {"type", "text"}, {"label", "F"}});
    const auto before = http().get("/v2/events", organizer).json()["data"]["total"];
    auto r = http().post("/v2/events",
                         {{"title", "Bad"},
                          {"startDate", "2030-05-01T09:00:00Z"},
                          {"endDate", "2030-05-01T17:00:00Z"},
                          {"registrationForm", tooMany}},
                         organizer);
    ASSERT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(fieldCodes(r)["registrationForm"], "too_many") << r.body;
    r = http().post("/v2/events",
                    {{"title", "Bad"},
                     {"startDate", "2030-05-01T09:00:00Z"},
                     {"endDate", "2030-05-01T17:00:00Z"},
                     {"maxPartySize", "two"},
                     {"registrationForm",
                      {{{"id", "a"}, {"type", "choice"}, {"label", "A"}, {"required", "yes"}},
                       {{"id", "a"}, {"type", "colour"}, {"label", ""}}}}},
                    organizer);
    ASSERT_EQ(r.status, 400) << r.body;
    auto codes = fieldCodes(r);
    EXPECT_EQ(codes["registrationForm[0].required"], "invalid_format");
    EXPECT_EQ(codes["registrationForm[1].type"], "invalid_choice");
    EXPECT_EQ(codes["maxPartySize"], "invalid_format");
    EXPECT_EQ(http().get("/v2/events", organizer).json()["data"]["total"], before) << "nothing created";
    // Type errors aside, the rules of a form: options where they belong, unique ids, labels.
    r = http().put(path(plain),
                   {{"maxPartySize", 0},
                    {"offerHoldHours", 721},
                    {"registrationForm",
                     {{{"id", "a"}, {"type", "choice"}, {"label", "A"}},
                      {{"id", "a"}, {"type", "text"}, {"label", ""}},
                      {{"id", "b c"}, {"type", "text"}, {"label", "B"}, {"options", {"x"}}},
                      {{"id", "d"}, {"type", "multi_choice"}, {"label", "D"}, {"options", {"x", "x"}}}}}},
                   organizer);
    ASSERT_EQ(r.status, 400) << r.body;
    codes = fieldCodes(r);
    EXPECT_EQ(codes["registrationForm[0].options"], "required");
    EXPECT_EQ(codes["registrationForm[1].id"], "not_unique");
    EXPECT_EQ(codes["registrationForm[1].label"], "required");
    EXPECT_EQ(codes["registrationForm[2].id"], "invalid_format");
    EXPECT_EQ(codes["registrationForm[2].options"], "not_allowed");
    EXPECT_EQ(codes["registrationForm[3].options[1]"], "not_unique");
    EXPECT_EQ(codes["maxPartySize"], "out_of_range");
    EXPECT_EQ(codes["offerHoldHours"], "out_of_range");
    EXPECT_EQ(http().get(path(plain), organizer).json()["data"]["registrationForm"], json::array());
}

TEST_P(Registration, AnswersAreValidatedStoredAndExported)
{
    const auto event = openEvent({{"registrationForm", fullForm()}});
    auto r = enrol(event,
                   "Li Lei",
                   1,
                   {{"answers",
                     {{"age", "forty"},
                      {"email", "not-an-address"},
                      {"mobile", "call me"},
                      {"born", "2001-02-30"},
                      {"meal", "Fish"},
                      {"topics", {"AI", "Knitting"}},
                      {"consent", false},
                      {"shoe", "42"}}}});
    ASSERT_EQ(r.status, 400) << r.body;
    auto codes = fieldCodes(r);
    EXPECT_EQ(codes["answers.company"], "required");
    EXPECT_EQ(codes["answers.age"], "invalid_format");
    EXPECT_EQ(codes["answers.email"], "invalid_format");
    EXPECT_EQ(codes["answers.mobile"], "invalid_format");
    EXPECT_EQ(codes["answers.born"], "invalid_format");
    EXPECT_EQ(codes["answers.meal"], "invalid_choice");
    EXPECT_EQ(codes["answers.topics"], "invalid_choice");
    EXPECT_EQ(codes["answers.consent"], "required");
    EXPECT_EQ(codes["answers.shoe"], "not_allowed");
    r = enrol(event,
              "Li Lei",
              1,
              {{"answers", {{"company", std::string(1001, 'x')}, {"meal", "Standard"}, {"consent", true}}}});
    ASSERT_EQ(r.status, 400);
    EXPECT_EQ(fieldCodes(r)["answers.company"], "too_long");
    EXPECT_EQ(enrol(event, "Li Lei", 1, {{"answers", "none"}}).status, 400);
    EXPECT_EQ(
        enrol(
            event, "Li Lei", 2, {{"answers", {{"company", "ACME"}, {"meal", "Standard"}, {"consent", true}}}})
            .status,
        400)
        << "party larger than maxPartySize (1)";
    EXPECT_EQ(http().get(path(event) + "/attendees", organizer).json()["data"]["total"], 0)
        << "nothing stored";

    const json answers{{"company", "ACME, Inc."},
                       {"age", 41},
                       {"email", "li@example.com"},
                       {"mobile", "13800000001"},
                       {"born", "1989-06-04"},
                       {"meal", "Vegetarian"},
                       {"topics", {"AI", "Games"}},
                       {"consent", true}};
    r = enrol(event, "Li Lei", 1, {{"answers", answers}});
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json()["data"]["answers"], answers);
    EXPECT_EQ(r.json()["data"]["partySize"], 1);
    EXPECT_EQ(attendee(event, r.json()["data"])["answers"], answers) << "stored as given";

    const auto csv = http().get(path(event) + "/attendees.csv", organizer);
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find("partySize"), std::string::npos);
    EXPECT_NE(
        csv.body.find(
            ",\"Company\",\"Age\",\"E-mail\",\"Mobile\",\"Birthday\",\"Meal\",\"Topics\",\"I agree\"\r\n"),
        std::string::npos)
        << csv.body;
    EXPECT_NE(
        csv.body.find(
            ",\"ACME, Inc.\",\"41\",\"li@example.com\",\"13800000001\",\"1989-06-04\",\"Vegetarian\",\"AI; "
            "Games\",\"true\"\r\n"),
        std::string::npos)
        << csv.body;
}

TEST_P(Registration, PartiesCountTheirPlaces)
{
    const auto event = openEvent({{"capacity", 5}, {"maxPartySize", 4}});
    auto a = enrol(event, "A", 3);
    ASSERT_EQ(a.status, 201) << a.body;
    EXPECT_EQ(a.json()["data"]["status"], "registered");
    const auto b = enrol(event, "B", 3).json()["data"];
    EXPECT_EQ(b["status"], "waitlisted") << "3 places asked, 2 free";
    EXPECT_EQ(b["waitlistPosition"], 1);
    const auto c = enrol(event, "C", 2).json()["data"];
    EXPECT_EQ(c["status"], "registered") << "fits the 2 free places; B, ahead of it, does not";
    auto n = counts(event);
    EXPECT_EQ(n["registered"], 5);
    EXPECT_EQ(n["waitlisted"], 3);
    const auto tooBig = enrol(event, "D", 5);
    ASSERT_EQ(tooBig.status, 400);
    EXPECT_EQ(fieldCodes(tooBig)["partySize"], "out_of_range");
    EXPECT_EQ(fieldCodes(enrol(event, "D", 0))["partySize"], "out_of_range");
    EXPECT_EQ(fieldCodes(enrol(event, "D", 1, {{"partySize", "two"}}))["partySize"], "invalid_format");
    EXPECT_EQ(counts(event)["registered"], 5) << "nothing changed";
}

TEST_P(Registration, ApprovalMakesRegistrationsWait)
{
    const auto event = openEvent({{"capacity", 2}, {"registrationApproval", true}, {"maxPartySize", 2}});
    const auto a = enrol(event, "A", 2).json()["data"];
    const auto b = enrol(event, "B", 1).json()["data"];
    const auto c = enrol(event, "C", 1).json()["data"];
    EXPECT_EQ(a["status"], "pending");
    EXPECT_EQ(counts(event)["pending"], 4);
    EXPECT_EQ(counts(event)["registered"], 0) << "pending registrations hold no place";

    const std::string viewer = server().login("viewer");
    const std::string door = server().login("checkin");
    const std::string presenter = server().login("presenter");
    for (const auto &token : {viewer, door, presenter})
    {
        EXPECT_EQ(act(event, a, "approve", token).status, 403);
        EXPECT_EQ(act(event, a, "reject", token).status, 403);
    }
    EXPECT_EQ(attendee(event, a)["status"], "pending");

    auto r = act(event, a, "approve", organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["data"]["status"], "registered");
    r = act(event, b, "approve", admin);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["data"]["status"], "waitlisted") << "full: approved onto the waiting list";
    EXPECT_EQ(r.json()["data"]["waitlistPosition"], 1);
    r = act(event, c, "reject", organizer);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["data"]["status"], "rejected");

    r = act(event, a, "approve", organizer);
    EXPECT_EQ(r.status, 409) << "only pending registrations are approved";
    EXPECT_EQ(r.errorCode(), "CONFLICT");
    EXPECT_EQ(act(event, a, "reject", organizer).status, 409)
        << "a registered attendee is cancelled, not rejected";
    EXPECT_EQ(act(event, c, "approve", organizer).status, 409);
    EXPECT_EQ(attendee(event, c)["status"], "rejected");
    EXPECT_EQ(http().post(path(event) + "/attendees/nope/approve", json::object(), organizer).status, 404);
    // A rejected registration admits nobody at the door.
    const auto scan = http().post(path(event) + "/checkins", {{"code", c["checkInCode"]}}, organizer);
    EXPECT_EQ(scan.status, 409);
}

TEST_P(Registration, FreedPlacesAreOfferedToTheFirstPartyThatFitsUntilTheyExpire)
{
    const auto event = openEvent({{"capacity", 4}, {"maxPartySize", 3}, {"offerHoldHours", 2}});
    const auto a = enrol(event, "A", 2).json()["data"];
    enrol(event, "B", 2);
    const auto c = enrol(event, "C", 3).json()["data"];
    const auto d = enrol(event, "D", 2).json()["data"];
    const auto e = enrol(event, "E", 1).json()["data"];
    EXPECT_EQ(c["waitlistPosition"], 1);
    EXPECT_EQ(e["waitlistPosition"], 3);

    const auto before = nextevent::now();
    ASSERT_EQ(act(event, a, "cancel", organizer).status, 200);
    auto offered = attendee(event, d);
    EXPECT_EQ(attendee(event, c)["status"], "waitlisted") << "3 places do not fit in 2";
    ASSERT_EQ(offered["status"], "offered") << "the first party that fits";
    const auto expires = nextevent::parseIso8601(offered["offerExpiresAt"].get<std::string>());
    ASSERT_TRUE(expires);
    EXPECT_GE(*expires, before + std::chrono::hours(2));
    EXPECT_LE(*expires, nextevent::now() + std::chrono::hours(2));
    EXPECT_EQ(attendee(event, e)["status"], "waitlisted") << "the 2 free places are held for D";
    EXPECT_EQ(counts(event)["offered"], 2);
    const auto late = enrol(event, "Late", 1).json()["data"];
    EXPECT_EQ(late["status"], "waitlisted") << "held places are not free";

    // Nothing expires before its time; then the offer passes on.
    advance(std::chrono::minutes(119));
    EXPECT_EQ(server().context().attendees->expireOffers(), 0);
    EXPECT_EQ(attendee(event, d)["status"], "offered");
    advance(std::chrono::minutes(2));
    EXPECT_EQ(server().context().attendees->expireOffers(), 1);
    EXPECT_EQ(attendee(event, d)["status"], "cancelled");
    EXPECT_EQ(attendee(event, e)["status"], "offered") << "E (1) fits; C (3) still does not";
    EXPECT_EQ(attendee(event, late)["status"], "offered") << "and Late (1) takes the other place";
    EXPECT_EQ(attendee(event, c)["status"], "waitlisted");

    // Raising the capacity opens places: C is offered them.
    const auto raised = http().put(path(event), {{"capacity", 7}}, organizer);
    ASSERT_EQ(raised.status, 200) << raised.body;
    EXPECT_EQ(attendee(event, c)["status"], "offered");
    const auto n = counts(event);
    EXPECT_EQ(n["registered"], 2);
    EXPECT_EQ(n["offered"], 5);
    EXPECT_LE(n["registered"].get<int>() + n["offered"].get<int>(), 7);
}

// Capacity under parallel load (on MariaDB as on SQLite): registrations and cancellations racing never
// take more places than the event has, and once things settle no waiting party fits the free places (the
// first party that fits was always offered them).
TEST_P(Registration, ParallelRegistrationsAndCancellationsNeverOverfill)
{
    const int capacity = 12;
    const auto event = openEvent({{"capacity", capacity}, {"maxPartySize", 3}});
    std::mutex mutex;
    std::vector<json> created;
    const auto rush = [&](int threads, int each, const std::string &prefix)
    {
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(
                [&, t]
                {
                    for (int i = 0; i < each; ++i)
                    {
                        const auto r = enrol(
                            event, prefix + std::to_string(t) + "-" + std::to_string(i), 1 + (t + i) % 3);
                        std::lock_guard lock(mutex);
                        EXPECT_EQ(r.status, 201) << r.body;
                        if (r.status == 201)
                            created.push_back(r.json()["data"]);
                    }
                });
        for (auto &w : workers)
            w.join();
    };
    const auto everyone = [&]
    {
        std::vector<json> all;
        for (int page = 1;; ++page)
        {
            const auto r =
                http().get(path(event) + "/attendees?pageSize=100&page=" + std::to_string(page), organizer);
            EXPECT_EQ(r.status, 200) << r.body;
            const json data = r.json()["data"];
            for (const auto &a : data["items"])
                all.push_back(a);
            if (data["items"].size() < 100)
                return all;
        }
    };
    const auto placesTaken = [](const std::vector<json> &all)
    {
        int places = 0;
        for (const auto &a : all)
            if (a["status"] == "registered" || a["status"] == "offered")
                places += a["partySize"].get<int>();
        return places;
    };

    rush(6, 5, "R");
    ASSERT_EQ(created.size(), 30u);
    auto all = everyone();
    EXPECT_LE(placesTaken(all), capacity);
    EXPECT_GE(placesTaken(all), capacity - 2) << "parties of up to 3 fill all but at most 2 places";

    // Cancel every registered party while new ones keep arriving.
    std::vector<json> registered;
    for (const auto &a : all)
        if (a["status"] == "registered")
            registered.push_back(a);
    std::vector<std::thread> cancellers;
    for (std::size_t t = 0; t < 3; ++t)
        cancellers.emplace_back(
            [&, t]
            {
                for (std::size_t i = t; i < registered.size(); i += 3)
                {
                    const auto r = act(event, registered[i], "cancel", organizer);
                    EXPECT_EQ(r.status, 200) << r.body;
                }
            });
    rush(3, 4, "L");
    for (auto &c : cancellers)
        c.join();

    all = everyone();
    const int taken = placesTaken(all);
    EXPECT_LE(taken, capacity);
    const int free = capacity - taken;
    for (const auto &a : all)
        if (a["status"] == "waitlisted")
        {
            EXPECT_GT(a["partySize"].get<int>(), free)
                << a["name"] << " waits although " << free << " places are free";
        }
    EXPECT_EQ(counts(event)["offered"].get<int>() + counts(event)["registered"].get<int>(), taken);
}

TEST_P(Registration, OnlyTheHolderAnswersAnOfferOnTheTicketPage)
{
    const auto event = openEvent({{"capacity", 1}, {"offerHoldHours", 1}});
    const auto first = enrol(event, "First", 1).json()["data"];
    const auto waiting = enrol(event, "Waiting", 1, {{"phone", "13900000009"}}).json()["data"];
    const auto third = enrol(event, "Third", 1).json()["data"];
    const std::string ticket = "/m/tickets/" + waiting["checkInCode"].get<std::string>();
    EXPECT_EQ(pagePost(ticket + "/accept", "", ticketCookie(waiting)).status, 409) << "no offer yet";
    ASSERT_EQ(act(event, first, "cancel", organizer).status, 200);
    ASSERT_EQ(attendee(event, waiting)["status"], "offered");

    const auto page = http().request("GET", ticket, {}, {}, {{"Cookie", ticketCookie(waiting)}});
    EXPECT_NE(page.body.find("/accept"), std::string::npos);
    EXPECT_NE(page.body.find("/decline"), std::string::npos);

    EXPECT_EQ(pagePost(ticket + "/accept", "").status, 403) << "a forwarded link is not the ticket";
    EXPECT_EQ(pagePost(ticket + "/decline", "phone=13800000000").status, 403) << "wrong phone";
    EXPECT_EQ(pagePost(ticket + "/accept", "", ticketCookie(third)).status, 403) << "another ticket's cookie";
    EXPECT_EQ(attendee(event, waiting)["status"], "offered") << "nothing changed";

    const auto accepted = pagePost(ticket + "/accept", "phone=139%200000%200009");
    EXPECT_EQ(accepted.status, 303) << accepted.body;
    EXPECT_EQ(attendee(event, waiting)["status"], "registered");
    EXPECT_FALSE(attendee(event, waiting).contains("offerExpiresAt"));
    EXPECT_EQ(pagePost(ticket + "/decline", "", ticketCookie(waiting)).status, 409) << "answered already";

    // Declining passes the place on; an expired offer cannot be accepted and passes on too.
    ASSERT_EQ(act(event, waiting, "cancel", organizer).status, 200);
    ASSERT_EQ(attendee(event, third)["status"], "offered");
    const auto fourth = enrol(event, "Fourth", 1).json()["data"];
    const auto fifth = enrol(event, "Fifth", 1).json()["data"];
    const std::string thirdTicket = "/m/tickets/" + third["checkInCode"].get<std::string>();
    EXPECT_EQ(pagePost(thirdTicket + "/decline", "", ticketCookie(third)).status, 303);
    EXPECT_EQ(attendee(event, third)["status"], "cancelled");
    ASSERT_EQ(attendee(event, fourth)["status"], "offered");
    advance(std::chrono::minutes(61));
    const std::string fourthTicket = "/m/tickets/" + fourth["checkInCode"].get<std::string>();
    EXPECT_EQ(pagePost(fourthTicket + "/accept", "", ticketCookie(fourth)).status, 409) << "too late";
    EXPECT_EQ(attendee(event, fourth)["status"], "cancelled");
    EXPECT_EQ(attendee(event, fifth)["status"], "offered");

    // Anyone on the list can leave it from the ticket page.
    const auto sixth = enrol(event, "Sixth", 1).json()["data"];
    const std::string sixthTicket = "/m/tickets/" + sixth["checkInCode"].get<std::string>();
    EXPECT_NE(
        http()
            .request("GET", sixthTicket, {}, {}, {{"Cookie", ticketCookie(sixth)}, {"Accept-Language", "en"}})
            .body.find("Leave the waitlist"),
        std::string::npos);
    EXPECT_EQ(pagePost(sixthTicket + "/cancel", "confirm=1", ticketCookie(sixth)).status, 303);
    EXPECT_EQ(attendee(event, sixth)["status"], "cancelled");
}

TEST_P(Registration, TheMobileFormAsksTheEventsQuestions)
{
    const auto event = openEvent({{"registrationForm", fullForm()}, {"maxPartySize", 3}, {"capacity", 10}});
    const std::string page = "/m/events/" + event["id"].get<std::string>();
    const auto get = http().get(page);
    ASSERT_EQ(get.status, 200);
    for (const char *name : {"a.company", "a.age", "a.meal", "a.topics", "a.consent", "partySize"})
        EXPECT_NE(get.body.find(std::string("name=\"") + name + "\""), std::string::npos) << name;
    auto r = pagePost(page + "/register", "name=Li&a.meal=Fish&a.age=old&partySize=9");
    ASSERT_EQ(r.status, 303) << "back to the event page, the refused form in a flash cookie";
    const std::string flash = r.header("set-cookie").substr(0, r.header("set-cookie").find(';'));
    ASSERT_EQ(flash.rfind("ne_flash=", 0), 0u) << r.header("set-cookie");
    r = http().request("GET", page, {}, {}, {{"Cookie", flash}});
    EXPECT_NE(r.body.find("weui-cell_warn"), std::string::npos);
    EXPECT_EQ(http().get(path(event) + "/attendees", organizer).json()["data"]["total"], 0);
    r = pagePost(page + "/register",
                 "name=Li&a.company=ACME&a.meal=Standard&a.topics=AI&a.topics=Cloud&a.consent=true&a.age=30&"
                 "partySize=2");
    ASSERT_EQ(r.status, 303) << r.body;
    const auto list = http().get(path(event) + "/attendees", organizer).json()["data"];
    ASSERT_EQ(list["total"], 1);
    const auto a = list["items"][0];
    EXPECT_EQ(a["partySize"], 2);
    EXPECT_EQ(a["answers"],
              json({{"company", "ACME"},
                    {"meal", "Standard"},
                    {"topics", {"AI", "Cloud"}},
                    {"consent", true},
                    {"age", 30}}));
}

NEXTEVENT_BACKENDS(Registration);

class RegistrationNotices : public WeChatApiTestBase
{
protected:
    std::map<std::string, std::string> overrides() const override
    {
        auto o = WeChatApiTestBase::overrides();
        o["NEXTEVENT_WECHAT_REGISTRATION_TEMPLATE_ID"] = "TMPL_REGISTRATION";
        return o;
    }
};

TEST_P(RegistrationNotices, ApprovalsRejectionsAndOffersReachWeChatUsers)
{
    fake.addTemplate("TMPL_REGISTRATION");
    const auto event = openEvent({{"capacity", 1}, {"registrationApproval", true}});
    const std::string id = event["id"];
    std::vector<json> people;
    for (const std::string openid :
         {"oNotice000000000000000000001", "oNotice000000000000000000002", "oNotice000000000000000000003"})
    {
        nextevent::testing::FakeUser user;
        user.openid = openid;
        fake.addUser(user);
        const auto r =
            http().post("/v2/events/" + id + "/attendees", {{"name", "W"}, {"openid", openid}}, organizer);
        ASSERT_EQ(r.status, 201) << r.body;
        people.push_back(r.json()["data"]);
    }
    const auto approve = [&](const json &a, const std::string &what)
    {
        return http().post("/v2/events/" + id + "/attendees/" + a["id"].get<std::string>() + "/" + what,
                           json::object(),
                           organizer);
    };
    ASSERT_EQ(approve(people[0], "approve").json()["data"]["status"], "registered");
    ASSERT_EQ(approve(people[1], "approve").json()["data"]["status"], "waitlisted");
    ASSERT_EQ(approve(people[2], "reject").json()["data"]["status"], "rejected");
    ASSERT_EQ(approve(people[0], "cancel").status, 200);
    ASSERT_TRUE(eventually([&] { return fake.requestCount("/cgi-bin/message/template/send") == 4; }));
    std::map<std::string, std::vector<std::string>> sent;
    for (const auto &request : fake.requests("/cgi-bin/message/template/send"))
    {
        const auto body = request.json();
        EXPECT_EQ(body["template_id"], "TMPL_REGISTRATION");
        EXPECT_FALSE(body.contains("color")) << "2023 rules: no colours";
        sent[body["touser"].get<std::string>()].push_back(body.dump());
        for (const auto &[key, value] : body["data"].items())
        {
            const std::string text = value.is_object() ? value.value("value", "") : value.get<std::string>();
            EXPECT_LE(nextevent::utf8Length(text), 20) << key << ": " << text;
        }
    }
    EXPECT_EQ(sent["oNotice000000000000000000001"].size(), 1u) << "approved";
    EXPECT_EQ(sent["oNotice000000000000000000002"].size(), 2u) << "approved onto the list, then offered";
    EXPECT_EQ(sent["oNotice000000000000000000003"].size(), 1u) << "rejected";
}

NEXTEVENT_BACKENDS(RegistrationNotices);

// ---- outgoing webhooks

namespace
{
/// One request the receiver got.
struct Received
{
    std::map<std::string, std::string> headers;
    std::string body;
};

/// A webhook receiver on loopback (POCO HTTPServer): records every request and answers with the statuses
/// queued by the test (then 200).
class Receiver
{
public:
    Receiver()
        : m_socket(Poco::Net::SocketAddress("127.0.0.1", 0))
        , m_server(new Factory(*this), m_socket, new Poco::Net::HTTPServerParams)
    {
        m_server.start();
    }

    ~Receiver()
    {
        m_server.stopAll(true);
    }

    std::string url() const
    {
        return "http://127.0.0.1:" + std::to_string(m_socket.address().port()) + "/hooks/nextevent?x=1";
    }

    void failNext(int times, int status)
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < times; ++i)
            m_statuses.push_back(status);
    }

    std::vector<Received> received()
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(Receiver &r)
            : m_r(r)
        {
        }

        void handleRequest(Poco::Net::HTTPServerRequest &request,
                           Poco::Net::HTTPServerResponse &response) override
        {
            Received got;
            for (const auto &[k, v] : request)
                got.headers[Poco::toLower(k)] = v;
            got.headers[":path"] = request.getURI();
            Poco::StreamCopier::copyToString(request.stream(), got.body);
            int status = 200;
            {
                std::lock_guard lock(m_r.m_mutex);
                m_r.m_received.push_back(got);
                if (!m_r.m_statuses.empty())
                {
                    status = m_r.m_statuses.front();
                    m_r.m_statuses.erase(m_r.m_statuses.begin());
                }
            }
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
            response.setContentLength(2);
            response.send() << "ok";
        }

    private:
        Receiver &m_r;
    };

    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(Receiver &r)
            : m_r(r)
        {
        }

        Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
        {
            return new Handler(m_r);
        }

    private:
        Receiver &m_r;
    };

    std::mutex m_mutex;
    std::vector<Received> m_received;
    std::vector<int> m_statuses;
    Poco::Net::ServerSocket m_socket;
    Poco::Net::HTTPServer m_server;
};

/// HMAC-SHA256 hex by Python's hmac module: an implementation independent of the server's libsodium.
std::string pythonHmac(const std::string &secret, const std::string &message)
{
    const auto dir = std::filesystem::temp_directory_path() /
                     ("ne-hmac-" + std::to_string(std::hash<std::string>{}(message + secret)));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "key", std::ios::binary) << secret;
    std::ofstream(dir / "msg", std::ios::binary) << message;
    const std::string command =
        "python3 -c 'import hmac,hashlib,sys; "
        "print(hmac.new(open(sys.argv[1],\"rb\").read(), open(sys.argv[2],\"rb\").read(), "
        "hashlib.sha256).hexdigest())' " +
        (dir / "key").string() + " " + (dir / "msg").string();
    std::string out;
    if (FILE *pipe = popen(command.c_str(), "r"))
    {
        char buffer[256];
        while (fgets(buffer, sizeof buffer, pipe))
            out += buffer;
        pclose(pipe);
    }
    std::filesystem::remove_all(dir);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

template <typename F> bool eventually(F condition)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < until)
    {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return condition();
}
} // namespace

class Webhooks : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        server().context().startWorkers();
    }

    std::map<std::string, std::string> overrides() const override
    {
        return {{"NEXTEVENT_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"},
                {"NEXTEVENT_WEBHOOKS_RETRY_BASE_MS", "40"},
                {"NEXTEVENT_JOB_POLL_MS", "20"}};
    }

    json subscribe(const Receiver &receiver, const json &events, const std::string &secret = "")
    {
        json body{{"url", receiver.url()}, {"events", events}};
        if (!secret.empty())
            body["secret"] = secret;
        const auto r = http().post("/v2/webhooks", body, admin);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    json deliveries(const json &hook)
    {
        return http()
            .get("/v2/webhooks/" + hook["id"].get<std::string>() + "/deliveries", admin)
            .json()["data"];
    }
};

TEST_P(Webhooks, AdminsManageThemAndBadInputChangesNothing)
{
    Receiver receiver;
    EXPECT_EQ(
        http()
            .post("/v2/webhooks", {{"url", receiver.url()}, {"events", {"attendee.registered"}}}, organizer)
            .status,
        403);
    EXPECT_EQ(http().get("/v2/webhooks", organizer).status, 403);
    auto r = http().post("/v2/webhooks",
                         {{"url", "ftp://example.com/x"},
                          {"events", {"attendee.exploded", "attendee.registered", "attendee.registered"}},
                          {"secret", "short"}},
                         admin);
    ASSERT_EQ(r.status, 400) << r.body;
    auto codes = fieldCodes(r);
    EXPECT_EQ(codes["url"], "invalid_format");
    EXPECT_EQ(codes["events[0]"], "invalid_choice");
    EXPECT_EQ(codes["events[2]"], "not_unique");
    EXPECT_EQ(codes["secret"], "too_short");
    r = http().post("/v2/webhooks", {{"events", json::array()}}, admin);
    ASSERT_EQ(r.status, 400);
    EXPECT_EQ(fieldCodes(r)["url"], "required");
    EXPECT_EQ(http().get("/v2/webhooks", admin).json()["data"]["total"], 0) << "nothing created";

    const auto hook = subscribe(receiver, {"attendee.registered"});
    EXPECT_EQ(hook["secret"].get<std::string>().size(), 64u) << "generated: 32 random bytes in hex";
    const auto list = http().get("/v2/webhooks", admin).json()["data"];
    ASSERT_EQ(list["total"], 1);
    EXPECT_FALSE(list["items"][0].contains("secret")) << "the secret is shown once";
    EXPECT_EQ(http().del("/v2/webhooks/" + hook["id"].get<std::string>(), organizer).status, 403);
    EXPECT_EQ(http().del("/v2/webhooks/" + hook["id"].get<std::string>(), admin).status, 204);
    EXPECT_EQ(http().del("/v2/webhooks/" + hook["id"].get<std::string>(), admin).status, 404);
    EXPECT_EQ(http().get("/v2/webhooks/" + hook["id"].get<std::string>() + "/deliveries", admin).status, 404);
}

TEST_P(Webhooks, DeliveriesAreSignedRetriedAndRedelivered)
{
    Receiver receiver;
    Receiver other;
    const std::string secret = "a-shared-secret-of-the-receiver";
    const auto hook =
        subscribe(receiver,
                  {"attendee.registered", "attendee.cancelled", "waitlist.offered", "attendee.checked_in"},
                  secret);
    const auto quiet = subscribe(other, {"attendee.checked_in"});
    receiver.failNext(2, 503);

    const auto event = openEvent({{"capacity", 1}});
    const std::string eventId = event["id"];
    const auto a = registerAttendee(eventId, "A");
    ASSERT_TRUE(eventually(
        [&] {
            return deliveries(hook)["items"].size() == 1 &&
                   deliveries(hook)["items"][0]["state"] == "delivered";
        }));
    auto log = deliveries(hook)["items"][0];
    EXPECT_EQ(log["attempts"], 3) << "two 503s, then delivered";
    EXPECT_EQ(log["lastStatus"], 200);
    EXPECT_EQ(log["type"], "attendee.registered");
    const auto got = receiver.received();
    ASSERT_EQ(got.size(), 3u);
    for (const auto &request : got)
        EXPECT_EQ(request.body, got[0].body) << "every attempt sends the same body";
    const auto &first = got.back();
    EXPECT_EQ(first.headers.at(":path"), "/hooks/nextevent?x=1");
    EXPECT_EQ(first.headers.at("x-nextevent-event"), "attendee.registered");
    EXPECT_EQ(first.headers.at("x-nextevent-delivery"), log["id"]);
    const json body = json::parse(first.body);
    EXPECT_EQ(body["type"], "attendee.registered");
    EXPECT_TRUE(body.contains("id") && body.contains("createdAt"));
    EXPECT_EQ(body["data"]["attendee"]["id"], a["id"]);
    // t=UNIX,v1=HEX(HMAC-SHA256(secret, t + "." + body)), checked by Python's hmac.
    const std::string signature = first.headers.at("x-nextevent-signature");
    ASSERT_EQ(signature.rfind("t=", 0), 0u) << signature;
    const auto comma = signature.find(",v1=");
    ASSERT_NE(comma, std::string::npos);
    const std::string t = signature.substr(2, comma - 2);
    EXPECT_EQ(signature.substr(comma + 4), pythonHmac(secret, t + "." + first.body));
    EXPECT_NE(signature.substr(comma + 4), pythonHmac(secret + "x", t + "." + first.body));

    // Backoff: each retry waits twice as long as the one before, never more than a day.
    const auto &service = *server().context().webhooks;
    EXPECT_EQ(service.retryDelay(1), std::chrono::milliseconds(40));
    EXPECT_EQ(service.retryDelay(2), std::chrono::milliseconds(80));
    EXPECT_EQ(service.retryDelay(10), std::chrono::milliseconds(40 * 512));
    EXPECT_EQ(service.retryDelay(40), std::chrono::hours(24));
    // Redelivery sends the same body again with the same delivery id.
    const auto again = http().post("/v2/webhooks/" + hook["id"].get<std::string>() + "/deliveries/" +
                                       log["id"].get<std::string>() + "/redeliver",
                                   json::object(),
                                   admin);
    ASSERT_EQ(again.status, 200) << again.body;
    ASSERT_TRUE(eventually([&] { return receiver.received().size() == 4; }));
    EXPECT_EQ(receiver.received()[3].body, first.body);
    EXPECT_EQ(receiver.received()[3].headers.at("x-nextevent-delivery"), log["id"]);
    ASSERT_TRUE(eventually([&] { return deliveries(hook)["items"][0]["attempts"] == 4; }));
    EXPECT_EQ(http()
                  .post("/v2/webhooks/" + hook["id"].get<std::string>() + "/deliveries/nope/redeliver",
                        json::object(),
                        admin)
                  .status,
              404);

    // Cancelling offers the place: attendee.cancelled, then waitlist.offered; the check-in reaches both
    // hooks.
    const auto b = registerAttendee(eventId, "B");
    ASSERT_EQ(http()
                  .post("/v2/events/" + eventId + "/attendees/" + a["id"].get<std::string>() + "/cancel",
                        json::object(),
                        organizer)
                  .status,
              200);
    ASSERT_TRUE(eventually([&] { return deliveries(hook)["total"] == 3; }));
    std::set<std::string> types;
    const json log3 = deliveries(hook);
    for (const auto &d : log3["items"])
        types.insert(d["type"].get<std::string>());
    EXPECT_EQ(types,
              (std::set<std::string>{"attendee.registered", "attendee.cancelled", "waitlist.offered"}));
    const auto c = registerAttendee(openEvent()["id"], "C");
    ASSERT_EQ(http()
                  .post("/v2/events/" + c["eventId"].get<std::string>() + "/checkins",
                        {{"code", c["checkInCode"]}},
                        organizer)
                  .status,
              200);
    ASSERT_TRUE(eventually([&] { return other.received().size() == 1; }));
    EXPECT_EQ(json::parse(other.received()[0].body)["type"], "attendee.checked_in");
    EXPECT_EQ(deliveries(quiet)["total"], 1) << "only the types subscribed to";
    (void)b;
}

TEST_P(Webhooks, AFailingReceiverIsGivenUpAfterADay)
{
    Receiver receiver;
    receiver.failNext(1000, 500);
    auto offset = std::make_shared<std::atomic<std::int64_t>>(0);
    server().context().webhooks->setClock([offset]
                                          { return nextevent::now() + std::chrono::hours(offset->load()); });
    const auto hook = subscribe(receiver, {"attendee.registered"});
    registerAttendee(openEvent()["id"], "A");
    ASSERT_TRUE(eventually([&] { return receiver.received().size() >= 3; }));
    EXPECT_EQ(deliveries(hook)["items"][0]["state"], "pending") << "still retrying";
    EXPECT_EQ(deliveries(hook)["items"][0]["lastStatus"], 500);
    offset->store(25);
    ASSERT_TRUE(eventually([&] { return deliveries(hook)["items"][0]["state"] == "failed"; }));
    const auto log = deliveries(hook)["items"][0];
    EXPECT_TRUE(log["nextAttemptAt"].is_null());
    EXPECT_EQ(log["lastError"], "HTTP 500");
    const auto sent = receiver.received().size();
    offset->store(50);
    EXPECT_EQ(deliveries(hook)["items"][0]["attempts"], static_cast<std::int64_t>(sent))
        << "no attempt after giving up";
}

TEST_P(Webhooks, EveryResponseOfAGroupCommitGetsItsOwnDelivery)
{
    // Survey responses are stored a batch at a time, their deliveries queued in the same transaction with
    // the subscribers read once per batch: each response still gets exactly one delivery of its own.
    Receiver receiver;
    const auto hook = subscribe(receiver, {"survey.response"});
    const auto survey = http().post("/v2/surveys",
                                    {{"title", "Batch"},
                                     {"isActive", true},
                                     {"questions", {{{"type", "rating"}, {"text", "Rate"}, {"scale", 5}}}}},
                                    organizer);
    ASSERT_EQ(survey.status, 201) << survey.body;
    const std::string surveyId = survey.json()["data"]["id"];
    const std::string questionId = survey.json()["data"]["questions"][0]["id"];
    constexpr int kResponses = 12;
    std::atomic<int> stored{0};
    std::vector<std::thread> phones;
    for (int i = 0; i < kResponses; ++i)
        phones.emplace_back(
            [&, i]
            {
                const json body{{"answers", {{{"questionId", questionId}, {"rating", 1 + i % 5}}}}};
                if (http().post("/v2/surveys/" + surveyId + "/responses", body).status == 201)
                    ++stored;
            });
    for (auto &phone : phones)
        phone.join();
    ASSERT_EQ(stored.load(), kResponses);
    ASSERT_TRUE(eventually([&] { return deliveries(hook)["total"] == kResponses; }))
        << deliveries(hook).dump();
    ASSERT_TRUE(eventually([&] { return receiver.received().size() >= kResponses; }));
    std::set<std::string> responseIds;
    for (const auto &request : receiver.received())
    {
        const auto event = json::parse(request.body);
        EXPECT_EQ(event["type"], "survey.response");
        responseIds.insert(event["data"]["response"]["id"].get<std::string>());
    }
    EXPECT_EQ(responseIds.size(), static_cast<std::size_t>(kResponses)) << "one delivery per response";
}

NEXTEVENT_BACKENDS(Webhooks);

class WebhooksPrivateTargets : public ApiTest
{
};

TEST_P(WebhooksPrivateTargets, AreRefusedByDefault)
{
    for (const std::string url : {"http://127.0.0.1:9/x",
                                  "http://10.1.2.3/x",
                                  "http://169.254.169.254/latest",
                                  "http://[::1]/x",
                                  "http://192.168.1.1/"})
    {
        const auto r =
            http().post("/v2/webhooks", {{"url", url}, {"events", {"attendee.registered"}}}, admin);
        ASSERT_EQ(r.status, 400) << url;
        EXPECT_EQ(fieldCodes(r)["url"], "not_allowed") << url;
    }
    EXPECT_EQ(http().get("/v2/webhooks", admin).json()["data"]["total"], 0);
}

NEXTEVENT_BACKENDS(WebhooksPrivateTargets);
