// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include "server/wechat/Clock.h"
#include "server/wechat/TokenCache.h"

namespace nextevent::server::wechat
{

/// A TokenCache in process memory, for a single server instance and for tests.
class MemoryTokenCache final : public TokenCache
{
public:
    /// Entries are dropped once `clock`'s wall time passes their expiresAt.
    explicit MemoryTokenCache(std::shared_ptr<const Clock> clock = Clock::system());

    std::optional<CachedToken> get(const std::string &key) override;
    void set(const std::string &key, const CachedToken &token) override;
    bool eraseIfValue(const std::string &key, const std::string &value) override;

private:
    const std::shared_ptr<const Clock> m_clock;
    std::mutex m_mutex;
    std::map<std::string, CachedToken> m_entries;
};

} // namespace nextevent::server::wechat
