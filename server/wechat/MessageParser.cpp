// SPDX-License-Identifier: MIT
#include "server/wechat/MessageParser.h"

#include <charconv>
#include <utility>

namespace nextevent::server::wechat
{
namespace
{
std::string_view trimAsciiSpace(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

template <typename Number> std::optional<Number> parseNumber(std::string_view text)
{
    text = trimAsciiSpace(text);
    if (text.empty())
        return std::nullopt;
    Number value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string take(const XmlFields &fields, std::string_view name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
}

template <typename Number> std::optional<Number> lenientNumber(const XmlFields &fields, std::string_view name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::nullopt : parseNumber<Number>(it->second);
}

/// Reads an integer that must be well-formed when present (used for de-dup keys and correlation).
template <typename Number>
bool strictNumber(const XmlFields &fields,
                  std::string_view name,
                  std::optional<Number> &out,
                  std::string &problem)
{
    const auto it = fields.find(name);
    if (it == fields.end())
        return true;
    out = parseNumber<Number>(it->second);
    if (!out)
        problem = "<" + std::string(name) + "> is not an integer";
    return out.has_value();
}
} // namespace

Result<InboundMessage> parseInboundMessage(std::string_view xml, const XmlLimits &limits)
{
    Result<XmlFields> read = SafeXmlReader::read(xml, limits);
    if (!read)
        return read.error();
    XmlFields &fields = read.value();

    for (const std::string_view required : {"ToUserName", "FromUserName", "CreateTime", "MsgType"})
        if (!fields.contains(required))
            return WeChatError(WeChatErrorCode::InvalidXml, "<" + std::string(required) + "> is missing");

    InboundMessage message;
    std::string problem;
    std::optional<std::int64_t> createTime;
    if (!strictNumber(fields, "CreateTime", createTime, problem) ||
        !strictNumber(fields, "MsgId", message.msgId, problem) ||
        !strictNumber(fields, "MsgID", message.templateMsgId, problem))
        return WeChatError(WeChatErrorCode::InvalidXml, problem);
    message.createTime = *createTime;

    message.toUserName = take(fields, "ToUserName");
    message.fromUserName = take(fields, "FromUserName");
    message.msgType = take(fields, "MsgType");
    message.kind = messageKindFromWire(message.msgType);

    message.content = take(fields, "Content");
    message.msgDataId = take(fields, "MsgDataId");
    message.idx = take(fields, "Idx");
    message.picUrl = take(fields, "PicUrl");
    message.mediaId = take(fields, "MediaId");
    message.format = take(fields, "Format");
    message.recognition = take(fields, "Recognition");
    message.thumbMediaId = take(fields, "ThumbMediaId");
    message.locationX = lenientNumber<double>(fields, "Location_X");
    message.locationY = lenientNumber<double>(fields, "Location_Y");
    message.scale = lenientNumber<std::int64_t>(fields, "Scale");
    message.label = take(fields, "Label");
    message.title = take(fields, "Title");
    message.description = take(fields, "Description");
    message.url = take(fields, "Url");

    if (message.kind == MessageKind::Event)
    {
        message.event = take(fields, "Event");
        message.eventKind = eventKindFromWire(message.event);
    }
    message.eventKey = take(fields, "EventKey");
    message.ticket = take(fields, "Ticket");
    message.latitude = lenientNumber<double>(fields, "Latitude");
    message.longitude = lenientNumber<double>(fields, "Longitude");
    message.precision = lenientNumber<double>(fields, "Precision");
    message.menuId = take(fields, "MenuId");
    message.status = take(fields, "Status");
    message.encrypt = take(fields, "Encrypt");
    message.fields = std::move(fields);
    return message;
}

Result<EncryptedEnvelope> parseEncryptedEnvelope(std::string_view xml, const XmlLimits &limits)
{
    Result<XmlFields> read = SafeXmlReader::read(xml, limits);
    if (!read)
        return read.error();
    const XmlFields &fields = read.value();
    EncryptedEnvelope envelope;
    envelope.encrypt = take(fields, "Encrypt");
    if (envelope.encrypt.empty())
        return WeChatError(WeChatErrorCode::InvalidXml, "<Encrypt> is missing or empty");
    envelope.toUserName = take(fields, "ToUserName");
    return envelope;
}

} // namespace nextevent::server::wechat
