// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "server/app/Store.h"
#include "server/store/Database.h"

/// Factories for the content repositories, each over one connection of a unit of work.
namespace nextevent::server::store
{

std::unique_ptr<app::MediaRepository> makeSqlMedia(Connection &connection);
std::unique_ptr<app::ArticleRepository> makeSqlArticles(Connection &connection);
std::unique_ptr<app::SurveyRepository> makeSqlSurveys(Connection &connection);
std::unique_ptr<app::AnalyticsRepository> makeSqlAnalytics(Connection &connection);
std::unique_ptr<app::WeChatRepository> makeSqlWeChat(Connection &connection);
std::unique_ptr<app::JobRepository> makeSqlJobs(Connection &connection);
std::unique_ptr<app::CheckinRepository> makeSqlCheckins(Connection &connection);
std::unique_ptr<app::DrawRepository> makeSqlDraws(Connection &connection);
std::unique_ptr<app::InteractionRepository> makeSqlInteraction(Connection &connection);
std::unique_ptr<app::WebhookRepository> makeSqlWebhooks(Connection &connection);
std::unique_ptr<app::TeamRepository> makeSqlTeams(Connection &connection);

} // namespace nextevent::server::store
