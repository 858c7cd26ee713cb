// SPDX-License-Identifier: MIT
#include "desktop/api/ApiError.h"

#include <map>

#include "nextevent/Validation.h"

namespace nextevent::console
{
namespace
{
/// The last name of a wire field path, without its index: "questions[2].options[1].text" -> "text".
std::string leafOf(const std::string &field)
{
    const auto dot = field.rfind('.');
    std::string leaf = dot == std::string::npos ? field : field.substr(dot + 1);
    if (const auto bracket = leaf.find('['); bracket != std::string::npos)
        leaf.resize(bracket);
    return leaf;
}

/// The most characters the shared rules allow in a text field, or 0 where the console cannot know
/// (an answer's limit is its question's).
std::size_t maxCharacters(const std::string &field)
{
    const std::string leaf = leafOf(field);
    if (leaf == "text")
    {
        if (field.find("options[") != std::string::npos)
            return limits::kOptionTextMax;
        return field.rfind("answers", 0) == 0 ? 0 : limits::kQuestionTextMax;
    }
    static const std::map<std::string, std::size_t> kMax{{"title", limits::kTitleMax},
                                                         {"description", limits::kDescriptionMax},
                                                         {"location", limits::kLocationMax},
                                                         {"name", limits::kNameMax},
                                                         {"author", limits::kNameMax},
                                                         {"displayName", limits::kNameMax},
                                                         {"phone", limits::kPhoneMax},
                                                         {"summary", limits::kSummaryMax},
                                                         {"category", limits::kCategoryMax},
                                                         {"username", limits::kUsernameMax},
                                                         {"interactionCode", limits::kInteractionCodeMax},
                                                         {"promotionCode", limits::kPromotionCodeMax},
                                                         {"scanMessage", limits::kWeChatMessageMax},
                                                         {"autoReply", limits::kWeChatMessageMax}};
    const auto it = kMax.find(leaf);
    return it == kMax.end() ? 0 : it->second;
}
} // namespace

ApiError ApiError::fromServer(ErrorCode code,
                              int httpStatus,
                              const QString &message,
                              std::vector<FieldError> details,
                              const QString &requestId)
{
    ApiError error;
    error.m_kind = Kind::Server;
    error.m_code = code;
    error.m_httpStatus = httpStatus;
    error.m_message = message;
    error.m_details = std::move(details);
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::transport(Kind kind, const QString &host, const QString &detail)
{
    ApiError error;
    error.m_kind = kind;
    error.m_host = host;
    error.m_message = detail;
    return error;
}

QString ApiError::userMessage() const
{
    switch (m_kind)
    {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr("Cannot reach the server %1. Check the address and your network connection (%2).")
            .arg(m_host, m_message);
    case Kind::Timeout:
        return tr("The server %1 did not answer in time. Try again in a moment.").arg(m_host);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. Check the address (https:// or http://) and the "
                  "server's certificate.")
            .arg(m_host, m_message);
    case Kind::BadResponse:
        return tr("The answer from %1 was not understood; is this a NextEvent server? (%2)")
            .arg(m_host, m_message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::LocalFile:
        return tr("Cannot write the file %1: %2").arg(m_host, m_message);
    case Kind::Server:
        break;
    }
    // Field errors (details with a code) are told in the console's words, whatever the error code: a taken
    // user name comes as CONFLICT. Details without a code (a check-in's reason) are for the views.
    QStringList lines;
    for (const FieldError &detail : m_details)
        if (detail.code)
            lines << tr("%1: %2").arg(fieldLabel(detail.field), fieldMessage(detail));
    switch (m_code)
    {
    case ErrorCode::Validation:
        if (lines.isEmpty())
            return tr("The server rejected the input: %1").arg(m_message);
        return tr("Please correct the following:\n%1").arg(lines.join(QLatin1Char('\n')));
    case ErrorCode::Unauthenticated:
        return tr("Your session has ended. Please sign in again.");
    case ErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists; someone may have deleted it.");
    case ErrorCode::Conflict:
        if (!lines.isEmpty())
            return tr("Please correct the following:\n%1").arg(lines.join(QLatin1Char('\n')));
        return tr("It was changed in the meantime: %1").arg(m_message);
    case ErrorCode::PayloadTooLarge:
        return tr("That is too large for the server.");
    case ErrorCode::RateLimited:
        return tr("Too many requests; wait a moment and try again.");
    case ErrorCode::Unavailable:
        return tr("The server is temporarily unavailable; try again shortly.");
    case ErrorCode::InsufficientStorage:
        return tr("The server has no room left to store this. Tell your administrator.");
    case ErrorCode::Internal:
        break;
    }
    return m_requestId.isEmpty()
               ? tr("The server had an internal problem.")
               : tr("The server had an internal problem (request %1). Tell your administrator.")
                     .arg(m_requestId);
}

QString ApiError::fieldMessage(const FieldError &error)
{
    // The code (and the field it is about) chooses the sentence; the server's English message is never
    // shown, so a field error reads the same in the console's language whatever the server says.
    if (!error.code)
        return tr("is not valid");
    const std::string leaf = leafOf(error.field);
    switch (*error.code)
    {
    case FieldCode::Required:
        return tr("is required");
    case FieldCode::TooShort:
        if (leaf == "username")
            return tr("must be at least %1 characters").arg(limits::kUsernameMin);
        if (leaf == "password")
            return tr("must be at least %1 characters").arg(limits::kPasswordMin);
        if (leaf == "options")
            return tr("needs at least %1 options").arg(limits::kMinOptions);
        return tr("is too short");
    case FieldCode::TooLong:
        if (const std::size_t max = maxCharacters(error.field))
            return tr("must be at most %1 characters").arg(max);
        return tr("is too long");
    case FieldCode::OutOfRange:
        if (leaf == "endDate" || leaf == "endTime")
            return tr("must be after the start");
        if (leaf == "capacity")
            return tr("must be between %1 and %2")
                .arg(QString::number(0), QString::number(limits::kCapacityMax));
        if (leaf == "maxLength")
            return tr("must be between %1 and %2")
                .arg(QString::number(1), QString::number(kDefaultTextMaxLength));
        if (leaf == "maxSelections")
            return tr("must be between 1 and the number of options");
        if (leaf == "userTagId")
            return tr("must not be negative");
        if (leaf == "maxPartySize" || leaf == "partySize")
            return tr("must be between %1 and %2")
                .arg(QString::number(1), QString::number(limits::kPartySizeMax));
        if (leaf == "offerHoldHours")
            return tr("must be between %1 and %2")
                .arg(QString::number(1), QString::number(limits::kOfferHoldHoursMax));
        return tr("is out of range");
    case FieldCode::InvalidFormat:
        if (leaf == "phone")
            return tr("may contain only digits, spaces and + - ( )");
        if (leaf == "interactionCode")
            return tr("may contain only letters, digits, '-' and '_'");
        if (leaf == "username")
            return tr("may contain only letters, digits, '.', '_' and '-'");
        if (leaf == "email")
            return tr("must be a valid e-mail address");
        return tr("is not in a valid format");
    case FieldCode::InvalidChoice:
        if (leaf == "scale")
            return tr("must be 5 or 10");
        return tr("is not one of the allowed choices");
    case FieldCode::TooMany:
        if (leaf == "questions")
            return tr("may have at most %1 questions").arg(limits::kMaxQuestions);
        if (leaf == "options")
            return tr("may have at most %1 options").arg(limits::kMaxOptions);
        return tr("has too many entries");
    case FieldCode::NotUnique:
        if (leaf == "username")
            return tr("is already taken");
        if (leaf == "interactionCode")
            return tr("is already used by another event");
        return tr("is used twice");
    case FieldCode::NotAllowed:
        if (leaf == "to")
            return tr("cannot be reached from the current status");
        return tr("is not allowed here");
    case FieldCode::TimeUp:
        return tr("came after the time limit");
    case FieldCode::NotCurrent:
        return tr("is not the current question");
    case FieldCode::Banned:
        return tr("is banned at this event");
    }
    return tr("is not valid");
}

QString ApiError::fieldLabel(const std::string &field)
{
    if (field == "title")
        return tr("Title");
    if (field == "description")
        return tr("Description");
    if (field == "location")
        return tr("Location");
    if (field == "startDate")
        return tr("Start");
    if (field == "endDate")
        return tr("End");
    if (field == "capacity")
        return tr("Capacity");
    if (field == "name")
        return tr("Name");
    if (field == "phone")
        return tr("Phone");
    if (field == "code")
        return tr("Code");
    if (field == "text")
        return tr("Text");
    if (field == "options")
        return tr("Options");
    if (field == "scale")
        return tr("Scale");
    if (field == "maxLength")
        return tr("Maximum length");
    if (field == "maxSelections")
        return tr("Maximum selections");
    if (field == "questions")
        return tr("Questions");
    if (field == "summary")
        return tr("Summary");
    if (field == "content")
        return tr("Content");
    if (field == "author")
        return tr("Author");
    if (field == "category")
        return tr("Category");
    if (field == "username")
        return tr("User name");
    if (field == "displayName")
        return tr("Display name");
    if (field == "email")
        return tr("E-mail");
    if (field == "roles")
        return tr("Roles");
    if (field == "password")
        return tr("Password");
    if (field == "to")
        return tr("New status");
    if (field == "wechatConfig.interactionCode")
        return tr("Interaction code");
    if (field == "wechatConfig.scanMessage")
        return tr("Scan message");
    if (field == "wechatConfig.autoReply")
        return tr("Auto reply");
    if (field == "maxPartySize")
        return tr("Largest party");
    if (field == "partySize")
        return tr("Party size");
    if (field == "offerHoldHours")
        return tr("Offer hold time");
    if (field == "interaction.qaModeration")
        return tr("Audience questions");
    if (field == "interaction.wallModeration")
        return tr("Message wall");
    if (field == "interaction.profanityFilter")
        return tr("Profanity filter");
    return QString::fromStdString(field);
}

} // namespace nextevent::console
