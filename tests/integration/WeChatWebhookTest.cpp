// SPDX-License-Identifier: MIT
// The WeChat callback end to end: URL verification, plaintext/compatible/safe modes, every message type,
// de-duplication of retries, stale and forged requests, hostile XML and ciphertext, scans → Interaction,
// reply and a tag job that the worker runs against the fake WeChat API.
#include <thread>
#include <vector>

#include "WeChatTestSupport.h"

using namespace nextevent::test;
using nextevent::InteractionKind;
using nlohmann::json;

class WeChatWebhook : public WeChatApiTestBase
{
protected:
    /// An event with an interaction code and a WeChat tag that exists in the fake.
    json scanEvent(const std::string &code = "launch2030")
    {
        const auto tagId = server().context().wechatApi->createTag("launch-" + code);
        return openEvent(
            {{"wechatConfig",
              {{"interactionCode", code}, {"scanMessage", "Welcome to the launch!"}, {"userTagId", tagId}}}});
    }

    std::string follower(const std::string &openid)
    {
        nextevent::testing::FakeUser user;
        user.openid = openid;
        fake.addUser(user);
        return openid;
    }
};

TEST_P(WeChatWebhook, GetVerifiesTheSignatureAndEchoes)
{
    const std::string n = nonce();
    const auto ok = http().get("/v2/wechat/webhook?" + signedQuery(unixNow(), n) + "&echostr=8471632957");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, "8471632957");
    const auto forged = http().get("/v2/wechat/webhook?signature=" + std::string(40, 'a') +
                                   "&timestamp=" + std::to_string(unixNow()) + "&nonce=1&echostr=x");
    EXPECT_EQ(forged.status, 403);
    EXPECT_TRUE(forged.body.empty());
    EXPECT_EQ(http().get("/v2/wechat/webhook?echostr=x").status, 403);
    const auto stale = http().get("/v2/wechat/webhook?" + signedQuery(unixNow() - 3600, n) + "&echostr=x");
    EXPECT_EQ(stale.status, 403);
}

TEST_P(WeChatWebhook, TextMessageInEveryModeGetsTheAutoReplyAndIsRecorded)
{
    const std::vector<std::pair<WxMode, std::string>> modes{
        {WxMode::Plain, "oPlainUser000000000000000001"},
        {WxMode::Compatible, "oCompatUser00000000000000002"},
        {WxMode::Safe, "oSafeUser0000000000000000003"}};
    std::uint64_t msgId = 6054768590064713728ull;
    for (const auto &[mode, openid] : modes)
    {
        const auto reply = deliver(textXml(openid, "hello", ++msgId), mode);
        ASSERT_EQ(reply.status, 200) << reply.raw;
        EXPECT_EQ(reply.encrypted, mode != WxMode::Plain) << "replies are encrypted whenever the request was";
        EXPECT_NE(reply.xml.find("<ToUserName><![CDATA[" + openid + "]]></ToUserName>"), std::string::npos)
            << reply.xml;
        EXPECT_NE(reply.xml.find("Thanks! We read every message."), std::string::npos) << reply.xml;
        const auto stored = interactionsOf(openid);
        ASSERT_EQ(stored.size(), 1u);
        EXPECT_EQ(stored[0].kind, InteractionKind::Message);
        EXPECT_EQ(stored[0].eventKey, "hello");
        const auto user = server().context().store->read()->wechat().findUser(openid);
        ASSERT_TRUE(user);
        EXPECT_TRUE(user->subscribed);
    }
}

