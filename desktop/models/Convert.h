// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <QDateTime>
#include <QString>

#include "nextevent/Time.h"

/// Conversions between the shared (standard C++) types and Qt types.
namespace nextevent::console
{

QString toQString(const std::string &text);
std::string toStdString(const QString &text);

/// A UTC time point as a QDateTime in local time.
QDateTime toQDateTime(TimePoint time);
/// A QDateTime (any time spec) as a UTC time point, millisecond precision.
TimePoint toTimePoint(const QDateTime &time);

/// Short local date and time, or an empty string for nullopt.
QString formatLocal(const std::optional<TimePoint> &time);

} // namespace nextevent::console
