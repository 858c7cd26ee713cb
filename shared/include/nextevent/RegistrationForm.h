// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "nextevent/Error.h"

/// An event's own registration questions and the rules their answers follow (DESIGN.md, "Registration,
/// waiting list and notifications"). Shared so the console's form builder and preview catch the same
/// mistakes the server refuses.
namespace nextevent
{

enum class FormFieldType
{
    Text,
    Number,
    Email,
    Phone,
    Date,
    Choice,
    MultiChoice,
    Bool
};

/// "text", "number", "email", "phone", "date", "choice", "multi_choice", "bool".
std::string_view toString(FormFieldType type);
std::optional<FormFieldType> formFieldTypeFromString(std::string_view text);

/// One question of a registration form.
struct FormField
{
    std::string id; ///< the answer's key: letters, digits, '-' and '_'
    FormFieldType type = FormFieldType::Text;
    std::string label;
    bool required = false;
    std::vector<std::string> options; ///< choice and multi_choice only

    bool operator==(const FormField &) const = default;
};

namespace limits
{
inline constexpr std::size_t kFormFieldsMax = 20;
inline constexpr std::size_t kFormFieldIdMax = 64;
inline constexpr std::size_t kFormLabelMax = 200;
inline constexpr std::size_t kFormOptionsMax = 50;
inline constexpr std::size_t kFormOptionMax = 200;
inline constexpr std::size_t kAnswerTextMax = 1000;
inline constexpr std::size_t kAnswerEmailMax = 254;
inline constexpr std::int64_t kPartySizeMax = 100;
inline constexpr std::int64_t kOfferHoldHoursMax = 720;
} // namespace limits

/// The form as an organiser defines it: at most 20 fields, unique ids, labels, options (strings, unique,
/// at least one) on choice fields and on no other. Errors name "registrationForm[i].field".
std::vector<FieldError> validateForm(const std::vector<FormField> &form);

/// Answers (a JSON object fieldId → value) against the form: required fields present; text ≤ 1000
/// characters; number a JSON number; email and phone well formed; date YYYY-MM-DD; choice one of the
/// options; multi_choice an array of distinct options; bool true or false (a required bool must be true,
/// as a consent box is); no unknown field. Errors name "answers.FIELD_ID".
std::vector<FieldError> validateAnswers(const std::vector<FormField> &form, const nlohmann::json &answers);

/// Answers as an HTML form posts them (every value a string; a multi_choice may repeat) turned into the
/// typed JSON validateAnswers expects. Empty values are left out; values that cannot be converted are kept
/// as strings, so validation reports them.
nlohmann::json answersFromForm(const std::vector<FormField> &form,
                               const std::multimap<std::string, std::string> &values);

/// One answer as a CSV cell: text as is, numbers and booleans as JSON, multi_choice joined with "; ".
std::string answerText(const nlohmann::json &answer);

void to_json(nlohmann::json &out, const FormField &field);
/// Reads a form (an array of fields); type errors are reported under "registrationForm[i]".
std::vector<FormField> formFromJson(const nlohmann::json &array, std::vector<FieldError> &errors);

} // namespace nextevent
