// SPDX-License-Identifier: MIT
#include "nextevent/Error.h"

#include <array>
#include <utility>

namespace nextevent
{
namespace
{
struct CodeInfo
{
    ErrorCode code;
    std::string_view name;
    int status;
};

constexpr std::array kCodes{
    CodeInfo{ErrorCode::Validation, "VALIDATION_ERROR", 400},
    CodeInfo{ErrorCode::Unauthenticated, "UNAUTHENTICATED", 401},
    CodeInfo{ErrorCode::Forbidden, "FORBIDDEN", 403},
    CodeInfo{ErrorCode::NotFound, "NOT_FOUND", 404},
    CodeInfo{ErrorCode::Conflict, "CONFLICT", 409},
    CodeInfo{ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE", 413},
    CodeInfo{ErrorCode::RateLimited, "RATE_LIMITED", 429},
    CodeInfo{ErrorCode::Unavailable, "UNAVAILABLE", 503},
    CodeInfo{ErrorCode::Internal, "INTERNAL", 500},
};
} // namespace

std::string_view errorCodeName(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return info.name;
    return "INTERNAL";
}

ErrorCode errorCodeFromName(std::string_view name)
{
    for (const auto &info : kCodes)
        if (info.name == name)
            return info.code;
    return ErrorCode::Internal;
}

int httpStatus(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return info.status;
    return 500;
}

Error::Error(ErrorCode code, const std::string &message, std::vector<FieldError> details)
    : std::runtime_error(message)
    , m_code(code)
    , m_details(std::move(details))
{
}

Error Error::validation(std::vector<FieldError> details)
{
    std::string message = "The request has invalid fields";
    if (details.size() == 1)
        message = details.front().field + ": " + details.front().message;
    return Error(ErrorCode::Validation, message, std::move(details));
}

} // namespace nextevent
