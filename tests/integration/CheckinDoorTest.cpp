// SPDX-License-Identifier: MIT
// Check-in at the door (DESIGN.md "Check-in at the door"): lists, entry and exit, re-entry, nonces,
// occupancy (also on event:ID), signed tickets, door tokens, device snapshots and offline batches.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <sodium.h>

#include "ApiTest.h"
#include "WsTestClient.h"
#include "server/app/CheckinService.h"

using namespace nextevent::test;
using nextevent::server::app::CheckinService;
using nlohmann::json;

class CheckinDoor : public ApiTest
{
protected:
    std::string base(const json &event) const
    {
        return "/v2/events/" + event["id"].get<std::string>();
    }

    HttpResult scan(const json &event, const json &body, const std::string &token)
    {
        return http().post(base(event) + "/checkins", body, token);
    }

    json createList(const json &event, const json &body)
    {
        const auto r = http().post(base(event) + "/checkin-lists", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    json occupancy(const json &event)
    {
        const auto r = http().get(base(event) + "/occupancy", organizer);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"];
    }

    json lists(const json &event, const std::string &token)
    {
        const auto r = http().get(base(event) + "/checkin-lists", token);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"]["items"];
    }

    std::string signedTicket(const json &event, const json &attendee)
    {
        const auto r = http().get(base(event) + "/attendees/" + attendee["id"].get<std::string>(), organizer);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["data"].value("signedTicket", "");
    }

    json doorToken(const json &event, const json &body = {{"name", "Gate 1"}})
    {
        const auto r = http().post(base(event) + "/door-tokens", body, organizer);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json()["data"];
    }

    static std::string reason(const HttpResult &r)
    {
        const auto body = r.json();
        if (!body.contains("error") || body["error"]["details"].empty())
            return "<none>";
        return body["error"]["details"][0]["message"];
    }

    /// A ticket whose payload is `payload`, signed with `secretKey` (64 raw bytes).
    static std::string sign(const json &payload, const std::string &secretKey)
    {
        const std::string bytes = payload.dump();
        unsigned char signature[crypto_sign_BYTES];
        crypto_sign_detached(signature,
                             nullptr,
                             reinterpret_cast<const unsigned char *>(bytes.data()),
                             bytes.size(),
                             reinterpret_cast<const unsigned char *>(secretKey.data()));
        return "NE1." + CheckinService::base64Url(bytes) + "." +
               CheckinService::base64Url(
                   std::string(reinterpret_cast<const char *>(signature), sizeof signature));
    }
};

TEST_P(CheckinDoor, EveryEventStartsWithItsMainEntranceAndOrganizersAddGates)
{
    const auto event = openEvent();
    const auto door = server().login("checkin");
    auto all = lists(event, door);
    ASSERT_EQ(all.size(), 1u) << all;
    EXPECT_EQ(all[0]["name"], "Main entrance");
    EXPECT_EQ(all[0]["allowReentry"], false);
    EXPECT_EQ(all[0]["requiresConfirmation"], false);
    EXPECT_EQ(all[0]["counts"], json({{"entered", 0}, {"exited", 0}, {"inside", 0}}));

    const auto vip =
        createList(event, {{"name", "VIP door"}, {"allowReentry", true}, {"requiresConfirmation", true}});
    EXPECT_EQ(vip["name"], "VIP door");
    EXPECT_EQ(vip["allowReentry"], true);
    EXPECT_EQ(vip["requiresConfirmation"], true);
    EXPECT_TRUE(vip["id"].is_string());
    EXPECT_EQ(lists(event, door).size(), 2u);

    const auto blank = http().post(base(event) + "/checkin-lists", {{"name", "  "}}, organizer);
    EXPECT_EQ(blank.status, 400);
    const auto wrongType =
        http().post(base(event) + "/checkin-lists", {{"name", "X"}, {"allowReentry", "yes"}}, organizer);
    EXPECT_EQ(wrongType.status, 400);
    EXPECT_EQ(wrongType.json()["error"]["details"][0]["field"], "allowReentry");
    EXPECT_EQ(http().post(base(event) + "/checkin-lists", {{"name", "VIP door"}}, organizer).status, 409);
    EXPECT_EQ(http().post(base(event) + "/checkin-lists", {{"name", "Side"}}, door).status, 403)
        << "door staff do not create gates";
    EXPECT_EQ(http().get("/v2/events/00000000-0000-4000-8000-000000000000/checkin-lists", organizer).status,
              404);
    EXPECT_EQ(lists(event, door).size(), 2u) << "nothing refused was created";
}

TEST_P(CheckinDoor, EntryExitAndReentryFollowTheListRules)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Han Meimei");
    const auto door = server().login("checkin");
    const auto code = a["checkInCode"];

    const auto exitFirst = scan(event, {{"code", code}, {"direction", "exit"}}, door);
    EXPECT_EQ(exitFirst.status, 409) << exitFirst.body;
    EXPECT_EQ(reason(exitFirst), "not_inside");

    const auto in = scan(event, {{"code", code}, {"direction", "entry"}}, door);
    ASSERT_EQ(in.status, 200) << in.body;
    EXPECT_EQ(in.json()["data"]["alreadyCheckedIn"], false);
    EXPECT_EQ(in.json()["data"]["occupancy"]["inside"], 1);
    const std::string firstAt = in.json()["data"]["attendee"]["checkedInAt"];

    const auto again = scan(event, {{"code", code}}, door);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json()["data"]["alreadyCheckedIn"], true);
    EXPECT_EQ(again.json()["data"]["occupancy"]["inside"], 1);

