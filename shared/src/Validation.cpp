// SPDX-License-Identifier: MIT
#include "nextevent/Validation.h"

#include <algorithm>
#include <set>
#include <string>

#include "nextevent/LiveInteraction.h"

namespace nextevent
{

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

namespace
{
/// Checks a text field: required (non-blank), valid UTF-8, at most `max` code points.
void checkText(std::vector<FieldError> &errors,
               const std::string &field,
               const std::string &value,
               std::size_t max,
               bool required)
{
    const bool blank = value.find_first_not_of(" \t\r\n") == std::string::npos;
    if (required && blank)
    {
        errors.push_back({field, FieldCode::Required, "is required"});
        return;
    }
    const auto length = utf8Length(value);
    if (length < 0)
        errors.push_back({field, FieldCode::InvalidFormat, "is not valid UTF-8"});
    else if (static_cast<std::size_t>(length) > max)
        errors.push_back(
            {field, FieldCode::TooLong, "must be at most " + std::to_string(max) + " characters"});
}
} // namespace

std::int64_t utf8Length(const std::string &text)
{
    std::int64_t count = 0;
    for (std::size_t i = 0; i < text.size();)
    {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t n = 0;
        if (c < 0x80)
            n = 1;
        else if ((c >> 5) == 0x6)
            n = 2;
        else if ((c >> 4) == 0xE)
            n = 3;
        else if ((c >> 3) == 0x1E)
            n = 4;
        else
            return -1;
        if (i + n > text.size())
            return -1;
        for (std::size_t j = 1; j < n; ++j)
            if ((static_cast<unsigned char>(text[i + j]) >> 6) != 0x2)
                return -1;
        i += n;
        ++count;
    }
    return count;
}

std::vector<FieldError> validate(const Event &event)
{
    std::vector<FieldError> errors;
    checkText(errors, "title", event.title, limits::kTitleMax, true);
    checkText(errors, "description", event.description, limits::kDescriptionMax, false);
    checkText(errors, "location", event.location, limits::kLocationMax, false);
    checkText(errors, "timezone", event.timezone, limits::kTimezoneMax, false);
    if (!event.startDate)
        errors.push_back({"startDate", FieldCode::Required, "is required"});
    if (!event.endDate)
        errors.push_back({"endDate", FieldCode::Required, "is required"});
    if (event.startDate && event.endDate && *event.endDate <= *event.startDate)
        errors.push_back({"endDate", FieldCode::OutOfRange, "must be after startDate"});
    if (event.capacity && (*event.capacity < 0 || *event.capacity > limits::kCapacityMax))
        errors.push_back({"capacity",
                          FieldCode::OutOfRange,
                          "must be between 0 and " + std::to_string(limits::kCapacityMax)});
    checkText(errors,
              "wechatConfig.interactionCode",
              event.wechatConfig.interactionCode,
              limits::kInteractionCodeMax,
              false);
    const auto &code = event.wechatConfig.interactionCode;
    if (!std::all_of(code.begin(),
                     code.end(),
                     [](char c)
                     {
                         return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_';
                     }))
        errors.push_back({"wechatConfig.interactionCode",
                          FieldCode::InvalidFormat,
                          "may contain only letters, digits, '-' and '_'"});
    checkText(
        errors, "wechatConfig.scanMessage", event.wechatConfig.scanMessage, limits::kWeChatMessageMax, false);
    checkText(
        errors, "wechatConfig.autoReply", event.wechatConfig.autoReply, limits::kWeChatMessageMax, false);
    if (event.wechatConfig.userTagId && *event.wechatConfig.userTagId < 0)
        errors.push_back({"wechatConfig.userTagId", FieldCode::OutOfRange, "must not be negative"});
    for (auto &error : validateForm(event.registrationForm))
        errors.push_back(std::move(error));
    if (event.maxPartySize < 1 || event.maxPartySize > limits::kPartySizeMax)
        errors.push_back({"maxPartySize",
                          FieldCode::OutOfRange,
                          "must be between 1 and " + std::to_string(limits::kPartySizeMax)});
    if (event.offerHoldHours < 1 || event.offerHoldHours > limits::kOfferHoldHoursMax)
        errors.push_back({"offerHoldHours",
                          FieldCode::OutOfRange,
                          "must be between 1 and " + std::to_string(limits::kOfferHoldHoursMax)});
    return errors;
}

bool isPhoneNumber(std::string_view text)
{
    // Spaces, dashes and brackets are how people group digits; anything else is not a phone number.
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c == '+' && digits.empty() && !plus)
            plus = true;
        else if (c != ' ' && c != '-' && c != '(' && c != ')')
            return false;
    }
    if (plus) // + country code and number: E.164 allows at most 15 digits
        return digits.size() >= 7 && digits.size() <= 15;
    if (digits.size() == 11 && digits.front() == '1') // mainland mobile
        return true;
    return digits.size() >= 10 && digits.size() <= 12 && digits.front() == '0'; // area code + landline
}

