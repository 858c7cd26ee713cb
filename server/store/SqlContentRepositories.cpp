// SPDX-License-Identifier: MIT
// SQL repositories for media, articles, surveys and analytics (SQLite and MySQL).
#include <map>

#include "nextevent/Json.h"

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;
using app::Page;
using nlohmann::json;

// ---------------------------------------------------------------------------------------------- media

class SqlMedia : public app::MediaRepository
{
public:
    explicit SqlMedia(Connection &c)
        : m_c(c)
    {
    }

    void insert(const app::StoredMedia &m, const std::string &createdBy) override
    {
        m_c.execute(
            "INSERT INTO media (id, sha256, mime, size, ext, original_name, created_by, created_at) VALUES "
            "(?,?,?,?,?,?,?,?)",
            {m.media.id,
             m.media.sha256,
             m.media.mime,
             m.media.size,
             m.extension,
             m.originalName,
             createdBy,
             iso(m.media.createdAt)});
    }

    std::optional<app::StoredMedia> find(const std::string &id) override
    {
        return one("id = ?", id);
    }

    std::optional<app::StoredMedia> findBySha256(const std::string &sha256) override
    {
        return one("sha256 = ?", sha256);
    }

private:
    std::optional<app::StoredMedia> one(const std::string &where, const std::string &value)
    {
        auto rows = m_c.query(
            "SELECT id, sha256, mime, size, ext, original_name, created_at FROM media WHERE " + where,
            {value});
        if (rows.empty())
            return std::nullopt;
        const auto &r = rows.front();
        app::StoredMedia m;
        m.media.id = r.text(0);
        m.media.sha256 = r.text(1);
        m.media.mime = r.text(2);
        m.media.size = r.integer(3);
        m.extension = r.text(4);
        m.originalName = r.text(5);
        m.media.createdAt = time(r, 6);
        m.media.url = "/media/" + m.media.sha256 + "." + m.extension;
        return m;
    }

    Connection &m_c;
};

// ------------------------------------------------------------------------------------------- articles

const std::string kArticleColumns =
    "id, title, content, summary, author, category, promotion_code, published, "
    "published_at, view_count, image_ids, qr_code_url, created_at, updated_at";

Article articleFromRow(const SqlRow &r)
{
    Article a;
    a.id = r.text(0);
    a.title = r.text(1);
    a.content = r.text(2);
    a.summary = r.text(3);
    a.author = r.text(4);
    a.category = r.text(5);
    a.promotionCode = r.text(6);
    a.published = r.integer(7) != 0;
    a.publishedAt = optionalTime(r, 8);
    a.viewCount = r.integer(9);
    const auto images = json::parse(r.text(10), nullptr, false);
    if (images.is_array())
        for (const auto &id : images)
            if (id.is_string())
                a.imageIds.push_back(id.get<std::string>());
    a.qrCodeUrl = r.text(11);
    a.createdAt = time(r, 12);
    a.updatedAt = time(r, 13);
    return a;
}

class SqlArticles : public app::ArticleRepository
{
public:
    explicit SqlArticles(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Article &a) override
    {
        m_c.execute("INSERT INTO articles (" + kArticleColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    {a.id,
                     a.title,
                     a.content,
                     a.summary,
                     a.author,
                     a.category,
                     a.promotionCode,
                     flag(a.published),
                     orNull(a.publishedAt),
                     a.viewCount,
                     json(a.imageIds).dump(),
                     a.qrCodeUrl,
                     iso(a.createdAt),
                     iso(a.updatedAt)});
    }

    std::optional<Article> find(const std::string &id) override
    {
        auto rows = m_c.query(
            "SELECT " + kArticleColumns + " FROM articles WHERE id = ? AND deleted_at IS NULL", {id});
        return rows.empty() ? std::nullopt : std::optional(articleFromRow(rows.front()));
    }