    const auto out = scan(event, {{"code", code}, {"direction", "exit"}}, door);
    ASSERT_EQ(out.status, 200) << out.body;
    EXPECT_EQ(out.json()["data"]["occupancy"]["inside"], 0);
    const auto outAgain = scan(event, {{"code", code}, {"direction", "exit"}}, door);
    EXPECT_EQ(outAgain.status, 409);
    EXPECT_EQ(reason(outAgain), "not_inside");

    // The main entrance does not allow re-entry: the ticket counts as used.
    const auto back = scan(event, {{"code", code}}, door);
    ASSERT_EQ(back.status, 200);
    EXPECT_EQ(back.json()["data"]["alreadyCheckedIn"], true);
    EXPECT_EQ(back.json()["data"]["occupancy"]["inside"], 0);

    // A list that allows re-entry admits them again after an exit, but not twice without one.
    const auto hall = createList(event, {{"name", "Hall"}, {"allowReentry", true}});
    const json atHall{{"code", code}, {"listId", hall["id"]}};
    EXPECT_EQ(scan(event, atHall, door).json()["data"]["alreadyCheckedIn"], false);
    EXPECT_EQ(scan(event, atHall, door).json()["data"]["alreadyCheckedIn"], true);
    auto leaveHall = atHall;
    leaveHall["direction"] = "exit";
    EXPECT_EQ(scan(event, leaveHall, door).status, 200);
    const auto reentered = scan(event, atHall, door);
    EXPECT_EQ(reentered.json()["data"]["alreadyCheckedIn"], false) << reentered.body;
    EXPECT_EQ(reentered.json()["data"]["occupancy"]["inside"], 1);
    EXPECT_EQ(reentered.json()["data"]["attendee"]["checkedInAt"], firstAt) << "check-in = the first entry";

    const auto occ = occupancy(event);
    EXPECT_EQ(occ["inside"], 1);
    EXPECT_EQ(occ["entered"], 3) << occ;
    EXPECT_EQ(occ["exited"], 2);
    ASSERT_EQ(occ["lists"].size(), 2u);
    EXPECT_EQ(occ["lists"][0]["name"], "Main entrance");
    EXPECT_EQ(occ["lists"][0]["counts"], json({{"entered", 1}, {"exited", 1}, {"inside", 0}}));
    EXPECT_EQ(occ["lists"][1]["counts"], json({{"entered", 2}, {"exited", 1}, {"inside", 1}}));

