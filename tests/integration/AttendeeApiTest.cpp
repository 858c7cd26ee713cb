// SPDX-License-Identifier: MIT
// Registration with capacity and waitlist, cancellation, check-in at the door, export, audit.
#include "ApiTest.h"

using namespace nextevent::test;
using nlohmann::json;

class Attendees : public ApiTest
{
protected:
    std::string attendeesPath(const json &event)
    {
        return "/v2/events/" + event["id"].get<std::string>() + "/attendees";
    }

    std::string checkinPath(const json &event)
    {
        return "/v2/events/" + event["id"].get<std::string>() + "/checkins";
    }
};

TEST_P(Attendees, RegistrationNeedsAnOpenEvent)
{
    const auto draft = createEvent();
    const auto r = http().post(attendeesPath(draft), {{"name", "Li Lei"}}, organizer);
    EXPECT_EQ(r.status, 409);
    const auto open = openEvent();
    const auto ok =
        http().post(attendeesPath(open), {{"name", "Li Lei"}, {"phone", "+86 138 0000 0000"}}, organizer);
    ASSERT_EQ(ok.status, 201) << ok.body;
    const auto a = ok.json()["data"];
    EXPECT_EQ(a["status"], "registered");
    EXPECT_EQ(a["eventId"], open["id"]);
    EXPECT_EQ(a["checkInCode"].get<std::string>().size(), 12u);
    EXPECT_FALSE(a.contains("checkedInAt"));
    EXPECT_EQ(http().post(attendeesPath(open), {{"phone", "123"}}, organizer).status, 400) << "name required";
    EXPECT_EQ(http().post(attendeesPath(open), {{"name", "x"}, {"phone", "call me"}}, organizer).status, 400);
    EXPECT_EQ(http().post(attendeesPath(open), {{"name", 7}}, organizer).status, 400);
}

TEST_P(Attendees, CapacityWaitlistAndPromotionInOrder)
{
    const auto event = openEvent({{"capacity", 2}});
    const auto a = registerAttendee(event["id"], "A");
    registerAttendee(event["id"], "B");
    const auto c = registerAttendee(event["id"], "C");
    const auto d = registerAttendee(event["id"], "D");
    EXPECT_EQ(c["status"], "waitlisted");
    EXPECT_EQ(c["waitlistPosition"], 1);
    EXPECT_EQ(d["waitlistPosition"], 2);
    auto counts =
        http().get("/v2/events/" + event["id"].get<std::string>(), organizer).json()["data"]["counts"];
    EXPECT_EQ(counts["registered"], 2);
    EXPECT_EQ(counts["waitlisted"], 2);

    const auto cancel = http().post(
        attendeesPath(event) + "/" + a["id"].get<std::string>() + "/cancel", json::object(), organizer);
    ASSERT_EQ(cancel.status, 200) << cancel.body;
    EXPECT_EQ(cancel.json()["data"]["status"], "cancelled");
    const auto promoted = http().get(attendeesPath(event) + "/" + c["id"].get<std::string>(), organizer);
    EXPECT_EQ(promoted.json()["data"]["status"], "offered")
        << "the first on the waitlist is offered the seat";
    const auto next = http().get(attendeesPath(event) + "/" + d["id"].get<std::string>(), organizer);
    EXPECT_EQ(next.json()["data"]["waitlistPosition"], 1);
    counts = http().get("/v2/events/" + event["id"].get<std::string>(), organizer).json()["data"]["counts"];
    EXPECT_EQ(counts["registered"], 1);
    EXPECT_EQ(counts["offered"], 1);
    EXPECT_EQ(counts["waitlisted"], 1);
}

TEST_P(Attendees, ListSearchAndStatusFilter)
{
    const auto event = openEvent({{"capacity", 1}});
    registerAttendee(event["id"], "张三");
    registerAttendee(event["id"], "李四");
    auto all = http().get(attendeesPath(event), organizer).json()["data"];
    EXPECT_EQ(all["total"], 2);
    auto search = http().get(attendeesPath(event) + "?search=%E5%BC%A0", organizer).json()["data"];
    ASSERT_EQ(search["total"], 1);
    EXPECT_EQ(search["items"][0]["name"], "张三");
    auto waitlisted = http().get(attendeesPath(event) + "?status=waitlisted", organizer).json()["data"];
    EXPECT_EQ(waitlisted["total"], 1);
    EXPECT_EQ(http().get(attendeesPath(event) + "?status=maybe", organizer).status, 400);
}

