// SPDX-License-Identifier: MIT
#include "nextevent/JsonReader.h"

#include <limits>
#include <utility>

namespace nextevent
{

JsonReader::JsonReader(const nlohmann::json &object, std::string prefix, std::vector<FieldError> &errors)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_errors(errors)
{
}

bool JsonReader::has(const char *key) const
{
    return m_object.is_object() && m_object.contains(key) && !m_object.at(key).is_null();
}

void JsonReader::fail(const std::string &key, FieldCode code, const std::string &message)
{
    m_errors.push_back({field(key), code, message});
}

const nlohmann::json *JsonReader::member(const char *key, bool required)
{
    if (!has(key))
    {
        if (required)
            fail(key, FieldCode::Required, "is required");
        return nullptr;
    }
    return &m_object.at(key);
}

std::optional<std::string> JsonReader::string(const char *key, bool required)
{
    const auto *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_string())
    {
        fail(key, FieldCode::InvalidFormat, "must be a string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::int64_t> JsonReader::integer(const char *key, bool required)
{
    const auto *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<std::int64_t>();
    if (value->is_number_unsigned())
    {
        if (value->get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        {
            fail(key, FieldCode::OutOfRange, "is out of range");
            return std::nullopt;
        }
        return static_cast<std::int64_t>(value->get<std::uint64_t>());
    }
    fail(key, FieldCode::InvalidFormat, "must be an integer");
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const char *key, bool required)
{
    const auto *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean())
    {
        fail(key, FieldCode::InvalidFormat, "must be true or false");
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<TimePoint> JsonReader::time(const char *key, bool required)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    auto parsed = parseIso8601(*text);
    if (!parsed)
        fail(key, FieldCode::InvalidFormat, "must be an ISO 8601 date-time such as 2026-05-01T09:00:00Z");
    return parsed;
}

std::optional<std::vector<std::string>> JsonReader::stringArray(const char *key, bool required)
{
    const auto *value = array(key, required);
    if (!value)
        return std::nullopt;
    std::vector<std::string> out;
    for (const auto &item : *value)
    {
        if (!item.is_string())
        {
            fail(key, FieldCode::InvalidFormat, "must be an array of strings");
            return std::nullopt;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const nlohmann::json *JsonReader::object(const char *key, bool required)
{
    const auto *value = member(key, required);
    if (value && !value->is_object())
    {
        fail(key, FieldCode::InvalidFormat, "must be an object");
        return nullptr;
    }
    return value;
}

const nlohmann::json *JsonReader::array(const char *key, bool required)
{
    const auto *value = member(key, required);
    if (value && !value->is_array())
    {
        fail(key, FieldCode::InvalidFormat, "must be an array");
        return nullptr;
    }
    return value;
}

void requireObject(const nlohmann::json &document, const std::string &what)
{
    if (!document.is_object())
        throw Error::validation({{what, FieldCode::InvalidFormat, "must be a JSON object"}});
}

} // namespace nextevent