    EXPECT_EQ(scan(event, {{"code", code}, {"direction", "sideways"}}, door).status, 400);
    const auto badList = scan(event, {{"code", code}, {"listId", "no-such-list"}}, door);
    EXPECT_EQ(badList.status, 404);
    EXPECT_EQ(occupancy(event)["entered"], 3) << "refused scans change nothing";
    auto counts = http().get(base(event), organizer).json()["data"]["counts"];
    EXPECT_EQ(counts["checkedIn"], 1);
}

TEST_P(CheckinDoor, TheSameNonceAlwaysGetsTheSameAnswer)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Li Lei");
    const auto door = server().login("checkin");
    const json entry{{"code", a["checkInCode"]}, {"nonce", "dev1-0001"}, {"deviceId", "dev1"}};
    const auto first = scan(event, entry, door);
    ASSERT_EQ(first.status, 200) << first.body;
    const auto replay = scan(event, entry, door);
    ASSERT_EQ(replay.status, 200);
    EXPECT_EQ(replay.json()["data"], first.json()["data"]);
    EXPECT_EQ(replay.json()["message"], first.json()["message"]);
    EXPECT_EQ(replay.json()["data"]["alreadyCheckedIn"], false) << "a retried request is not a second scan";
    EXPECT_EQ(occupancy(event)["entered"], 1);

    // A refusal is replayed too, even once the situation changed.
    const auto other = registerAttendee(event["id"], "Wei Hua");
    const json exit{{"code", other["checkInCode"]}, {"direction", "exit"}, {"nonce", "dev1-0002"}};
    EXPECT_EQ(scan(event, exit, door).status, 409);
    ASSERT_EQ(scan(event, {{"code", other["checkInCode"]}}, door).status, 200);
    const auto replayedRefusal = scan(event, exit, door);
    EXPECT_EQ(replayedRefusal.status, 409);
    EXPECT_EQ(reason(replayedRefusal), "not_inside");
    EXPECT_EQ(occupancy(event)["inside"], 2) << "the replay did not let anyone out";

    // Nonces are per event.
    const auto second = openEvent({{"title", "Second"}});
    const auto b = registerAttendee(second["id"], "Zhang San");
    const auto elsewhere = scan(second, {{"code", b["checkInCode"]}, {"nonce", "dev1-0001"}}, door);
    ASSERT_EQ(elsewhere.status, 200);
    EXPECT_EQ(elsewhere.json()["data"]["attendee"]["id"], b["id"]);
}

