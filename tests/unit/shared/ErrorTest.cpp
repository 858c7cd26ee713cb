// SPDX-License-Identifier: MIT
#include "nextevent/Error.h"

#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

using namespace nextevent;

TEST(Error, CodesMapToWireNamesAndStatuses)
{
    EXPECT_EQ(errorCodeName(ErrorCode::Validation), "VALIDATION_ERROR");
    EXPECT_EQ(httpStatus(ErrorCode::Validation), 400);
    EXPECT_EQ(httpStatus(ErrorCode::Unauthenticated), 401);
    EXPECT_EQ(httpStatus(ErrorCode::Forbidden), 403);
    EXPECT_EQ(httpStatus(ErrorCode::NotFound), 404);
    EXPECT_EQ(httpStatus(ErrorCode::Conflict), 409);
    EXPECT_EQ(httpStatus(ErrorCode::PayloadTooLarge), 413);
    EXPECT_EQ(httpStatus(ErrorCode::RateLimited), 429);
    EXPECT_EQ(httpStatus(ErrorCode::Unavailable), 503);
    EXPECT_EQ(httpStatus(ErrorCode::InsufficientStorage), 507);
    EXPECT_EQ(errorCodeName(ErrorCode::InsufficientStorage), "INSUFFICIENT_STORAGE");
    EXPECT_EQ(httpStatus(ErrorCode::Internal), 500);
    EXPECT_EQ(errorCodeFromName("CONFLICT"), ErrorCode::Conflict);
    EXPECT_EQ(errorCodeFromName("NO_SUCH_CODE"), ErrorCode::Internal);
}

TEST(Error, ValidationCarriesEveryFieldError)
{
    const Error single = Error::validation({{"title", FieldCode::Required, "is required"}});
    EXPECT_EQ(single.code(), ErrorCode::Validation);
    EXPECT_STREQ(single.what(), "title: is required");
    const Error two = Error::validation({{"title", FieldCode::Required, "is required"},
                                         {"endDate", FieldCode::OutOfRange, "must be after startDate"}});
    ASSERT_EQ(two.details().size(), 2u);
    EXPECT_EQ(two.details()[1].field, "endDate");
    EXPECT_EQ(two.details()[1].code, FieldCode::OutOfRange);
}

TEST(FieldCode, EveryCodeHasTheWireNameOfTheDesign)
{
    // DESIGN.md "Field errors carry codes": these names are the contract clients map.
    const std::vector<std::pair<FieldCode, std::string_view>> expected{
        {FieldCode::Required, "required"},
        {FieldCode::TooShort, "too_short"},
        {FieldCode::TooLong, "too_long"},
        {FieldCode::OutOfRange, "out_of_range"},
        {FieldCode::InvalidFormat, "invalid_format"},
        {FieldCode::InvalidChoice, "invalid_choice"},
        {FieldCode::TooMany, "too_many"},
        {FieldCode::NotUnique, "not_unique"},
        {FieldCode::NotAllowed, "not_allowed"},
        {FieldCode::TimeUp, "time_up"},
        {FieldCode::NotCurrent, "not_current"},
        {FieldCode::Banned, "banned"},
    };
    ASSERT_EQ(expected.size(), static_cast<std::size_t>(FieldCode::Banned) + 1) << "a code is missing here";
    for (const auto &[code, name] : expected)
    {
        EXPECT_EQ(fieldCodeName(code), name);
        EXPECT_EQ(fieldCodeFromName(name), code) << name;
    }
}

TEST(FieldCode, UnknownNamesParseToNothing)
{
    EXPECT_EQ(fieldCodeFromName(""), std::nullopt);
    EXPECT_EQ(fieldCodeFromName("REQUIRED"), std::nullopt) << "names are case-sensitive";
    EXPECT_EQ(fieldCodeFromName("too long"), std::nullopt);
    EXPECT_EQ(fieldCodeFromName("some_future_code"), std::nullopt);
}

TEST(FieldCode, DetailsWithoutACodeStayPossibleForNonValidationErrors)
{
    const Error limited(
        ErrorCode::RateLimited, "Too many sign-in attempts", {{"retryAfter", std::nullopt, "30"}});
    ASSERT_EQ(limited.details().size(), 1u);
    EXPECT_FALSE(limited.details().front().code.has_value());
    EXPECT_EQ(limited.details().front().message, "30");
}
