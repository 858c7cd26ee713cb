// SPDX-License-Identifier: MIT
#include "server/http/ReactorFront.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <http_parser.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <string_view>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"

#include "server/app/Blocking.h"

namespace nextevent::server::http
{
namespace
{
using Clock = std::chrono::steady_clock;

// The POCO front's limits (Poco::Net::MessageHeader and HTTPRequest in 1.11): header name 256 bytes,
// value 8 KiB, 100 fields, URI 16 KiB; http-parser adds 80 KiB for the whole head.
constexpr std::size_t kMaxUri = 16 * 1024;
constexpr std::size_t kMaxFieldName = 256;
constexpr std::size_t kMaxFieldValue = 8 * 1024;
constexpr std::size_t kMaxFields = 100;
/// Bodies up to this size are read before the pipeline admits the request (one trip to a worker instead
/// of two); an anonymous client can make the server hold no more than this per connection.
constexpr std::int64_t kReadFirstBody = 64 * 1024;
/// Unparsed input held while a request runs (pipelined requests behind it); reading pauses above it.
constexpr std::size_t kMaxBufferedInput = 64 * 1024;
constexpr std::size_t kReadChunk = 16 * 1024;
/// After the answer of a connection we close, its unread input is read and dropped for this long, so the
/// kernel does not reset the connection (and destroy the answer) because of unread bytes.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr auto kSweepInterval = std::chrono::milliseconds(250);

constexpr std::uint64_t kListenerKey = 0;
constexpr std::uint64_t kWakeKey = 1;
constexpr std::uint64_t kFirstConnectionKey = 2;
/// Every loop waits on the listening socket; EPOLLEXCLUSIVE wakes one of them per connection, not all.
constexpr std::uint32_t kListenerEvents = EPOLLIN | EPOLLEXCLUSIVE;

/// The Date header's value, formatted at most once a second per thread.
const std::string &httpDate()
{
    thread_local std::string cached;
    thread_local std::time_t cachedSecond = 0;
    const std::time_t second = std::time(nullptr);
    if (second != cachedSecond)
    {
        cachedSecond = second;
        cached = Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::HTTP_FORMAT);
    }
    return cached;
}

/// Version, keep-alive and method of the request an answer is for.
struct AnswerFor
{
    unsigned short major = 1;
    unsigned short minor = 1;
    bool keepAlive = true;
    bool head = false;
};

/// One HTTP answer as bytes: status line, headers, Content-Length, Connection, body.
std::string serialize(int status,
                      const std::vector<std::pair<std::string, std::string>> &headers,
                      const std::string &body,
                      const AnswerFor &to)
{
    const auto reason =
        Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    std::string out;
    out.reserve(256 + body.size());
    out += to.major == 1 && to.minor == 0 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out += std::to_string(status);
    out += ' ';
    out += reason;
    out += "\r\nDate: ";
    out += httpDate();
    out += "\r\nServer: NextEvent\r\n";
    for (const auto &[name, value] : headers)
    {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    const bool switching = status == 101;
    if (!switching)
    {
        out += "Content-Length: ";
        out += std::to_string(body.size());
        out += "\r\n";
        if (!to.keepAlive)
            out += "Connection: close\r\n";
        else if (to.minor == 0)
            out += "Connection: Keep-Alive\r\n";
    }
    out += "\r\n";
    if (!to.head && status != 204 && status != 304 && !switching)
        out += body;
    return out;
}

std::string serializeExchange(const Pipeline &pipeline, Exchange &x, const AnswerFor &to)
{
    std::vector<std::pair<std::string, std::string>> headers;
    pipeline.finish(x, headers);
    return serialize(x.response.status, headers, x.response.body, to);
}

/// The error envelope for a request the parser refused (the pipeline never saw it).
std::string refusal(const Pipeline &pipeline, int status, const std::string &message)
{
    Exchange x;
    x.request.requestId = newUuid();
    pipeline.fail(x, Error(ErrorCode::Validation, message));
    x.response.status = status;
    return serializeExchange(pipeline, x, AnswerFor{1, 1, false, false});
}

/// A fixed pool of threads running the handlers.
class Workers
{
public:
    void start(int count)
    {
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back([this] { loop(); });
    }

    void post(std::function<void()> job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    /// Runs the queued jobs, then joins the threads.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (auto &t : m_threads)
            t.join();
        m_threads.clear();
    }

private:
    void loop()
    {
        for (;;)
        {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};

/// What a worker does with one request, and what it brings back.
struct Work
{
    enum class Step
    {
        AdmitAndRun, ///< body (if any) already read
        Admit,       ///< a large, chunked or 100-continue body: admit before reading it
        Run,         ///< admitted, body read
        Upgrade      ///< the WebSocket endpoint
    };

    Step step = Step::AdmitAndRun;
    RequestHead head;
    Exchange x;
    AnswerFor to;
    bool admitted = false;
    /// Refused before its body, which is read and dropped (so the client, still sending, gets the answer
    /// rather than a reset), even when the connection closes after it.
    bool drainBody = false;
    std::string answer; ///< the serialized answer (empty when admitted and the body is still to be read)
    /// A deferred answer settled on another thread, for the I/O thread to serialize (see awaitDeferred).
    bool settledElsewhere = false;
    Response *settledResponse = nullptr; ///< owned by x.response.deferred
    std::exception_ptr settledError;
    UpgradeRequest upgrade;
    std::function<void(int)> adopt;
};
} // namespace

namespace
{
/// One I/O thread and the connections it owns (ReactorFront::Impl runs one per `http.ioThreads`). Every loop
/// waits on the shared listening socket (EPOLLEXCLUSIVE: one loop is woken per new connection) and hands
/// requests that wait on the database to the shared workers.
class Loop
{
public:
    Loop(const Pipeline &pipeline,
         const std::string &upgradePath,
         const UpgradeAcceptor &upgrade,
         Workers &workers)
        : m_pipeline(pipeline)
        , m_config(pipeline.config())
        , m_upgradePath(upgradePath)
        , m_upgrade(upgrade)
        , m_workers(workers)
        , m_readBuffer(kReadChunk)
    {
        std::memset(&m_settings, 0, sizeof m_settings);
        m_settings.on_message_begin = &Loop::onMessageBegin;
        m_settings.on_url = &Loop::onUrl;
        m_settings.on_header_field = &Loop::onHeaderField;
        m_settings.on_header_value = &Loop::onHeaderValue;
        m_settings.on_headers_complete = &Loop::onHeadersComplete;
        m_settings.on_body = &Loop::onBody;
        m_settings.on_message_complete = &Loop::onMessageComplete;
    }

    ~Loop()
    {
        if (m_epoll >= 0)
            ::close(m_epoll);
        if (m_wakeFd >= 0)
            ::close(m_wakeFd);
    }

    /// Starts the I/O thread on a listening socket (non-blocking, shared with the other loops).
    void start(int listenFd)
    {
        m_listenFd = listenFd;
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (m_epoll < 0 || m_wakeFd < 0)
            throw std::runtime_error(std::string("http front: ") + std::strerror(errno));
        add(m_listenFd, kListenerKey, kListenerEvents);
        add(m_wakeFd, kWakeKey, EPOLLIN);
        m_thread = std::thread([this] { loop(); });
    }

    /// Stops accepting and starts closing (idle connections at once, busy ones by `graceUntil`).
    void beginStop(Clock::time_point graceUntil)
    {
        if (!m_thread.joinable())
            return;
        m_graceUntil = graceUntil;
        m_stopping.store(true);
        wake();
    }

    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    /// Answers still waiting for their commit settle on the writers' threads and call back into this
    /// loop: waits for them (writers settle every queued item, also on a failed commit).
    void awaitSettled()
    {
        std::unique_lock lock(m_deferredMutex);
        m_deferredSettled.wait(lock, [this] { return m_deferredPending == 0; });
    }

    int openConnections() const
    {
        return m_open.load();
    }

private:
    enum class State
    {
        Head,      ///< reading a request head (or waiting for the next request)
        Body,      ///< reading a body (to keep, or to drop: `discard`)
        Working,   ///< a worker has the request
        Upgrading, ///< the 101 is being written; then the socket goes to the upgrade endpoint
        Closing    ///< answered; closing (output first, then a short linger)
    };

    struct Connection
    {
        std::uint64_t key = 0;
        int fd = -1;
        Poco::Net::IPAddress peerAddress;
        std::string peer; ///< "address:port"
        http_parser parser{};
        State state = State::Head;
        std::string in;
        std::size_t inPos = 0;
        std::string out;
        std::size_t outPos = 0;
        std::uint32_t events = 0;

        // The request being read.
        RequestHead head;
        std::string field;
        bool inValue = false;
        bool headStarted = false;
        Clock::time_point headStartedAt;
        std::unique_ptr<Work> work; ///< between head and hand-over: its head, exchange and body
        bool readFirst = false;     ///< the body is read before the request is admitted
        bool discard = false;       ///< the body is read and dropped (a refused request)
        bool closeAfterDrain = false;
        bool overLimit = false;
        bool expectContinue = false;
        std::function<void(int)> adopt;
        /// A request answered (or admitted) on the I/O thread inside a parser callback, finished by
        /// process() once the parser has paused.
        std::shared_ptr<Work> ready;

        bool firstRequest = true;
        bool peerClosed = false;
        bool broken = false;          ///< a write failed
        bool atBoundary = true;       ///< the parser is between two requests
        std::size_t messageStart = 0; ///< where the request being parsed starts in `in`
        Clock::time_point lastProgress = Clock::now();
        Clock::time_point lingerUntil;
    };

    // --- epoll plumbing ---

    void add(int fd, std::uint64_t key, std::uint32_t events)
    {
        epoll_event ev{};
        ev.events = events;
        ev.data.u64 = key;
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0)
            throw std::runtime_error(std::string("http front: epoll_ctl: ") + std::strerror(errno));
    }

    void wake()
    {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
    }

    /// Reads while there is room for input and the peer has not closed; writes while output is pending.
    void updateInterest(Connection &c)
    {
        std::uint32_t wanted = 0;
        const bool roomForInput = c.in.size() - c.inPos < kMaxBufferedInput;
        if (!c.peerClosed && roomForInput && c.state != State::Upgrading)
            wanted |= EPOLLIN | EPOLLRDHUP;
        if (c.outPos < c.out.size())
            wanted |= EPOLLOUT;
        if (wanted == c.events)
            return;
        epoll_event ev{};
        ev.events = wanted;
        ev.data.u64 = c.key;
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
        c.events = wanted;
    }

    // --- the I/O loop ---

    void loop()
    {
        std::vector<epoll_event> events(256);
        auto nextSweep = Clock::now() + kSweepInterval;
        bool listening = true;
        while (true)
        {
            const int n = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 100);
            for (int i = 0; i < n; ++i)
            {
                const auto key = events[static_cast<std::size_t>(i)].data.u64;
                const auto what = events[static_cast<std::size_t>(i)].events;
                if (key == kListenerKey)
                    listening = acceptAll();
                else if (key == kWakeKey)
                    completeAll();
                else
                    onEvent(key, what);
            }
            if (m_stopping.load())
            {
                if (listening)
                {
                    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listenFd, nullptr);
                    listening = false;
                }
                if (drainForStop())
                    break;
            }
            const auto now = Clock::now();
            if (now >= nextSweep)
            {
                nextSweep = now + kSweepInterval;
                sweep(now);
                if (!listening && !m_stopping.load())
                {
                    // Out of file descriptors earlier: try accepting again.
                    epoll_event ev{};
                    ev.events = kListenerEvents;
                    ev.data.u64 = kListenerKey;
                    listening = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listenFd, &ev) == 0;
                }
            }
        }
        for (auto &[key, c] : m_connections)
            closeNow(*c);
        m_connections.clear();
        // Answers still on their way from workers find no connection and are dropped.
    }

