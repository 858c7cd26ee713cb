// SPDX-License-Identifier: MIT
#include "desktop/door/BadgeSource.h"

#include <memory>

#include <QCoreApplication>

#include "desktop/api/ApiClient.h"

using nlohmann::json;

namespace nextevent::console
{

BadgeSource::BadgeSource(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

bool BadgeSource::isLoading() const
{
    return m_loading;
}

QString BadgeSource::answerText(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? tr("Yes") : tr("No");
    if (value.is_number())
        return QString::fromStdString(value.dump());
    if (value.is_array())
    {
        QStringList parts;
        for (const json &item : value)
            parts << answerText(item);
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

BadgeData BadgeSource::badgeFrom(const Event &event, const json &attendee, const QStringList &fieldIds)
{
    BadgeData badge;
    badge.eventTitle = QString::fromStdString(event.title);
    badge.name = QString::fromStdString(attendee.value("name", std::string()));
    if (badge.name.isEmpty())
        badge.name = tr("(WeChat user)");
    badge.signedTicket = QString::fromStdString(attendee.value("signedTicket", std::string()));
    const json answers = attendee.value("answers", json::object());
    for (const FormField &field : event.registrationForm)
    {
        const QString id = QString::fromStdString(field.id);
        if (!fieldIds.contains(id) || !answers.is_object() || !answers.contains(field.id))
            continue;
        const QString text = answerText(answers[field.id]);
        if (!text.isEmpty())
            badge.answers.append({QString::fromStdString(field.label), text});
    }
    return badge;
}

void BadgeSource::load(const Event &event, const QStringList &attendeeIds, const QStringList &fieldIds)
{
    const int generation = ++m_generation;
    m_loading = true;

    struct Pending
    {
        QList<BadgeData> badges;
        int done = 0;
        bool failed = false;
    };

    auto pending = std::make_shared<Pending>();
    pending->badges.resize(attendeeIds.size());
    if (attendeeIds.isEmpty())
    {
        m_loading = false;
        emit loaded({});
        return;
    }
    const QString eventId = QString::fromStdString(event.id);
    for (qsizetype i = 0; i < attendeeIds.size(); ++i)
        m_api->fetchAttendeeJson(
            eventId,
            attendeeIds[i],
            this,
            [this, generation, pending, i, event, fieldIds, total = static_cast<int>(attendeeIds.size())](
                const ApiResult<json> &result)
            {
                if (generation != m_generation || pending->failed)
                    return;
                if (!result.ok())
                {
                    pending->failed = true;
                    m_loading = false;
                    emit failed(result.error.userMessage());
                    return;
                }
                pending->badges[i] = badgeFrom(event, *result.value, fieldIds);
                emit progress(++pending->done, total);
                if (pending->done == total)
                {
                    m_loading = false;
                    emit loaded(pending->badges);
                }
            });
}

} // namespace nextevent::console
