// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace nextevent::console
{

/// The string at `key` of a JSON object the server sent, or empty when absent, null or not a string: the
/// console shows what it can of an answer rather than failing on one odd field.
inline QString jsonString(const nlohmann::json &object, const char *key)
{
    if (object.is_object())
        if (auto it = object.find(key); it != object.end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    return {};
}

} // namespace nextevent::console