    bool update(const Article &a, TimePoint expected) override
    {
        return m_c.execute(
                   "UPDATE articles SET title = ?, content = ?, summary = ?, author = ?, category = ?, "
                   "promotion_code = ?, published = ?, published_at = ?, image_ids = ?, qr_code_url = ?, "
                   "updated_at = ? WHERE id = ? AND updated_at = ? AND deleted_at IS NULL",
                   {a.title,
                    a.content,
                    a.summary,
                    a.author,
                    a.category,
                    a.promotionCode,
                    flag(a.published),
                    orNull(a.publishedAt),
                    json(a.imageIds).dump(),
                    a.qrCodeUrl,
                    iso(a.updatedAt),
                    a.id,
                    iso(expected)}) == 1;
    }

    bool softDelete(const std::string &id, TimePoint at) override
    {
        return m_c.execute(
                   "UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                   {iso(at), iso(at), id}) == 1;
    }

    Page<Article> list(const app::ArticleQuery &q) override
    {
        std::string where = " WHERE deleted_at IS NULL";
        std::vector<SqlValue> params;
        if (!q.search.empty())
        {
            where +=
                " AND (title LIKE ? ESCAPE '!' OR summary LIKE ? ESCAPE '!' OR content LIKE ? ESCAPE '!')";
            const auto pattern = likePattern(q.search);
            params.insert(params.end(), {pattern, pattern, pattern});
        }
        if (q.published)
        {
            where += " AND published = ?";
            params.push_back(flag(*q.published));
        }
        if (!q.category.empty())
        {
            where += " AND category = ?";
            params.emplace_back(q.category);
        }
        Page<Article> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM articles" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"title", "title"},
                                                                 {"publishedAt", "published_at"},
                                                                 {"viewCount", "view_count"},
                                                                 {"createdAt", "created_at"},
                                                                 {"updatedAt", "updated_at"}};
        const std::string sql = "SELECT " + kArticleColumns + " FROM articles" + where +
                                orderClause(q, sortable, "updated_at") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(articleFromRow(row));
        return page;
    }

    void addViews(const std::string &id, const std::string &minute, std::int64_t views) override
    {
        m_c.execute("UPDATE articles SET view_count = view_count + ? WHERE id = ?", {views, id});
        if (m_c.dialect() == Dialect::SQLite)
            m_c.execute("INSERT INTO article_views (article_id, minute, views) VALUES (?,?,?) ON "
                        "CONFLICT(article_id, "
                        "minute) DO UPDATE SET views = views + excluded.views",
                        {id, minute, views});
        else
            m_c.execute(
                "INSERT INTO article_views (article_id, minute, views) VALUES (?,?,?) ON DUPLICATE KEY "
                "UPDATE views = views + VALUES(views)",
                {id, minute, views});
    }

    std::vector<app::MinuteCount> viewsPerMinute(const std::string &from, const std::string &to) override
    {
        return minuteCounts(
            m_c.query("SELECT minute, SUM(views) FROM article_views WHERE minute >= ? AND minute < ? "
                      "GROUP BY minute ORDER BY minute",
                      {from.substr(0, 16), to.substr(0, 16)}));
    }

private:
    Connection &m_c;
};

// -------------------------------------------------------------------------------------------- surveys

const std::string kSurveyColumns =
    "s.id, s.title, s.description, s.event_id, s.is_active, s.is_live, s.results_visible, s.start_time, "
    "s.end_time, "
    "s.questions, s.created_at, s.updated_at, "
    "(SELECT t.n FROM survey_tallies t WHERE t.survey_id = s.id AND t.question_id = '' AND t.k = 'total'), "
    "s.audience, s.mode, s.current_question_id, s.opened_at, s.answer_revealed";

