// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>

#include "server/wechat/MemoryTokenCache.h"
#include "server/wechat/WeChatApiClient.h"
#include "server/wechat/WeChatApiConfig.h"
#include "tests/fakes/FakeWeChatServer.h"

namespace nextevent::server::wechat::testsupport
{

/// A client configuration pointing at `fake`, with short timeouts and backoff so tests stay fast.
inline WeChatApiConfig configFor(const nextevent::testing::FakeWeChatServer &fake)
{
    WeChatApiConfig config;
    config.appId = fake.appId();
    config.appSecret = fake.appSecret();
    config.apiBase = fake.baseUrl();
    config.connectTimeout = std::chrono::milliseconds(2000);
    config.readTimeout = std::chrono::milliseconds(3000);
    config.backoffInitial = std::chrono::milliseconds(20);
    config.backoffMax = std::chrono::milliseconds(80);
    return config;
}

} // namespace nextevent::server::wechat::testsupport