    /// While stopping: idle connections close at once, busy ones may finish until the grace time.
    /// True when nothing is left to wait for.
    bool drainForStop()
    {
        const auto now = Clock::now();
        std::vector<std::uint64_t> idle;
        bool busy = false;
        for (auto &[key, c] : m_connections)
        {
            const bool waiting = c->state == State::Working || c->outPos < c->out.size();
            if (waiting && now < m_graceUntil)
                busy = true;
            else
                idle.push_back(key);
        }
        for (auto key : idle)
            close(key);
        return !busy;
    }

    /// False when the process is out of file descriptors (accepting pauses until the next sweep).
    bool acceptAll()
    {
        while (true)
        {
            sockaddr_storage address{};
            socklen_t length = sizeof address;
            const int fd = ::accept4(
                m_listenFd, reinterpret_cast<sockaddr *>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
            {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                {
                    Poco::Logger::get("http").warning("accept: %s; pausing new connections",
                                                      std::string(std::strerror(errno)));
                    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listenFd, nullptr);
                    return false;
                }
                return true; // EAGAIN: all taken
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto c = std::make_unique<Connection>();
            c->key = m_nextKey++;
            c->fd = fd;
            try
            {
                Poco::Net::SocketAddress peer(reinterpret_cast<const sockaddr *>(&address), length);
                c->peerAddress = peer.host();
                c->peer = peer.toString();
            }
            catch (const Poco::Exception &)
            {
                c->peer = "?";
            }
            http_parser_init(&c->parser, HTTP_REQUEST);
            c->parser.data = this;
            c->events = EPOLLIN | EPOLLRDHUP;
            add(fd, c->key, c->events);
            m_open.fetch_add(1);
            m_connections.emplace(c->key, std::move(c));
        }
    }

    void onEvent(std::uint64_t key, std::uint32_t what)
    {
        auto it = m_connections.find(key);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        if (what & (EPOLLERR | EPOLLHUP))
        {
            // Reset, or both directions shut: nothing more can be written.
            close(key);
            return;
        }
        if ((what & EPOLLOUT) && !flush(c))
        {
            close(key);
            return;
        }
        if (what & (EPOLLIN | EPOLLRDHUP))
        {
            if (!readInput(c))
                return;
            if (c.state == State::Closing)
            {
                // Lingering: input is dropped; the peer's close ends it.
                c.inPos = c.in.size();
                if (c.peerClosed && c.outPos >= c.out.size())
                {
                    close(c.key);
                    return;
                }
            }
            else
                process(c);
        }
        if (m_connections.count(key))
            settle(c);
    }

    /// Reads what the socket has (up to the input limit). False when the connection was closed.
    bool readInput(Connection &c)
    {
        while (!c.peerClosed && c.in.size() - c.inPos < kMaxBufferedInput)
        {
            compact(c);
            // Read into the loop's buffer and append what came: growing `in` first would zero-fill a
            // chunk per read.
            const ssize_t n = ::recv(c.fd, m_readBuffer.data(), kReadChunk, 0);
            if (n > 0)
            {
                c.in.append(m_readBuffer.data(), static_cast<std::size_t>(n));
                c.lastProgress = Clock::now();
                if (c.state == State::Head && !c.headStarted)
                {
                    c.headStarted = true;
                    c.headStartedAt = c.lastProgress;
                }
                if (static_cast<std::size_t>(n) < kReadChunk)
                    break;
                continue;
            }
            if (n == 0)
            {
                c.peerClosed = true; // half-closed (or closed): answer what was asked, then close
                break;
            }
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            close(c.key);
            return false;
        }
        return true;
    }

    /// Parses buffered input while the connection may take another request.
    void process(Connection &c)
    {
        while ((c.state == State::Head || c.state == State::Body) && c.inPos < c.in.size())
        {
            m_current = &c;
            if (c.atBoundary && c.state == State::Head)
            {
                c.atBoundary = false;
                c.messageStart = c.inPos;
            }
            const std::size_t parsed =
                http_parser_execute(&c.parser, &m_settings, c.in.data() + c.inPos, c.in.size() - c.inPos);
            m_current = nullptr;
            c.inPos += parsed;
            const auto error = HTTP_PARSER_ERRNO(&c.parser);
            if (error == HPE_PAUSED)
            {
                http_parser_pause(&c.parser, 0);
                if (auto ready = std::move(c.ready))
                    finishWork(c, *ready); // answered on this thread: the connection goes on
                continue;                  // a callback changed the state
            }
            if (error != HPE_OK)
            {
                parseError(c, error);
                return;
            }
        }
        compact(c);
    }

    /// Drops parsed input, keeping the head being parsed (its request line names an unknown method).
    static void compact(Connection &c)
    {
        std::size_t drop = c.inPos;
        if (c.state == State::Head && !c.atBoundary)
            drop = std::min(drop, c.messageStart);
        if (drop == 0)
            return;
        if (drop == c.in.size())
            c.in.clear();
        else if (drop >= 16 * 1024 || drop * 2 >= c.in.size())
            c.in.erase(0, drop);
        else
            return;
        c.inPos -= drop;
        c.messageStart -= std::min(c.messageStart, drop);
    }

    /// After reading, parsing, or an answer: close what is finished, else wait for the right events.
    void settle(Connection &c)
    {
        if (c.broken)
        {
            close(c.key);
            return;
        }
        if (c.peerClosed && (c.state == State::Head || c.state == State::Body) && c.inPos >= c.in.size())
        {
            // The peer sent all it will. A request it broke off gets no answer.
            c.state = State::Closing;
        }
        if (c.state == State::Closing && c.outPos >= c.out.size())
        {
            if (c.peerClosed)
            {
                close(c.key);
                return;
            }
            if (c.lingerUntil == Clock::time_point{})
            {
                // Answer written: stop sending, and read and drop until the peer closes (or the linger
                // ends), so unread input does not make the kernel reset the connection over the answer.
                ::shutdown(c.fd, SHUT_WR);
                c.lingerUntil = Clock::now() + kLingerTime;
            }
        }
        if (c.state == State::Upgrading && c.outPos >= c.out.size())
        {
            handOver(c);
            return;
        }
        updateInterest(c);
    }

    // --- parser callbacks (on the I/O thread; m_current is the connection being parsed) ---

    static Connection &current(http_parser *p)
    {
        return *static_cast<Loop *>(p->data)->m_current;
    }

    static int onMessageBegin(http_parser *p)
    {
        Connection &c = current(p);
        c.work = std::make_unique<Work>();
        c.head = RequestHead{};
        c.field.clear();
        c.inValue = false;
        c.readFirst = c.discard = c.closeAfterDrain = c.overLimit = c.expectContinue = false;
        if (!c.headStarted)
        {
            c.headStarted = true;
            c.headStartedAt = Clock::now();
        }
        return 0;
    }

    static int onUrl(http_parser *p, const char *at, std::size_t length)
    {
        Connection &c = current(p);
        if (c.head.uri.size() + length > kMaxUri)
        {
            c.work->x.response.status = 414;
            return 1;
        }
        c.head.uri.append(at, length);
        return 0;
    }

    static int onHeaderField(http_parser *p, const char *at, std::size_t length)
    {
        Connection &c = current(p);
        if (c.inValue || c.head.headers.empty())
        {
            if (c.head.headers.size() >= kMaxFields)
            {
                c.work->x.response.status = 431;
                return 1;
            }
            c.head.headers.emplace_back();
            c.inValue = false;
        }
        auto &name = c.head.headers.back().first;
        if (name.size() + length > kMaxFieldName)
        {
            c.work->x.response.status = 431;
            return 1;
        }
        name.append(at, length);
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, std::size_t length)
    {
        Connection &c = current(p);
        c.inValue = true;
        if (c.head.headers.empty())
            return 1;
        auto &value = c.head.headers.back().second;
        if (value.size() + length > kMaxFieldValue)
        {
            c.work->x.response.status = 431;
            return 1;
        }
        value.append(at, length);
        return 0;
    }

    static int onHeadersComplete(http_parser *p)
    {
        auto *self = static_cast<Loop *>(p->data);
        Connection &c = *self->m_current;
        RequestHead &head = c.head;
        head.method = http_method_str(static_cast<http_method>(p->method));
        head.peer = c.peerAddress;
        if (p->flags & F_CONTENTLENGTH)
            head.contentLength = static_cast<std::int64_t>(p->content_length);
        head.chunked = (p->flags & F_CHUNKED) != 0;
        for (const auto &[name, value] : head.headers)
            if (Poco::icompare(name, "Expect") == 0 && Poco::icompare(Poco::trim(value), "100-continue") == 0)
                c.expectContinue = true;
        Work &work = *c.work;
        work.to =
            AnswerFor{p->http_major, p->http_minor, http_should_keep_alive(p) != 0, head.method == "HEAD"};
        c.headStarted = false;
        c.firstRequest = false;
        if (self->m_upgrade && isUpgradePath(head.uri, self->m_upgradePath))
        {
            work.step = Work::Step::Upgrade;
            work.upgrade.method = head.method;
            work.upgrade.uri = head.uri;
            work.upgrade.peer = c.peer;
            for (const auto &[name, value] : head.headers)
                work.upgrade.headers[Poco::toLower(name)] = value;
            self->dispatch(c); // the parser stops after the head (onMessageComplete): the socket stays as is
            return 0;
        }
        if (!head.hasBody())
        {
            work.step = Work::Step::AdmitAndRun;
            self->dispatch(c); // the parser stops at the message's end, right after this
            return 0;
        }
        if (head.contentLength && *head.contentLength <= kReadFirstBody && !c.expectContinue)
        {
            // Small body: read it first, then one trip to a worker.
            c.readFirst = true;
            work.x.request.body.reserve(static_cast<std::size_t>(*head.contentLength));
            c.state = State::Body;
            return 0;
        }
        work.step = Work::Step::Admit;
        self->dispatch(c);
        http_parser_pause(p, 1);
        return 0;
    }

    static int onBody(http_parser *p, const char *at, std::size_t length)
    {
        Connection &c = current(p);
        // Dropped: a refused request's body, one past the limit, or one sent to the upgrade endpoint (whose
        // request is already with a worker and is refused).
        if (c.discard || c.overLimit || c.state != State::Body)
            return 0;

        auto &body = c.work->x.request.body;
        const std::int64_t limit = c.readFirst ? kReadFirstBody : c.work->x.bodyLimit;
        if (static_cast<std::int64_t>(body.size() + length) > limit)
        {
            // A chunked body past the limit: 413 at once, then close.
            c.overLimit = true;
            static_cast<Loop *>(p->data)->refuseTooLarge(c, limit);
            http_parser_pause(p, 1);
            return 0;
        }
        body.append(at, length);
        return 0;
    }

    static int onMessageComplete(http_parser *p)
    {
        auto *self = static_cast<Loop *>(p->data);
        Connection &c = *self->m_current;
        // Stop after each request, so process() knows where the next one starts.
        c.atBoundary = true;
        http_parser_pause(p, 1);
        if (c.state != State::Body)
            return 0; // a request without a body: already with a worker
        if (c.discard)
        {
            // The refused request's body is gone: the connection takes the next request.
            c.discard = false;
            c.state = c.closeAfterDrain ? State::Closing : State::Head;
            c.work.reset();
            return 0;
        }
        c.work->step = c.readFirst ? Work::Step::AdmitAndRun : Work::Step::Run;
        self->dispatch(c);
        http_parser_pause(p, 1);
        return 0;
    }

    /// A body grew past its limit (chunked, so not known in advance): 413, and the connection closes.
    void refuseTooLarge(Connection &c, std::int64_t limit)
    {
        Work &work = *c.work;
        m_pipeline.fail(work.x,
                        Error(ErrorCode::PayloadTooLarge,
                              "The request body is larger than " + std::to_string(limit) + " bytes"));
        work.to.keepAlive = false;
        answer(c, serializeExchange(m_pipeline, work.x, work.to));
        m_pipeline.record(work.x);
        c.state = State::Closing;
    }

    // --- requests to and from the workers ---

    /// Admits the connection's request here, and runs it here too when its route answers from memory;
    /// otherwise (or when it turns out to wait) hands it to a worker.
    void dispatch(Connection &c)
    {
        c.state = State::Working;
        auto work = std::shared_ptr<Work>(std::move(c.work));
        if (work->step != Work::Step::Run)
            work->head = c.head;
        switch (tryHere(*work))
        {
        case Here::Answered:
            c.ready = std::move(work);
            return;
        case Here::Later:
            awaitDeferred(c.key, work);
            return;
        case Here::ToWorker:
            break;
        }
        const auto key = c.key;
        m_workers.post(
            [this, key, work]
            {
                if (perform(*work))
                    complete(key, work);
                else
                    awaitDeferred(key, work);
            });
    }

    /// A handler that answers later (a write waiting for its group commit): the worker goes back to the
    /// pool, and the thread that settles the answer (a group-commit writer, answering a whole batch) only
    /// hands it to the I/O thread, which serializes it: the writer goes back to writing sooner.
    void awaitDeferred(std::uint64_t key, const std::shared_ptr<Work> &work)
    {
        auto deferred = work->x.response.deferred;
        {
            std::lock_guard lock(m_deferredMutex);
            ++m_deferredPending;
        }
        deferred->whenSettled(
            [this, key, work](Response *response, std::exception_ptr error)
            {
                work->settledElsewhere = true;
                work->settledResponse = response;
                work->settledError = std::move(error);
                complete(key, work);
                std::lock_guard lock(m_deferredMutex);
                if (--m_deferredPending == 0)
                    m_deferredSettled.notify_all();
            });
    }

    enum class Here
    {
        Answered, ///< answered, or admitted with its body to read next
        Later,    ///< the handler answers later (a deferred answer)
        ToWorker  ///< a worker runs it
    };

    /// On the I/O thread, where nothing may wait: admission (routing, limits, authentication, roles) and
    /// the handler of a route that answers from memory. Whatever would wait (a cache miss, a team-role or
    /// door-token lookup, a revocation refresh) throws app::WouldBlock before changing anything, and the
    /// request goes to a worker as it came (admitted, if it got that far).
    Here tryHere(Work &work) const
    {
        if (work.step == Work::Step::Upgrade)
            return Here::ToWorker;
        app::NonBlockingScope scope;
        try
        {
            if (work.step != Work::Step::Run)
            {
                work.admitted = m_pipeline.admit(work.x, work.head);
                if (work.admitted && work.step == Work::Step::Admit)
                    return Here::Answered; // the body is read next
                if (work.admitted)
                    work.step = Work::Step::Run;
            }
            if (work.admitted)
            {
                if (!work.x.route->fromMemory)
                {
                    m_pipeline.metrics().countThread(Metrics::Thread::Worker);
                    return Here::ToWorker;
                }
                m_pipeline.run(work.x);
                m_pipeline.metrics().countThread(Metrics::Thread::Io);
            }
            return conclude(work) ? Here::Answered : Here::Later;
        }
        catch (const app::WouldBlock &)
        {
            m_pipeline.metrics().countThread(Metrics::Thread::Restarted);
            if (work.admitted)
                work.x.response = Response{};
            else
            {
                // Admission starts over; the body (read before admission) and the start time stay.
                Exchange fresh;
                fresh.request.body = std::move(work.x.request.body);
                fresh.started = work.x.started;
                work.x = std::move(fresh);
            }
            return Here::ToWorker;
        }
        catch (const std::exception &e)
        {
            failed(work, e);
            return Here::Answered;
        }
    }

    /// After admission and the handler: the answer serialized (with what to do about an unread body).
    /// False when the handler answers later (work.x.response.deferred).
    bool conclude(Work &work) const
    {
        if (work.x.response.deferred)
            return false;
        if (!work.admitted && work.step == Work::Step::Admit)
        {
            const auto unread = Pipeline::unreadBody(work.x, work.head);
            // A client waiting for 100 Continue may never send the body: do not wait for it either.
            if (unread == UnreadBody::Close || work.head.chunked || hasExpectContinue(work.head))
                work.to.keepAlive = false;
            else
                work.drainBody = unread == UnreadBody::Drain;
        }
        serializeAndRecord(work);
        return true;
    }

    void failed(Work &work, const std::exception &e) const
    {
        Poco::Logger::get("http").error("request failed: %s", std::string(e.what()));
        work.to.keepAlive = false;
        work.adopt = nullptr;
        work.answer = refusal(m_pipeline, 500, "Internal error");
    }

    /// On a worker thread. False when the handler answers later (work.x.response.deferred).
    bool perform(Work &work) const
    {
        try
        {
            switch (work.step)
            {
            case Work::Step::Upgrade:
            {
                auto answer = m_upgrade(work.upgrade);
                work.adopt = std::move(answer.adopt);
                if (!work.adopt)
                    work.to.keepAlive = false; // a refused upgrade ends the connection
                std::vector<std::pair<std::string, std::string>> headers = answer.response.headers;
                if (!answer.response.contentType.empty() && answer.response.status != 101)
                    headers.emplace_back("Content-Type", answer.response.contentType);
                work.answer = serialize(answer.response.status, headers, answer.response.body, work.to);
                return true;
            }
            case Work::Step::Admit:
                work.admitted = m_pipeline.admit(work.x, work.head);
                if (work.admitted)
                    return true; // the body is read next
                break;
            case Work::Step::AdmitAndRun:
                work.admitted = m_pipeline.admit(work.x, work.head);
                if (work.admitted)
                    m_pipeline.run(work.x);
                break;
            case Work::Step::Run:
                m_pipeline.run(work.x);
                break;
            }
            return conclude(work);
        }
        catch (const std::exception &e)
        {
            failed(work, e);
        }
        return true;
    }

    void serializeAndRecord(Work &work) const
    {
        try
        {
            work.answer = serializeExchange(m_pipeline, work.x, work.to);
            m_pipeline.record(work.x);
        }
        catch (const std::exception &e)
        {
            Poco::Logger::get("http").error("request failed: %s", std::string(e.what()));
            work.to.keepAlive = false;
            work.answer = refusal(m_pipeline, 500, "Internal error");
        }
    }

    static bool hasExpectContinue(const RequestHead &head)
    {
        for (const auto &[name, value] : head.headers)
            if (Poco::icompare(name, "Expect") == 0)
                return true;
        return false;
    }

    /// On a worker thread: queue the result for the I/O thread.
    void complete(std::uint64_t key, std::shared_ptr<Work> work)
    {
        bool first = false;
        {
            std::lock_guard lock(m_doneMutex);
            first = m_done.empty();
            m_done.emplace_back(key, std::move(work));
        }
        // One wake-up for what completes before the loop takes it (a writer answers a batch at once): the
        // loop reads the event counter before it takes the list, so nothing added after is missed.
        if (first)
            wake();
    }

    void completeAll()
    {
        std::uint64_t counter = 0;
        [[maybe_unused]] const auto n = ::read(m_wakeFd, &counter, sizeof counter);
        std::vector<std::pair<std::uint64_t, std::shared_ptr<Work>>> done;
        {
            std::lock_guard lock(m_doneMutex);
            done.swap(m_done);
        }
        for (auto &[key, work] : done)
        {
            if (work->settledElsewhere)
            {
                work->settledElsewhere = false;
                const auto keep = work->x.response.deferred; // owns settledResponse while settle moves it
                m_pipeline.settle(work->x, work->settledResponse, std::move(work->settledError));
                work->settledResponse = nullptr;
                serializeAndRecord(*work);
            }
            auto it = m_connections.find(key);
            if (it == m_connections.end())
                continue; // closed meanwhile (reset by the peer, or stopping)
            Connection &c = *it->second;
            finishWork(c, *work);
            process(c);
            if (m_connections.count(key))
                settle(c);
        }
    }

    /// The request's answer onto the connection, and the state it reads on in (the caller parses on).
    void finishWork(Connection &c, Work &work)
    {
        if (work.step == Work::Step::Upgrade)
        {
            answer(c, work.answer);
            if (work.adopt && c.inPos == c.in.size())
            {
                c.adopt = std::move(work.adopt);
                c.state = State::Upgrading;
            }
            else
                c.state = State::Closing; // refused, or frames sent before the 101 (not allowed)
            return;
        }
        if (work.step == Work::Step::Admit && work.admitted)
        {
            // Admitted: read the body (after a 100 Continue when the client waits for one).
            if (hasExpectContinue(work.head))
                queue(c,
                      work.to.minor == 0 ? "HTTP/1.0 100 Continue\r\n\r\n" : "HTTP/1.1 100 Continue\r\n\r\n");
            work.x.request.body.reserve(static_cast<std::size_t>(
                std::min<std::int64_t>(work.head.contentLength.value_or(0), work.x.bodyLimit)));
            c.work = std::make_unique<Work>(std::move(work));
            c.state = State::Body;
            return;
        }
        answer(c, work.answer);
        if (work.drainBody)
        {
            // Refused before its body: read and drop the body, then take the next request (or close).
            c.closeAfterDrain = !work.to.keepAlive;
            c.work = std::make_unique<Work>(std::move(work));
            c.discard = true;
            c.state = State::Body;
        }
        else if (!work.to.keepAlive)
        {
            c.state = State::Closing;
            return;
        }
        else
            c.state = State::Head;
    }

    /// Queues an answer and writes what the socket takes now.
    void answer(Connection &c, const std::string &bytes)
    {
        queue(c, bytes);
    }

    void queue(Connection &c, const std::string &bytes)
    {
        if (c.outPos == c.out.size())
        {
            c.out.clear();
            c.outPos = 0;
        }
        c.out += bytes;
        c.lastProgress = Clock::now();
        flush(c);
    }

    /// Writes pending output. False on a write error (the connection is marked broken; settle() closes
    /// it: never closed here, as this runs inside parser callbacks too).
    bool flush(Connection &c)
    {
        while (c.outPos < c.out.size())
        {
            const ssize_t n = ::send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
            if (n > 0)
            {
                c.outPos += static_cast<std::size_t>(n);
                c.lastProgress = Clock::now();
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return true;
            c.broken = true;
            return false;
        }
        c.out.clear();
        c.outPos = 0;
        return true;
    }

    /// The 101 is out: the socket leaves this front for the upgrade endpoint.
    void handOver(Connection &c)
    {
        auto adopt = std::move(c.adopt);
        const int fd = c.fd;
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        const int flags = ::fcntl(fd, F_GETFL, 0);
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
        c.fd = -1;
        m_connections.erase(c.key);
        m_open.fetch_sub(1);
        try
        {
            adopt(fd);
        }
        catch (const std::exception &e)
        {
            Poco::Logger::get("http").warning("upgrade hand-over failed: %s", std::string(e.what()));
        }
    }

    void parseError(Connection &c, http_errno error)
    {
        int status = 400;
        std::string message = "Malformed HTTP request";
        if (c.work && (c.work->x.response.status == 414 || c.work->x.response.status == 431))
        {
            status = c.work->x.response.status;
            message = status == 414 ? "The request URI is too long" : "The request header is too large";
        }
        else if (error == HPE_HEADER_OVERFLOW)
        {
            status = 431;
            message = "The request header is too large";
        }
        else if (error == HPE_INVALID_METHOD)
        {
            // A method the parser does not know: the pipeline's 405, like the POCO front (which parses any
            // token), when the request line is otherwise well formed.
            if (auto answered = unknownMethod(c))
            {
                answer(c, *answered);
                c.state = State::Closing;
                return;
            }
        }
        answer(c, refusal(m_pipeline, status, message));
        c.state = State::Closing;
    }

    std::optional<std::string> unknownMethod(Connection &c)
    {
        const std::string_view rest(c.in.data() + c.messageStart, c.in.size() - c.messageStart);
        const auto space = rest.find(' ');
        if (space == std::string_view::npos || space == 0 || space > 32)
            return std::nullopt;
        for (char ch : rest.substr(0, space))
            if (!(std::isalnum(static_cast<unsigned char>(ch)) || std::strchr("!#$%&'*+-.^_`|~", ch)))
                return std::nullopt;
        const auto end = rest.find(' ', space + 1);
        if (end == std::string_view::npos)
            return std::nullopt;
        Exchange x;
        RequestHead head;
        head.method = std::string(rest.substr(0, space));
        head.uri = std::string(rest.substr(space + 1, end - space - 1));
        head.peer = c.peerAddress;
        m_pipeline.admit(x, head); // refuses: the method is unknown
        auto bytes = serializeExchange(m_pipeline, x, AnswerFor{1, 1, false, false});
        m_pipeline.record(x);
        return bytes;
    }

    // --- timeouts and closing ---

    void sweep(Clock::time_point now)
    {
        const auto timeout = std::chrono::seconds(m_config.httpTimeoutSeconds);
        const auto keepAlive = std::chrono::seconds(m_config.httpKeepAliveSeconds);
        std::vector<std::uint64_t> expired;
        for (auto &[key, cp] : m_connections)
        {
            Connection &c = *cp;
            const bool writing = c.outPos < c.out.size();
            if (writing)
            {
                if (now - c.lastProgress > timeout)
                    expired.push_back(key); // the client does not read its answers
                continue;
            }
            switch (c.state)
            {
            case State::Head:
                if (c.headStarted ? now - c.headStartedAt > timeout
                                  : now - c.lastProgress > (c.firstRequest ? timeout : keepAlive))
                    expired.push_back(key);
                break;
            case State::Body:
                if (now - c.lastProgress > timeout)
                    expired.push_back(key);
                break;
            case State::Closing:
                if (c.lingerUntil != Clock::time_point{} && now > c.lingerUntil)
                    expired.push_back(key);
                break;
            case State::Working:
            case State::Upgrading:
                break;
            }
        }
        for (auto key : expired)
            close(key);
    }

    void close(std::uint64_t key)
    {
        auto it = m_connections.find(key);
        if (it == m_connections.end())
            return;
        closeNow(*it->second);
        m_connections.erase(it);
    }

    void closeNow(Connection &c)
    {
        if (c.fd >= 0)
        {
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(c.fd);
            c.fd = -1;
            m_open.fetch_sub(1);
        }
    }

    const Pipeline &m_pipeline;
    const app::Config &m_config;
    const std::string &m_upgradePath;
    const UpgradeAcceptor &m_upgrade;
    Workers &m_workers;
    http_parser_settings m_settings;

    int m_listenFd = -1;
    int m_epoll = -1;
    int m_wakeFd = -1;
    std::thread m_thread;
    std::mutex m_deferredMutex;
    std::condition_variable m_deferredSettled;
    int m_deferredPending = 0; ///< deferred answers not yet settled
    std::atomic<bool> m_stopping{false};
    Clock::time_point m_graceUntil;
    std::atomic<int> m_open{0};

    // I/O thread only.
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> m_connections;
    std::uint64_t m_nextKey = kFirstConnectionKey;
    Connection *m_current = nullptr;
    std::vector<char> m_readBuffer;

    std::mutex m_doneMutex;
    std::vector<std::pair<std::uint64_t, std::shared_ptr<Work>>> m_done;
};
} // namespace

class ReactorFront::Impl
{
public:
    Impl(const Pipeline &pipeline, std::string upgradePath, UpgradeAcceptor upgrade)
        : m_pipeline(pipeline)
        , m_upgradePath(std::move(upgradePath))
        , m_upgrade(std::move(upgrade))
    {
    }

