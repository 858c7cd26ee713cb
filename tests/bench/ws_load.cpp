// SPDX-License-Identifier: MIT
// WebSocket load tool (benchmark, not a test). Forked children each run one epoll loop over their share of
// N connections (from source addresses 127.0.0.2.. so ephemeral ports do not run out) and stream every
// received update (CLOCK_MONOTONIC receipt time, seq, totalResponses) to the parent through a pipe. The
// parent posts votes over keep-alive HTTP and matches the k-th acknowledgement to total k.
// --kind words|quiz|qa posts word-cloud answers, quiz answers, or Q&A votes (--items: question ids, --topic
// qa:EVENT; an update's total is then the sum of the votes) instead of single-choice votes
// (interaction_bench.sh). Phase "floor": the tool itself accepts N plain TCP connections and send()s one
// pre-encoded ~300-byte frame to each from one thread — the raw cost a server fan-out is compared with.
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace
{

struct Options
{
    int port = 0;
    std::string survey;
    std::string question;
    int conns = 1000;
    int procs = 1;
    int sources = 1;
    int votes = 0;
    int rate = 1000;
    int singles = 5;
    int httpConns = 4;
    int serverPid = 0;
    bool floor = true;
    std::string kind =
        "vote";        ///< vote | words (word cloud) | quiz (presenter-paced quiz question) | qa (Q&A votes)
    std::string topic; ///< default survey:SURVEY
    std::vector<std::string> items; ///< qa: the question ids voted on in turn
    bool deflate = true;            ///< offer permessage-deflate, as browsers do
};

/// qa: an update's "total" is the sum of the items' votes (every vote comes from a new respondent, so each
/// acknowledged vote adds one).
bool gSumVotes = false;

std::int64_t sumAfter(const std::string_view text, const std::string_view key)
{
    std::int64_t sum = 0;
    for (auto at = text.find(key); at != std::string_view::npos; at = text.find(key, at + key.size()))
    {
        std::int64_t v = 0;
        for (auto i = at + key.size(); i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
            v = v * 10 + (text[i] - '0');
        sum += v;
    }
    return sum;
}

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// One record per received server frame of interest, written by children to their pipe.
struct Record
{
    std::int64_t recvNs;
    std::int64_t seq;
    std::int64_t total;
    std::int32_t conn;
    std::int32_t kind; // 0 data frame, 1 connected-count report, 2 closed by server
};

void raiseFdLimit()
{
    rlimit rl{};
    getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0)
    {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool pipeWrite(int fd, const void *data, std::size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0)
    {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= std::size_t(n);
    }
    return true;
}

std::string maskedTextFrame(const std::string &payload)
{
    std::string f;
    f.push_back(char(0x81));
    const std::size_t n = payload.size();
    if (n < 126)
        f.push_back(char(0x80 | n));
    else
    {
        f.push_back(char(0x80 | 126));
        f.push_back(char(n >> 8));
        f.push_back(char(n & 0xff));
    }
    const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
    f.append(reinterpret_cast<const char *>(mask), 4);
    for (std::size_t i = 0; i < n; ++i)
        f.push_back(char(payload[i] ^ mask[i % 4]));
    return f;
}

std::int64_t numberAfter(const std::string_view text, const std::string_view key)
{
    const auto at = text.find(key);
    if (at == std::string_view::npos)
        return -1;
    std::int64_t v = 0;
    for (std::size_t i = at + key.size(); i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        v = v * 10 + (text[i] - '0');
    return v;
}

struct Conn
{
    int fd = -1;
    std::string in;
    bool deflate = false; ///< the server accepted permessage-deflate
};

/// A compressed message inflated (RFC 7692: the sender's trailing 00 00 FF FF put back); "" when broken.
const std::string &inflated(std::string_view payload)
{
    static thread_local z_stream z{};
    static thread_local bool ready = inflateInit2(&z, -15) == Z_OK;
    static thread_local std::string out;
    out.clear();
    if (!ready || inflateReset(&z) != Z_OK)
        return out;
    std::string in(payload);
    in.append("\x00\x00\xff\xff", 4);
    z.next_in = reinterpret_cast<Bytef *>(in.data());
    z.avail_in = static_cast<uInt>(in.size());
    char chunk[65536];
    do
    {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        const int rc = inflate(&z, Z_SYNC_FLUSH);
        out.append(chunk, sizeof chunk - z.avail_out);
        if (rc != Z_OK)
            break;
    } while (z.avail_in > 0 || z.avail_out == 0);
    return out;
}

/// What a frame tells: its seq, its total (votes or responses) and whether it is a snapshot.
struct Fields
{
    std::int64_t seq;
    std::int64_t total;
    bool snapshot;
};

Fields fieldsOf(std::string_view text)
{
    return {numberAfter(text, "\"seq\":"),
            gSumVotes ? sumAfter(text, "\"votes\":") : numberAfter(text, "\"totalResponses\":"),
            text.find("\"type\":\"snapshot\"") != std::string_view::npos};
}

/// A compressed update as the server sends it: a compressed head that is the same bytes for every phone
/// (the document), then this phone's seq and the message's tail in a stored deflate block. The client of
/// 10,000 simulated phones inflates each distinct head once (real phones each inflate their own, on their
/// own CPU) and reads the seq from the stored block; the fields are exactly those of the whole message
/// inflated. Nothing when the payload does not end in such a block (then it is inflated whole).
std::optional<Fields> compressedFields(std::string_view payload)
{
    const auto *p = reinterpret_cast<const unsigned char *>(payload.data());
    const std::size_t size = payload.size();
    for (std::size_t len = 0; len + 5 <= size && len <= 256; ++len)
    {
        const std::size_t at = size - 5 - len;
        const std::size_t stored = std::size_t(p[at + 1]) | (std::size_t(p[at + 2]) << 8);
        const std::size_t complement = std::size_t(p[at + 3]) | (std::size_t(p[at + 4]) << 8);
        if (p[at] != 0 || stored != len || complement != (~len & 0xFFFF))
            continue;
        static thread_local std::string lastHead;
        static thread_local std::int64_t lastTotal = 0;
        const std::string_view head = payload.substr(0, at);
        const std::string_view own = payload.substr(at + 5);
        if (head != lastHead)
        {
            const std::string &text = inflated(head);
            if (text.empty())
                return std::nullopt;
            lastHead.assign(head);
            lastTotal = fieldsOf(text + std::string(own)).total;
        }
        // The head ends with "seq": and the stored block starts with this phone's seq.
        std::int64_t seq = 0;
        for (std::size_t i = 0; i < own.size() && own[i] >= '0' && own[i] <= '9'; ++i)
            seq = seq * 10 + (own[i] - '0');
        return Fields{seq, lastTotal, own.find("\"type\":\"snapshot\"") != std::string_view::npos};
    }
    return std::nullopt;
}

// Parses complete server frames from c.in; returns false when the connection should be dropped.
bool drainFrames(Conn &c, int index, std::vector<Record> &out)
{
    std::size_t pos = 0;
    bool alive = true;
    while (c.in.size() - pos >= 2)
    {
        const auto *b = reinterpret_cast<const unsigned char *>(c.in.data() + pos);
        const int opcode = b[0] & 0x0f;
        std::uint64_t len = b[1] & 0x7f;
        std::size_t header = 2;
        if (len == 126)
        {
            if (c.in.size() - pos < 4)
                break;
            len = (std::uint64_t(b[2]) << 8) | b[3];
            header = 4;
        }
        else if (len == 127)
        {
            if (c.in.size() - pos < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | b[2 + i];
            header = 10;
        }
        if (c.in.size() - pos < header + len)
            break;
        std::string_view payload(c.in.data() + pos + header, len);
        std::optional<Fields> known;
        if (opcode == 1 && c.deflate && (b[0] & 0x40) != 0)
        {
            known = compressedFields(payload);
            if (!known)
                payload = inflated(payload);
        }
        if (opcode == 1 && known)
        {
            out.push_back({nowNs(), known->seq, known->total, index, known->snapshot ? 3 : 0});
        }
        else if (opcode == 1)
        {
            const std::int64_t t = nowNs();
            const bool update = payload.find("\"type\":\"update\"") != std::string_view::npos;
            const bool snapshot = payload.find("\"type\":\"snapshot\"") != std::string_view::npos;
            if (update || snapshot || payload.find("\"type\"") == std::string_view::npos)
                out.push_back({t,
                               numberAfter(payload, "\"seq\":"),
                               gSumVotes ? sumAfter(payload, "\"votes\":")
                                         : numberAfter(payload, "\"totalResponses\":"),
                               index,
                               snapshot ? 3 : 0});
        }
        else if (opcode == 9)
        {
            std::string pong;
            pong.push_back(char(0x8a));
            pong.push_back(char(0x80 | std::min<std::uint64_t>(len, 125)));
            pong.append("\0\0\0\0", 4);
            pong.append(payload.substr(0, 125));
            writeAll(c.fd, pong.data(), pong.size());
        }
        else if (opcode == 8)
        {
            out.push_back({nowNs(), -1, -1, index, 2});
            alive = false;
        }
        pos += header + len;
    }
    c.in.erase(0, pos);
    return alive;
}

int connectFrom(int source, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl((127u << 24) | std::uint32_t(2 + source));
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(std::uint16_t(port));
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0)
    {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Blocking upgrade; leftover bytes after the 101 headers stay in c.in.
bool upgrade(Conn &c, int port, const std::string &subscribe, bool deflate)
{
    const std::string req =
        "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        (deflate ? "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" : "") +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (!writeAll(c.fd, req.data(), req.size()))
        return false;
    char buf[4096];
    while (c.in.find("\r\n\r\n") == std::string::npos)
    {
        const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
        if (n <= 0)
            return false;
        c.in.append(buf, std::size_t(n));
    }
    if (c.in.compare(0, 12, "HTTP/1.1 101") != 0)
        return false;
    const std::string head = c.in.substr(0, c.in.find("\r\n\r\n"));
    c.deflate = head.find("permessage-deflate") != std::string::npos;
    c.in.erase(0, c.in.find("\r\n\r\n") + 4);
    return writeAll(c.fd, subscribe.data(), subscribe.size());
}

// Child: open `count` connections (websocket or plain TCP), then serve them until SIGTERM.
[[noreturn]] void runChild(const Options &o, int port, bool websocket, int first, int count, int outFd)
{
    signal(SIGTERM, SIG_DFL);
    const std::string subscribe = maskedTextFrame(
        R"({"type":"subscribe","topic":")" + (o.topic.empty() ? "survey:" + o.survey : o.topic) + R"("})");
    std::vector<Conn> conns(static_cast<std::size_t>(count));
    const int ep = epoll_create1(0);
    int connected = 0;
    for (int i = 0; i < count; ++i)
    {
        Conn &c = conns[std::size_t(i)];
        c.fd = connectFrom((first + i) % o.sources, port);
        if (c.fd < 0)
            break;
        if (websocket)
        {
            timeval tv{5, 0};
            setsockopt(c.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
            if (!upgrade(c, port, subscribe, o.deflate))
            {
                ::close(c.fd);
                c.fd = -1;
                break;
            }
        }
        fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u32 = std::uint32_t(i);
        epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
        ++connected;
    }
    const Record ready{nowNs(), 0, connected, first, 1};
    pipeWrite(outFd, &ready, sizeof ready);
    std::vector<epoll_event> events(1024);
    std::vector<Record> out;
    char buf[65536];
    for (;;)
    {
        const int n = epoll_wait(ep, events.data(), int(events.size()), 20);
        for (int e = 0; e < n; ++e)
        {
            const std::uint32_t i = events[std::size_t(e)].data.u32;
            Conn &c = conns[i];
            for (;;)
            {
                const ssize_t r = ::recv(c.fd, buf, sizeof buf, 0);
                if (r > 0)
                {
                    c.in.append(buf, std::size_t(r));
                    continue;
                }
                if (r == 0 || (errno != EAGAIN && errno != EINTR))
                {
                    out.push_back({nowNs(), -1, -1, first + int(i), 2});
                    epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                    ::close(c.fd);
                    c.fd = -1;
                }
                break;
            }
            if (c.fd >= 0 && !drainFrames(c, first + int(i), out))
            {
                epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                ::close(c.fd);
                c.fd = -1;
            }
        }
        if (!out.empty())
        {
            pipeWrite(outFd, out.data(), out.size() * sizeof(Record));
            out.clear();
        }
    }
}

struct Fleet
{
    std::vector<pid_t> pids;
    std::vector<int> pipes;
    std::vector<Record> records;
    std::mutex mutex;
    std::thread reader;
    int connected = 0;
    int reported = 0;
};

void startFleet(Fleet &f, const Options &o, int port, bool websocket)
{
    const int per = (o.conns + o.procs - 1) / o.procs;
    for (int p = 0; p < o.procs; ++p)
    {
        const int first = p * per;
        const int count = std::min(per, o.conns - first);
        if (count <= 0)
            break;
        int fds[2];
        if (pipe(fds) != 0)
            std::exit(1);
        fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
        const pid_t pid = fork();
        if (pid == 0)
        {
            ::close(fds[0]);
            runChild(o, port, websocket, first, count, fds[1]);
        }
        ::close(fds[1]);
        f.pids.push_back(pid);
        f.pipes.push_back(fds[0]);
    }
    f.reader = std::thread(
        [&f]
        {
            std::vector<pollfd> pfds;
            for (int fd : f.pipes)
                pfds.push_back({fd, POLLIN, 0});
            std::vector<std::string> partial(pfds.size());
            std::size_t open = pfds.size();
            char buf[65536];
            while (open > 0)
            {
                if (poll(pfds.data(), pfds.size(), 100) <= 0)
                    continue;
                for (std::size_t i = 0; i < pfds.size(); ++i)
                {
                    if (pfds[i].fd < 0 || !(pfds[i].revents & (POLLIN | POLLHUP)))
                        continue;
                    const ssize_t n = ::read(pfds[i].fd, buf, sizeof buf);
                    if (n <= 0)
                    {
                        ::close(pfds[i].fd);
                        pfds[i].fd = -1;
                        --open;
                        continue;
                    }
                    partial[i].append(buf, std::size_t(n));
                    const std::size_t whole = partial[i].size() / sizeof(Record);
                    std::lock_guard lock(f.mutex);
                    for (std::size_t k = 0; k < whole; ++k)
                    {
                        Record r;
                        std::memcpy(&r, partial[i].data() + k * sizeof(Record), sizeof r);
                        if (r.kind == 1)
                        {
                            f.connected += int(r.total);
                            ++f.reported;
                        }
                        else
                            f.records.push_back(r);
                    }
                    partial[i].erase(0, whole * sizeof(Record));
                }
            }
        });
}

void waitConnected(Fleet &f)
{
    for (;;)
    {
        {
            std::lock_guard lock(f.mutex);
            if (f.reported == int(f.pids.size()))
                return;
        }
        usleep(20000);
    }
}

void stopFleet(Fleet &f)
{
    for (pid_t p : f.pids)
        kill(p, SIGTERM);
    for (pid_t p : f.pids)
        waitpid(p, nullptr, 0);
    f.reader.join();
}

std::vector<Record> takeRecords(Fleet &f)
{
    std::lock_guard lock(f.mutex);
    std::vector<Record> r;
    r.swap(f.records);
    return r;
}

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

std::string stats(const std::vector<double> &ms)
{
    char b[160];
    std::snprintf(b,
                  sizeof b,
                  "n=%zu p50=%.1fms p99=%.1fms max=%.1fms",
                  ms.size(),
                  pct(ms, 0.5),
                  pct(ms, 0.99),
                  ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    return b;
}

// --- HTTP client for votes and /metrics -------------------------------------------------------------------

struct Http
{
    int fd = -1;
    int port = 0;
    std::string in;

    bool open()
    {
        fd = connectFrom(200, port);
        if (fd < 0)
            return false;
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return true;
    }

    // Returns the status code (0 on failure) and fills body.
    int request(const std::string &method, const std::string &path, const std::string &body, std::string &out)
    {
        if (fd < 0 && !open())
            return 0;
        std::string req = method + " " + path +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                          "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        if (!writeAll(fd, req.data(), req.size()))
            return fail();
        char buf[65536];
        std::size_t end;
        while ((end = in.find("\r\n\r\n")) == std::string::npos)
        {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return fail();
            in.append(buf, std::size_t(n));
        }
        const int status = std::atoi(in.c_str() + 9);
        std::size_t length = 0;
        const auto cl = in.find("Content-Length: ");
        const bool chunked = in.substr(0, end).find("chunked") != std::string::npos;
        if (cl != std::string::npos && cl < end)
            length = std::size_t(std::atol(in.c_str() + cl + 16));
        in.erase(0, end + 4);
        if (chunked)
        {
            // /metrics may be chunked: read until the terminating chunk, then decode.
            while (in.find("\r\n0\r\n\r\n") == std::string::npos && in.compare(0, 5, "0\r\n\r\n") != 0)
            {
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0)
                    return fail();
                in.append(buf, std::size_t(n));
            }
            out.clear();
            std::size_t p = 0;
            for (;;)
            {
                const std::size_t size = std::strtoul(in.c_str() + p, nullptr, 16);
                p = in.find("\r\n", p) + 2;
                if (size == 0)
                    break;
                out.append(in, p, size);
                p += size + 2;
            }
            in.erase(0, p + 2);
            return status;
        }
        while (in.size() < length)
        {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return fail();
            in.append(buf, std::size_t(n));
        }
        out = in.substr(0, length);
        in.erase(0, length);
        return status;
    }

    int fail()
    {
        ::close(fd);
        fd = -1;
        in.clear();
        return 0;
    }
};

double metricValue(const Options &o, const std::string &name)
{
    Http h;
    h.port = o.port;
    std::string body;
    if (h.request("GET", "/metrics", "", body) != 200)
        return -1;
    h.fail();
    const auto at = body.find("\n" + name + " ");
    return at == std::string::npos ? -1 : std::atof(body.c_str() + at + name.size() + 2);
}

std::string procField(int pid, const std::string &field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0)
        {
            std::string v = line.substr(field.size() + 1);
            v.erase(0, v.find_first_not_of(" \t"));
            return v;
        }
    return "?";
}

// The k-th answer. Word clouds: one to three words of a 300-word vocabulary (Latin and Chinese), so the cloud
// keeps changing shape; quizzes: options a–d in turn (a is the correct one in ws_bench.sh's quiz).
std::string voteBody(const Options &o, int k)
{
    if (o.kind == "qa")
        return "{}";
    if (o.kind == "words")
    {
        static const char *const zh[] = {"人工智能", "开源", "云计算", "数据", "创新", "未来"};
        std::string words = "\"word" + std::to_string(k % 300) + "\"";
        if (k % 2 == 0)
            words += std::string(",\"") + zh[k % 6] + "\"";
        if (k % 5 == 0)
            words += ",\"Qt\"";
        return R"({"answers":[{"questionId":")" + o.question + R"(","words":[)" + words + "]}]}";
    }
    if (o.kind == "quiz")
        return R"({"answers":[{"questionId":")" + o.question + R"(","optionIds":[")" +
               std::string(1, char('a' + k % 4)) + R"("]}]})";
    return R"({"answers":[{"questionId":")" + o.question + R"(","optionIds":["a"]}]})";
}

