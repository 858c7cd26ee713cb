// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QString>
#include <QtGlobal>

#include "nextevent/Attendee.h"
#include "nextevent/User.h"

#include "desktop/api/ApiError.h"

/// Value types the API client hands to its callers. They are plain data; the client fills them.
namespace nextevent::console
{

/// Paging, search, filter and sort for a list request (`GET /v2/...?page=&pageSize=&search=...`).
struct ListQuery
{
    int page = 1;
    int pageSize = 20;
    QString search;
    QString status; ///< wire value such as "draft"; empty: all
    QString sort;   ///< wire field name such as "startDate"; empty: server default
    bool descending = false;

    bool operator==(const ListQuery &) const = default;
};

/// One page of a list: `{"items","total","page","pageSize"}`.
template <typename T> struct ListPage
{
    std::vector<T> items;
    qint64 total = 0;
    int page = 1;
    int pageSize = 20;
};

/// `POST /v2/events/{id}/checkins` → `{"attendee","alreadyCheckedIn"}`.
struct CheckInResult
{
    Attendee attendee;
    bool alreadyCheckedIn = false;
};

/// `POST /v2/events/{id}/qrcode` → `{"content","ticket","expiresAt"}`.
struct QrCodeInfo
{
    QString content;
    QString ticket;
    QString expiresAt;
};

/// A member of an event's team (`GET /v2/events/{id}/members`): their role acts on that event only.
struct TeamMember
{
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    QString addedBy;
};

/// The result of a call that returns nothing.
struct Done
{
};

/// Either a value or an error; handed to the callback of every asynchronous API call.
template <typename T> struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const
    {
        return value.has_value();
    }
};

/// Callback type of the asynchronous API calls.
template <typename T> using ApiHandler = std::function<void(const ApiResult<T> &)>;

} // namespace nextevent::console
