// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Figures for staff: one event's activity per minute, and the home dashboard across events.
class AnalyticsService
{
public:
    explicit AnalyticsService(Store &store);

    /// Totals and a dense per-minute series over [from, to). Default window: the last 60 minutes.
    /// VALIDATION_ERROR for malformed times or a window over 24 hours; NOT_FOUND for an unknown event.
    nlohmann::json eventAnalytics(const std::string &eventId,
                                  const std::optional<std::string> &from,
                                  const std::optional<std::string> &to);

    /// Today's (UTC) events and activity across all events.
    nlohmann::json dashboard();

private:
    Store &m_store;
};

} // namespace nextevent::server::app