// Posts `count` votes at `rate` per second over o.httpConns keep-alive connections; returns sorted ack times
// and appends each request's latency (ms).
std::vector<std::int64_t>
postVotes(const Options &o, int count, int rate, std::vector<double> &restMs, int &failed)
{
    std::vector<std::int64_t> acks;
    std::mutex m;
    std::atomic<int> next{0};
    std::atomic<int> bad{0};
    const std::int64_t start = nowNs() + 1000000;
    const std::string path = "/v2/surveys/" + o.survey + "/responses";
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, o.httpConns); ++t)
        threads.emplace_back(
            [&]
            {
                Http h;
                h.port = o.port;
                std::string out;
                for (int k; (k = next++) < count;)
                {
                    const std::int64_t due = start + std::int64_t(double(k) * 1e9 / rate);
                    for (std::int64_t now = nowNs(); now < due; now = nowNs())
                        usleep(unsigned(std::max<std::int64_t>(1, (due - now) / 1000)));
                    const std::int64_t sent = nowNs();
                    const std::string target =
                        o.kind == "qa" ? "/v2/qa/" + o.items[std::size_t(k) % o.items.size()] + "/vote"
                                       : path;
                    const int status = h.request("POST", target, voteBody(o, k), out);
                    const std::int64_t ack = nowNs();
                    std::lock_guard lock(m);
                    if (status == 201 || (o.kind == "qa" && status == 200))
                    {
                        acks.push_back(ack);
                        restMs.push_back(double(ack - sent) / 1e6);
                    }
                    else
                        ++bad;
                }
            });
    for (auto &t : threads)
        t.join();
    failed = bad;
    std::sort(acks.begin(), acks.end());
    return acks;
}

