// SPDX-License-Identifier: MIT
#include "server/http/Router.h"

#include <algorithm>
#include <stdexcept>

namespace nextevent::server::http
{
namespace
{
std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size())
    {
        const auto end = path.find('/', start);
        parts.push_back(path.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}
} // namespace

bool Access::allows(const std::vector<Role> &held) const
{
    if (kind != Kind::Roles)
        return true;
    return std::any_of(roles.begin(),
                       roles.end(),
                       [&](Role r) { return std::find(held.begin(), held.end(), r) != held.end(); });
}

void Router::add(
    std::string method, std::string pattern, Access access, Handler handler, std::int64_t bodyLimit)
{
    Route route{std::move(method), std::move(pattern), std::move(access), std::move(handler), {}, bodyLimit};
    route.segments = split(route.pattern);
    // Routes under one event's or one event object's path act on that event: team members' roles there
    // count for them.
    static const std::vector<std::pair<std::string, EventScope>> scopes{
        {"/v2/events/{id}", {"event", "id"}},
        {"/v2/surveys/{id}", {"survey", "id"}},
        {"/v2/draws/{id}", {"draw", "id"}},
        {"/v2/qa/{qaId}", {"qa", "qaId"}},
        {"/v2/wall/{messageId}", {"wall", "messageId"}},
    };
    for (const auto &[prefix, scope] : scopes)
        if (route.pattern.rfind(prefix, 0) == 0 &&
            (route.pattern.size() == prefix.size() || route.pattern[prefix.size()] == '/'))
            route.scope = scope;
    m_routes.push_back(std::move(route));
}

void Router::answerFromMemory(const std::string &method, const std::string &pattern)
{
    for (auto &route : m_routes)
        if (route.method == method && route.pattern == pattern)
        {
            route.fromMemory = true;
            return;
        }
    throw std::logic_error("no route " + method + " " + pattern);
}

Router::Match Router::match(const std::string &method, const std::string &path) const
{
    Match result;
    const auto parts = split(path);
    for (const auto &route : m_routes)
    {
        if (route.segments.size() != parts.size())
            continue;
        std::map<std::string, std::string> params;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i)
        {
            const auto &segment = route.segments[i];
            if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}')
            {
                if (parts[i].empty())
                    ok = false;
                else
                    params[segment.substr(1, segment.size() - 2)] = parts[i];
            }
            else if (segment != parts[i])
                ok = false;
        }
        if (!ok)
            continue;
        if (route.method == method || (method == "HEAD" && route.method == "GET"))
        {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
        result.pathKnown = true;
        result.allowedMethods.push_back(route.method);
    }
    return result;
}

void Router::setFallback(std::string prefix, Handler handler)
{
    m_fallbacks.emplace_back(std::move(prefix), std::move(handler));
}

const Handler *Router::fallbackFor(const std::string &path) const
{
    for (const auto &[prefix, handler] : m_fallbacks)
        if (path.rfind(prefix, 0) == 0)
            return &handler;
    return nullptr;
}

} // namespace nextevent::server::http
