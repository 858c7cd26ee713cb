// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "nextevent/User.h"

#include "server/app/AuthService.h"
#include "server/app/PasswordHasher.h"
#include "server/app/Principal.h"
#include "server/app/RecentReads.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Staff accounts: admins create them, change roles, deactivate and reset passwords.
class UserService
{
public:
    UserService(Store &store, const PasswordHasher &hasher, AuthService &auth);

    Page<User> list(const PageRequest &request);
    User get(const std::string &id);
    /// The display name of the account `username` (what readers see as an article's author), or "" when
    /// there is no such account or it has none.
    std::string displayNameOf(const std::string &username);

    /// Body: username, password, roles, displayName, email, phone. CONFLICT when the username is taken.
    User create(const nlohmann::json &body, const std::string &actor);

    /// Body may change displayName, email, phone, roles, active. Refuses to remove the last active admin.
    /// Deactivation and a change of roles end the user's sessions: refresh tokens and access tokens alike.
    User update(const std::string &id, const nlohmann::json &body, const std::string &actor);

    /// Sets a new password and revokes the user's refresh and access tokens.
    void resetPassword(const std::string &id, const std::string &password, const std::string &actor);

private:
    Store &m_store;
    RecentReads<std::string> m_displayNames; ///< by username: article bylines
    const PasswordHasher &m_hasher;
    AuthService &m_auth;
};

} // namespace nextevent::server::app