TEST_P(CheckinDoor, SignedTicketsVerifyAndForgeriesAreRefused)
{
    const auto event = openEvent();
    const auto other = openEvent({{"title", "Other"}});
    const auto a = registerAttendee(event["id"], "Signed");
    const auto b = registerAttendee(event["id"], "Second");
    const auto c = registerAttendee(other["id"], "Elsewhere");
    const auto door = server().login("checkin");

    const auto keys = http().get(base(event) + "/checkin-keys", door);
    ASSERT_EQ(keys.status, 200) << keys.body;
    ASSERT_EQ(keys.json()["data"]["keys"].size(), 1u);
    const auto key = keys.json()["data"]["keys"][0];
    EXPECT_TRUE(key["kid"].is_string());
    const auto publicKey = CheckinService::fromBase64Url(key["publicKey"].get<std::string>());
    ASSERT_TRUE(publicKey);
    ASSERT_EQ(publicKey->size(), 32u);

    // The ticket verifies with the published key and carries exactly the specified payload.
    const std::string ticket = signedTicket(event, a);
    ASSERT_EQ(ticket.rfind("NE1.", 0), 0u) << ticket;
    const auto firstDot = ticket.find('.', 4);
    const auto payload = CheckinService::fromBase64Url(ticket.substr(4, firstDot - 4));
    const auto signature = CheckinService::fromBase64Url(ticket.substr(firstDot + 1));
    ASSERT_TRUE(payload && signature);
    ASSERT_EQ(signature->size(), 64u);
    EXPECT_EQ(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->data()),
                                          reinterpret_cast<const unsigned char *>(payload->data()),
                                          payload->size(),
                                          reinterpret_cast<const unsigned char *>(publicKey->data())),
              0);
    const auto doc = json::parse(*payload);
    EXPECT_EQ(doc["e"], event["id"]);
    EXPECT_EQ(doc["a"], a["id"]);
    EXPECT_EQ(doc["c"], a["checkInCode"]);
    EXPECT_TRUE(doc["i"].is_number_integer());
    EXPECT_EQ(signedTicket(event, a), ticket) << "stable: the same QR every time";

    // Forged: a flipped signature byte, and another attendee's payload under this signature.
    std::string flipped = *signature;
    flipped[10] = static_cast<char>(flipped[10] ^ 0x01);
    const auto forged =
        scan(event,
             {{"code", "NE1." + ticket.substr(4, firstDot - 4) + "." + CheckinService::base64Url(flipped)}},
             door);
    EXPECT_EQ(forged.status, 409) << forged.body;
    EXPECT_EQ(reason(forged), "invalid_signature");
    json swapped = doc;
    swapped["a"] = b["id"];
    swapped["c"] = b["checkInCode"];
    const auto swappedTicket = "NE1." + CheckinService::base64Url(swapped.dump()) + ticket.substr(firstDot);
    EXPECT_EQ(reason(scan(event, {{"code", swappedTicket}}, door)), "invalid_signature");
    EXPECT_EQ(scan(event, {{"code", "NE1.garbage"}}, door).status, 409);

    // Another event's valid ticket, and a ticket naming this event signed with the other event's key.
    const auto foreign = scan(event, {{"code", signedTicket(other, c)}}, door);
    EXPECT_EQ(foreign.status, 409);
    EXPECT_EQ(reason(foreign), "wrong_event");
    const auto otherKeys = server().context().store->read()->checkins().keys(other["id"].get<std::string>());
    ASSERT_EQ(otherKeys.size(), 1u);
    const auto crossSigned = sign(doc, otherKeys[0].secretKey);
    EXPECT_EQ(reason(scan(event, {{"code", crossSigned}}, door)), "invalid_signature");
    EXPECT_EQ(occupancy(event)["entered"], 0) << "no forgery got in";

    // The real ticket is admitted; the plain 12-character code keeps working for the next person.
    const auto ok = scan(event, {{"code", ticket}}, door);
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_EQ(ok.json()["data"]["alreadyCheckedIn"], false);
    EXPECT_EQ(ok.json()["data"]["attendee"]["id"], a["id"]);
    EXPECT_EQ(scan(event, {{"code", ticket}}, door).json()["data"]["alreadyCheckedIn"], true);
    EXPECT_EQ(scan(event, {{"code", b["checkInCode"]}}, door).status, 200);

    // A cancelled registration's ticket is revoked even though its signature is good.
    const auto d = registerAttendee(event["id"], "Cancelled");
    const std::string dTicket = signedTicket(event, d);
    ASSERT_EQ(http()
                  .post(base(event) + "/attendees/" + d["id"].get<std::string>() + "/cancel",
                        json::object(),
                        organizer)
                  .status,
              200);
    const auto revoked = scan(event, {{"code", dTicket}}, door);
    EXPECT_EQ(revoked.status, 409);
    EXPECT_EQ(reason(revoked), "cancelled");

    // The ticket page's QR carries the signed ticket (read back with zbarimg when it is installed).
    const auto qr = http().get("/m/tickets/" + a["checkInCode"].get<std::string>() + "/qr.png");
    ASSERT_EQ(qr.status, 200);
    EXPECT_EQ(qr.header("content-type"), "image/png");
    if (std::system("command -v zbarimg >/dev/null 2>&1") == 0)
    {
        const auto png =
            std::filesystem::temp_directory_path() / ("door-qr-" + a["id"].get<std::string>() + ".png");
        std::ofstream(png, std::ios::binary) << qr.body;
        std::string decoded;
        if (FILE *pipe = ::popen(("zbarimg --raw -q " + png.string()).c_str(), "r"))
        {
            char buffer[512];
            while (std::fgets(buffer, sizeof buffer, pipe))
                decoded += buffer;
            ::pclose(pipe);
        }
        std::filesystem::remove(png);
        while (!decoded.empty() && (decoded.back() == '\n' || decoded.back() == '\r'))
            decoded.pop_back();
        EXPECT_EQ(decoded, ticket);
    }
}