// --- phases
// ----------------------------------------------------------------------------------------------------

struct FloorResult
{
    double passMs = 0;
    double p99Ms = 0;
};

FloorResult runFloor(const Options &o)
{
    const int lfd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::listen(lfd, 4096);
    socklen_t al = sizeof a;
    getsockname(lfd, reinterpret_cast<sockaddr *>(&a), &al);
    const int port = ntohs(a.sin_port);
    std::vector<int> accepted;
    std::atomic<bool> done{false};
    std::thread acceptor(
        [&]
        {
            fcntl(lfd, F_SETFL, O_NONBLOCK);
            while (!done)
            {
                const int fd = ::accept(lfd, nullptr, nullptr);
                if (fd >= 0)
                    accepted.push_back(fd);
                else
                    usleep(1000);
            }
        });
    Fleet f;
    startFleet(f, o, port, false);
    waitConnected(f);
    usleep(200000);
    done = true;
    acceptor.join();
    // One ~300-byte unmasked text frame shaped like an update.
    std::string payload =
        R"({"type":"update","topic":"survey:1","seq":7,"data":{"totalResponses":12345,"questions":[)";
    while (payload.size() < 290)
        payload += R"({"id":"q","counts":{"a":1}},)";
    payload += R"({}]}})";
    std::string frame;
    frame.push_back(char(0x81));
    frame.push_back(char(126));
    frame.push_back(char(payload.size() >> 8));
    frame.push_back(char(payload.size() & 0xff));
    frame += payload;
    FloorResult res;
    std::vector<double> passes, p99s;
    std::vector<double> all;
    for (int round = 0; round < o.singles; ++round)
    {
        takeRecords(f);
        const std::int64_t t0 = nowNs();
        for (int fd : accepted)
            writeAll(fd, frame.data(), frame.size());
        const std::int64_t t1 = nowNs();
        usleep(1000000);
        std::vector<double> lat;
        for (const Record &r : takeRecords(f))
            if (r.kind == 0)
                lat.push_back(double(r.recvNs - t0) / 1e6);
        passes.push_back(double(t1 - t0) / 1e6);
        p99s.push_back(pct(lat, 0.99));
        std::printf("floor round %d: accepted=%zu send pass=%.1fms receipt %s\n",
                    round + 1,
                    accepted.size(),
                    passes.back(),
                    stats(lat).c_str());
        all.insert(all.end(), lat.begin(), lat.end());
    }
    res.passMs = pct(passes, 0.5);
    res.p99Ms = pct(p99s, 0.5);
    std::printf("FLOOR connections=%zu pass(median)=%.1fms receipt p99(median)=%.1fms all %s\n",
                accepted.size(),
                res.passMs,
                res.p99Ms,
                stats(all).c_str());
    for (int fd : accepted)
        ::close(fd);
    ::close(lfd);
    stopFleet(f);
    return res;
}

