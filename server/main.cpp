// SPDX-License-Identifier: MIT
#include <iostream>
#include <string_view>

#include "nextevent/Version.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
    {
        const std::string_view arg = argv[i];
        if (arg == "--version")
        {
            std::cout << "nextevent-server " << nextevent::kVersion << '\n';
            return 0;
        }
        if (arg == "--help")
        {
            std::cout << "Usage: nextevent-server [serve|migrate|seed-demo|user add] [--config FILE]\n";
            return 0;
        }
    }
    std::cerr << "nextevent-server: serving is not implemented yet\n";
    return 1;
}
