// SPDX-License-Identifier: MIT
#include "server/http/Metrics.h"

#include <sstream>

namespace nextevent::server::http
{
namespace
{
/// A label value in the exposition format: backslash, double quote and newline escaped.
std::string labelValue(const std::string &value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value)
    {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

/// Methods get a series each; anything else (clients can send any token) shares one, so a client cannot
/// grow the metrics without bound.
const std::string &methodLabel(const std::string &method)
{
    static const std::string known[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    static const std::string other = "OTHER";
    for (const auto &k : known)
        if (method == k)
            return k;
    return other;
}
} // namespace

void Metrics::observe(const std::string &method, const std::string &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{methodLabel(method), route, status}];
    auto &h = m_latency[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::addGauge(std::string name, std::string help, std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    m_gauges.push_back({std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::render() const
{
    std::ostringstream out;
    std::lock_guard lock(m_mutex);
    out << "# HELP nextevent_http_requests_total HTTP requests by method, route and status.\n"
        << "# TYPE nextevent_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests)
        out << "nextevent_http_requests_total{method=\"" << labelValue(std::get<0>(key)) << "\",route=\""
            << labelValue(std::get<1>(key)) << "\",status=\"" << std::get<2>(key) << "\"} " << count << "\n";
    out << "# HELP nextevent_http_request_duration_seconds HTTP request latency by route.\n"
        << "# TYPE nextevent_http_request_duration_seconds histogram\n";
    for (const auto &[routeName, h] : m_latency)
    {
        const std::string route = labelValue(routeName);
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << "nextevent_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
                << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
        out << "nextevent_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
            << h.count << "\n";
        out << "nextevent_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n";
        out << "nextevent_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
    }
    out << "# HELP nextevent_http_handler_runs_total Requests the reactor front ran, by thread: io (answered "
           "from memory on an I/O thread), worker, restarted (needed the database after all: ran again on a "
           "worker).\n"
        << "# TYPE nextevent_http_handler_runs_total counter\n";
    const char *threadNames[] = {"io", "worker", "restarted"};
    for (std::size_t i = 0; i < m_threads.size(); ++i)
        out << "nextevent_http_handler_runs_total{thread=\"" << threadNames[i] << "\"} "
            << m_threads[i].load() << "\n";
    for (const auto &g : m_gauges)
        out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n"
            << g.name << " " << g.read() << "\n";
    for (const auto &section : m_sections)
        out << section();
    return out.str();
}

void Metrics::countThread(Thread thread)
{
    m_threads[static_cast<std::size_t>(thread)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::addSection(std::function<std::string()> render)
{
    std::lock_guard lock(m_mutex);
    m_sections.push_back(std::move(render));
}

} // namespace nextevent::server::http
