// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/Router.h"

namespace nextevent::server
{
struct ServerContext;
}

namespace nextevent::server::web
{

/// The mobile pages under /m/ (article, event with registration, ticket, survey, live results), their
/// static assets under /m/static/, and friendly error pages for everything else under /m/.
void registerPageRoutes(http::Router &router, ServerContext &context);

} // namespace nextevent::server::web
