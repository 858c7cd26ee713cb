// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include "TestServer.h"

namespace nextevent::test
{

/// What a finished command printed and returned.
struct RunResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs the server binary to completion with extra environment and optional stdin.
inline RunResult runServerCommand(const std::vector<std::string> &args,
                                  const Poco::Process::Env &env,
                                  const std::string &input = {})
{
    Poco::Pipe in, out, err;
    auto handle = Poco::Process::launch(NEXTEVENT_SERVER_BINARY, args, std::string(), &in, &out, &err, env);
    Poco::PipeOutputStream stdinStream(in);
    stdinStream << input;
    stdinStream.close();
    Poco::PipeInputStream outStream(out), errStream(err);
    RunResult r;
    Poco::StreamCopier::copyToString(outStream, r.out);
    Poco::StreamCopier::copyToString(errStream, r.err);
    r.exitCode = handle.wait();
    return r;
}

/// A `nextevent-server serve` process in the background. Its output goes to `logFile` when one is given
/// (a pipe nobody reads would block a server that logs a lot, as it does while a service is down), else to
/// a pipe read by terminate().
class ServerProcess
{
public:
    ServerProcess(const Poco::Process::Env &env, int port, const std::string &logFile = {})
        : m_port(port)
        , m_logFile(logFile)
    {
        if (logFile.empty())
            m_handle = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(
                NEXTEVENT_SERVER_BINARY, {"serve"}, std::string(), nullptr, &m_err, &m_err, env));
        else
            m_handle = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(
                "/bin/sh",
                {"-c", "exec \"$0\" serve >>\"$1\" 2>&1", NEXTEVENT_SERVER_BINARY, logFile},
                std::string(),
                nullptr,
                nullptr,
                nullptr,
                env));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (std::chrono::steady_clock::now() < deadline && Poco::Process::isRunning(*m_handle))
        {
            try
            {
                if (HttpClient(port).get("/healthz").status == 200)
                    return;
            }
            catch (const std::exception &)
            {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ADD_FAILURE() << "server did not become healthy\n" << log();
    }

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    ~ServerProcess()
    {
        if (m_handle && Poco::Process::isRunning(*m_handle))
        {
            Poco::Process::kill(*m_handle);
            m_handle->wait();
        }
    }

    int port() const
    {
        return m_port;
    }

    HttpClient client() const
    {
        return HttpClient(m_port);
    }

    bool running() const
    {
        return m_handle && Poco::Process::isRunning(*m_handle);
    }

    /// SIGKILL: no chance to flush or close anything.
    void killHard()
    {
        Poco::Process::kill(*m_handle);
        m_handle->wait();
        m_handle.reset();
    }

    /// SIGTERM; returns exit code and the log written (to the pipe).
    std::pair<int, std::string> terminate()
    {
        Poco::Process::requestTermination(m_handle->id());
        const int code = m_handle->wait();
        m_handle.reset();
        if (!m_logFile.empty())
            return {code, log()};
        Poco::PipeInputStream errStream(m_err);
        std::string text;
        Poco::StreamCopier::copyToString(errStream, text);
        return {code, text};
    }

    /// The log file's last `maxBytes` (for failure messages); "" without a log file.
    std::string log(std::size_t maxBytes = 8192) const
    {
        if (m_logFile.empty())
            return {};
        std::ifstream in(m_logFile, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const std::string all = text.str();
        return all.size() > maxBytes ? all.substr(all.size() - maxBytes) : all;
    }

private:
    int m_port;
    std::string m_logFile;
    Poco::Pipe m_err;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
};

} // namespace nextevent::test
