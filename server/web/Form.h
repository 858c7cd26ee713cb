// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nextevent::server::web
{

/// An application/x-www-form-urlencoded body (what a browser posts without JavaScript).
class Form
{
public:
    /// Throws nextevent::Error (VALIDATION_ERROR) for malformed percent-encoding or invalid UTF-8.
    static Form parse(const std::string &body);

    /// The first value of `name`, or nullopt.
    std::optional<std::string> value(const std::string &name) const;
    /// Every value of `name` in order (checkbox groups).
    std::vector<std::string> values(const std::string &name) const;

private:
    std::multimap<std::string, std::string> m_fields;
};

} // namespace nextevent::server::web
