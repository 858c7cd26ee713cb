// SPDX-License-Identifier: MIT
// Helpers for the WeChat integration tests: a fixture wired to a FakeWeChatServer, signed webhook requests
// in plaintext, compatible and safe modes, and a QR decoder (zbarimg).
#pragma once

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "ApiTest.h"
#include "server/wechat/MessageCrypto.h"
#include "server/wechat/MessageParser.h"
#include "server/wechat/Signature.h"
#include "server/wechat/WeChatApiClient.h"
#include "tests/fakes/FakeWeChatServer.h"

namespace nextevent::test
{

inline constexpr const char *kWxToken = "nexteventToken2030";
inline constexpr const char *kWxAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
inline constexpr const char *kWxAccount = "gh_10f6c3c3ac5a";

enum class WxMode
{
    Plain,
    Compatible,
    Safe
};

inline std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline std::string cdataField(const std::string &name, const std::string &value)
{
    return "<" + name + "><![CDATA[" + value + "]]></" + name + ">";
}

inline std::string textXml(const std::string &openid,
                           const std::string &content,
                           std::uint64_t msgId,
                           std::int64_t createTime = unixNow())
{
    return "<xml>" + cdataField("ToUserName", kWxAccount) + cdataField("FromUserName", openid) +
           "<CreateTime>" + std::to_string(createTime) + "</CreateTime>" + cdataField("MsgType", "text") +
           cdataField("Content", content) + "<MsgId>" + std::to_string(msgId) + "</MsgId></xml>";
}

inline std::string eventXml(const std::string &openid,
                            const std::string &event,
                            const std::string &eventKey = {},
                            std::int64_t createTime = unixNow())
{
    std::string xml = "<xml>" + cdataField("ToUserName", kWxAccount) + cdataField("FromUserName", openid) +
                      "<CreateTime>" + std::to_string(createTime) + "</CreateTime>" +
                      cdataField("MsgType", "event") + cdataField("Event", event);
    if (!eventKey.empty())
        xml += cdataField("EventKey", eventKey);
    if (event == "SCAN" || eventKey.rfind("qrscene_", 0) == 0)
        xml += cdataField("Ticket", "gQFTICKET");
    return xml + "</xml>";
}

/// A webhook answer with the reply decrypted (safe mode) for inspection.
struct WxReply
{
    int status = 0;
    std::string raw;
    std::string xml; ///< the plaintext reply XML, or "success"/"" as sent
    bool encrypted = false;
};

/// A fixture with WeChat configured against a fake API server and job workers running.
class WeChatApiTestBase : public ApiTest
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
        return {{"NEXTEVENT_WECHAT_APP_ID", fake.appId()},
                {"NEXTEVENT_WECHAT_APP_SECRET", fake.appSecret()},
                {"NEXTEVENT_WECHAT_TOKEN", kWxToken},
                {"NEXTEVENT_WECHAT_AES_KEY", kWxAesKey},
                // The suite exercises all three modes with one account; WeChatPlaintextRefused checks
                // the default, which refuses plaintext while an AES key is set.
                {"NEXTEVENT_WECHAT_ALLOW_PLAINTEXT", "true"},
                {"NEXTEVENT_WECHAT_API_BASE", fake.baseUrl()},
                {"NEXTEVENT_WECHAT_AUTO_REPLY", "Thanks! We read every message."},
                {"NEXTEVENT_JOB_BACKOFF_MS", "100"},
                {"NEXTEVENT_JOB_POLL_MS", "50"},
                {"NEXTEVENT_JOB_MAX_ATTEMPTS", "3"}};
    }

    server::wechat::MessageCrypto crypto(const std::string &appId) const
    {
        return server::wechat::MessageCrypto::create(kWxToken, kWxAesKey, appId).value();
    }

    static std::string nonce()
    {
        static std::mt19937_64 rng{std::random_device{}()};
        return std::to_string(rng());
    }

    /// The signed query string for a callback (signature over token, timestamp, nonce).
    static std::string signedQuery(std::int64_t timestamp, const std::string &n)
    {
        const std::string ts = std::to_string(timestamp);
        return "signature=" + server::wechat::urlSignature(kWxToken, ts, n) + "&timestamp=" + ts +
               "&nonce=" + n;
    }

    HttpResult rawWebhook(const std::string &query, const std::string &body)
    {
        return http().request(
            "POST", "/v2/wechat/webhook?" + query, body, {}, {{"Content-Type", "text/xml"}});
    }

    /// POSTs a message the way WeChat does in `mode` and decrypts a safe-mode reply.
    WxReply deliver(const std::string &xml, WxMode mode = WxMode::Plain, std::string appId = {})
    {
        const std::int64_t ts = unixNow();
        const std::string n = nonce();
        std::string query = signedQuery(ts, n);
        std::string body = xml;
        if (mode != WxMode::Plain)
        {
            const auto c = crypto(appId.empty() ? fake.appId() : appId);
            const std::string encrypted = c.encrypt(xml).value();
            query += "&encrypt_type=aes&msg_signature=" +
                     server::wechat::messageSignature(kWxToken, std::to_string(ts), n, encrypted) +
                     "&openid=x";
            const std::string envelope =
                cdataField("ToUserName", kWxAccount) + cdataField("Encrypt", encrypted);
            body = mode == WxMode::Safe
                       ? "<xml>" + envelope + "</xml>"
                       : xml.substr(0, xml.size() - 6) + cdataField("Encrypt", encrypted) + "</xml>";
        }
        const auto r = rawWebhook(query, body);
        WxReply reply{r.status, r.body, r.body, false};
        if (r.status == 200 && r.body.rfind("<xml>", 0) == 0 && r.body.find("<Encrypt>") != std::string::npos)
        {
            reply.encrypted = true;
            auto envelope = server::wechat::parseEncryptedEnvelope(r.body);
            EXPECT_TRUE(envelope.ok());
            const auto fields = server::wechat::SafeXmlReader::read(r.body).value();
            const std::string sig = fields.at("MsgSignature");
            EXPECT_TRUE(server::wechat::verifyMessageSignature(
                kWxToken, fields.at("TimeStamp"), fields.at("Nonce"), envelope.value().encrypt, sig))
                << "reply msg_signature";
            auto plain = crypto(fake.appId()).decrypt(envelope.value().encrypt);
            EXPECT_TRUE(plain.ok());
            reply.xml = plain.ok() ? plain.value() : "";
        }
        return reply;
    }

    std::vector<Interaction> interactionsOf(const std::string &openid)
    {
        return server().context().store->read()->wechat().interactions(openid);
    }

    std::int64_t interactionCount()
    {
        return server().context().store->read()->wechat().countInteractions();
    }

    std::vector<server::app::Job> jobs(const std::string &state = {})
    {
        server::app::JobQuery q;
        q.pageSize = 100;
        if (!state.empty())
            q.state = server::app::jobStateFromString(state);
        return server().context().jobs->list(q).items;
    }

    /// Waits up to `seconds` for `condition`.
    template <typename F> static bool eventually(F condition, double seconds = 10)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until)
        {
            if (condition())
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return condition();
    }

    nextevent::testing::FakeWeChatServer fake;
};

/// The text zbarimg decodes from a PNG (without the trailing newline).
inline std::string decodeQr(const std::string &png)
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("nextevent-qr-" + std::to_string(std::random_device{}()) + ".png");
    {
        std::ofstream out(path, std::ios::binary);
        out << png;
    }
    std::string text;
    if (FILE *pipe =
            ::popen(("zbarimg -q --raw --nodbus -Sbinary " + path.string() + " 2>/dev/null").c_str(), "r"))
    {
        char buffer[4096];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            text.append(buffer, n);
        ::pclose(pipe);
    }
    std::filesystem::remove(path);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

} // namespace nextevent::test