TEST_P(CheckinDoor, DoorTokensAreScopedToTheirEventAndRevocable)
{
    const auto event = openEvent();
    const auto other = openEvent({{"title", "Other"}});
    const auto a = registerAttendee(event["id"], "Door Guest");
    const auto b = registerAttendee(other["id"], "Other Guest");
    const auto door = server().login("checkin");
    EXPECT_EQ(http().post(base(event) + "/door-tokens", {{"name", "Gate"}}, door).status, 403)
        << "only organizers and admins pair devices";
    EXPECT_EQ(http().post(base(event) + "/door-tokens", json::object(), organizer).status, 400);

    const auto created = doorToken(event);
    const std::string token = created["token"];
    EXPECT_TRUE(created["id"].is_string());
    EXPECT_TRUE(created["expiresAt"].is_string());
    EXPECT_EQ(token.rfind("ned_", 0), 0u);

    const auto ok = scan(event, {{"code", a["checkInCode"]}, {"deviceId", "ipad-1"}}, token);
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_EQ(ok.json()["data"]["attendee"]["checkedInBy"], "door:Gate 1");
    EXPECT_FALSE(ok.json()["data"]["attendee"].contains("checkInCode"))
        << "a door device sees what door staff see";
    EXPECT_EQ(http().get(base(event) + "/checkin-snapshot", token).status, 200);
    EXPECT_EQ(http().get(base(event) + "/checkin-keys", token).status, 200);

    // Nothing else: not the attendee list, not the event, not other events, not the account routes.
    EXPECT_EQ(http().get(base(event) + "/attendees?search=Door", token).status, 403);
    EXPECT_EQ(http().get(base(event) + "/attendees/" + a["id"].get<std::string>(), token).status, 403);
    EXPECT_EQ(http().get(base(event), token).status, 403);
    EXPECT_EQ(http().get("/v2/events", token).status, 403);
    EXPECT_EQ(http().get("/v2/auth/me", token).status, 403);
    EXPECT_EQ(http().get(base(other) + "/checkin-snapshot", token).status, 403);
    EXPECT_EQ(http().get(base(other) + "/checkin-keys", token).status, 403);
    EXPECT_EQ(scan(other, {{"code", b["checkInCode"]}}, token).status, 403);
    EXPECT_EQ(http().post(base(event) + "/door-tokens", {{"name", "Self"}}, token).status, 403);

    // Only the hash is stored; the list is shown with last use.
    const auto listed = http().get(base(event) + "/door-tokens", organizer);
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.body.find(token), std::string::npos);
    EXPECT_TRUE(listed.json()["data"]["items"][0]["lastUsedAt"].is_string());
    {
        auto unit = server().context().store->read();
        EXPECT_FALSE(unit->checkins().findDoorTokenByHash(token));
        EXPECT_TRUE(unit->checkins().findDoorTokenByHash(CheckinService::sha256Hex(token)));
    }

    // A token bound to one list scans only there.
    const auto side = createList(event, {{"name", "Side"}});
    const auto sideToken =
        doorToken(event, {{"name", "Side gate"}, {"listId", side["id"]}})["token"].get<std::string>();
    const auto mainList = lists(event, organizer)[0]["id"];
    EXPECT_EQ(scan(event, {{"code", a["checkInCode"]}, {"listId", mainList}}, sideToken).status, 403);
    const auto atSide = scan(event, {{"code", a["checkInCode"]}}, sideToken);
    ASSERT_EQ(atSide.status, 200);
    EXPECT_EQ(atSide.json()["data"]["listId"], side["id"]);

    const auto revoke =
        http().del(base(event) + "/door-tokens/" + created["id"].get<std::string>(), organizer);
    ASSERT_EQ(revoke.status, 200) << revoke.body;
    EXPECT_EQ(http().get(base(event) + "/checkin-snapshot", token).status, 401);
    EXPECT_EQ(scan(event, {{"code", a["checkInCode"]}}, token).status, 401);
    EXPECT_EQ(http().del(base(event) + "/door-tokens/" + created["id"].get<std::string>(), organizer).status,
              404);
    EXPECT_EQ(http().get(base(event) + "/checkin-keys", "ned_not-a-real-token").status, 401);
}

