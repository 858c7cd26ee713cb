// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "server/wechat/InboundMessage.h"
#include "server/wechat/MessageCrypto.h"
#include "server/wechat/Result.h"

namespace nextevent::server::wechat
{

/// The four common elements of a passive reply.
struct ReplyHeader
{
    std::string toUserName;   ///< the user's OpenID (the inbound FromUserName)
    std::string fromUserName; ///< our gh_… id (the inbound ToUserName)
    std::int64_t createTime = 0;

    /// The header answering `inbound`: the parties swapped, CreateTime = now (Unix seconds).
    static ReplyHeader answering(const InboundMessage &inbound, std::int64_t now);
};

/// One <item> of a news reply.
struct NewsArticle
{
    std::string title;
    std::string description;
    std::string picUrl;
    std::string url;
};

/// The most articles a news reply to `inbound` may carry: 1 for ordinary messages, 8 for events.
std::size_t maxNewsArticles(const InboundMessage &inbound);

/// Wraps text in a CDATA section. A "]]>" inside the text is split across two sections
/// ("]]" + "]]><![CDATA[" + ">") so it cannot close the section early; invalid UTF-8 sequences and
/// characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) become U+FFFD, so
/// the output is always well-formed.
std::string cdata(std::string_view text);

/// <xml> … <MsgType>text</MsgType><Content>…</Content></xml>
std::string renderTextReply(const ReplyHeader &header, std::string_view content);

/// An image reply; mediaId must come from the media upload API.
std::string renderImageReply(const ReplyHeader &header, std::string_view mediaId);

/// A voice reply; mediaId must come from the media upload API.
std::string renderVoiceReply(const ReplyHeader &header, std::string_view mediaId);

/// A video reply with its title and description.
std::string renderVideoReply(const ReplyHeader &header,
                             std::string_view mediaId,
                             std::string_view title,
                             std::string_view description);

/// A news (articles) reply. Fails with InvalidReply when `articles` is empty or longer than
/// maxArticles (pass maxNewsArticles(inbound); never more than 8).
Result<std::string>
renderNewsReply(const ReplyHeader &header, const std::vector<NewsArticle> &articles, std::size_t maxArticles);

/// The safe-mode response body: <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml> in that order.
std::string renderEncryptedReply(const EncryptedReply &reply);

} // namespace nextevent::server::wechat
