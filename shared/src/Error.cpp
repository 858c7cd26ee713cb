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
    CodeInfo{ErrorCode::InsufficientStorage, "INSUFFICIENT_STORAGE", 507},
};

struct FieldCodeInfo
{
    FieldCode code;
    std::string_view name;
};

constexpr std::array kFieldCodes{
    FieldCodeInfo{FieldCode::Required, "required"},
    FieldCodeInfo{FieldCode::TooShort, "too_short"},
    FieldCodeInfo{FieldCode::TooLong, "too_long"},
    FieldCodeInfo{FieldCode::OutOfRange, "out_of_range"},
    FieldCodeInfo{FieldCode::InvalidFormat, "invalid_format"},
    FieldCodeInfo{FieldCode::InvalidChoice, "invalid_choice"},
    FieldCodeInfo{FieldCode::TooMany, "too_many"},
    FieldCodeInfo{FieldCode::NotUnique, "not_unique"},
    FieldCodeInfo{FieldCode::NotAllowed, "not_allowed"},
    FieldCodeInfo{FieldCode::TimeUp, "time_up"},
    FieldCodeInfo{FieldCode::NotCurrent, "not_current"},
    FieldCodeInfo{FieldCode::Banned, "banned"},
};

// The table is indexed by the enumerator, so it must list every code once, in declaration order.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kFieldCodes.size(); ++i)
        if (static_cast<std::size_t>(kFieldCodes[i].code) != i)
            return false;
    return kFieldCodes.size() == static_cast<std::size_t>(FieldCode::Banned) + 1;
}

static_assert(inEnumOrder());
} // namespace

std::string_view fieldCodeName(FieldCode code)
{
    return kFieldCodes.at(static_cast<std::size_t>(code)).name;
}

std::optional<FieldCode> fieldCodeFromName(std::string_view name)
{
    for (const auto &info : kFieldCodes)
        if (info.name == name)
            return info.code;
    return std::nullopt;
}

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
