// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace nextevent::server::infra
{

/// The request id of the request this thread is serving, so every log line can carry it.
class LogContext
{
public:
    static const std::string &requestId();

    /// Sets the id for the scope of one request.
    class Scope
    {
    public:
        explicit Scope(const std::string &requestId);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };
};

/// Routes POCO's root logger to stderr as text or JSON lines ("text" or "json") at the given level.
void configureLogging(const std::string &format, const std::string &level);

} // namespace nextevent::server::infra
