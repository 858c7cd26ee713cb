// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/wechat/InboundMessage.h"

namespace nextevent::server::wechat
{

/// The default tolerance between a request's timestamp and our clock.
inline constexpr std::chrono::seconds kDefaultTimestampWindow{300};

/// The key under which to de-duplicate WeChat's re-deliveries of one message. Ordinary messages
/// with a MsgId use "msg" + ToUserName + MsgId; events (and anything without a MsgId) use "evt" +
/// ToUserName + FromUserName + CreateTime + Event + EventKey, the docs' FromUserName + CreateTime
/// extended so two different events in the same second do not collide. ToUserName keeps accounts
/// apart when one store serves several. Each part is length-prefixed, so no choice of values can
/// make two different messages produce the same key.
std::string deduplicationKey(const InboundMessage &message);

/// True when `timestamp` (the query value: decimal Unix seconds, digits only) is within `window`
/// of `nowSeconds` in either direction. Anything that is not a plain non-negative decimal number of
/// at most 18 digits is rejected.
bool isWithinTimestampWindow(std::string_view timestamp,
                             std::int64_t nowSeconds,
                             std::chrono::seconds window = kDefaultTimestampWindow);

} // namespace nextevent::server::wechat
