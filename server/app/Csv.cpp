// SPDX-License-Identifier: MIT
#include "server/app/Csv.h"

namespace nextevent::server::app
{

std::string csvField(const std::string &value)
{
    std::string out = "\"";
    // Spreadsheets run a cell starting with = + - @ (or a tab or carriage return before one, possibly after
    // spaces) as a formula: a leading quote keeps it text.
    const auto first = value.find_first_not_of(' ');
    if (first != std::string::npos)
    {
        const char c = value[first];
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            out.push_back('\'');
    }
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