Survey surveyFromRow(const SqlRow &r)
{
    Survey s;
    s.id = r.text(0);
    s.title = r.text(1);
    s.description = r.text(2);
    s.eventId = r.optionalText(3);
    s.isActive = r.integer(4) != 0;
    s.isLive = r.integer(5) != 0;
    s.resultsVisible = r.integer(6) != 0;
    s.startTime = optionalTime(r, 7);
    s.endTime = optionalTime(r, 8);
    const auto questions = json::parse(r.text(9), nullptr, false);
    if (questions.is_array())
        for (const auto &q : questions)
            s.questions.push_back(questionFromJson(q));
    s.createdAt = time(r, 10);
    s.updatedAt = time(r, 11);
    s.totalResponses = r.integer(12);
    s.audience = surveyAudienceFromString(r.text(13)).value_or(SurveyAudience::Anyone);
    s.mode = surveyModeFromString(r.text(14)).value_or(SurveyMode::SelfPaced);
    s.currentQuestionId = r.optionalText(15);
    s.openedAt = optionalTime(r, 16);
    s.answerRevealed = r.integer(17) != 0;
    return s;
}

class SqlSurveys : public app::SurveyRepository
{
public:
    explicit SqlSurveys(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Survey &s) override
    {
        m_c.execute(
            "INSERT INTO surveys (id, title, description, event_id, is_active, is_live, results_visible, "
            "start_time, end_time, questions, created_at, updated_at, audience, mode, current_question_id, "
            "opened_at, answer_revealed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            {s.id,
             s.title,
             s.description,
             orNull(s.eventId),
             flag(s.isActive),
             flag(s.isLive),
             flag(s.resultsVisible),
             orNull(s.startTime),
             orNull(s.endTime),
             json(s.questions).dump(),
             iso(s.createdAt),
             iso(s.updatedAt),
             std::string(toString(s.audience)),
             std::string(toString(s.mode)),
             orNull(s.currentQuestionId),
             orNull(s.openedAt),
             flag(s.answerRevealed)});
    }

    std::optional<Survey> find(const std::string &id) override
    {
        auto rows = m_c.query(
            "SELECT " + kSurveyColumns + " FROM surveys s WHERE s.id = ? AND s.deleted_at IS NULL", {id});
        return rows.empty() ? std::nullopt : std::optional(surveyFromRow(rows.front()));
    }

    bool update(const Survey &s, TimePoint expected) override
    {
        return m_c.execute(
                   "UPDATE surveys SET title = ?, description = ?, event_id = ?, is_active = ?, is_live = ?, "
                   "results_visible = ?, start_time = ?, end_time = ?, questions = ?, updated_at = ?, "
                   "audience = ?, mode = ?, current_question_id = ?, opened_at = ?, answer_revealed = ? "
                   "WHERE id = ? AND updated_at = ? AND deleted_at IS NULL",
                   {s.title,
                    s.description,
                    orNull(s.eventId),
                    flag(s.isActive),
                    flag(s.isLive),
                    flag(s.resultsVisible),
                    orNull(s.startTime),
                    orNull(s.endTime),
                    json(s.questions).dump(),
                    iso(s.updatedAt),
                    std::string(toString(s.audience)),
                    std::string(toString(s.mode)),
                    orNull(s.currentQuestionId),
                    orNull(s.openedAt),
                    flag(s.answerRevealed),
                    s.id,
                    iso(expected)}) == 1;
    }

    bool softDelete(const std::string &id, TimePoint at) override
    {
        return m_c.execute(
                   "UPDATE surveys SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                   {iso(at), iso(at), id}) == 1;
    }

    Page<Survey> list(const app::SurveyQuery &q) override
    {
        std::string where = " WHERE s.deleted_at IS NULL";
        std::vector<SqlValue> params;
        if (!q.search.empty())
        {
            where += " AND (s.title LIKE ? ESCAPE '!' OR s.description LIKE ? ESCAPE '!')";
            const auto pattern = likePattern(q.search);
            params.insert(params.end(), {pattern, pattern});
        }
        if (q.eventId)
        {
            where += " AND s.event_id = ?";
            params.emplace_back(*q.eventId);
        }
        if (q.isLive)
        {
            where += " AND s.is_live = ?";
            params.push_back(flag(*q.isLive));
        }
        Page<Survey> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM surveys s" + where, params).front().integer(0);
        static const std::map<std::string, std::string> sortable{{"title", "s.title"},
                                                                 {"createdAt", "s.created_at"},
                                                                 {"updatedAt", "s.updated_at"},
                                                                 {"startTime", "s.start_time"}};
        const std::string sql = "SELECT " + kSurveyColumns + " FROM surveys s" + where +
                                orderClause(q, sortable, "s.updated_at", "s.id") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(surveyFromRow(row));
        return page;
    }

    bool hasResponded(const std::string &surveyId, const std::string &respondent) override
    {
        return !m_c.query("SELECT 1 FROM survey_responses WHERE survey_id = ? AND respondent = ?",
                          {surveyId, respondent})
                    .empty();
    }

    std::vector<std::string> respondentsOf(const std::string &surveyId, std::size_t limit) override
    {
        std::vector<std::string> out;
        const auto rows = m_c.query("SELECT respondent FROM survey_responses WHERE survey_id = ? LIMIT ?",
                                    {surveyId, static_cast<std::int64_t>(limit)});
        out.reserve(rows.size());
        for (const auto &row : rows)
            out.push_back(row.text(0));
        return out;
    }

    bool hasRespondedIn(const std::string &surveyId,
                        const std::string &scope,
                        const std::string &respondent) override
    {
        return !m_c.query(
                       "SELECT 1 FROM survey_responses WHERE survey_id = ? AND scope = ? AND respondent = ?",
                       {surveyId, scope, respondent})
                    .empty();
    }

    std::vector<std::string> respondedAmong(const std::string &surveyId,
                                            const std::string &scope,
                                            const std::vector<std::string> &respondents) override
    {
        std::vector<std::string> out;
        // Bounded IN lists keep every statement prepared with placeholders only.
        for (std::size_t start = 0; start < respondents.size(); start += 200)
        {
            const auto end = std::min(respondents.size(), start + 200);
            std::string sql = "SELECT respondent FROM survey_responses WHERE survey_id = ? AND scope = ? AND "
                              "respondent IN (";
            std::vector<SqlValue> params{surveyId, scope};
            for (std::size_t i = start; i < end; ++i)
            {
                sql += i == start ? "?" : ",?";
                params.emplace_back(respondents[i]);
            }
            for (const auto &row : m_c.query(sql + ")", params))
                out.push_back(row.text(0));
        }
        return out;
    }

    void insertResponse(const SurveyResponse &r) override
    {
        insertResponses({r});
    }

    void insertResponses(const std::vector<SurveyResponse> &rows) override
    {
        insertRows(
            m_c,
            "INSERT INTO survey_responses (id, survey_id, respondent, scope, answers, created_at) VALUES ",
            6,
            rows.size(),
            [&rows](std::size_t i, std::vector<SqlValue> &params)
            {
                const auto &r = rows[i];
                params.insert(params.end(),
                              {r.id,
                               r.surveyId,
                               r.respondent,
                               r.scope,
                               json(r.answers).dump(-1, ' ', false, json::error_handler_t::replace),
                               iso(r.createdAt)});
            });
    }

    void addScore(const std::string &surveyId, const app::QuizScore &d, TimePoint at) override
    {
        const std::string sql =
            m_c.dialect() == Dialect::SQLite
                ? "INSERT INTO quiz_scores (survey_id, respondent, display_name, score, correct_answers, "
                  "updated_at) "
                  "VALUES (?,?,?,?,?,?) ON CONFLICT(survey_id, respondent) DO UPDATE SET score = score + "
                  "excluded.score, correct_answers = correct_answers + excluded.correct_answers, "
                  "display_name = "
                  "excluded.display_name, updated_at = excluded.updated_at"
                : "INSERT INTO quiz_scores (survey_id, respondent, display_name, score, correct_answers, "
                  "updated_at) "
                  "VALUES (?,?,?,?,?,?) ON DUPLICATE KEY UPDATE score = score + VALUES(score), "
                  "correct_answers = "
                  "correct_answers + VALUES(correct_answers), display_name = VALUES(display_name), "
                  "updated_at = "
                  "VALUES(updated_at)";
        m_c.execute(sql, {surveyId, d.respondent, d.displayName, d.score, d.correctAnswers, iso(at)});
    }

    std::vector<app::QuizScore> leaderboard(const std::string &surveyId, std::size_t limit) override
    {
        std::vector<app::QuizScore> out;
        for (const auto &row :
             m_c.query("SELECT respondent, display_name, score, correct_answers FROM quiz_scores "
                       "WHERE survey_id = ? ORDER BY score DESC, correct_answers DESC, updated_at, "
                       "respondent LIMIT ?",
                       {surveyId, static_cast<std::int64_t>(limit)}))
            out.push_back({row.text(0), row.text(1), row.integer(2), row.integer(3)});
        return out;
    }

    std::int64_t playerCount(const std::string &surveyId) override
    {
        return m_c.query("SELECT COUNT(*) FROM quiz_scores WHERE survey_id = ?", {surveyId})
            .front()
            .integer(0);
    }

    std::optional<app::QuizScore> scoreOf(const std::string &surveyId, const std::string &respondent) override
    {
        auto rows =
            m_c.query("SELECT respondent, display_name, score, correct_answers FROM quiz_scores WHERE "
                      "survey_id = ? AND respondent = ?",
                      {surveyId, respondent});
        if (rows.empty())
            return std::nullopt;
        const auto &row = rows.front();
        return app::QuizScore{row.text(0), row.text(1), row.integer(2), row.integer(3)};
    }

    std::int64_t countAbove(const std::string &surveyId, std::int64_t score) override
    {
        return m_c
            .query("SELECT COUNT(*) FROM quiz_scores WHERE survey_id = ? AND score > ?", {surveyId, score})
            .front()
            .integer(0);
    }

    void addToTally(const std::string &surveyId, const SurveyTally::Counters &deltas) override
    {
        const std::string sql = m_c.dialect() == Dialect::SQLite
                                    ? "INSERT INTO survey_tallies (survey_id, question_id, k, n) VALUES "
                                      "(?,?,?,?) ON CONFLICT(survey_id, "
                                      "question_id, k) DO UPDATE SET n = n + excluded.n"
                                    : "INSERT INTO survey_tallies (survey_id, question_id, k, n) VALUES "
                                      "(?,?,?,?) ON DUPLICATE KEY UPDATE "
                                      "n = n + VALUES(n)";
        for (const auto &[key, n] : deltas)
            m_c.execute(sql, {surveyId, key.first, key.second, n});
    }

    SurveyTally::Counters tally(const std::string &surveyId) override
    {
        SurveyTally::Counters out;
        for (const auto &row :
             m_c.query("SELECT question_id, k, n FROM survey_tallies WHERE survey_id = ?", {surveyId}))
            out[{row.text(0), row.text(1)}] = row.integer(2);
        return out;
    }

    std::vector<SurveyResponse> responses(const std::string &surveyId) override
    {
        std::vector<SurveyResponse> out;
        for (const auto &row :
             m_c.query("SELECT id, respondent, answers, created_at, scope FROM survey_responses WHERE "
                       "survey_id = ? ORDER BY created_at, id",
                       {surveyId}))
        {
            SurveyResponse r =
                storedResponseFromJson(json{{"answers", json::parse(row.text(2), nullptr, false)}});
            r.scope = row.text(4);
            r.id = row.text(0);
            r.surveyId = surveyId;
            r.respondent = row.text(1);
            r.createdAt = time(row, 3);
            out.push_back(std::move(r));
        }
        return out;
    }

    std::int64_t responseCount(const std::string &surveyId) override
    {
        return m_c.query("SELECT COUNT(*) FROM survey_responses WHERE survey_id = ?", {surveyId})
            .front()
            .integer(0);
    }

private:
    Connection &m_c;
};

