// SPDX-License-Identifier: MIT
#pragma once

namespace nextevent::server::app
{

/// Thrown where a thread that must not wait would wait: on the database, Redis or the WeChat API. The
/// HTTP front's I/O threads answer requests that are usually served from memory (a cached event, a
/// memoised page) themselves, inside a NonBlockingScope; when such a request turns out to need the
/// database after all (a cache miss, a revocation list due for a refresh), this is thrown before the first
/// wait and the front runs the request again, from the start, on a worker thread.
///
/// Deliberately not a std::exception: handlers that turn errors into answers (`catch (const
/// std::exception &)`) let it pass to the front. Code on a path that may run inside the scope must not
/// change anything before its first read (the request runs again).
struct WouldBlock
{
};

namespace detail
{
inline thread_local bool t_nonBlocking = false;
}

/// Marks the current thread as one that must not wait, for the scope's lifetime.
class NonBlockingScope
{
public:
    NonBlockingScope()
        : m_previous(detail::t_nonBlocking)
    {
        detail::t_nonBlocking = true;
    }

    ~NonBlockingScope()
    {
        detail::t_nonBlocking = m_previous;
    }

    NonBlockingScope(const NonBlockingScope &) = delete;
    NonBlockingScope &operator=(const NonBlockingScope &) = delete;

private:
    bool m_previous;
};

/// Throws WouldBlock inside a NonBlockingScope; called before every wait on the database, Redis or the
/// network.
inline void mayWaitHere()
{
    if (detail::t_nonBlocking)
        throw WouldBlock{};
}

} // namespace nextevent::server::app
