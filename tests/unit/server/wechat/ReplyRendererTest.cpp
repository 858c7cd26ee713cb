// SPDX-License-Identifier: MIT
#include "server/wechat/ReplyRenderer.h"

#include <gtest/gtest.h>

#include "server/wechat/MessageParser.h"
#include "server/wechat/SafeXmlReader.h"

using namespace nextevent::server::wechat;

namespace
{
const ReplyHeader kHeader{"oUser123", "gh_abc", 1700000001};

XmlFields readOk(const std::string &xml)
{
    Result<XmlFields> fields = SafeXmlReader::read(xml);
    if (!fields)
        ADD_FAILURE() << fields.error().message() << "\n" << xml;
    return fields ? fields.value() : XmlFields{};
}

NewsArticle article(int i)
{
    return NewsArticle{
        "Title " + std::to_string(i), "Desc", "https://p/" + std::to_string(i) + ".jpg", "https://u/"};
}
} // namespace

TEST(ReplyRenderer, RendersTextReplyExactly)
{
    EXPECT_EQ(
        renderTextReply(kHeader, "你好"),
        "<xml><ToUserName><![CDATA[oUser123]]></ToUserName><FromUserName><![CDATA[gh_abc]]></FromUserName>"
        "<CreateTime>1700000001</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        "<Content><![CDATA[你好]]></Content></xml>");
}

TEST(ReplyRenderer, HeaderSwapsTheParties)
{
    InboundMessage inbound;
    inbound.toUserName = "gh_abc";
    inbound.fromUserName = "oUser123";
    const ReplyHeader header = ReplyHeader::answering(inbound, 42);
    EXPECT_EQ(header.toUserName, "oUser123");
    EXPECT_EQ(header.fromUserName, "gh_abc");
    EXPECT_EQ(header.createTime, 42);
}

TEST(ReplyRenderer, CdataSplitsTerminatorSafely)
{
    EXPECT_EQ(cdata("plain"), "<![CDATA[plain]]>");
    EXPECT_EQ(cdata(""), "<![CDATA[]]>");
    EXPECT_EQ(cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
    EXPECT_EQ(cdata("]]>"), "<![CDATA[]]]]><![CDATA[>]]>");
    EXPECT_EQ(cdata("<&>\"'"), "<![CDATA[<&>\"']]>"); // nothing else is escaped
}

TEST(ReplyRenderer, CdataInjectionCannotAddElements)
{
    const std::vector<std::string> attacks = {
        "x]]></Content><MsgType><![CDATA[image]]></MsgType><Content><![CDATA[y",
        "]]>",
        "]]]>",
        "]]>]]>",
        "]]]]>>",
        "a]]",
        "<![CDATA[nested]]>",
        "]]><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
    };
    for (const std::string &attack : attacks)
    {
        const std::string xml = renderTextReply(kHeader, attack);
        const XmlFields fields = readOk(xml);
        EXPECT_EQ(fields.at("Content"), attack) << xml;
        EXPECT_EQ(fields.at("MsgType"), "text") << xml;
        EXPECT_EQ(fields.size(), 5u) << xml;
    }
}

TEST(ReplyRenderer, CdataReplacesWhatXmlCannotCarry)
{
    EXPECT_EQ(cdata(std::string("a\0b", 3)),
              "<![CDATA[a\xEF\xBF\xBD"
              "b]]>");
    EXPECT_EQ(cdata("tab\tnl\ncr\r"), "<![CDATA[tab\tnl\ncr\r]]>");
    EXPECT_EQ(cdata("\x01\x1F"), "<![CDATA[\xEF\xBF\xBD\xEF\xBF\xBD]]>");
    EXPECT_EQ(cdata("\xC3\x28"), "<![CDATA[\xEF\xBF\xBD(]]>");            // bad continuation byte
    EXPECT_EQ(cdata("\xC0\xAF"), "<![CDATA[\xEF\xBF\xBD\xEF\xBF\xBD]]>"); // overlong '/'
    EXPECT_EQ(cdata("\xED\xA0\x80"), "<![CDATA[\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD]]>"); // surrogate
    EXPECT_EQ(cdata("\xEF\xBF\xBE"), "<![CDATA[\xEF\xBF\xBD]]>");                         // U+FFFE
    EXPECT_EQ(cdata("\xE4\xBD"), "<![CDATA[\xEF\xBF\xBD\xEF\xBF\xBD]]>");                 // truncated
    EXPECT_EQ(cdata("签到 😀"), "<![CDATA[签到 😀]]>");
    // Whatever bytes go in, the reply stays well-formed.
    std::string everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.push_back(static_cast<char>(i));
    EXPECT_TRUE(SafeXmlReader::read(renderTextReply(kHeader, everyByte)).ok());
}

TEST(ReplyRenderer, RendersMediaReplies)
{
    const XmlFields image = readOk(renderImageReply(kHeader, "media_1"));
    EXPECT_EQ(image.at("MsgType"), "image");
    EXPECT_EQ(image.at("Image/MediaId"), "media_1");

    const XmlFields voice = readOk(renderVoiceReply(kHeader, "media_2"));
    EXPECT_EQ(voice.at("MsgType"), "voice");
    EXPECT_EQ(voice.at("Voice/MediaId"), "media_2");

    const XmlFields video = readOk(renderVideoReply(kHeader, "media_3", "T", "D"));
    EXPECT_EQ(video.at("MsgType"), "video");
    EXPECT_EQ(video.at("Video/MediaId"), "media_3");
    EXPECT_EQ(video.at("Video/Title"), "T");
    EXPECT_EQ(video.at("Video/Description"), "D");
}

TEST(ReplyRenderer, RendersNewsReply)
{
    const Result<std::string> news = renderNewsReply(kHeader, {article(1), article(2)}, 8);
    ASSERT_TRUE(news.ok()) << news.error().message();
    EXPECT_NE(
        news->find("<ArticleCount>2</ArticleCount><Articles><item><Title><![CDATA[Title 1]]></Title>"
                   "<Description><![CDATA[Desc]]></Description><PicUrl><![CDATA[https://p/1.jpg]]></PicUrl>"
                   "<Url><![CDATA[https://u/]]></Url></item><item><Title><![CDATA[Title 2]]></Title>"),
        std::string::npos)
        << news.value();
    const XmlFields fields = readOk(news.value());
    EXPECT_EQ(fields.at("MsgType"), "news");
    EXPECT_EQ(fields.at("ArticleCount"), "2");
    EXPECT_EQ(fields.at("Articles/item/Title"), "Title 1");
    EXPECT_EQ(fields.at("ToUserName"), "oUser123");
}

TEST(ReplyRenderer, NewsReplyLimits)
{
    InboundMessage text;
    text.kind = MessageKind::Text;
    InboundMessage event;
    event.kind = MessageKind::Event;
    EXPECT_EQ(maxNewsArticles(text), 1u);
    EXPECT_EQ(maxNewsArticles(event), 8u);

    EXPECT_TRUE(renderNewsReply(kHeader, {article(1)}, maxNewsArticles(text)).ok());
    const Result<std::string> twoForText =
        renderNewsReply(kHeader, {article(1), article(2)}, maxNewsArticles(text));
    ASSERT_FALSE(twoForText.ok());
    EXPECT_EQ(twoForText.error().code(), WeChatErrorCode::InvalidReply);

    std::vector<NewsArticle> eight;
    for (int i = 0; i < 8; ++i)
        eight.push_back(article(i));
    EXPECT_TRUE(renderNewsReply(kHeader, eight, maxNewsArticles(event)).ok());
    eight.push_back(article(9));
    EXPECT_FALSE(renderNewsReply(kHeader, eight, 100).ok()); // 8 is the ceiling whatever is asked
    EXPECT_FALSE(renderNewsReply(kHeader, {}, 8).ok());
}

TEST(ReplyRenderer, RendersEncryptedEnvelopeInOrder)
{
    const EncryptedReply reply{
        "QUJD+/==", "5d197aaffba7e9b25a30732f161a50dee96bd5fa", 1409735669, "1320562132"};
    EXPECT_EQ(renderEncryptedReply(reply),
              "<xml><Encrypt><![CDATA[QUJD+/==]]></Encrypt>"
              "<MsgSignature><![CDATA[5d197aaffba7e9b25a30732f161a50dee96bd5fa]]></MsgSignature>"
              "<TimeStamp>1409735669</TimeStamp><Nonce><![CDATA[1320562132]]></Nonce></xml>");
}
