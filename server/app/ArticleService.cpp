// SPDX-License-Identifier: MIT
#include "server/app/ArticleService.h"

#include <Poco/Logger.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Json.h"
#include "nextevent/JsonReader.h"
#include "nextevent/Validation.h"

#include "server/app/VersionCheck.h"

namespace nextevent::server::app
{
namespace
{
Error notFound()
{
    return Error(ErrorCode::NotFound, "No such article");
}

const char *const kEditable[] = {
    "title", "content", "summary", "author", "category", "promotionCode", "imageIds"};
} // namespace

ArticleService::ArticleService(Store &store, HtmlCleaner &cleaner)
    : m_store(store)
    , m_cleaner(cleaner)
{
}

Page<Article> ArticleService::list(const ArticleQuery &query)
{
    return m_store.read()->articles().list(query);
}

Article ArticleService::get(const std::string &id)
{
    auto article = m_store.read()->articles().find(id);
    if (!article)
        throw notFound();
    return *article;
}

Article ArticleService::getPublished(const std::string &id)
{
    if (auto cached = m_published.find(id))
        return *cached;
    auto article = m_store.read()->articles().find(id);
    if (!article || !article->published)
        throw notFound();
    m_published.put(id, *article);
    return *article;
}

Article ArticleService::applyEdits(const Article &current, const nlohmann::json &body, UnitOfWork &unit)
{
    requireObject(body);
    (void)articleFromJson(body); // type errors name the body's own fields
    nlohmann::json merged = current;
    for (const char *key : kEditable)
        if (body.contains(key))
            merged[key] = body[key];
    Article article = articleFromJson(merged);
    throwIfInvalid(validate(article));
    article.content = m_cleaner.clean(article.content);
    if (article.summary.empty() && !article.content.empty())
        article.summary = m_cleaner.excerpt(article.content, 120);
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < article.imageIds.size(); ++i)
        if (!unit.media().find(article.imageIds[i]))
            errors.push_back({"imageIds[" + std::to_string(i) + "]",
                              FieldCode::InvalidChoice,
                              "is not an uploaded media id"});
    throwIfInvalid(std::move(errors));
    return article;
}

Article ArticleService::create(const nlohmann::json &body, const Principal &actor)
{
    auto unit = m_store.write();
    Article article = applyEdits(Article{}, body, *unit);
    article.id = newUuid();
    if (article.author.empty())
        article.author = actor.username;
    article.published = false;
    article.createdAt = article.updatedAt = nextevent::now();
    unit->articles().insert(article);
    unit->audit().append({actor.username, "create", "article", article.id, {{"title", article.title}}});
    unit->commit();
    return article;
}

Article ArticleService::update(const std::string &id, const nlohmann::json &body, const Principal &actor)
{
    auto unit = m_store.write();
    auto current = unit->articles().find(id);
    if (!current)
        throw notFound();
    checkEditedVersion(body, current->updatedAt, "article");
    Article article = applyEdits(*current, body, *unit);
    article.updatedAt = std::max(nextevent::now(), current->updatedAt + std::chrono::milliseconds(1));
    if (!unit->articles().update(article, current->updatedAt))
        throw Error(ErrorCode::Conflict, "The article was changed by someone else; reload it and try again");
    unit->audit().append({actor.username, "update", "article", id, {{"title", article.title}}});
    unit->commit();
    m_published.drop(id);
    return article;
}

Article ArticleService::setPublished(const std::string &id, bool published, const Principal &actor)
{
    auto unit = m_store.write();
    auto article = unit->articles().find(id);
    if (!article)
        throw notFound();
    const auto previous = article->updatedAt;
    if (article->published != published)
    {
        article->published = published;
        article->publishedAt = published ? std::optional(nextevent::now()) : std::nullopt;
        article->updatedAt = std::max(nextevent::now(), previous + std::chrono::milliseconds(1));
        if (!unit->articles().update(*article, previous))
            throw Error(ErrorCode::Conflict,
                        "The article was changed by someone else; reload it and try again");
        unit->audit().append({actor.username, published ? "publish" : "unpublish", "article", id, {}});
        unit->commit();
        m_published.drop(id);
    }
    return *article;
}

void ArticleService::remove(const std::string &id, const Principal &actor)
{
    auto unit = m_store.write();
    if (!unit->articles().softDelete(id, nextevent::now()))
        throw notFound();
    unit->audit().append({actor.username, "delete", "article", id, {}});
    unit->commit();
    m_published.drop(id);
}

void ArticleService::recordView(const std::string &id)
{
    const std::string minute = formatIso8601(nextevent::now()).substr(0, 16);
    std::lock_guard lock(m_viewsMutex);
    ++m_pendingViews[{id, minute}];
}

std::int64_t ArticleService::flushViews()
{
    std::map<std::pair<std::string, std::string>, std::int64_t> pending;
    {
        std::lock_guard lock(m_viewsMutex);
        pending.swap(m_pendingViews);
    }
    if (pending.empty())
        return 0;
    std::int64_t total = 0;
    try
    {
        auto unit = m_store.write();
        for (const auto &[key, views] : pending)
        {
            unit->articles().addViews(key.first, key.second, views);
            total += views;
        }
        unit->commit();
        for (const auto &[key, views] : pending)
            m_published.drop(key.first); // its count changed
    }
    catch (const std::exception &e)
    {
        // Put them back so the next flush retries.
        std::lock_guard lock(m_viewsMutex);
        for (const auto &[key, views] : pending)
            m_pendingViews[key] += views;
        Poco::Logger::get("app").warning("view counts not written yet: %s", std::string(e.what()));
        return 0;
    }
    return total;
}

} // namespace nextevent::server::app
