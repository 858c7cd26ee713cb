// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace nextevent::server::app
{

/// argon2id password hashing (libsodium), with the cost chosen by configuration.
class PasswordHasher
{
public:
    /// cost: "interactive" (default), "moderate" or "min" (tests only).
    explicit PasswordHasher(const std::string &cost = "interactive");

    /// An encoded argon2id hash (salt and parameters included).
    std::string hash(const std::string &password) const;

    /// Constant-time check of a password against an encoded hash; false for a malformed hash.
    bool verify(const std::string &password, const std::string &encoded) const;

    /// Spends the time of one verify, for unknown users, so timing does not reveal whether a user exists.
    void burn(const std::string &password) const;

private:
    unsigned long long m_opsLimit;
    std::size_t m_memLimit;
    std::string m_dummyHash;
};

} // namespace nextevent::server::app
