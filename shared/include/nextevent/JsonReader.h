// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Error.h"
#include "nextevent/Time.h"

namespace nextevent
{

/// Reads fields of one JSON object with type checks, collecting a FieldError for each problem
/// instead of stopping at the first, so a client sees every mistake at once.
class JsonReader
{
public:
    /// @param prefix prepended to field names in errors ("questions[2].")
    JsonReader(const nlohmann::json &object, std::string prefix, std::vector<FieldError> &errors);

    bool has(const char *key) const;

    std::optional<std::string> string(const char *key, bool required = false);
    std::optional<std::int64_t> integer(const char *key, bool required = false);
    std::optional<bool> boolean(const char *key, bool required = false);
    std::optional<TimePoint> time(const char *key, bool required = false);
    std::optional<std::vector<std::string>> stringArray(const char *key, bool required = false);

    /// The member as an object or array, with a type check; nullptr when absent or wrong.
    const nlohmann::json *object(const char *key, bool required = false);
    const nlohmann::json *array(const char *key, bool required = false);

    void fail(const std::string &key, FieldCode code, const std::string &message);

    std::string field(const std::string &key) const
    {
        return m_prefix + key;
    }

private:
    const nlohmann::json *member(const char *key, bool required);

    const nlohmann::json &m_object;
    std::string m_prefix;
    std::vector<FieldError> &m_errors;
};

/// Throws Error::validation unless `document` is a JSON object.
void requireObject(const nlohmann::json &document, const std::string &what = "body");

} // namespace nextevent