TEST_P(CheckinDoor, SnapshotsCarryHashesAndFollowTheCursor)
{
    const auto event = openEvent({{"capacity", 2}});
    const auto a = registerAttendee(event["id"], "Alpha");
    const auto b = registerAttendee(event["id"], "Beta");
    const auto c = registerAttendee(event["id"], "Gamma"); // waitlisted
    const auto door = server().login("checkin");
    ASSERT_EQ(scan(event, {{"code", a["checkInCode"]}}, door).status, 200);

    const auto full = http().get(base(event) + "/checkin-snapshot", door);
    ASSERT_EQ(full.status, 200) << full.body;
    const auto snap = full.json()["data"];
    EXPECT_EQ(snap["full"], true);
    ASSERT_TRUE(snap["cursor"].is_string());
    ASSERT_EQ(snap["attendees"].size(), 3u);
    EXPECT_EQ(full.body.find(a["checkInCode"].get<std::string>()), std::string::npos)
        << "codes only as hashes";
    EXPECT_EQ(full.body.find("13800000000"), std::string::npos) << "no phones";
    for (const auto &entry : snap["attendees"])
    {
        if (entry["id"] == a["id"])
        {
            EXPECT_EQ(entry["codeHash"], CheckinService::sha256Hex(a["checkInCode"].get<std::string>()));
            ASSERT_EQ(entry["lists"].size(), 1u);
            EXPECT_EQ(entry["lists"][0]["inside"], true);
        }
        if (entry["id"] == c["id"])
        {
            EXPECT_EQ(entry["status"], "waitlisted");
        }
        EXPECT_FALSE(entry.contains("phone"));
        EXPECT_EQ(entry["codeHash"].get<std::string>().size(), 64u);
    }
    EXPECT_TRUE(snap["revoked"].empty());

    // Everything so far is older than the cursor's reach; then one cancellation and one exit.
    {
        auto unit = server().context().store->write();
        const auto old = nextevent::now() - std::chrono::hours(1);
        for (const auto &x : {a, b, c})
            unit->checkins().touchAttendee(x["id"].get<std::string>(), old);
        unit->commit();
    }
    const auto cursorSnap = http().get(base(event) + "/checkin-snapshot", door).json()["data"];
    ASSERT_EQ(http()
                  .post(base(event) + "/attendees/" + b["id"].get<std::string>() + "/cancel",
                        json::object(),
                        organizer)
                  .status,
              200);
    ASSERT_EQ(scan(event, {{"code", a["checkInCode"]}, {"direction", "exit"}}, door).status, 200);

    const auto delta =
        http().get(base(event) + "/checkin-snapshot?since=" + cursorSnap["cursor"].get<std::string>(), door);
    ASSERT_EQ(delta.status, 200) << delta.body;
    const auto d = delta.json()["data"];
    EXPECT_EQ(d["full"], false);
    EXPECT_EQ(d["revoked"], json::array({b["id"]})) << d;
    std::set<std::string> changed;
    for (const auto &entry : d["attendees"])
        changed.insert(entry["id"]);
    EXPECT_TRUE(changed.count(a["id"])) << "the exit changed Alpha";
    EXPECT_TRUE(changed.count(c["id"])) << "Gamma was promoted when Beta cancelled";
    EXPECT_EQ(changed.size(), 2u) << d;
    for (const auto &entry : d["attendees"])
        if (entry["id"] == a["id"])
        {
            EXPECT_EQ(entry["lists"][0]["inside"], false);
        }

    EXPECT_EQ(http().get(base(event) + "/checkin-snapshot?since=yesterday", door).status, 400);
    EXPECT_EQ(http().get(base(event) + "/checkin-snapshot", server().login("viewer")).status, 403);
}