TEST_P(WeChatWebhook, ScanRepliesWithTheEventLinkRecordsAndTagsThroughAJob)
{
    const auto event = scanEvent();
    const std::string id = event["id"];
    const std::int64_t tagId = event["wechatConfig"]["userTagId"];
    const std::string link = server().context().config.publicUrl + "/m/events/" + id;
    const std::string openid = follower("oScanUser00000000000000000001");
    const auto reply = deliver(eventXml(openid, "SCAN", "launch2030"), WxMode::Safe);
    ASSERT_EQ(reply.status, 200) << reply.raw;
    EXPECT_TRUE(reply.encrypted);
    EXPECT_NE(reply.xml.find("Welcome to the launch!"), std::string::npos) << reply.xml;
    EXPECT_NE(reply.xml.find(link), std::string::npos) << reply.xml;
    const auto stored = interactionsOf(openid);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].kind, InteractionKind::Scan);
    EXPECT_EQ(stored[0].eventKey, "launch2030");
    EXPECT_EQ(stored[0].eventId.value_or(""), id);
    // The worker tags the user through the API; the webhook itself made no call.
    ASSERT_TRUE(eventually([&] { return !fake.tagsOf(openid).empty(); })) << "tag job never ran";
    EXPECT_EQ(fake.tagsOf(openid), std::vector<std::int64_t>{tagId});
    const auto calls = fake.requests("/cgi-bin/tags/members/batchtagging");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].json()["openid_list"], json::array({openid}));
    ASSERT_TRUE(eventually([&] { return jobs("done").size() == 1; }));
    const auto listed = http().get("/v2/jobs?state=done", admin);
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json()["data"]["items"][0]["kind"], "wechat.tag");
    EXPECT_EQ(listed.json()["data"]["items"][0]["payload"]["openid"], openid);
}

TEST_P(WeChatWebhook, AScanThatMustReadTheDatabaseRunsAgainOnAWorkerAndIsRecordedOnce)
{
    // The webhook runs on the HTTP front's I/O thread; the first SCAN of a code not yet cached has to read
    // the database, so it starts over on a worker. It is stored, counted and answered once all the same;
    // the next SCAN of the same code is answered on the I/O thread.
    scanEvent("restart2030");
    const std::string first = follower("oRestartScan00000000000001");
    const std::string second = follower("oRestartScan00000000000002");
    const auto before = handlerRuns(http());
    const auto reply = deliver(eventXml(first, "SCAN", "restart2030"), WxMode::Safe);
    ASSERT_EQ(reply.status, 200) << reply.raw;
    EXPECT_NE(reply.xml.find("Welcome to the launch!"), std::string::npos) << reply.xml;
    const auto afterFirst = handlerRuns(http());
    EXPECT_GE(afterFirst.restarted, before.restarted + 1);
    EXPECT_EQ(interactionsOf(first).size(), 1u);

    const auto again = deliver(eventXml(second, "SCAN", "restart2030"), WxMode::Safe);
    ASSERT_EQ(again.status, 200) << again.raw;
    const auto afterSecond = handlerRuns(http());
    EXPECT_EQ(afterSecond.io, afterFirst.io + 1);
    EXPECT_EQ(afterSecond.restarted, afterFirst.restarted);
    EXPECT_EQ(interactionsOf(second).size(), 1u);
    const auto status = http().get("/v2/wechat/status", admin).json()["data"];
    EXPECT_EQ(status["webhook"]["messagesLast10Minutes"], 2) << status.dump();
}

TEST_P(WeChatWebhook, QrSubscribeRecordsFollowAndScanPlainSubscribeGetsTheWelcome)
{
    const auto event = scanEvent("expo");
    const std::string openid = follower("oNewFollower000000000000001");
    const auto reply = deliver(eventXml(openid, "subscribe", "qrscene_expo"), WxMode::Compatible);
    ASSERT_EQ(reply.status, 200);
    EXPECT_NE(reply.xml.find("/m/events/" + event["id"].get<std::string>()), std::string::npos) << reply.xml;
    const auto stored = interactionsOf(openid);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].kind == InteractionKind::Subscribe || stored[1].kind == InteractionKind::Subscribe,
              true);
    EXPECT_EQ(stored[0].kind == InteractionKind::Scan || stored[1].kind == InteractionKind::Scan, true);
    for (const auto &i : stored)
        EXPECT_EQ(i.eventKey, "expo");
    ASSERT_TRUE(eventually([&] { return !fake.tagsOf(openid).empty(); }));

    const std::string plain = "oPlainFollower00000000000001";
    const auto welcome = deliver(eventXml(plain, "subscribe"));
    EXPECT_NE(welcome.xml.find("Thanks! We read every message."), std::string::npos) << welcome.xml;
    ASSERT_EQ(interactionsOf(plain).size(), 1u);
    EXPECT_EQ(interactionsOf(plain)[0].kind, InteractionKind::Subscribe);
    EXPECT_EQ(jobs().size(), 1u) << "a plain follow queues nothing";
}

