// SPDX-License-Identifier: MIT
#include "server/app/UserService.h"

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

namespace nextevent::server::app
{
namespace
{
Error notFound()
{
    return Error(ErrorCode::NotFound, "No such user");
}
} // namespace

UserService::UserService(Store &store, const PasswordHasher &hasher, AuthService &auth)
    : m_store(store)
    , m_hasher(hasher)
    , m_auth(auth)
{
}

Page<User> UserService::list(const PageRequest &request)
{
    return m_store.read()->users().list(request);
}

User UserService::get(const std::string &id)
{
    auto stored = m_store.read()->users().findById(id);
    if (!stored)
        throw notFound();
    return stored->user;
}

std::string UserService::displayNameOf(const std::string &username)
{
    if (auto cached = m_displayNames.find(username))
        return *cached;
    auto stored = m_store.read()->users().findByUsername(username);
    std::string name = stored ? stored->user.displayName : std::string();
    m_displayNames.put(username, name);
    return name;
}

User UserService::create(const nlohmann::json &body, const std::string &actor)
{
    requireObject(body);
    // Every problem at once: a wrong type or unknown role must not hide a missing password.
    std::vector<FieldError> errors;
    User user;
    bool parsed = true;
    try
    {
        user = userFromJson(body);
    }
    catch (const Error &e)
    {
        if (e.code() != ErrorCode::Validation)
            throw;
        errors = e.details();
        parsed = false;
    }
    JsonReader reader(body, "", errors);
    const auto password = reader.string("password", true);
    if (!reader.has("username"))
        errors.push_back({"username", FieldCode::Required, "is required"});
    if (parsed)
    {
        auto rules = validate(user);
        errors.insert(errors.end(), rules.begin(), rules.end());
    }
    if (password)
    {
        auto passwordErrors = validatePassword(*password);
        errors.insert(errors.end(), passwordErrors.begin(), passwordErrors.end());
    }
    throwIfInvalid(std::move(errors));
    user.id = newUuid();
    user.createdAt = user.updatedAt = nextevent::now();
    user.lastLoginAt.reset();
    if (!body.contains("active"))
        user.active = true;
    const std::string hash = m_hasher.hash(*password);
    auto unit = m_store.write();
    if (unit->users().findByUsername(user.username))
        throw Error(ErrorCode::Conflict,
                    "The username is already taken",
                    {{"username", FieldCode::NotUnique, "is already taken"}});
    unit->users().insert(user, hash);
    unit->audit().append({actor, "create", "user", user.id, {{"username", user.username}}});
    unit->commit();
    m_displayNames.clear(); // a name may have changed
    return user;
}

User UserService::update(const std::string &id, const nlohmann::json &body, const std::string &actor)
{
    requireObject(body);
    auto unit = m_store.write();
    auto stored = unit->users().findById(id);
    if (!stored)
        throw notFound();
    nlohmann::json merged = stored->user;
    for (const char *key : {"displayName", "email", "phone", "roles", "active"})
        if (body.contains(key))
            merged[key] = body[key];
    if (body.contains("username") && body["username"] != stored->user.username)
        throw Error::validation({{"username", FieldCode::NotAllowed, "cannot be changed"}});
    User user = userFromJson(merged);
    throwIfInvalid(validate(user));
    const bool wasAdmin = stored->user.active && stored->user.hasRole(Role::Admin);
    const bool isAdmin = user.active && user.hasRole(Role::Admin);
    if (wasAdmin && !isAdmin && unit->users().countAdmins() <= 1)
        throw Error(ErrorCode::Conflict,
                    "The last active admin cannot lose the admin role or be deactivated");
    user.updatedAt = nextevent::now();
    unit->users().update(user);
    const bool rolesChanged = user.roles != stored->user.roles;
    if (!user.active || rolesChanged)
    {
        // Tokens carry the roles they were issued with: old ones must not keep old rights.
        unit->tokens().revokeUser(user.id, user.updatedAt);
        m_auth.cutOffAccess(*unit, user.id);
    }
    // Only the names of the fields the request changed: the body is the client's, and may hold anything.
    nlohmann::json changed = nlohmann::json::array();
    for (const char *key : {"displayName", "email", "phone", "roles", "active"})
        if (body.contains(key))
            changed.push_back(key);
    unit->audit().append({actor, "update", "user", user.id, {{"fields", changed}}});
    unit->commit();
    m_displayNames.clear(); // a name may have changed
    return user;
}

void UserService::resetPassword(const std::string &id, const std::string &password, const std::string &actor)
{
    throwIfInvalid(validatePassword(password));
    const std::string hash = m_hasher.hash(password);
    auto unit = m_store.write();
    if (!unit->users().findById(id))
        throw notFound();
    const auto now = nextevent::now();
    unit->users().setPassword(id, hash, now);
    unit->tokens().revokeUser(id, now);
    m_auth.cutOffAccess(*unit, id);
    unit->audit().append({actor, "reset-password", "user", id, {}});
    unit->commit();
}

} // namespace nextevent::server::app
