// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <mutex>

#include "server/wechat/TokenCache.h"

namespace nextevent::server::wechat
{

/// A TokenCache in process memory, for a single server instance and for tests.
class MemoryTokenCache final : public TokenCache
{
public:
    std::optional<CachedToken> get(const std::string &key) override;
    void set(const std::string &key, const CachedToken &token) override;
    bool eraseIfValue(const std::string &key, const std::string &value) override;

private:
    std::mutex m_mutex;
    std::map<std::string, CachedToken> m_entries;
};

} // namespace nextevent::server::wechat
