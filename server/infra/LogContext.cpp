// SPDX-License-Identifier: MIT
#include "server/infra/LogContext.h"

#include <iostream>
#include <mutex>

#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <nlohmann/json.hpp>

#include "nextevent/Time.h"

namespace nextevent::server::infra
{
namespace
{
thread_local std::string t_requestId;

const char *levelName(Poco::Message::Priority p)
{
    switch (p)
    {
    case Poco::Message::PRIO_FATAL:
    case Poco::Message::PRIO_CRITICAL:
        return "critical";
    case Poco::Message::PRIO_ERROR:
        return "error";
    case Poco::Message::PRIO_WARNING:
        return "warning";
    case Poco::Message::PRIO_NOTICE:
    case Poco::Message::PRIO_INFORMATION:
        return "info";
    default:
        return "debug";
    }
}

/// One line per message on stderr (the journal or a container runtime collects it).
class LineChannel : public Poco::Channel
{
public:
    explicit LineChannel(bool json)
        : m_json(json)
    {
    }

    void log(const Poco::Message &message) override
    {
        const std::string time = formatIso8601(nextevent::now());
        const std::string &rid = LogContext::requestId();
        std::string line;
        if (m_json)
        {
            nlohmann::json j{{"time", time},
                             {"level", levelName(message.getPriority())},
                             {"logger", message.getSource()},
                             {"message", message.getText()}};
            if (!rid.empty())
                j["requestId"] = rid;
            line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        else
        {
            line = time + " " + levelName(message.getPriority()) + " [" + message.getSource() + "]" +
                   (rid.empty() ? "" : " rid=" + rid) + " " + message.getText();
        }
        std::lock_guard lock(m_mutex);
        std::cerr << line << '\n';
    }

private:
    bool m_json;
    std::mutex m_mutex;
};
} // namespace

const std::string &LogContext::requestId()
{
    return t_requestId;
}

LogContext::Scope::Scope(const std::string &requestId)
{
    t_requestId = requestId;
}

LogContext::Scope::~Scope()
{
    t_requestId.clear();
}

void configureLogging(const std::string &format, const std::string &level)
{
    Poco::AutoPtr<Poco::Channel> channel(new LineChannel(format == "json"));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(level);
    for (const char *name : {"http", "access", "store", "app", "server"})
        Poco::Logger::get(name).setChannel(channel), Poco::Logger::get(name).setLevel(level);
}

} // namespace nextevent::server::infra
