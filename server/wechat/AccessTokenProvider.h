// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "server/wechat/Clock.h"
#include "server/wechat/TokenCache.h"

namespace nextevent::server::wechat
{

/// What a fetch from WeChat returned: the credential and its `expires_in`.
struct FetchedCredential
{
    std::string value;
    std::chrono::seconds expiresIn{0};
};

/// The central holder (中控) of one WeChat credential, the global access_token or the jsapi_ticket
/// (wechat-protocol.md §4.4, §9): it reads the credential from a TokenCache, fetches a new one when
/// there is none or it is about to expire, and makes concurrent callers wait for one fetch
/// (single-flight) instead of each fetching, since every fetch invalidates the previous token. With a
/// shared cache the single flight spans instances: only the holder of the cache's refresh lock fetches,
/// the others wait for its credential to appear in the cache.
class AccessTokenProvider
{
public:
    /// Fetches a new credential from WeChat; throws (e.g. WeChatApiError) on failure.
    using Fetcher = std::function<FetchedCredential()>;

    /// `key` is the cache key. A credential is refreshed when less than
    /// min(refreshMargin, refreshFraction × its lifetime) remains, by `clock`'s wall time (waiting for
    /// another instance's refresh always uses the real time).
    AccessTokenProvider(std::shared_ptr<TokenCache> cache,
                        std::string key,
                        Fetcher fetcher,
                        std::chrono::seconds refreshMargin,
                        double refreshFraction,
                        std::shared_ptr<const Clock> clock = Clock::system());

    /// A valid credential: the cached one, or a freshly fetched one. When a refresh ahead of expiry
    /// fails but the cached credential has not expired yet, the cached one is returned. Otherwise
    /// rethrows what the fetcher threw (to every caller waiting on that fetch).
    std::string get();

    /// Forgets `failed` after WeChat rejected it (40001/40014/42001), but only if it is still the
    /// cached value: another caller may already have replaced it. The next get() fetches.
    void invalidate(const std::string &failed);

    /// The cached credential without fetching, for status pages.
    std::optional<CachedToken> peek() const;

    /// How many fetches this provider has started.
    std::int64_t fetchCount() const
    {
        return m_fetchCount.load();
    }

private:
    bool needsRefresh(const CachedToken &token, TimePoint now) const;
    /// Fetches under the cache's cross-instance refresh lock, or takes what the lock holder stored.
    CachedToken refreshShared();
    CachedToken fetchAndStore();

    std::shared_ptr<TokenCache> m_cache;
    std::string m_key;
    Fetcher m_fetcher;
    std::chrono::seconds m_refreshMargin;
    double m_refreshFraction;
    std::shared_ptr<const Clock> m_clock;
    std::mutex m_mutex;
    /// Valid while a fetch is under way; waiters share its outcome.
    std::shared_future<CachedToken> m_inFlight;
    std::atomic<std::int64_t> m_fetchCount{0};
};

} // namespace nextevent::server::wechat
