// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

#include "nextevent/Article.h"
#include "nextevent/Attendee.h"
#include "nextevent/Error.h"
#include "nextevent/Event.h"
#include "nextevent/Survey.h"
#include "nextevent/User.h"

/// Business rules on input, shared so the console can show errors next to fields before sending and
/// the server enforces the same rules. Each returns every problem found (empty when valid).
namespace nextevent
{

namespace limits
{
inline constexpr std::size_t kTitleMax = 200;
inline constexpr std::size_t kDescriptionMax = 10000;
inline constexpr std::size_t kLocationMax = 300;
inline constexpr std::size_t kTimezoneMax = 64;
inline constexpr std::size_t kNameMax = 100;
inline constexpr std::size_t kPhoneMax = 32;
inline constexpr std::size_t kSummaryMax = 1000;
inline constexpr std::size_t kCategoryMax = 64;
inline constexpr std::size_t kContentMax = 1000000;
inline constexpr std::size_t kQuestionTextMax = 500;
inline constexpr std::size_t kOptionTextMax = 200;
inline constexpr std::size_t kMinOptions = 2;
inline constexpr std::size_t kMaxOptions = 20;
inline constexpr std::size_t kMaxQuestions = 100;
inline constexpr std::size_t kUsernameMin = 3;
inline constexpr std::size_t kUsernameMax = 64;
inline constexpr std::size_t kPasswordMin = 8;
inline constexpr std::size_t kPasswordMax = 256;
inline constexpr std::size_t kInteractionCodeMax = 64;
inline constexpr std::size_t kPromotionCodeMax = 64;
inline constexpr std::size_t kWeChatMessageMax = 600;
inline constexpr std::int64_t kCapacityMax = 1000000;
} // namespace limits

/// `text` without leading and trailing spaces, tabs and line breaks (what people paste around codes).
std::string trimmed(std::string_view text);
/// True when `text` is empty or only spaces, tabs and line breaks.
bool isBlank(std::string_view text);

/// Length in Unicode code points of UTF-8 text (what a user counts), or -1 for invalid UTF-8.
std::int64_t utf8Length(const std::string &text);

std::vector<FieldError> validate(const Event &event);
/// A phone number as people write it: a mainland mobile (11 digits from 1), an area code and landline
/// (10–12 digits from 0), or + and a country code (7–15 digits); spaces, dashes and brackets allowed.
bool isPhoneNumber(std::string_view text);
std::vector<FieldError> validateRegistration(const Attendee &attendee);
std::vector<FieldError> validate(const Article &article);
std::vector<FieldError> validate(const Question &question, const std::string &prefix = "");
std::vector<FieldError> validate(const Survey &survey);
/// Username, display name, e-mail and roles; the password is checked by validatePassword.
std::vector<FieldError> validate(const User &user);
std::vector<FieldError> validatePassword(const std::string &password);

/// A response checked against its survey: unknown or repeated question ids, wrong option ids,
/// several options for a single choice, too many selections, ratings out of range, text over its
/// limit, required questions left out.
std::vector<FieldError> validateResponse(const Survey &survey, const SurveyResponse &response);

/// Throws Error::validation(errors) when errors is not empty.
void throwIfInvalid(std::vector<FieldError> errors);

} // namespace nextevent
