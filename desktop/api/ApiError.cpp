// SPDX-License-Identifier: MIT
#include "desktop/api/ApiError.h"

#include <QRegularExpression>

namespace nextevent::console
{

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
    switch (m_code)
    {
    case ErrorCode::Validation:
    {
        QStringList lines;
        for (const FieldError &detail : m_details)
            lines << tr("%1: %2").arg(fieldLabel(detail.field), fieldMessage(detail));
        if (lines.isEmpty())
            return tr("The server rejected the input: %1").arg(m_message);
        return tr("Please correct the following:\n%1").arg(lines.join(QLatin1Char('\n')));
    }
    case ErrorCode::Unauthenticated:
        return tr("Your session has ended. Please sign in again.");
    case ErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists; someone may have deleted it.");
    case ErrorCode::Conflict:
        return tr("It was changed in the meantime: %1").arg(m_message);
    case ErrorCode::PayloadTooLarge:
        return tr("That is too large for the server.");
    case ErrorCode::RateLimited:
        return tr("Too many requests; wait a moment and try again.");
    case ErrorCode::Unavailable:
        return tr("The server is temporarily unavailable; try again shortly.");
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
    const QString message = QString::fromStdString(error.message);
    if (message == QLatin1String("is required"))
        return tr("is required");
    if (message == QLatin1String("is not valid UTF-8"))
        return tr("contains invalid characters");
    if (message == QLatin1String("must be after startDate"))
        return tr("must be after the start");
    if (message == QLatin1String("must not be negative"))
        return tr("must not be negative");
    if (message == QLatin1String("may contain only letters, digits, '-' and '_'"))
        return tr("may contain only letters, digits, '-' and '_'");
    if (message == QLatin1String("may contain only digits, spaces and + - ( )"))
        return tr("may contain only digits, spaces and + - ( )");
    static const QRegularExpression atMost(QStringLiteral("^must be at most (\\d+) characters$"));
    if (const auto match = atMost.match(message); match.hasMatch())
        return tr("must be at most %1 characters").arg(match.captured(1));
    if (message == QLatin1String("must be 5 or 10"))
        return tr("must be 5 or 10");
    if (message == QLatin1String("must be between 1 and the number of options"))
        return tr("must be between 1 and the number of options");
    if (message == QLatin1String("must be a valid e-mail address"))
        return tr("must be a valid e-mail address");
    static const QRegularExpression options(QStringLiteral("^must have between (\\d+) and (\\d+) options$"));
    if (const auto match = options.match(message); match.hasMatch())
        return tr("must have between %1 and %2 options").arg(match.captured(1), match.captured(2));
    static const QRegularExpression between(QStringLiteral("^must be between (\\d+) and (\\d+)$"));
    if (const auto match = between.match(message); match.hasMatch())
        return tr("must be between %1 and %2").arg(match.captured(1), match.captured(2));
    return message;
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
    if (field == "wechatConfig.interactionCode")
        return tr("Interaction code");
    if (field == "wechatConfig.scanMessage")
        return tr("Scan message");
    if (field == "wechatConfig.autoReply")
        return tr("Auto reply");
    return QString::fromStdString(field);
}

} // namespace nextevent::console
