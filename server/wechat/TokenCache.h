// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "nextevent/Time.h"

namespace nextevent::server::wechat
{

/// One credential held for the whole deployment: the global access_token or the jsapi_ticket.
struct CachedToken
{
    std::string value;
    TimePoint fetchedAt{};
    TimePoint expiresAt{};

    bool operator==(const CachedToken &) const = default;
};

/// Where the central token holder keeps its credentials, so every worker (and, with a shared
/// implementation such as Redis, every server instance) uses the same token instead of fetching its
/// own, which would invalidate everybody else's (wechat-protocol.md §4.4). Implementations must be
/// thread-safe. They may drop an entry at any time; the provider then fetches a new one.
class TokenCache
{
public:
    virtual ~TokenCache() = default;

    /// The entry under `key`, or nullopt when there is none (or it has passed its expiresAt).
    virtual std::optional<CachedToken> get(const std::string &key) = 0;

    /// Stores `token` under `key`, replacing any entry; it may be dropped after token.expiresAt.
    virtual void set(const std::string &key, const CachedToken &token) = 0;

    /// Removes the entry under `key` only if its value is still `value` (compare-and-delete), so a
    /// caller that saw an old token fail cannot throw away the new one another caller just stored.
    /// Returns true when an entry was removed.
    virtual bool eraseIfValue(const std::string &key, const std::string &value) = 0;

    /// Cross-instance single-flight: asks for the right to fetch a new credential for `key`, held for
    /// at most `ttl` (so a holder that dies cannot block the others for longer). Returns a lock token
    /// to pass to unlockRefresh, or nullopt when another holder has it (the caller then waits and
    /// re-reads the cache). A cache private to one process has no one to exclude and always grants;
    /// a shared one whose backend is unreachable should grant too rather than stall every caller.
    virtual std::optional<std::string> tryLockRefresh(const std::string &key, std::chrono::milliseconds ttl)
    {
        (void)key;
        (void)ttl;
        return std::string();
    }

    /// Releases a lock taken by tryLockRefresh, only if `token` still holds it.
    virtual void unlockRefresh(const std::string &key, const std::string &token)
    {
        (void)key;
        (void)token;
    }
};

} // namespace nextevent::server::wechat