void runWs(const Options &o, const FloorResult &floor)
{
    if (o.serverPid)
        std::printf("server before: Threads=%s VmRSS=%s\n",
                    procField(o.serverPid, "Threads").c_str(),
                    procField(o.serverPid, "VmRSS").c_str());
    const long rssBefore = o.serverPid ? std::atol(procField(o.serverPid, "VmRSS").c_str()) : 0;
    Fleet f;
    const std::int64_t c0 = nowNs();
    startFleet(f, o, o.port, true);
    waitConnected(f);
    const double connectS = double(nowNs() - c0) / 1e9;
    usleep(1500000);
    std::int64_t baseTotal = -1;
    int snapshots = 0, closedEarly = 0;
    for (const Record &r : takeRecords(f))
    {
        if (r.kind == 3)
        {
            ++snapshots;
            baseTotal = std::max(baseTotal, r.total);
        }
        if (r.kind == 2)
            ++closedEarly;
    }
    std::printf("CONNECTED %d of %d in %.1fs (snapshots %d, closed by server %d)\n",
                f.connected,
                o.conns,
                connectS,
                snapshots,
                closedEarly);
    if (o.serverPid)
    {
        const long rssAfter = std::atol(procField(o.serverPid, "VmRSS").c_str());
        std::printf("server after: Threads=%s VmRSS=%ld kB; slope %.2f kB/connection\n",
                    procField(o.serverPid, "Threads").c_str(),
                    rssAfter,
                    f.connected ? double(rssAfter - rssBefore) / f.connected : 0.0);
    }

    // Single updates: one vote → one update to every subscriber.
    std::vector<double> passes, p99s;
    for (int round = 0; round < o.singles; ++round)
    {
        std::vector<double> rest;
        int failed = 0;
        const auto acks = postVotes(o, 1, 1000, rest, failed);
        usleep(1000000);
        std::vector<double> lat;
        for (const Record &r : takeRecords(f))
            if (r.kind == 0 && !acks.empty())
                lat.push_back(double(r.recvNs - acks[0]) / 1e6);
        const double pass = metricValue(o, "nextevent_ws_last_fanout_pass_seconds") * 1000;
        passes.push_back(pass);
        p99s.push_back(pct(lat, 0.99));
        std::printf("single round %d: server pass=%.1fms delivery (from ack) %s\n",
                    round + 1,
                    pass,
                    stats(lat).c_str());
    }
    const double pass = pct(passes, 0.5), p99 = pct(p99s, 0.5);
    if (floor.passMs > 0)
        std::printf(
            "FANOUT server pass(median)=%.1fms = %.2fx floor (target <=1.2x); delivery p99(median)=%.1fms = "
            "%.2fx floor (target <=1.5x)\n",
            pass,
            pass / floor.passMs,
            p99,
            p99 / floor.p99Ms);

    // Sustained votes.
    if (o.votes > 0)
    {
        takeRecords(f);
        std::vector<double> rest;
        int failed = 0;
        const std::int64_t v0 = nowNs();
        const auto acks = postVotes(o, o.votes, o.rate, rest, failed);
        const double voteS = double(nowNs() - v0) / 1e9;
        usleep(3000000);
        const auto recs = takeRecords(f);
        std::int64_t startTotal = -1;
        // The total before the first vote of this phase: the highest total delivered before it (single
        // rounds).
        startTotal = baseTotal + o.singles;
        const std::int64_t finalTotal = startTotal + std::int64_t(acks.size());
        std::vector<double> lat;
        std::map<int, std::pair<std::int64_t, std::int64_t>> last; // conn -> (total, recvNs)
        std::map<int, std::int64_t> lastSeq;
        long gaps = 0, closed = 0, updates = 0;
        for (const Record &r : recs)
        {
            if (r.kind == 2)
            {
                ++closed;
                continue;
            }
            if (r.kind != 0)
                continue;
            ++updates;
            const std::int64_t k = r.total - startTotal;
            if (k >= 1 && k <= std::int64_t(acks.size()))
                lat.push_back(double(r.recvNs - acks[std::size_t(k - 1)]) / 1e6);
            auto &l = last[r.conn];
            if (r.recvNs >= l.second)
                l = {r.total, r.recvNs};
            auto s = lastSeq.find(r.conn);
            if (s != lastSeq.end() && r.seq != s->second + 1)
                ++gaps;
            lastSeq[r.conn] = r.seq;
        }
        int missed = f.connected - int(last.size());
        std::vector<double> finalLag;
        for (const auto &[conn, l] : last)
        {
            if (l.first != finalTotal)
                ++missed;
            else if (!acks.empty())
                finalLag.push_back(double(l.second - acks.back()) / 1e6);
        }
        std::printf("VOTES %zu acknowledged (%d failed) in %.1fs (%.0f/s requested %d/s); REST %s\n",
                    acks.size(),
                    failed,
                    voteS,
                    double(acks.size()) / voteS,
                    o.rate,
                    stats(rest).c_str());
        std::printf("UPDATES delivered=%ld (%.1f per subscriber) latency from ack %s\n",
                    updates,
                    f.connected ? double(updates) / f.connected : 0.0,
                    stats(lat).c_str());
        std::printf(
            "FINAL total=%lld missed-final-state=%d of %d; final-state lag %s; seq gaps=%ld; closed=%ld\n",
            static_cast<long long>(finalTotal),
            missed,
            f.connected,
            stats(finalLag).c_str(),
            gaps,
            closed);
    }
    if (o.serverPid)
        std::printf("server end: Threads=%s VmRSS=%s\n",
                    procField(o.serverPid, "Threads").c_str(),
                    procField(o.serverPid, "VmRSS").c_str());
    stopFleet(f);
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2)
    {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--port")
            o.port = std::stoi(v);
        else if (k == "--survey")
            o.survey = v;
        else if (k == "--question")
            o.question = v;
        else if (k == "--conns")
            o.conns = std::stoi(v);
        else if (k == "--procs")
            o.procs = std::stoi(v);
        else if (k == "--sources")
            o.sources = std::stoi(v);
        else if (k == "--votes")
            o.votes = std::stoi(v);
        else if (k == "--rate")
            o.rate = std::stoi(v);
        else if (k == "--singles")
            o.singles = std::stoi(v);
        else if (k == "--kind")
            o.kind = v;
        else if (k == "--topic")
            o.topic = v;
        else if (k == "--items")
        {
            std::ifstream in(v);
            for (std::string line; std::getline(in, line);)
                if (!line.empty())
                    o.items.push_back(line);
        }
        else if (k == "--server-pid")
            o.serverPid = std::stoi(v);
        else if (k == "--floor")
            o.floor = v == "1";
        else if (k == "--deflate")
            o.deflate = v == "1";
        else
        {
            std::fprintf(stderr, "unknown option %s\n", k.c_str());
            return 2;
        }
    }
    gSumVotes = o.kind == "qa";
    if (o.port == 0 || o.survey.empty() || o.question.empty() || o.conns < 1 || o.procs < 1 ||
        o.sources < 1 || o.rate < 1 || (o.kind == "qa" && o.items.empty()))
    {
        std::fprintf(
            stderr,
            "usage: ws_load --port P --survey ID --question Q [--conns N] [--procs P] [--sources S]"
            " [--votes V] [--rate R] [--singles K] [--server-pid PID] [--floor 0|1] [--deflate 0|1] [--kind "
            "vote|words|quiz|qa]"
            " [--topic T] [--items FILE]\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    raiseFdLimit();
    FloorResult floor;
    if (o.floor)
        floor = runFloor(o);
    runWs(o, floor);
    return 0;
}
