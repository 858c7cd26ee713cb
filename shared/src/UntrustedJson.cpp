// SPDX-License-Identifier: MIT
#include "nextevent/UntrustedJson.h"

namespace nextevent
{

bool jsonNestsDeeperThan(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text)
    {
        if (inString)
        {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c)
        {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return true;
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

UntrustedJson parseUntrustedJson(std::string_view text, std::size_t maxDepth)
{
    UntrustedJson out;
    if (jsonNestsDeeperThan(text, maxDepth))
    {
        out.value = nlohmann::json(nlohmann::json::value_t::discarded);
        out.problem = JsonProblem::TooDeep;
        return out;
    }
    out.value = nlohmann::json::parse(text, nullptr, false);
    if (out.value.is_discarded())
        out.problem = JsonProblem::Malformed;
    return out;
}

} // namespace nextevent