std::vector<FieldError> validateRegistration(const Attendee &attendee)
{
    std::vector<FieldError> errors;
    if (attendee.openid.empty())
    {
        checkText(errors, "name", attendee.name, limits::kNameMax, true);
    }
    else
        checkText(errors, "name", attendee.name, limits::kNameMax, false);
    checkText(errors, "phone", attendee.phone, limits::kPhoneMax, false);
    if (!attendee.phone.empty() && attendee.phone.size() <= limits::kPhoneMax &&
        !isPhoneNumber(attendee.phone))
        errors.push_back({"phone",
                          FieldCode::InvalidFormat,
                          "is not a phone number: 11 digits for a mainland mobile, an area code and number "
                          "starting with 0, or + and the country code"});
    return errors;
}

std::vector<FieldError> validate(const Article &article)
{
    std::vector<FieldError> errors;
    checkText(errors, "title", article.title, limits::kTitleMax, true);
    checkText(errors, "summary", article.summary, limits::kSummaryMax, false);
    checkText(errors, "category", article.category, limits::kCategoryMax, false);
    checkText(errors, "author", article.author, limits::kNameMax, false);
    checkText(errors, "promotionCode", article.promotionCode, limits::kPromotionCodeMax, false);
    if (article.content.size() > limits::kContentMax)
        errors.push_back({"content",
                          FieldCode::TooLong,
                          "must be at most " + std::to_string(limits::kContentMax) + " bytes"});
    else if (utf8Length(article.content) < 0)
        errors.push_back({"content", FieldCode::InvalidFormat, "is not valid UTF-8"});
    return errors;
}

