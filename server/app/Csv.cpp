// SPDX-License-Identifier: MIT
#include "server/app/Csv.h"

namespace nextevent::server::app
{

std::string csvField(const std::string &value)
{
    std::string out = "\"";
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
        out.push_back('\'');
    for (char c : value)
    {
        if (c == '"')
            out += "\"\"";
        else
            out.push_back(c);
    }
    return out + "\"";
}

} // namespace nextevent::server::app
