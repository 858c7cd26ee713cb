// SPDX-License-Identifier: MIT
#include "nextevent/RegistrationForm.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <set>
#include <utility>

#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

using nlohmann::json;

namespace nextevent
{
namespace
{
constexpr std::array<std::pair<FormFieldType, std::string_view>, 8> kTypes{{
    {FormFieldType::Text, "text"},
    {FormFieldType::Number, "number"},
    {FormFieldType::Email, "email"},
    {FormFieldType::Phone, "phone"},
    {FormFieldType::Date, "date"},
    {FormFieldType::Choice, "choice"},
    {FormFieldType::MultiChoice, "multi_choice"},
    {FormFieldType::Bool, "bool"},
}};

bool isChoice(FormFieldType type)
{
    return type == FormFieldType::Choice || type == FormFieldType::MultiChoice;
}

bool isIdCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool blank(const std::string &text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool isEmail(const std::string &text)
{
    // What a mail server would take from a person typing their address: one @, a dotted domain, no spaces.
    const auto at = text.find('@');
    if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos)
        return false;
    const std::string domain = text.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string::npos || dot == 0 || domain.back() == '.' ||
        domain.find("..") != std::string::npos)
        return false;
    for (char c : text)
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>')
            return false;
    return true;
}

bool isDate(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    const std::chrono::year_month_day date{std::chrono::year(year),
                                           std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    return year >= 1900 && date.ok();
}

void checkAnswer(const FormField &field, const json &value, std::vector<FieldError> &errors)
{
    const std::string name = "answers." + field.id;
    const auto fail = [&](FieldCode code, const std::string &message)
    {
        errors.push_back({name, code, message});
    };
    switch (field.type)
    {
    case FormFieldType::Text:
    case FormFieldType::Email:
    case FormFieldType::Phone:
    case FormFieldType::Date:
    {
        if (!value.is_string())
            return fail(FieldCode::InvalidFormat, "must be a string");
        const std::string text = value.get<std::string>();
        if (field.required && blank(text))
            return fail(FieldCode::Required, "is required");
        const auto length = utf8Length(text);
        if (length < 0)
            return fail(FieldCode::InvalidFormat, "is not valid UTF-8");
        const std::size_t max = field.type == FormFieldType::Email   ? limits::kAnswerEmailMax
                                : field.type == FormFieldType::Phone ? limits::kPhoneMax
                                                                     : limits::kAnswerTextMax;
        if (static_cast<std::size_t>(length) > max)
            return fail(FieldCode::TooLong, "must be at most " + std::to_string(max) + " characters");
        if (field.type == FormFieldType::Email && !isEmail(text))
            return fail(FieldCode::InvalidFormat, "is not an e-mail address");
        if (field.type == FormFieldType::Phone && !isPhoneNumber(text))
            return fail(FieldCode::InvalidFormat, "is not a phone number");
        if (field.type == FormFieldType::Date && !isDate(text))
            return fail(FieldCode::InvalidFormat, "is not a date (YYYY-MM-DD)");
        return;
    }
    case FormFieldType::Number:
        if (!value.is_number())
            return fail(FieldCode::InvalidFormat, "must be a number");
        if (value.is_number_float() && !std::isfinite(value.get<double>()))
            return fail(FieldCode::OutOfRange, "must be a finite number");
        if (std::abs(value.get<double>()) > 1e15)
            return fail(FieldCode::OutOfRange, "is too large");
        return;
    case FormFieldType::Bool:
        if (!value.is_boolean())
            return fail(FieldCode::InvalidFormat, "must be true or false");
        if (field.required && !value.get<bool>())
            return fail(FieldCode::Required, "must be accepted");
        return;
    case FormFieldType::Choice:
        if (!value.is_string())
            return fail(FieldCode::InvalidFormat, "must be one of the options");
        for (const auto &option : field.options)
            if (option == value.get<std::string>())
                return;
        return fail(FieldCode::InvalidChoice, "is not one of the options");
    case FormFieldType::MultiChoice:
    {
        if (!value.is_array())
            return fail(FieldCode::InvalidFormat, "must be an array of options");
        if (field.required && value.empty())
            return fail(FieldCode::Required, "choose at least one");
        std::set<std::string> seen;
        for (const auto &item : value)
        {
            if (!item.is_string())
                return fail(FieldCode::InvalidFormat, "must be an array of options");
            const std::string text = item.get<std::string>();
            bool known = false;
            for (const auto &option : field.options)
                known = known || option == text;
            if (!known)
                return fail(FieldCode::InvalidChoice, "'" + text + "' is not one of the options");
            if (!seen.insert(text).second)
                return fail(FieldCode::NotUnique, "'" + text + "' is chosen twice");
        }
        return;
    }
    }
}
} // namespace

std::string_view toString(FormFieldType type)
{
    for (const auto &[t, name] : kTypes)
        if (t == type)
            return name;
    return {};
}

std::optional<FormFieldType> formFieldTypeFromString(std::string_view text)
{
    for (const auto &[t, name] : kTypes)
        if (name == text)
            return t;
    return std::nullopt;
}

std::vector<FieldError> validateForm(const std::vector<FormField> &form)
{
    std::vector<FieldError> errors;
    if (form.size() > limits::kFormFieldsMax)
    {
        errors.push_back({"registrationForm",
                          FieldCode::TooMany,
                          "at most " + std::to_string(limits::kFormFieldsMax) + " fields"});
        return errors;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < form.size(); ++i)
    {
        const FormField &f = form[i];
        const std::string prefix = "registrationForm[" + std::to_string(i) + "].";
        if (f.id.empty())
            errors.push_back({prefix + "id", FieldCode::Required, "is required"});
        else if (f.id.size() > limits::kFormFieldIdMax)
            errors.push_back({prefix + "id", FieldCode::TooLong, "must be at most 64 characters"});
        else if (!std::all_of(f.id.begin(), f.id.end(), isIdCharacter))
            errors.push_back(
                {prefix + "id", FieldCode::InvalidFormat, "may contain only letters, digits, '-' and '_'"});
        else if (!ids.insert(f.id).second)
            errors.push_back({prefix + "id", FieldCode::NotUnique, "is used by another field"});
        const auto labelLength = utf8Length(f.label);
        if (blank(f.label))
            errors.push_back({prefix + "label", FieldCode::Required, "is required"});
        else if (labelLength < 0)
            errors.push_back({prefix + "label", FieldCode::InvalidFormat, "is not valid UTF-8"});
        else if (static_cast<std::size_t>(labelLength) > limits::kFormLabelMax)
            errors.push_back({prefix + "label", FieldCode::TooLong, "must be at most 200 characters"});
        if (!isChoice(f.type))
        {
            if (!f.options.empty())
                errors.push_back(
                    {prefix + "options", FieldCode::NotAllowed, "only choice fields have options"});
            continue;
        }
        if (f.options.empty())
            errors.push_back({prefix + "options", FieldCode::Required, "a choice needs options"});
        else if (f.options.size() > limits::kFormOptionsMax)
            errors.push_back({prefix + "options", FieldCode::TooMany, "at most 50 options"});
        std::set<std::string> seen;
        for (std::size_t j = 0; j < f.options.size() && j < limits::kFormOptionsMax; ++j)
        {
            const std::string name = prefix + "options[" + std::to_string(j) + "]";
            const auto length = utf8Length(f.options[j]);
            if (blank(f.options[j]))
                errors.push_back({name, FieldCode::Required, "is empty"});
            else if (length < 0)
                errors.push_back({name, FieldCode::InvalidFormat, "is not valid UTF-8"});
            else if (static_cast<std::size_t>(length) > limits::kFormOptionMax)
                errors.push_back({name, FieldCode::TooLong, "must be at most 200 characters"});
            else if (!seen.insert(f.options[j]).second)
                errors.push_back({name, FieldCode::NotUnique, "is listed twice"});
        }
    }
    return errors;
}

std::vector<FieldError> validateAnswers(const std::vector<FormField> &form, const json &answers)
{
    std::vector<FieldError> errors;
    if (!answers.is_object())
    {
        errors.push_back({"answers", FieldCode::InvalidFormat, "must be an object of field id to answer"});
        return errors;
    }
    std::set<std::string> known;
    for (const FormField &field : form)
    {
        known.insert(field.id);
        const auto it = answers.find(field.id);
        if (it == answers.end() || it->is_null())
        {
            if (field.required)
                errors.push_back({"answers." + field.id, FieldCode::Required, "is required"});
            continue;
        }
        checkAnswer(field, *it, errors);
    }
    for (const auto &[key, value] : answers.items())
        if (!known.count(key))
            errors.push_back({"answers." + key, FieldCode::NotAllowed, "is not a field of this form"});
    return errors;
}

json answersFromForm(const std::vector<FormField> &form,
                     const std::multimap<std::string, std::string> &values)
{
    json answers = json::object();
    for (const FormField &field : form)
    {
        const auto [begin, end] = values.equal_range(field.id);
        std::vector<std::string> given;
        for (auto it = begin; it != end; ++it)
            if (!blank(it->second))
                given.push_back(it->second);
        if (field.type == FormFieldType::MultiChoice)
        {
            if (!given.empty())
                answers[field.id] = given;
            continue;
        }
        if (field.type == FormFieldType::Bool)
        {
            // A checkbox posts its value when ticked and nothing when not.
            answers[field.id] =
                !given.empty() && (given.front() == "true" || given.front() == "on" || given.front() == "1");
            continue;
        }
        if (given.empty())
            continue;
        const std::string &text = given.front();
        if (field.type == FormFieldType::Number)
        {
            const json parsed = json::parse(text, nullptr, false);
            answers[field.id] = parsed.is_number() ? parsed : json(text);
            continue;
        }
        answers[field.id] = text;
    }
    return answers;
}

std::string answerText(const json &answer)
{
    if (answer.is_null())
        return {};
    if (answer.is_string())
        return answer.get<std::string>();
    if (answer.is_array())
    {
        std::string out;
        for (const auto &item : answer)
            out += (out.empty() ? "" : "; ") + (item.is_string() ? item.get<std::string>() : item.dump());
        return out;
    }
    return answer.dump();
}

void to_json(json &out, const FormField &field)
{
    out = json{{"id", field.id},
               {"type", toString(field.type)},
               {"label", field.label},
               {"required", field.required},
               {"options", field.options}};
}

std::vector<FormField> formFromJson(const json &array, std::vector<FieldError> &errors)
{
    std::vector<FormField> form;
    if (!array.is_array())
    {
        errors.push_back({"registrationForm", FieldCode::InvalidFormat, "must be an array of fields"});
        return form;
    }
    for (std::size_t i = 0; i < array.size(); ++i)
    {
        const std::string prefix = "registrationForm[" + std::to_string(i) + "].";
        if (!array[i].is_object())
        {
            errors.push_back(
                {prefix.substr(0, prefix.size() - 1), FieldCode::InvalidFormat, "must be an object"});
            continue;
        }
        JsonReader r(array[i], prefix, errors);
        FormField field;
        field.id = r.string("id").value_or("");
        field.label = r.string("label").value_or("");
        field.required = r.boolean("required").value_or(false);
        if (auto options = r.stringArray("options"))
            field.options = std::move(*options);
        if (auto type = r.string("type", true))
        {
            if (auto parsed = formFieldTypeFromString(*type))
                field.type = *parsed;
            else
                r.fail("type",
                       FieldCode::InvalidChoice,
                       "must be one of text, number, email, phone, date, choice, multi_choice, bool");
        }
        form.push_back(std::move(field));
    }
    return form;
}

} // namespace nextevent
