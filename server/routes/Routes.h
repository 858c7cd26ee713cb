// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/Router.h"

namespace nextevent::server
{
struct ServerContext;
}

namespace nextevent::server::http
{

/// The whole route table, each route with the roles allowed to call it (one place to read route × role).
void registerRoutes(Router &router, ServerContext &context);

/// Media, articles, surveys, analytics and dashboard (called by registerRoutes).
void registerContentRoutes(Router &router, ServerContext &context);

/// Draws (抽奖): create, list, read, pool, run, redraw (called by registerRoutes).
void registerDrawRoutes(Router &router, ServerContext &context);
/// Quiz leaderboards, audience Q&A, the message wall and bans (called by registerRoutes).
void registerLiveRoutes(Router &router, ServerContext &context);

/// WeChat webhook, OAuth, JS-SDK and status; QR codes; reminders; jobs (called by registerRoutes).
void registerWeChatRoutes(Router &router, ServerContext &context);

} // namespace nextevent::server::http