std::vector<FieldError> validate(const Question &q, const std::string &prefix)
{
    std::vector<FieldError> errors;
    checkText(errors, prefix + "text", q.text, limits::kQuestionTextMax, true);
    const bool choice = q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice ||
                        q.type == QuestionType::Quiz;
    if (choice)
    {
        if (q.options.size() < limits::kMinOptions || q.options.size() > limits::kMaxOptions)
            errors.push_back(
                {prefix + "options",
                 q.options.size() < limits::kMinOptions ? FieldCode::TooShort : FieldCode::TooMany,
                 "must have between " + std::to_string(limits::kMinOptions) + " and " +
                     std::to_string(limits::kMaxOptions) + " options"});
        std::set<std::string> ids;
        for (std::size_t i = 0; i < q.options.size(); ++i)
        {
            const std::string field = prefix + "options[" + std::to_string(i) + "].text";
            checkText(errors, field, q.options[i].text, limits::kOptionTextMax, true);
            if (!q.options[i].id.empty() && !ids.insert(q.options[i].id).second)
                errors.push_back({prefix + "options[" + std::to_string(i) + "].id",
                                  FieldCode::NotUnique,
                                  "is used twice"});
        }
    }
    else if (!q.options.empty())
        errors.push_back(
            {prefix + "options", FieldCode::NotAllowed, "are only allowed for choice questions"});

    if (q.maxSelections)
    {
        if (q.type != QuestionType::MultipleChoice)
            errors.push_back({prefix + "maxSelections",
                              FieldCode::NotAllowed,
                              "is only allowed for multiple choice questions"});
        else if (*q.maxSelections < 1 || *q.maxSelections > static_cast<std::int64_t>(q.options.size()))
            errors.push_back({prefix + "maxSelections",
                              FieldCode::OutOfRange,
                              "must be between 1 and the number of options"});
    }
    if (q.type == QuestionType::Rating)
    {
        if (!q.scale)
            errors.push_back({prefix + "scale", FieldCode::Required, "is required"});
        else if (*q.scale != 5 && *q.scale != 10)
            errors.push_back({prefix + "scale", FieldCode::InvalidChoice, "must be 5 or 10"});
    }
    else if (q.scale)
        errors.push_back({prefix + "scale", FieldCode::NotAllowed, "is only allowed for rating questions"});
    if (q.maxLength)
    {
        const std::int64_t max =
            q.type == QuestionType::WordCloud ? kWordMaxLengthLimit : kDefaultTextMaxLength;
        if (q.type != QuestionType::Text && q.type != QuestionType::WordCloud)
            errors.push_back({prefix + "maxLength",
                              FieldCode::NotAllowed,
                              "is only allowed for text and word cloud questions"});
        else if (*q.maxLength < 1 || *q.maxLength > max)
            errors.push_back({prefix + "maxLength",
                              FieldCode::OutOfRange,
                              "must be between 1 and " + std::to_string(max)});
    }
    const auto only = [&](bool present, QuestionType type, const char *field, const char *what)
    {
        if (present && q.type != type)
            errors.push_back({prefix + field,
                              FieldCode::NotAllowed,
                              std::string("is only allowed for ") + what + " questions"});
        return present && q.type == type;
    };
    const auto range = [&](const char *field, std::int64_t value, std::int64_t low, std::int64_t high)
    {
        if (value < low || value > high)
            errors.push_back({prefix + field,
                              FieldCode::OutOfRange,
                              "must be between " + std::to_string(low) + " and " + std::to_string(high)});
    };
    if (only(q.maxEntries.has_value(), QuestionType::WordCloud, "maxEntries", "word cloud"))
        range("maxEntries", *q.maxEntries, 1, kMaxEntriesLimit);
    if (only(q.timeLimitSeconds.has_value(), QuestionType::Quiz, "timeLimitSeconds", "quiz"))
        range("timeLimitSeconds", *q.timeLimitSeconds, kQuizSecondsMin, kQuizSecondsMax);
    if (only(q.points.has_value(), QuestionType::Quiz, "points", "quiz"))
        range("points", *q.points, 1, kQuizPointsMax);
    if (only(!q.correctOptionIds.empty(), QuestionType::Quiz, "correctOptionIds", "quiz"))
    {
        std::set<std::string> seen;
        for (const auto &id : q.correctOptionIds)
        {
            const bool known = std::any_of(
                q.options.begin(), q.options.end(), [&](const QuestionOption &o) { return o.id == id; });
            if (!known)
                errors.push_back({prefix + "correctOptionIds",
                                  FieldCode::InvalidChoice,
                                  "'" + id.substr(0, 40) + "' is not an option id of this question"});
            else if (!seen.insert(id).second)
                errors.push_back(
                    {prefix + "correctOptionIds", FieldCode::NotUnique, "'" + id + "' is listed twice"});
        }
        if (seen.size() == q.options.size() && !q.options.empty())
            errors.push_back(
                {prefix + "correctOptionIds", FieldCode::TooMany, "must leave at least one option wrong"});
    }
    else if (q.type == QuestionType::Quiz)
        errors.push_back({prefix + "correctOptionIds", FieldCode::Required, "must name the correct option"});
    return errors;
}

std::vector<FieldError> validate(const Survey &survey)
{
    std::vector<FieldError> errors;
    checkText(errors, "title", survey.title, limits::kTitleMax, true);
    checkText(errors, "description", survey.description, limits::kDescriptionMax, false);
    if (survey.startTime && survey.endTime && *survey.endTime <= *survey.startTime)
        errors.push_back({"endTime", FieldCode::OutOfRange, "must be after startTime"});
    // Attendance is per event: a survey for attendees only must say which event.
    if (survey.audience != SurveyAudience::Anyone && (!survey.eventId || survey.eventId->empty()))
        errors.push_back(
            {"audience", FieldCode::NotAllowed, "registered and checked_in need the survey's eventId"});
    if (survey.questions.size() > limits::kMaxQuestions)
        errors.push_back({"questions",
                          FieldCode::TooMany,
                          "must have at most " + std::to_string(limits::kMaxQuestions) + " questions"});
    std::set<std::string> ids;
    for (std::size_t i = 0; i < survey.questions.size(); ++i)
    {
        const std::string prefix = "questions[" + std::to_string(i) + "].";
        auto questionErrors = validate(survey.questions[i], prefix);
        errors.insert(errors.end(), questionErrors.begin(), questionErrors.end());
        if (!survey.questions[i].id.empty() && !ids.insert(survey.questions[i].id).second)
            errors.push_back({prefix + "id", FieldCode::NotUnique, "is used twice"});
    }
    return errors;
}