    void start(Poco::Net::ServerSocket socket)
    {
        m_socket = std::move(socket);
        const int fd = m_socket.impl()->sockfd();
        const int flags = ::fcntl(fd, F_GETFL, 0);
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        const auto &config = m_pipeline.config();
        m_workers.start(config.httpWorkers);
        for (int i = 0; i < config.httpIoThreads; ++i)
        {
            m_loops.push_back(std::make_unique<Loop>(m_pipeline, m_upgradePath, m_upgrade, m_workers));
            m_loops.back()->start(fd);
        }
    }

    void stop(int graceSeconds)
    {
        if (m_loops.empty())
            return;
        const auto graceUntil = Clock::now() + std::chrono::seconds(graceSeconds);
        for (auto &loop : m_loops)
            loop->beginStop(graceUntil);
        for (auto &loop : m_loops)
            loop->join();
        m_workers.stop();
        for (auto &loop : m_loops)
            loop->awaitSettled();
        m_loops.clear();
        m_socket.close();
    }

    int openConnections() const
    {
        int open = 0;
        for (const auto &loop : m_loops)
            open += loop->openConnections();
        return open;
    }

private:
    const Pipeline &m_pipeline;
    std::string m_upgradePath;
    UpgradeAcceptor m_upgrade;
    Poco::Net::ServerSocket m_socket;
    Workers m_workers;
    std::vector<std::unique_ptr<Loop>> m_loops;
};

ReactorFront::ReactorFront(const Pipeline &pipeline, std::string upgradePath, UpgradeAcceptor upgrade)
    : m_impl(std::make_unique<Impl>(pipeline, std::move(upgradePath), std::move(upgrade)))
{
}

ReactorFront::~ReactorFront()
{
    m_impl->stop(0);
}

void ReactorFront::start(Poco::Net::ServerSocket socket)
{
    m_impl->start(std::move(socket));
}

void ReactorFront::stop(int graceSeconds)
{
    m_impl->stop(graceSeconds);
}

int ReactorFront::openConnections() const
{
    return m_impl->openConnections();
}

} // namespace nextevent::server::http
