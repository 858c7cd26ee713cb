// SPDX-License-Identifier: MIT
#include "server/wechat/ReplayProtection.h"

namespace nextevent::server::wechat
{
namespace
{
constexpr std::size_t kMaxTimestampDigits = 18; // fits in int64 with room for the subtraction

void appendPart(std::string &key, std::string_view part)
{
    key.append(std::to_string(part.size())).append(":").append(part).append("|");
}
} // namespace

std::string deduplicationKey(const InboundMessage &message)
{
    std::string key;
    if (message.msgId && message.kind != MessageKind::Event)
    {
        key = "msg|";
        appendPart(key, message.toUserName);
        appendPart(key, std::to_string(*message.msgId));
        return key;
    }
    key = "evt|";
    appendPart(key, message.toUserName);
    appendPart(key, message.fromUserName);
    appendPart(key, std::to_string(message.createTime));
    appendPart(key, message.event);
    appendPart(key, message.eventKey);
    return key;
}

bool isWithinTimestampWindow(std::string_view timestamp, std::int64_t nowSeconds, std::chrono::seconds window)
{
    if (timestamp.empty() || timestamp.size() > kMaxTimestampDigits || window.count() < 0 || nowSeconds < 0)
        return false;
    std::int64_t value = 0;
    for (const char c : timestamp)
    {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    const std::int64_t difference = value > nowSeconds ? value - nowSeconds : nowSeconds - value;
    return difference <= window.count();
}

} // namespace nextevent::server::wechat