std::vector<FieldError> validate(const User &user)
{
    std::vector<FieldError> errors;
    if (user.username.size() < limits::kUsernameMin || user.username.size() > limits::kUsernameMax)
        errors.push_back(
            {"username",
             user.username.size() < limits::kUsernameMin ? FieldCode::TooShort : FieldCode::TooLong,
             "must be " + std::to_string(limits::kUsernameMin) + " to " +
                 std::to_string(limits::kUsernameMax) + " characters"});
    else if (!std::all_of(user.username.begin(),
                          user.username.end(),
                          [](char c)
                          {
                              return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                     (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                          }))
        errors.push_back(
            {"username", FieldCode::InvalidFormat, "may contain only letters, digits, '.', '_' and '-'"});
    checkText(errors, "displayName", user.displayName, limits::kNameMax, false);
    checkText(errors, "phone", user.phone, limits::kPhoneMax, false);
    if (!user.email.empty())
    {
        const auto at = user.email.find('@');
        if (at == std::string::npos || at == 0 || user.email.find('.', at) == std::string::npos ||
            user.email.back() == '.' || user.email.size() > 254 || user.email.find(' ') != std::string::npos)
            errors.push_back({"email", FieldCode::InvalidFormat, "is not a valid e-mail address"});
    }
    if (user.roles.empty())
        errors.push_back({"roles", FieldCode::Required, "must name at least one role"});
    return errors;
}

std::vector<FieldError> validatePassword(const std::string &password)
{
    std::vector<FieldError> errors;
    const auto length = utf8Length(password);
    if (length < 0)
        errors.push_back({"password", FieldCode::InvalidFormat, "is not valid UTF-8"});
    else if (static_cast<std::size_t>(length) < limits::kPasswordMin)
        errors.push_back({"password",
                          FieldCode::TooShort,
                          "must be at least " + std::to_string(limits::kPasswordMin) + " characters"});
    else if (password.size() > limits::kPasswordMax)
        errors.push_back({"password",
                          FieldCode::TooLong,
                          "must be at most " + std::to_string(limits::kPasswordMax) + " bytes"});
    return errors;
}

std::vector<FieldError> validateResponse(const Survey &survey, const SurveyResponse &response)
{
    std::vector<FieldError> errors;
    std::set<std::string> answered;
    for (std::size_t i = 0; i < response.answers.size(); ++i)
    {
        const Answer &answer = response.answers[i];
        const std::string prefix = "answers[" + std::to_string(i) + "].";
        const auto it = std::find_if(survey.questions.begin(),
                                     survey.questions.end(),
                                     [&](const Question &q) { return q.id == answer.questionId; });
        if (it == survey.questions.end())
        {
            errors.push_back(
                {prefix + "questionId", FieldCode::InvalidChoice, "is not a question of this survey"});
            continue;
        }
        if (!answered.insert(answer.questionId).second)
        {
            errors.push_back({prefix + "questionId", FieldCode::NotUnique, "is answered twice"});
            continue;
        }
        const Question &q = *it;
        switch (q.type)
        {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::Quiz:
        {
            if (answer.rating || answer.text || !answer.words.empty())
                errors.push_back(
                    {prefix + "optionIds", FieldCode::NotAllowed, "a choice question takes optionIds only"});
            std::set<std::string> chosen;
            for (const auto &optionId : answer.optionIds)
            {
                const bool known = std::any_of(q.options.begin(),
                                               q.options.end(),
                                               [&](const QuestionOption &o) { return o.id == optionId; });
                if (!known)
                    errors.push_back({prefix + "optionIds",
                                      FieldCode::InvalidChoice,
                                      "'" + optionId + "' is not an option of this question"});
                else if (!chosen.insert(optionId).second)
                    errors.push_back(
                        {prefix + "optionIds", FieldCode::NotUnique, "'" + optionId + "' is chosen twice"});
            }
            if (answer.optionIds.empty())
                errors.push_back(
                    {prefix + "optionIds", FieldCode::Required, "must choose at least one option"});
            if (q.type != QuestionType::MultipleChoice && answer.optionIds.size() > 1)
                errors.push_back(
                    {prefix + "optionIds", FieldCode::TooMany, "must choose exactly one option"});
            if (q.type == QuestionType::MultipleChoice && q.maxSelections &&
                static_cast<std::int64_t>(answer.optionIds.size()) > *q.maxSelections)
                errors.push_back({prefix + "optionIds",
                                  FieldCode::TooMany,
                                  "must choose at most " + std::to_string(*q.maxSelections) + " options"});
            break;
        }
        case QuestionType::Rating:
            if (!answer.optionIds.empty() || answer.text || !answer.words.empty())
                errors.push_back(
                    {prefix + "rating", FieldCode::NotAllowed, "a rating question takes rating only"});
            if (!answer.rating)
                errors.push_back({prefix + "rating", FieldCode::Required, "is required"});
            else if (*answer.rating < 1 || *answer.rating > q.scale.value_or(5))
                errors.push_back({prefix + "rating",
                                  FieldCode::OutOfRange,
                                  "must be between 1 and " + std::to_string(q.scale.value_or(5))});
            break;
        case QuestionType::Text:
        {
            if (!answer.optionIds.empty() || answer.rating || !answer.words.empty())
                errors.push_back({prefix + "text", FieldCode::NotAllowed, "a text question takes text only"});
            if (!answer.text)
            {
                errors.push_back({prefix + "text", FieldCode::Required, "is required"});
                break;
            }
            const auto length = utf8Length(*answer.text);
            const auto max = q.maxLength.value_or(kDefaultTextMaxLength);
            if (length < 0)
                errors.push_back({prefix + "text", FieldCode::InvalidFormat, "is not valid UTF-8"});
            else if (length > max)
                errors.push_back({prefix + "text",
                                  FieldCode::TooLong,
                                  "must be at most " + std::to_string(max) + " characters"});
            break;
        }
        case QuestionType::WordCloud:
        {
            if (!answer.optionIds.empty() || answer.rating || answer.text)
                errors.push_back(
                    {prefix + "words", FieldCode::NotAllowed, "a word cloud question takes words only"});
            const auto maxEntries = q.maxEntries.value_or(kDefaultMaxEntries);
            const auto maxLength = q.maxLength.value_or(kDefaultWordMaxLength);
            if (static_cast<std::int64_t>(answer.words.size()) > maxEntries)
            {
                errors.push_back({prefix + "words",
                                  FieldCode::TooMany,
                                  "must give at most " + std::to_string(maxEntries) + " words"});
                break;
            }
            bool valid = true;
            for (const auto &word : answer.words)
            {
                if (utf8Length(word) < 0)
                {
                    errors.push_back({prefix + "words", FieldCode::InvalidFormat, "is not valid UTF-8"});
                    valid = false;
                    break;
                }
                if (utf8Length(normaliseWord(word)) > maxLength)
                {
                    errors.push_back(
                        {prefix + "words",
                         FieldCode::TooLong,
                         "each word must be at most " + std::to_string(maxLength) + " characters"});
                    valid = false;
                    break;
                }
            }
            if (valid && normaliseWords(answer.words).empty())
                errors.push_back({prefix + "words", FieldCode::Required, "must give at least one word"});
            break;
        }
        }
    }
    for (std::size_t i = 0; i < survey.questions.size(); ++i)
        if (survey.questions[i].required && !answered.contains(survey.questions[i].id))
            errors.push_back(
                {"answers",
                 FieldCode::Required,
                 "question " + std::to_string(i + 1) + " (" + survey.questions[i].id + ") is required"});
    return errors;
}

void throwIfInvalid(std::vector<FieldError> errors)
{
    if (!errors.empty())
        throw Error::validation(std::move(errors));
}

} // namespace nextevent
