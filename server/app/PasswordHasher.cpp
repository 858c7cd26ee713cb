// SPDX-License-Identifier: MIT
#include "server/app/PasswordHasher.h"

#include <stdexcept>

#include <sodium.h>

namespace nextevent::server::app
{

PasswordHasher::PasswordHasher(const std::string &cost)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    if (cost == "moderate")
    {
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    }
    else if (cost == "min")
    {
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
    else
    {
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    }
    m_dummyHash = hash("nextevent-timing-equaliser");
}

std::string PasswordHasher::hash(const std::string &password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), m_opsLimit, m_memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return out;
}

bool PasswordHasher::verify(const std::string &password, const std::string &encoded) const
{
    if (encoded.empty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(encoded.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::burn(const std::string &password) const
{
    (void)verify(password, m_dummyHash);
}

} // namespace nextevent::server::app