// ------------------------------------------------------------------------------------------ analytics

class SqlAnalytics : public app::AnalyticsRepository
{
public:
    explicit SqlAnalytics(Connection &c)
        : m_c(c)
    {
    }

    std::vector<app::MinuteCount>
    registrations(const std::string &eventId, const std::string &from, const std::string &to) override
    {
        return minuteCounts(
            m_c.query("SELECT " + minute("created_at") +
                          " AS m, COUNT(*) FROM attendees WHERE event_id = ? AND created_at >= ? AND "
                          "created_at < ? GROUP BY m ORDER BY m",
                      {eventId, from, to}));
    }

    std::vector<app::MinuteCount>
    checkIns(const std::string &eventId, const std::string &from, const std::string &to) override
    {
        return minuteCounts(
            m_c.query("SELECT " + minute("checked_in_at") +
                          " AS m, COUNT(*) FROM attendees WHERE event_id = ? AND checked_in_at >= ? "
                          "AND checked_in_at < ? GROUP BY m ORDER BY m",
                      {eventId, from, to}));
    }

    std::vector<app::MinuteCount>
    responses(const std::string &eventId, const std::string &from, const std::string &to) override
    {
        return minuteCounts(
            m_c.query("SELECT " + minute("r.created_at") +
                          " AS m, COUNT(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id "
                          "WHERE s.event_id = ? AND r.created_at >= ? AND r.created_at < ? GROUP BY m "
                          "ORDER BY m",
                      {eventId, from, to}));
    }

