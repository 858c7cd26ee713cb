// SPDX-License-Identifier: MIT
#include "server/app/TeamService.h"

#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent::server::app
{
namespace
{
void requireEvent(UnitOfWork &unit, const std::string &eventId)
{
    if (eventId.size() > 64 || !unit.events().find(eventId))
        throw Error(ErrorCode::NotFound, "No such event");
}

std::optional<std::string> eventOf(UnitOfWork &unit, const std::string &type, const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return std::nullopt;
    if (type == "event")
        return id;
    if (type == "survey")
    {
        auto survey = unit.surveys().find(id);
        return survey ? survey->eventId : std::nullopt;
    }
    if (type == "draw")
    {
        auto draw = unit.draws().find(id);
        return draw ? std::optional(draw->eventId) : std::nullopt;
    }
    if (type == "qa")
    {
        auto item = unit.interaction().findQa(id);
        return item ? std::optional(item->eventId) : std::nullopt;
    }
    if (type == "wall")
    {
        auto message = unit.interaction().findWall(id);
        return message ? std::optional(message->eventId) : std::nullopt;
    }
    return std::nullopt;
}
} // namespace

TeamService::TeamService(Store &store)
    : m_store(store)
{
}

nlohmann::json TeamService::toJson(const EventMember &m)
{
    return {{"eventId", m.eventId},
            {"userId", m.userId},
            {"username", m.username},
            {"displayName", m.displayName},
            {"role", std::string(toString(m.role))},
            {"createdBy", m.createdBy},
            {"createdAt", formatIso8601(m.createdAt)},
            {"updatedAt", formatIso8601(m.updatedAt)}};
}

TeamService::Added
TeamService::add(const std::string &eventId, const nlohmann::json &body, const Principal &actor)
{
    requireObject(body);
    std::vector<FieldError> errors;
    JsonReader reader(body, "", errors);
    auto userId = reader.string("userId");
    auto username = reader.string("username");
    auto roleName = reader.string("role", true);
    std::optional<Role> role;
    if (errors.empty())
    {
        if (!userId && !username)
            errors.push_back({"userId", FieldCode::Required, "name the user (userId, or username)"});
        else if (userId && username)
            errors.push_back({"username", FieldCode::NotAllowed, "send either userId or username, not both"});
        role = roleFromString(*roleName);
        if (!role)
            errors.push_back(
                {"role", FieldCode::InvalidChoice, "must be organizer, presenter, checkin or viewer"});
        else if (*role == Role::Admin)
            errors.push_back({"role", FieldCode::NotAllowed, "admin is a global role, not an event's"});
    }
    throwIfInvalid(errors);

    auto unit = m_store.write();
    requireEvent(*unit, eventId);
    std::optional<StoredUser> user;
    if (userId && userId->size() <= 64)
        user = unit->users().findById(*userId);
    else if (username && username->size() <= 64)
        user = unit->users().findByUsername(*username);
    if (!user)
        throw Error(
            ErrorCode::NotFound, "No such user", {{userId ? "userId" : "username", std::nullopt, "unknown"}});
    const TimePoint now = nextevent::now();
    auto member = unit->teams().find(eventId, user->user.id);
    const bool created = !member;
    if (created)
    {
        member = EventMember{eventId, user->user.id, *role, actor.username, now, now, {}, {}};
        unit->teams().insert(*member);
    }
    else if (member->role != *role)
    {
        member->role = *role;
        member->updatedAt = now;
        unit->teams().updateRole(*member);
    }
    member->username = user->user.username;
    member->displayName = user->user.displayName;
    unit->audit().append({actor.username,
                          created ? "add-member" : "change-member",
                          "event",
                          eventId,
                          {{"userId", member->userId}, {"role", std::string(toString(*role))}}});
    unit->commit();
    return {toJson(*member), created};
}

nlohmann::json TeamService::list(const std::string &eventId)
{
    auto unit = m_store.read();
    requireEvent(*unit, eventId);
    nlohmann::json items = nlohmann::json::array();
    for (const auto &m : unit->teams().list(eventId))
        items.push_back(toJson(m));
    const auto total = items.size();
    return {{"items", std::move(items)}, {"total", total}};
}

void TeamService::remove(const std::string &eventId, const std::string &userId, const Principal &actor)
{
    auto unit = m_store.write();
    requireEvent(*unit, eventId);
    if (userId.size() > 64 || !unit->teams().remove(eventId, userId))
        throw Error(ErrorCode::NotFound, "This user is not a member of the event's team");
    unit->audit().append({actor.username, "remove-member", "event", eventId, {{"userId", userId}}});
    unit->commit();
}

std::vector<Role>
TeamService::rolesAt(const std::string &userId, const std::string &objectType, const std::string &objectId)
{
    if (userId.empty())
        return {};
    auto unit = m_store.read();
    const auto eventId = eventOf(*unit, objectType, objectId);
    if (!eventId)
        return {};
    if (auto member = unit->teams().find(*eventId, userId))
        return {member->role};
    return {};
}

bool TeamService::hasMemberships(const std::string &userId)
{
    if (userId.empty())
        return false;
    auto unit = m_store.read();
    return unit->teams().hasMemberships(userId);
}

} // namespace nextevent::server::app
