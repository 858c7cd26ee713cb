// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nextevent
{

/// Stable error codes shared by the server (which maps them to HTTP) and the console (which maps
/// them to translated messages).
enum class ErrorCode
{
    Validation,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    PayloadTooLarge,
    RateLimited,
    Unavailable,
    Internal
};

/// The wire name of a code, e.g. "VALIDATION_ERROR".
std::string_view errorCodeName(ErrorCode code);

/// Parses a wire name; returns ErrorCode::Internal for an unknown name.
ErrorCode errorCodeFromName(std::string_view name);

/// The HTTP status a code maps to (400, 401, 403, 404, 409, 413, 429, 503, 500).
int httpStatus(ErrorCode code);

/// One problem with one field of an input document.
struct FieldError
{
    std::string field;
    std::string message;

    bool operator==(const FieldError &) const = default;
};

/// A domain error: services throw it, the HTTP layer renders it.
class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string &message, std::vector<FieldError> details = {});

    ErrorCode code() const
    {
        return m_code;
    }

    const std::vector<FieldError> &details() const
    {
        return m_details;
    }

    /// A VALIDATION_ERROR listing every field error.
    static Error validation(std::vector<FieldError> details);

private:
    ErrorCode m_code;
    std::vector<FieldError> m_details;
};

} // namespace nextevent
