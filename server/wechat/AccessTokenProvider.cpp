// SPDX-License-Identifier: MIT
#include "server/wechat/AccessTokenProvider.h"

#include <thread>
#include <utility>

namespace nextevent::server::wechat
{
namespace
{
/// How long one instance may hold the shared right to refresh: longer than a fetch with its retries
/// normally takes, short enough that a crashed holder only delays the others this much.
constexpr std::chrono::milliseconds kRefreshLockTtl{10000};
/// How long a caller waits for another instance's refresh before fetching itself.
constexpr std::chrono::milliseconds kRefreshLockWait{10000};
constexpr std::chrono::milliseconds kRefreshLockPoll{25};
} // namespace

AccessTokenProvider::AccessTokenProvider(std::shared_ptr<TokenCache> cache,
                                         std::string key,
                                         Fetcher fetcher,
                                         std::chrono::seconds refreshMargin,
                                         double refreshFraction,
                                         std::shared_ptr<const Clock> clock)
    : m_cache(std::move(cache))
    , m_key(std::move(key))
    , m_fetcher(std::move(fetcher))
    , m_refreshMargin(refreshMargin)
    , m_refreshFraction(refreshFraction)
    , m_clock(clock ? std::move(clock) : Clock::system())
{
}

bool AccessTokenProvider::needsRefresh(const CachedToken &token, TimePoint now) const
{
    const auto lifetime = token.expiresAt - token.fetchedAt;
    auto margin = std::chrono::duration_cast<std::chrono::milliseconds>(lifetime * m_refreshFraction);
    if (margin > m_refreshMargin)
        margin = m_refreshMargin;
    return token.expiresAt - now <= margin;
}

std::string AccessTokenProvider::get()
{
    std::optional<CachedToken> cached = m_cache->get(m_key);
    if (cached && !needsRefresh(*cached, m_clock->wallNow()))
        return cached->value;

    std::shared_future<CachedToken> flight;
    std::promise<CachedToken> promise;
    bool leader = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_inFlight.valid())
        {
            flight = m_inFlight;
        }
        else
        {
            // Another caller may have finished a fetch between our read and taking the lock.
            cached = m_cache->get(m_key);
            if (cached && !needsRefresh(*cached, m_clock->wallNow()))
                return cached->value;
            m_inFlight = promise.get_future().share();
            flight = m_inFlight;
            leader = true;
        }
    }

    if (leader)
    {
        try
        {
            promise.set_value(refreshShared());
        }
        catch (...)
        {
            promise.set_exception(std::current_exception());
        }
        std::lock_guard lock(m_mutex);
        m_inFlight = {};
    }

    try
    {
        return flight.get().value;
    }
    catch (...)
    {
        // A refresh ahead of time failed: the old credential still works until it expires.
        if (cached && cached->expiresAt > m_clock->wallNow())
            return cached->value;
        throw;
    }
}

CachedToken AccessTokenProvider::refreshShared()
{
    const auto deadline = std::chrono::steady_clock::now() + kRefreshLockWait;
    for (;;)
    {
        const auto lock = m_cache->tryLockRefresh(m_key, kRefreshLockTtl);
        if (lock || std::chrono::steady_clock::now() >= deadline)
        {
            try
            {
                CachedToken token;
                // Another instance may have stored a fresh credential between our read and the lock.
                auto current = m_cache->get(m_key);
                if (lock && current && !needsRefresh(*current, m_clock->wallNow()))
                    token = std::move(*current);
                else
                    token = fetchAndStore();
                if (lock)
                    m_cache->unlockRefresh(m_key, *lock);
                return token;
            }
            catch (...)
            {
                if (lock)
                    m_cache->unlockRefresh(m_key, *lock);
                throw;
            }
        }
        // Another instance is fetching: its credential appears in the shared cache.
        std::this_thread::sleep_for(kRefreshLockPoll);
        auto current = m_cache->get(m_key);
        if (current && !needsRefresh(*current, m_clock->wallNow()))
            return *current;
    }
}

CachedToken AccessTokenProvider::fetchAndStore()
{
    ++m_fetchCount;
    FetchedCredential fetched = m_fetcher();
    CachedToken token;
    token.value = std::move(fetched.value);
    token.fetchedAt = m_clock->wallNow();
    token.expiresAt = token.fetchedAt + fetched.expiresIn;
    m_cache->set(m_key, token);
    return token;
}

void AccessTokenProvider::invalidate(const std::string &failed)
{
    m_cache->eraseIfValue(m_key, failed);
}

std::optional<CachedToken> AccessTokenProvider::peek() const
{
    return m_cache->get(m_key);
}

} // namespace nextevent::server::wechat
