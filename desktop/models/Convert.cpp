// SPDX-License-Identifier: MIT
#include "desktop/models/Convert.h"

#include <QLocale>
#include <QTimeZone>

namespace nextevent::console
{

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStdString(const QString &text)
{
    return text.toStdString();
}

QDateTime toQDateTime(TimePoint time)
{
    return QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count(), QTimeZone::utc()).toLocalTime();
}

TimePoint toTimePoint(const QDateTime &time)
{
    return TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

QString formatLocal(const std::optional<TimePoint> &time)
{
    if (!time)
        return {};
    // The locale's short date with hours and minutes: seconds mean nothing for an event.
    const QLocale locale;
    return locale.toString(toQDateTime(*time),
                           locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

} // namespace nextevent::console