TEST_P(WeChatWebhook, UnsubscribeClickViewAndKeywords)
{
    const auto event = scanEvent("kw2030");
    const std::string openid = "oMenuUser00000000000000000001";
    deliver(eventXml(openid, "subscribe"));
    const auto click = deliver(eventXml(openid, "CLICK", "MENU_ABOUT"), WxMode::Safe);
    EXPECT_NE(click.xml.find("Thanks! We read every message."), std::string::npos) << click.xml;
    const auto view = deliver(eventXml(openid, "VIEW", "https://example.com/m/x"));
    EXPECT_EQ(view.raw, "success");
    const auto keyword = deliver(textXml(openid, "  kw2030 ", 42));
    EXPECT_NE(keyword.xml.find("/m/events/" + event["id"].get<std::string>()), std::string::npos)
        << keyword.xml;
    const auto bye = deliver(eventXml(openid, "unsubscribe"));
    EXPECT_EQ(bye.raw, "success");
    const auto stored = interactionsOf(openid);
    ASSERT_EQ(stored.size(), 5u);
    std::multiset<std::string> kinds;
    for (const auto &i : stored)
        kinds.insert(std::string(toString(i.kind)));
    EXPECT_EQ(kinds, (std::multiset<std::string>{"subscribe", "click", "view", "message", "unsubscribe"}));
    const auto user = server().context().store->read()->wechat().findUser(openid);
    ASSERT_TRUE(user);
    EXPECT_FALSE(user->subscribed);
    EXPECT_TRUE(jobs().empty()) << "keywords do not tag";
}

TEST_P(WeChatWebhook, RetriesAreDeduplicatedAndReplayTheFirstReply)
{
    scanEvent("dup");
    const std::string openid = follower("oRetryUser0000000000000000001");
    const auto text = textXml(openid, "once", 777000111222333444ull);
    const auto first = deliver(text);
    const auto second = deliver(text);
    const auto third = deliver(text, WxMode::Safe);
    EXPECT_EQ(first.xml, second.xml);
    EXPECT_EQ(first.xml, third.xml) << "the safe-mode retry carries the same reply, encrypted";
    EXPECT_EQ(interactionsOf(openid).size(), 1u);

    const auto scan = eventXml(openid, "SCAN", "dup", unixNow() - 2);
    deliver(scan);
    deliver(scan, WxMode::Safe);
    deliver(scan);
    EXPECT_EQ(interactionsOf(openid).size(), 2u);
    EXPECT_EQ(jobs().size(), 1u) << "one tag job for three deliveries";
    // A different event in the same second is not a duplicate.
    deliver(eventXml(openid, "CLICK", "K", unixNow() - 2));
    EXPECT_EQ(interactionsOf(openid).size(), 3u);
}

TEST_P(WeChatWebhook, ConcurrentDeliveriesOfOneMessageAreHandledOnce)
{
    scanEvent("burst");
    const std::string openid = follower("oBurstUser0000000000000000001");
    const auto scan = eventXml(openid, "SCAN", "burst", unixNow() - 1);
    constexpr int kDeliveries = 8;
    std::vector<std::string> queries;
    for (int i = 0; i < kDeliveries; ++i)
        queries.push_back(signedQuery(unixNow(), nonce()));
    std::vector<HttpResult> results(kDeliveries);
    std::vector<std::thread> threads;
    for (int i = 0; i < kDeliveries; ++i)
        threads.emplace_back([&, i] { results[i] = rawWebhook(queries[i], scan); });
    for (auto &t : threads)
        t.join();
    for (const auto &r : results)
    {
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.body, results[0].body) << "every delivery gets the first one's reply";
    }
    EXPECT_NE(results[0].body.find("Welcome to the launch!"), std::string::npos) << results[0].body;
    EXPECT_EQ(interactionsOf(openid).size(), 1u);
    EXPECT_EQ(jobs().size(), 1u);
    const auto stats = server().context().wechat->stats();
    EXPECT_EQ(stats["accepted"], 1);
    EXPECT_EQ(stats["duplicates"], kDeliveries - 1);
}

