// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace nextevent::server
{

/// Runs nextevent-server with its arguments (without argv[0]); returns the process exit code.
/// Subcommands: serve (default), migrate, seed-demo, user add, and --help / --version.
int runCommandLine(const std::vector<std::string> &args);

} // namespace nextevent::server