TEST_P(CheckinDoor, OfflineBatchesApplyInScanOrderAndReportConflicts)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Offline A");
    const auto b = registerAttendee(event["id"], "Offline B");
    const auto gone = registerAttendee(event["id"], "Gone");
    ASSERT_EQ(http()
                  .post(base(event) + "/attendees/" + gone["id"].get<std::string>() + "/cancel",
                        json::object(),
                        organizer)
                  .status,
              200);
    const auto token = doorToken(event)["token"].get<std::string>();
    const auto start = nextevent::now();
    const auto ago = [start](int minutes)
    {
        return nextevent::formatIso8601(start - std::chrono::minutes(minutes));
    };

    // Device 2 uploads first, but device 1 admitted A earlier: device 1's entry wins, device 2's conflicts.
    const json device2{
        {"scans",
         {{{"code", a["checkInCode"]}, {"nonce", "d2-1"}, {"deviceId", "d2"}, {"scannedAt", ago(6)}},
          {{"code", b["checkInCode"]},
           {"direction", "exit"},
           {"nonce", "d2-3"},
           {"deviceId", "d2"},
           {"scannedAt", ago(4)}},
          {{"code", b["checkInCode"]}, {"nonce", "d2-2"}, {"deviceId", "d2"}, {"scannedAt", ago(5)}},
          {{"code", "ZZZZZZZZZZZZ"}, {"nonce", "d2-4"}, {"deviceId", "d2"}, {"scannedAt", ago(3)}},
          {{"code", gone["checkInCode"]}, {"nonce", "d2-5"}, {"deviceId", "d2"}, {"scannedAt", ago(2)}}}}};
    const json device1{
        {"scans",
         {{{"code", a["checkInCode"]}, {"nonce", "d1-1"}, {"deviceId", "d1"}, {"scannedAt", ago(10)}}}}};
    const auto first = http().post(base(event) + "/checkins/batch", device1, token);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json()["data"]["results"][0],
              json({{"nonce", "d1-1"}, {"result", "ok"}, {"attendeeId", a["id"]}}));

    const auto second = http().post(base(event) + "/checkins/batch", device2, token);
    ASSERT_EQ(second.status, 200) << second.body;
    const auto results = second.json()["data"]["results"];
    ASSERT_EQ(results.size(), 5u);
    EXPECT_EQ(results[0]["nonce"], "d2-1");
    EXPECT_EQ(results[0]["result"], "conflict");
    EXPECT_EQ(results[0]["attendeeId"], a["id"]);
    EXPECT_EQ(results[1]["result"], "ok") << "B's exit applies after B's earlier entry, though sent first";
    EXPECT_EQ(results[2]["result"], "ok");
    EXPECT_EQ(results[3]["result"], "unknown");
    EXPECT_TRUE(results[3]["attendeeId"].is_null());
    EXPECT_EQ(results[4]["result"], "refused");

    // The same device admitting again is "already", not a conflict.
    const auto repeat =
        http().post(base(event) + "/checkins/batch",
                    {{"scans", {{{"code", a["checkInCode"]}, {"nonce", "d1-2"}, {"deviceId", "d1"}}}}},
                    token);
    EXPECT_EQ(repeat.json()["data"]["results"][0]["result"], "already");

    // A re-upload (the device did not see the answer) changes nothing and gets the same results.
    const auto again = http().post(base(event) + "/checkins/batch", device2, token);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json()["data"]["results"], results);

    const auto conflicts = http().get(base(event) + "/checkin-conflicts", organizer);
    ASSERT_EQ(conflicts.status, 200) << conflicts.body;
    const auto items = conflicts.json()["data"]["items"];
    ASSERT_EQ(items.size(), 1u) << items;
    EXPECT_EQ(items[0]["attendeeId"], a["id"]);
    EXPECT_EQ(items[0]["deviceId"], "d2");
    EXPECT_EQ(items[0]["otherDeviceId"], "d1");
    EXPECT_EQ(items[0]["nonce"], "d2-1");

    const auto occ = occupancy(event);
    EXPECT_EQ(occ["inside"], 1);
    EXPECT_EQ(occ["entered"], 2);
    EXPECT_EQ(occ["exited"], 1);
    const auto attendee =
        http().get(base(event) + "/attendees/" + a["id"].get<std::string>(), organizer).json()["data"];
    EXPECT_EQ(attendee["checkedInAt"], ago(10)) << "checked in when device 1 scanned";
}

