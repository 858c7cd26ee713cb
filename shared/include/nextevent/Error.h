// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
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
    Internal,
    InsufficientStorage ///< the server's disk is full (an upload could not be stored); 507
};

/// The wire name of a code, e.g. "VALIDATION_ERROR".
std::string_view errorCodeName(ErrorCode code);

/// Parses a wire name; returns ErrorCode::Internal for an unknown name.
ErrorCode errorCodeFromName(std::string_view name);

/// The HTTP status a code maps to (400, 401, 403, 404, 409, 413, 429, 503, 507, 500).
int httpStatus(ErrorCode code);

/// What is wrong with a field, in a form clients map to their own language (DESIGN.md "Field errors carry
/// codes"). The wire names are the snake_case ones of fieldCodeName().
enum class FieldCode
{
    Required,      ///< "required": missing or blank
    TooShort,      ///< "too_short": below a minimum length or count
    TooLong,       ///< "too_long": above a maximum length
    OutOfRange,    ///< "out_of_range": a number or date outside its bounds or order
    InvalidFormat, ///< "invalid_format": wrong JSON type, bad syntax, invalid UTF-8
    InvalidChoice, ///< "invalid_choice": not one of the allowed values or ids
    TooMany,       ///< "too_many": more items or selections than allowed
    NotUnique,     ///< "not_unique": used twice, already taken or already done
    NotAllowed,    ///< "not_allowed": not permitted here (for this type, state or user)
    // Detail codes of refusals other than VALIDATION_ERROR (DESIGN.md "Live interaction"):
    TimeUp,     ///< "time_up": a quiz answer after the question's time limit or its reveal (409)
    NotCurrent, ///< "not_current": an answer to a question the presenter is not showing (409)
    Banned      ///< "banned": the respondent is banned from posting at the event (403)
};

/// The wire name of a field code, e.g. "too_long".
std::string_view fieldCodeName(FieldCode code);

/// Parses a wire name; nullopt for a name this build does not know (a newer server's code).
std::optional<FieldCode> fieldCodeFromName(std::string_view name);

/// One problem with one field of an input document. Every validation problem has a code; a detail of
/// another error whose message is itself a machine token (RATE_LIMITED's {"retryAfter","30"}, a
/// check-in's {"code","wrong_event"}) has none.
struct FieldError
{
    std::string field;
    std::optional<FieldCode> code;
    std::string message; ///< for people; may change, no client parses it

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
