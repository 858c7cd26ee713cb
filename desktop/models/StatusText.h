// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "nextevent/Attendee.h"
#include "nextevent/Event.h"

namespace nextevent::console
{

/// Translated names of the event and attendee states, and the verbs of lifecycle actions.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString event(EventStatus status);
    static QString attendee(AttendeeStatus status);
    /// The action that moves an event to `to`, e.g. "Publish" for published.
    static QString transitionAction(EventStatus to);
};

} // namespace nextevent::console