TEST_P(WeChatWebhook, ForgedStaleAndMissingSignaturesAreRefused)
{
    const std::string openid = "oForgedUser00000000000000001";
    const auto body = textXml(openid, "hi", 1);
    const std::string ts = std::to_string(unixNow());
    EXPECT_EQ(rawWebhook("timestamp=" + ts + "&nonce=1", body).status, 403);
    EXPECT_EQ(rawWebhook("signature=" + nextevent::server::wechat::urlSignature("wrongToken", ts, "1") +
                             "&timestamp=" + ts + "&nonce=1",
                         body)
                  .status,
              403);
    EXPECT_EQ(rawWebhook(signedQuery(unixNow() - 600, "5"), body).status, 403) << "stale timestamp";
    EXPECT_EQ(rawWebhook(signedQuery(unixNow() + 600, "5"), body).status, 403) << "future timestamp";
    // Safe mode with a good URL signature but a forged msg_signature.
    const std::string n = nonce();
    const std::string encrypted = crypto(fake.appId()).encrypt(body).value();
    const auto forged =
        rawWebhook(signedQuery(unixNow(), n) + "&encrypt_type=aes&msg_signature=" + std::string(40, '0'),
                   "<xml>" + cdataField("Encrypt", encrypted) + "</xml>");
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(interactionCount(), 0);
}

TEST_P(WeChatWebhook, HostileXmlAndCiphertextAreRejectedAndNothingIsStored)
{
    const std::string bomb =
        R"(<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xml><ToUserName>gh</ToUserName><FromUserName>oBomb</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&c;</Content><MsgId>1</MsgId></xml>)";
    EXPECT_EQ(deliver(bomb).status, 400);
    const std::string xxe =
        R"(<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><ToUserName>gh</ToUserName><FromUserName>oXxe</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>2</MsgId></xml>)";
    EXPECT_EQ(deliver(xxe).status, 400);
    EXPECT_EQ(deliver(xxe, WxMode::Safe).status, 400) << "declarations inside the ciphertext too";
    EXPECT_EQ(deliver("<xml><ToUserName>gh</ToUserName>").status, 400) << "not well-formed";

    const auto sendCipher = [&](const std::string &encrypted)
    {
        const std::int64_t ts = unixNow();
        const std::string n = nonce();
        return rawWebhook(
            signedQuery(ts, n) + "&encrypt_type=aes&msg_signature=" +
                nextevent::server::wechat::messageSignature(kWxToken, std::to_string(ts), n, encrypted),
            "<xml>" + cdataField("Encrypt", encrypted) + "</xml>");
    };
    const std::string good = crypto(fake.appId()).encrypt(textXml("oCipher", "x", 3)).value();
    EXPECT_EQ(sendCipher(good.substr(0, good.size() - 24)).status, 400) << "truncated";
    EXPECT_EQ(sendCipher("!!!not*base64$$$").status, 400);
    EXPECT_EQ(sendCipher(std::string(44, 'A')).status, 400) << "wrong length";
    // Encrypted for another account: the AppID inside the plaintext is not ours.
    EXPECT_EQ(deliver(textXml("oOtherApp", "x", 4), WxMode::Safe, "wx0000000000000bad").status, 403);
    EXPECT_EQ(interactionCount(), 0);
    const auto status = http().get("/v2/wechat/status", admin).json()["data"];
    EXPECT_GE(status["webhook"]["rejected"].get<int>(), 8);
    EXPECT_FALSE(status["webhook"]["lastErrors"].empty());
}

TEST_P(WeChatWebhook, UnknownTypesAreAnsweredSuccessAndNotStored)
{
    const std::string openid = "oUnknownUser0000000000000001";
    const std::string odd = "<xml>" + cdataField("ToUserName", kWxAccount) +
                            cdataField("FromUserName", openid) + "<CreateTime>" + std::to_string(unixNow()) +
                            "</CreateTime>" + cdataField("MsgType", "hologram") + "<MsgId>9</MsgId></xml>";
    const auto reply = deliver(odd, WxMode::Safe);
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.raw, "success");
    EXPECT_EQ(deliver(eventXml(openid, "TELEPORT")).raw, "success");
    EXPECT_EQ(interactionCount(), 0);
    EXPECT_FALSE(server().context().store->read()->wechat().findUser(openid));
}

