// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QList>
#include <QObject>
#include <QStringList>

#include "nextevent/Event.h"

#include "desktop/door/BadgeRenderer.h"

namespace nextevent::console
{

class ApiClient;

/// Gathers what badges print: each attendee with their answers and signed ticket (`GET …/attendees/{id}`),
/// the answers limited to the fields the organiser chose, in the form's order. Reading only: nobody is
/// checked in.
class BadgeSource : public QObject
{
    Q_OBJECT

public:
    explicit BadgeSource(ApiClient *api, QObject *parent = nullptr);

    /// Loads the badges of `attendeeIds` (in that order) of `event`; loaded() or failed() follows.
    void load(const Event &event, const QStringList &attendeeIds, const QStringList &fieldIds);
    bool isLoading() const;

    /// An answer as a badge shows it (a list joined with commas, yes/no for a tick box).
    static QString answerText(const nlohmann::json &value);
    /// The badge of one attendee answer (`GET …/attendees/{id}`).
    static BadgeData
    badgeFrom(const Event &event, const nlohmann::json &attendee, const QStringList &fieldIds);

signals:
    void progress(int done, int total);
    void loaded(const QList<nextevent::console::BadgeData> &badges);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace nextevent::console
