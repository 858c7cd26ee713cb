// SPDX-License-Identifier: MIT
#include "server/Commands.h"

int main(int argc, char **argv)
{
    return nextevent::server::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
}
