// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace nextevent::server::infra
{

/// Exceptions that escaped a POCO-run thread (reactors, TCP server, timers). POCO hands them to its global
/// ErrorHandler, whose default writes to stderr and moves on, so a thread failing in a loop went unseen.
/// Installing this handler logs them (rate-limited) and counts them for /metrics. Idempotent.
void installThreadErrorHandler();

/// Exceptions seen since the process started.
std::uint64_t threadErrorCount();

} // namespace nextevent::server::infra
