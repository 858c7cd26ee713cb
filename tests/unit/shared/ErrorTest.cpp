// SPDX-License-Identifier: MIT
#include "nextevent/Error.h"

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
    EXPECT_EQ(httpStatus(ErrorCode::Internal), 500);
    EXPECT_EQ(errorCodeFromName("CONFLICT"), ErrorCode::Conflict);
    EXPECT_EQ(errorCodeFromName("NO_SUCH_CODE"), ErrorCode::Internal);
}

TEST(Error, ValidationCarriesEveryFieldError)
{
    const Error single = Error::validation({{"title", "is required"}});
    EXPECT_EQ(single.code(), ErrorCode::Validation);
    EXPECT_STREQ(single.what(), "title: is required");
    const Error two = Error::validation({{"title", "is required"}, {"endDate", "must be after startDate"}});
    ASSERT_EQ(two.details().size(), 2u);
    EXPECT_EQ(two.details()[1].field, "endDate");
}