TEST_P(CheckinDoor, BadBatchesAreRefusedWhole)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Batch");
    const auto door = server().login("checkin");
    const auto noNonce = http().post(
        base(event) + "/checkins/batch",
        {{"scans", {{{"code", a["checkInCode"]}, {"nonce", "n1"}}, {{"code", a["checkInCode"]}}}}},
        door);
    EXPECT_EQ(noNonce.status, 400);
    EXPECT_EQ(noNonce.json()["error"]["details"][0]["field"], "scans[1].nonce");
    EXPECT_EQ(noNonce.json()["error"]["details"][0]["code"], "required");
    json many = json::array();
    for (int i = 0; i < 501; ++i)
        many.push_back({{"code", a["checkInCode"]}, {"nonce", "n" + std::to_string(i)}});
    const auto tooMany = http().post(base(event) + "/checkins/batch", {{"scans", many}}, door);
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_EQ(tooMany.json()["error"]["details"][0]["code"], "too_many");
    EXPECT_EQ(http().post(base(event) + "/checkins/batch", {{"scans", "all"}}, door).status, 400);
    EXPECT_EQ(http()
                  .post(base(event) + "/checkins/batch",
                        {{"scans", {{{"code", a["checkInCode"]}, {"nonce", "x"}}}}},
                        server().login("viewer"))
                  .status,
              403);
    EXPECT_EQ(occupancy(event)["entered"], 0) << "nothing of a refused batch was applied";
}

TEST_P(CheckinDoor, EventTopicCarriesOccupancy)
{
    const auto event = openEvent();
    const auto a = registerAttendee(event["id"], "Live");
    WsTestClient ws(server().port(), "?access_token=" + organizer);
    const auto snapshot = ws.subscribe("event:" + event["id"].get<std::string>());
    ASSERT_EQ(snapshot["type"], "snapshot") << snapshot;
    EXPECT_EQ(snapshot["data"]["occupancy"]["inside"], 0);
    ASSERT_EQ(scan(event, {{"code", a["checkInCode"]}}, organizer).status, 200);
    const auto update = ws.until([](const json &m)
                                 { return m["type"] == "update" && m["data"]["occupancy"]["inside"] == 1; });
    EXPECT_FALSE(update.is_null()) << "the check-in reached event:ID with the occupancy";
}

NEXTEVENT_BACKENDS(CheckinDoor);