    std::int64_t countRegistrations(const std::string &from, const std::string &to) override
    {
        return count("SELECT COUNT(*) FROM attendees WHERE created_at >= ? AND created_at < ?", from, to);
    }

    std::int64_t countCheckIns(const std::string &from, const std::string &to) override
    {
        return count(
            "SELECT COUNT(*) FROM attendees WHERE checked_in_at >= ? AND checked_in_at < ?", from, to);
    }

    std::int64_t countResponses(const std::string &from, const std::string &to) override
    {
        return count(
            "SELECT COUNT(*) FROM survey_responses WHERE created_at >= ? AND created_at < ?", from, to);
    }

    std::int64_t countViews(const std::string &from, const std::string &to) override
    {
        return count("SELECT SUM(views) FROM article_views WHERE minute >= ? AND minute < ?",
                     from.substr(0, 16),
                     to.substr(0, 16));
    }

    std::map<std::string, std::int64_t> eventsByStatus() override
    {
        std::map<std::string, std::int64_t> out;
        for (const auto &row :
             m_c.query("SELECT status, COUNT(*) FROM events WHERE deleted_at IS NULL GROUP BY status"))
            out[row.text(0)] = row.integer(1);
        return out;
    }

private:
    /// The "YYYY-MM-DDTHH:MM" prefix of an ISO time column; both dialects have SUBSTR.
    static std::string minute(const std::string &column)
    {
        return "SUBSTR(" + column + ", 1, 16)";
    }

    std::int64_t count(const std::string &sql, const std::string &from, const std::string &to)
    {
        return m_c.query(sql, {from, to}).front().integer(0);
    }

    Connection &m_c;
};
} // namespace

std::unique_ptr<app::MediaRepository> makeSqlMedia(Connection &connection)
{
    return std::make_unique<SqlMedia>(connection);
}

std::unique_ptr<app::ArticleRepository> makeSqlArticles(Connection &connection)
{
    return std::make_unique<SqlArticles>(connection);
}

std::unique_ptr<app::SurveyRepository> makeSqlSurveys(Connection &connection)
{
    return std::make_unique<SqlSurveys>(connection);
}

std::unique_ptr<app::AnalyticsRepository> makeSqlAnalytics(Connection &connection)
{
    return std::make_unique<SqlAnalytics>(connection);
}

} // namespace nextevent::server::store
