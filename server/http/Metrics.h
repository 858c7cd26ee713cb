// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace nextevent::server::http
{

/// Request counters and latency histogram, rendered in the Prometheus text format.
class Metrics
{
public:
    void observe(const std::string &method, const std::string &route, int status, double seconds);

    /// Gauges read at scrape time (open connections, pool use), each "name value" with its HELP text.
    void addGauge(std::string name, std::string help, std::function<double()> read);

    /// Text another part renders itself (already in the Prometheus format), appended at scrape time.
    void addSection(std::function<std::string()> render);

    /// Where the reactor front ran a request's handler.
    enum class Thread
    {
        Io,       ///< an I/O thread (answered from memory)
        Worker,   ///< a worker (the route waits on the database)
        Restarted ///< began on an I/O thread, found it must wait, ran again on a worker
    };
    void countThread(Thread thread);

    std::string render() const;

private:
    static constexpr std::array<double, 12> kBuckets{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

    struct Histogram
    {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };

    struct Gauge
    {
        std::string name;
        std::string help;
        std::function<double()> read;
    };

    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> m_requests;
    std::map<std::string, Histogram> m_latency;
    std::vector<Gauge> m_gauges;
    std::vector<std::function<std::string()>> m_sections;
    std::array<std::atomic<std::uint64_t>, 3> m_threads{};
};

} // namespace nextevent::server::http