TEST_P(WeChatWebhook, OrdinaryMessagesOfEveryKind)
{
    const std::string openid = "oKindsUser00000000000000000001";
    const auto msg = [&](const std::string &type, const std::string &extra, std::uint64_t id)
    {
        return "<xml>" + cdataField("ToUserName", kWxAccount) + cdataField("FromUserName", openid) +
               "<CreateTime>" + std::to_string(unixNow()) + "</CreateTime>" + cdataField("MsgType", type) +
               extra + "<MsgId>" + std::to_string(id) + "</MsgId></xml>";
    };
    std::uint64_t id = 100;
    for (const auto &[type, extra] : std::vector<std::pair<std::string, std::string>>{
             {"image", cdataField("PicUrl", "http://x/p.jpg") + cdataField("MediaId", "m1")},
             {"voice", cdataField("MediaId", "m2") + cdataField("Format", "amr")},
             {"video", cdataField("MediaId", "m3") + cdataField("ThumbMediaId", "t3")},
             {"shortvideo", cdataField("MediaId", "m4") + cdataField("ThumbMediaId", "t4")},
             {"location",
              "<Location_X>31.2</Location_X><Location_Y>121.4</Location_Y><Scale>15</Scale>" +
                  cdataField("Label", "Shanghai")},
             {"link",
              cdataField("Title", "t") + cdataField("Description", "d") + cdataField("Url", "http://x")}})
    {
        const auto reply = deliver(msg(type, extra, ++id), WxMode::Safe);
        EXPECT_EQ(reply.status, 200) << type;
        EXPECT_NE(reply.xml.find("Thanks!"), std::string::npos) << type << ": " << reply.xml;
    }
    const auto stored = interactionsOf(openid);
    ASSERT_EQ(stored.size(), 6u);
    for (const auto &i : stored)
        EXPECT_EQ(i.kind, InteractionKind::Message);
}

TEST_P(WeChatWebhook, KeywordsFindOnlyWhatThePublicMaySee)
{
    const std::string openid = "oKeywordUser0000000000000001";
    const auto draft =
        http().post("/v2/articles", {{"title", "Secret launch plan"}, {"content", "<p>x</p>"}}, organizer);
    ASSERT_EQ(draft.status, 201) << draft.body;
    const std::string articleId = draft.json()["data"]["id"];
    // A typed "article:<id>" used to answer with a draft's title.
    const auto hidden = deliver(textXml(openid, "article:" + articleId, 7001));
    EXPECT_EQ(hidden.xml.find("Secret launch plan"), std::string::npos) << hidden.xml;
    ASSERT_EQ(http().post("/v2/articles/" + articleId + "/publish", json::object(), organizer).status, 200);
    const auto shown = deliver(textXml(openid, "article:" + articleId, 7002));
    EXPECT_NE(shown.xml.find("Secret launch plan"), std::string::npos) << shown.xml;
    // Draft events neither, by id or by code.
    const auto event =
        createEvent({{"title", "Unannounced"}, {"wechatConfig", {{"interactionCode", "draft2030"}}}});
    for (const std::string &keyword :
         std::vector<std::string>{"draft2030", "event:" + event["id"].get<std::string>()})
    {
        const auto reply = deliver(textXml(openid, keyword, 7003 + keyword.size()));
        EXPECT_EQ(reply.xml.find("Unannounced"), std::string::npos) << keyword << ": " << reply.xml;
    }
}

NEXTEVENT_BACKENDS(WeChatWebhook);

/// The default: with an AES key set, a plaintext post is refused (an eavesdropper who saw one signed URL
/// could otherwise replay it with XML of their own), while safe and compatible modes work.
class WeChatPlaintextRefused : public WeChatWebhook
{
protected:
    std::map<std::string, std::string> overrides() const override
    {
        auto o = WeChatWebhook::overrides();
        o.erase("NEXTEVENT_WECHAT_ALLOW_PLAINTEXT");
        return o;
    }
};

TEST_P(WeChatPlaintextRefused, PlaintextGets403AndEncryptedModesWork)
{
    const std::string openid = "oPlainRefused000000000000001";
    const auto before = interactionCount();
    const auto plain = deliver(textXml(openid, "hello", 8001), WxMode::Plain);
    EXPECT_EQ(plain.status, 403);
    EXPECT_EQ(interactionCount(), before) << "nothing stored";
    const auto safe = deliver(textXml(openid, "hello", 8002), WxMode::Safe);
    EXPECT_EQ(safe.status, 200);
    EXPECT_TRUE(safe.encrypted);
    const auto compatible = deliver(textXml(openid, "hello", 8003), WxMode::Compatible);
    EXPECT_EQ(compatible.status, 200);
    EXPECT_EQ(interactionCount(), before + 2);
}

NEXTEVENT_BACKENDS(WeChatPlaintextRefused);
