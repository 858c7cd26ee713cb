// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

#include "nextevent/Article.h"

#include "server/app/ContentPorts.h"
#include "server/app/Principal.h"
#include "server/app/RecentReads.h"
#include "server/app/Store.h"

namespace nextevent::server::app
{

/// Articles: HTML sanitised on every save, publish/unpublish, soft delete, and view counting that is
/// buffered in memory and written in batches (no database write on the page's path).
class ArticleService
{
public:
    ArticleService(Store &store, HtmlCleaner &cleaner);

    Page<Article> list(const ArticleQuery &query);
    Article get(const std::string &id);
    /// A published article, for readers; NOT_FOUND for drafts.
    Article getPublished(const std::string &id);

    Article create(const nlohmann::json &body, const Principal &actor);
    /// Applies the fields present; CONFLICT when body carries a stale updatedAt.
    Article update(const std::string &id, const nlohmann::json &body, const Principal &actor);
    Article setPublished(const std::string &id, bool published, const Principal &actor);
    void remove(const std::string &id, const Principal &actor);

    /// Counts one view in memory.
    void recordView(const std::string &id);

    /// Writes buffered views (total and per-minute bucket) in one transaction; returns how many.
    std::int64_t flushViews();

private:
    Article applyEdits(const Article &current, const nlohmann::json &body, UnitOfWork &unit);

    Store &m_store;
    HtmlCleaner &m_cleaner;
    std::mutex m_viewsMutex;
    std::map<std::pair<std::string, std::string>, std::int64_t> m_pendingViews; ///< (article, minute) → views
    RecentReads<Article> m_published; ///< what readers open (the page a crowd shares)
};

} // namespace nextevent::server::app
