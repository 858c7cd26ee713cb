// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nextevent/Permissions.h"
#include "nextevent/User.h"

#include "server/http/Http.h"

namespace nextevent::server::http
{

/// Who may call a route: anyone, any signed-in user, or signed-in users holding one of the roles.
struct Access
{
    enum class Kind
    {
        Public,
        Authenticated,
        Roles
    };

    Kind kind = Kind::Public;
    std::vector<Role> roles;
    /// Door devices (door tokens) may call the route too, for the event in the path's {id} only.
    bool doorDevices = false;
    /// Users without the roles who belong to any event's team may call the route too (lists that the
    /// handler narrows to their events).
    bool eventMembers = false;

    static Access publicRoute()
    {
        return {Kind::Public, {}};
    }

    static Access signedIn()
    {
        return {Kind::Authenticated, {}};
    }

    static Access roles_(std::vector<Role> roles)
    {
        return {Kind::Roles, std::move(roles)};
    }

    /// The roles the permission policy grants @p capability (nextevent/Permissions.h).
    static Access may(Capability capability)
    {
        return {Kind::Roles, rolesWith(capability)};
    }

    /// The same access, also open to door devices of the path's event.
    Access orDoorDevice() const
    {
        Access a = *this;
        a.doorDevices = true;
        return a;
    }

    /// The same access, also open to members of any event's team (the handler shows only their events).
    Access orEventMember() const
    {
        Access a = *this;
        a.eventMembers = true;
        return a;
    }

    bool allows(const std::vector<Role> &held) const;
};

/// The event a route acts on, for event teams: the object kind ("event", "survey", "draw", "qa", "wall")
/// and the path parameter holding its id; empty for routes not about one event.
struct EventScope
{
    std::string objectType;
    std::string param;
};

using Handler = std::function<Response(Request &)>;

struct Route
{
    std::string method;
    std::string pattern; ///< "/v2/events/{id}/attendees"
    Access access;
    Handler handler;
    std::vector<std::string> segments;
    std::int64_t bodyLimit = 0; ///< 0: the configured JSON body limit
    EventScope scope;           ///< derived from the pattern (Router::add)
    /// Usually answered from memory (a cache, a memoised page): the reactor front runs it on its I/O thread
    /// instead of handing it to a worker. The handler must change nothing before its first wait, where it
    /// throws app::WouldBlock there and runs again on a worker (server/app/Blocking.h).
    bool fromMemory = false;
};

/// The route table: exact segments and {name} placeholders, matched in registration order.
class Router
{
public:
    void
    add(std::string method, std::string pattern, Access access, Handler handler, std::int64_t bodyLimit = 0);

    struct Match
    {
        const Route *route = nullptr;
        std::map<std::string, std::string> params;
        bool pathKnown = false; ///< some route has this path under another method (405)
        std::vector<std::string> allowedMethods;
    };

    Match match(const std::string &method, const std::string &path) const;

    /// Marks a registered route as usually answered from memory (Route::fromMemory); throws
    /// std::logic_error for a route that is not registered.
    void answerFromMemory(const std::string &method, const std::string &pattern);

    /// Answers requests under `prefix` that match no route (the mobile pages' friendly 404 page).
    void setFallback(std::string prefix, Handler handler);
    /// The fallback for an unmatched path, or null.
    const Handler *fallbackFor(const std::string &path) const;

    const std::vector<Route> &routes() const
    {
        return m_routes;
    }

private:
    std::vector<Route> m_routes;
    std::vector<std::pair<std::string, Handler>> m_fallbacks;
};

} // namespace nextevent::server::http
