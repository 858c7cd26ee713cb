// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "nextevent/Error.h"

namespace nextevent::console
{

/// A failed API call: either a transport problem (no HTTP answer) or an error envelope from the
/// server. userMessage() turns it into a translated sentence for the person in front of the console.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    /// What went wrong, from the console's point of view.
    enum class Kind
    {
        None,        ///< no error
        Server,      ///< the server answered with an error envelope; see code()
        Unreachable, ///< connection refused, host not found, network down
        Timeout,     ///< no answer in time
        Tls,         ///< TLS handshake or certificate problem
        BadResponse, ///< the answer was not a NextEvent envelope
        Cancelled,   ///< cancelled by the user
        LocalFile    ///< a local file could not be written
    };

    ApiError() = default;

    /// A server error envelope: code, message, field details, request id and HTTP status.
    static ApiError fromServer(ErrorCode code,
                               int httpStatus,
                               const QString &message,
                               std::vector<FieldError> details,
                               const QString &requestId);

    /// A transport problem; `detail` is the technical description (shown after the sentence).
    static ApiError transport(Kind kind, const QString &host, const QString &detail);

    bool isError() const
    {
        return m_kind != Kind::None;
    }

    Kind kind() const
    {
        return m_kind;
    }

    /// The server's code; meaningful only when kind() is Kind::Server.
    ErrorCode code() const
    {
        return m_code;
    }

    bool is(ErrorCode code) const
    {
        return m_kind == Kind::Server && m_code == code;
    }

    /// True for problems that mean the server could not be talked to at all.
    bool isTransport() const
    {
        return m_kind == Kind::Unreachable || m_kind == Kind::Timeout || m_kind == Kind::Tls;
    }

    int httpStatus() const
    {
        return m_httpStatus;
    }

    const QString &serverMessage() const
    {
        return m_message;
    }

    const std::vector<FieldError> &details() const
    {
        return m_details;
    }

    const QString &requestId() const
    {
        return m_requestId;
    }

    /// A translated sentence explaining the problem and, where one exists, what to do about it.
    QString userMessage() const;

    /// One field problem (from nextevent::validate() or the server) in the console's language, chosen by
    /// its code and field; the English message is never shown. A detail without a code reads "is not valid".
    static QString fieldMessage(const FieldError &error);

    /// A translated, human name for a wire field name such as "startDate".
    static QString fieldLabel(const std::string &field);

private:
    Kind m_kind = Kind::None;
    ErrorCode m_code = ErrorCode::Internal;
    int m_httpStatus = 0;
    QString m_message;
    QString m_host;
    std::vector<FieldError> m_details;
    QString m_requestId;
};

} // namespace nextevent::console
