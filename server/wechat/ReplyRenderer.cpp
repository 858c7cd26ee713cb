// SPDX-License-Identifier: MIT
#include "server/wechat/ReplyRenderer.h"

#include <algorithm>

namespace nextevent::server::wechat
{
namespace
{
constexpr std::size_t kMaxArticlesEver = 8;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/// Length of the valid UTF-8 sequence starting at text[pos] (RFC 3629: no overlongs, no
/// surrogates, nothing above U+10FFFF), or 0 if it is invalid. `codePoint` receives its value.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos, char32_t &codePoint)
{
    const auto byteAt = [&](std::size_t i)
    {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byteAt(pos);
    std::size_t length = 0;
    char32_t minimum = 0;
    if (lead < 0x80)
    {
        codePoint = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF)
    {
        length = 2;
        codePoint = lead & 0x1F;
        minimum = 0x80;
    }
    else if (lead >= 0xE0 && lead <= 0xEF)
    {
        length = 3;
        codePoint = lead & 0x0F;
        minimum = 0x800;
    }
    else if (lead >= 0xF0 && lead <= 0xF4)
    {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    }
    else
        return 0;
    if (pos + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i)
    {
        const unsigned char next = byteAt(pos + i);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

bool isXmlCharacter(char32_t c)
{
    if (c < 0x20)
        return c == 0x09 || c == 0x0A || c == 0x0D;
    return c != 0xFFFE && c != 0xFFFF;
}

void appendElement(std::string &out, std::string_view name, std::string_view text)
{
    out.append("<").append(name).append(">");
    out.append(cdata(text));
    out.append("</").append(name).append(">");
}

std::string openReply(const ReplyHeader &header, std::string_view msgType)
{
    std::string out = "<xml>";
    appendElement(out, "ToUserName", header.toUserName);
    appendElement(out, "FromUserName", header.fromUserName);
    out.append("<CreateTime>").append(std::to_string(header.createTime)).append("</CreateTime>");
    appendElement(out, "MsgType", msgType);
    return out;
}
} // namespace

ReplyHeader ReplyHeader::answering(const InboundMessage &inbound, std::int64_t now)
{
    return ReplyHeader{inbound.fromUserName, inbound.toUserName, now};
}

std::size_t maxNewsArticles(const InboundMessage &inbound)
{
    return inbound.kind == MessageKind::Event ? kMaxArticlesEver : 1;
}

std::string cdata(std::string_view text)
{
    std::string out = "<![CDATA[";
    out.reserve(text.size() + 12);
    std::size_t pos = 0;
    while (pos < text.size())
    {
        if (text.substr(pos).starts_with("]]>"))
        {
            // End the section after "]]" and start a new one for ">": no "]]>" survives inside.
            out.append("]]]]><![CDATA[>");
            pos += 3;
            continue;
        }
        char32_t codePoint = 0;
        const std::size_t length = utf8SequenceLength(text, pos, codePoint);
        if (length == 0)
        {
            out.append(kReplacement);
            pos += 1;
            continue;
        }
        if (isXmlCharacter(codePoint))
            out.append(text.substr(pos, length));
        else
            out.append(kReplacement);
        pos += length;
    }
    out.append("]]>");
    return out;
}

std::string renderTextReply(const ReplyHeader &header, std::string_view content)
{
    std::string out = openReply(header, "text");
    appendElement(out, "Content", content);
    out.append("</xml>");
    return out;
}

std::string renderImageReply(const ReplyHeader &header, std::string_view mediaId)
{
    std::string out = openReply(header, "image");
    out.append("<Image>");
    appendElement(out, "MediaId", mediaId);
    out.append("</Image></xml>");
    return out;
}

std::string renderVoiceReply(const ReplyHeader &header, std::string_view mediaId)
{
    std::string out = openReply(header, "voice");
    out.append("<Voice>");
    appendElement(out, "MediaId", mediaId);
    out.append("</Voice></xml>");
    return out;
}

std::string renderVideoReply(const ReplyHeader &header,
                             std::string_view mediaId,
                             std::string_view title,
                             std::string_view description)
{
    std::string out = openReply(header, "video");
    out.append("<Video>");
    appendElement(out, "MediaId", mediaId);
    appendElement(out, "Title", title);
    appendElement(out, "Description", description);
    out.append("</Video></xml>");
    return out;
}

Result<std::string>
renderNewsReply(const ReplyHeader &header, const std::vector<NewsArticle> &articles, std::size_t maxArticles)
{
    const std::size_t limit = std::min(maxArticles, kMaxArticlesEver);
    if (articles.empty())
        return WeChatError(WeChatErrorCode::InvalidReply, "a news reply needs at least one article");
    if (articles.size() > limit)
        return WeChatError(WeChatErrorCode::InvalidReply,
                           "a news reply here allows at most " + std::to_string(limit) + " article(s)");
    std::string out = openReply(header, "news");
    out.append("<ArticleCount>").append(std::to_string(articles.size())).append("</ArticleCount><Articles>");
    for (const NewsArticle &article : articles)
    {
        out.append("<item>");
        appendElement(out, "Title", article.title);
        appendElement(out, "Description", article.description);
        appendElement(out, "PicUrl", article.picUrl);
        appendElement(out, "Url", article.url);
        out.append("</item>");
    }
    out.append("</Articles></xml>");
    return out;
}

std::string renderEncryptedReply(const EncryptedReply &reply)
{
    std::string out = "<xml>";
    appendElement(out, "Encrypt", reply.encrypt);
    appendElement(out, "MsgSignature", reply.msgSignature);
    out.append("<TimeStamp>").append(std::to_string(reply.timeStamp)).append("</TimeStamp>");
    appendElement(out, "Nonce", reply.nonce);
    out.append("</xml>");
    return out;
}

} // namespace nextevent::server::wechat