TEST_P(Attendees, DoorStaffSearchButDoNotBrowseOrExport)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Wang Fang");
    const auto door = server().login("checkin");
    const auto browse = http().get(attendeesPath(event), door);
    EXPECT_EQ(browse.status, 403);
    EXPECT_EQ(browse.errorCode(), "FORBIDDEN");
    const auto found = http().get(attendeesPath(event) + "?search=Wang", door);
    ASSERT_EQ(found.status, 200);
    EXPECT_EQ(found.json()["data"]["total"], 1);
    const auto byCode =
        http().get(attendeesPath(event) + "?search=" + a["checkInCode"].get<std::string>(), door);
    EXPECT_EQ(byCode.json()["data"]["total"], 1);
    EXPECT_EQ(http().get(attendeesPath(event) + ".csv", door).status, 403);
    EXPECT_EQ(http().post(attendeesPath(event), {{"name", "x"}}, door).status, 403);
}

TEST_P(Attendees, CheckInIsIdempotentAndExplainsRepeats)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Han Meimei");
    const auto door = server().login("checkin");
    const auto first = http().post(checkinPath(event), {{"code", a["checkInCode"]}}, door);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json()["data"]["alreadyCheckedIn"], false);
    EXPECT_EQ(first.json()["data"]["attendee"]["checkedInBy"], "checkin");
    const std::string at = first.json()["data"]["attendee"]["checkedInAt"];

    // Scanners may send lower case and stray whitespace.
    std::string sloppy = a["checkInCode"];
    for (auto &ch : sloppy)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const auto again = http().post(checkinPath(event), {{"code", " " + sloppy + "\n"}}, organizer);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json()["data"]["alreadyCheckedIn"], true);
    EXPECT_EQ(again.json()["data"]["attendee"]["checkedInAt"], at) << "the first check-in time is kept";
    EXPECT_NE(again.json()["message"].get<std::string>().find("Already checked in at " + at.substr(11, 5)),
              std::string::npos)
        << again.body;
    EXPECT_NE(again.json()["message"].get<std::string>().find("by checkin"), std::string::npos);
    auto counts =
        http().get("/v2/events/" + event["id"].get<std::string>(), organizer).json()["data"]["counts"];
    EXPECT_EQ(counts["checkedIn"], 1);
}

TEST_P(Attendees, CheckInRefusesWrongEventUnknownCancelledAndWaitlisted)
{
    const auto event = openEvent({{"capacity", 1}});
    const auto other = openEvent({{"title", "Other"}});
    const auto seated = registerAttendee(event["id"], "Seated");
    const auto waiting = registerAttendee(event["id"], "Waiting");
    const auto elsewhere = registerAttendee(other["id"], "Elsewhere");

    const auto wrongEvent = http().post(checkinPath(event), {{"code", elsewhere["checkInCode"]}}, organizer);
    EXPECT_EQ(wrongEvent.status, 409);
    EXPECT_EQ(wrongEvent.json()["error"]["details"][0]["message"], "wrong_event");
    const auto unknown = http().post(checkinPath(event), {{"code", "ZZZZZZZZZZZZ"}}, organizer);
    EXPECT_EQ(unknown.status, 404);
    const auto waitlisted = http().post(checkinPath(event), {{"code", waiting["checkInCode"]}}, organizer);
    EXPECT_EQ(waitlisted.status, 409);
    http().post(
        attendeesPath(event) + "/" + seated["id"].get<std::string>() + "/cancel", json::object(), organizer);
    const auto cancelled = http().post(checkinPath(event), {{"code", seated["checkInCode"]}}, organizer);
    EXPECT_EQ(cancelled.status, 409);
    EXPECT_EQ(cancelled.json()["error"]["details"][0]["message"], "cancelled");
    EXPECT_EQ(http().post(checkinPath(event), json::object(), organizer).status, 400);
    EXPECT_EQ(http().post(checkinPath(event), {{"code", 12}}, organizer).status, 400);
    auto counts =
        http().get("/v2/events/" + event["id"].get<std::string>(), organizer).json()["data"]["counts"];
    EXPECT_EQ(counts["checkedIn"], 0) << "no refused check-in changed anything";
}

TEST_P(Attendees, CsvExportHasBomAndQuotesFields)
{
    const auto event = openEvent();
    registerAttendee(event["id"], "张三");
    registerAttendee(event["id"], "=HYPERLINK(\"x\")");
    const auto r = http().get(attendeesPath(event) + ".csv", organizer);
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.header("content-type").find("text/csv"), std::string::npos);
    EXPECT_NE(r.header("content-disposition").find("attachment"), std::string::npos);
    EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(r.body.find("\"张三\""), std::string::npos);
    EXPECT_NE(r.body.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos)
        << "formula neutralised and quoted";
    EXPECT_EQ(std::count(r.body.begin(), r.body.end(), '\n'), 3);
}

TEST_P(Attendees, EachChangeIsAudited)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Audited");
    http().post(checkinPath(event), {{"code", a["checkInCode"]}}, organizer);
    auto unit = server().context().store->read();
    const auto entries = unit->audit().forEntity("attendee", a["id"]);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, "register");
    EXPECT_EQ(entries[1].action, "check-in");
    EXPECT_EQ(entries[1].actor, "organizer");
}

NEXTEVENT_BACKENDS(Attendees);
