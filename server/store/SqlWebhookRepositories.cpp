// SPDX-License-Identifier: MIT
// SQL repository for outgoing webhooks and their delivery log (SQLite and MySQL).
#include <nlohmann/json.hpp>

#include "server/store/SqlHelpers.h"
#include "server/store/SqlRepositories.h"

namespace nextevent::server::store
{
namespace
{
using namespace sql;
using app::Page;
using app::Webhook;
using app::WebhookDelivery;

const std::string kWebhookColumns = "id, url, events, secret, active, created_by, created_at, updated_at";
const std::string kDeliveryColumns =
    "id, webhook_id, event_id, event_type, body, state, attempts, last_status, "
    "last_error, next_attempt_at, delivered_at, series_started_at, created_at, "
    "updated_at";

Webhook webhookFromRow(const SqlRow &row)
{
    Webhook w;
    w.id = row.text(0);
    w.url = row.text(1);
    const auto events = nlohmann::json::parse(row.text(2), nullptr, false);
    if (events.is_array())
        for (const auto &e : events)
            if (e.is_string())
                w.events.push_back(e.get<std::string>());
    w.secret = row.text(3);
    w.active = row.integer(4) != 0;
    w.createdBy = row.text(5);
    w.createdAt = time(row, 6);
    w.updatedAt = time(row, 7);
    return w;
}

WebhookDelivery deliveryFromRow(const SqlRow &row)
{
    WebhookDelivery d;
    d.id = row.text(0);
    d.webhookId = row.text(1);
    d.eventId = row.text(2);
    d.eventType = row.text(3);
    d.body = row.text(4);
    d.state = row.text(5);
    d.attempts = row.integer(6);
    d.lastStatus = row.optionalInteger(7);
    d.lastError = row.text(8);
    d.nextAttemptAt = optionalTime(row, 9);
    d.deliveredAt = optionalTime(row, 10);
    d.seriesStartedAt = time(row, 11);
    d.createdAt = time(row, 12);
    d.updatedAt = time(row, 13);
    return d;
}

class SqlWebhooks : public app::WebhookRepository
{
public:
    explicit SqlWebhooks(Connection &c)
        : m_c(c)
    {
    }

    void insert(const Webhook &w) override
    {
        m_c.execute("INSERT INTO webhooks (" + kWebhookColumns + ") VALUES (?,?,?,?,?,?,?,?)",
                    {w.id,
                     w.url,
                     nlohmann::json(w.events).dump(),
                     w.secret,
                     flag(w.active),
                     w.createdBy,
                     iso(w.createdAt),
                     iso(w.updatedAt)});
    }

    std::optional<Webhook> find(const std::string &id) override
    {
        auto rows = m_c.query(
            "SELECT " + kWebhookColumns + " FROM webhooks WHERE id = ? AND deleted_at IS NULL", {id});
        return rows.empty() ? std::nullopt : std::optional(webhookFromRow(rows.front()));
    }

    Page<Webhook> list(const app::PageRequest &q) override
    {
        Page<Webhook> page{{}, 0, q.page, q.pageSize};
        page.total =
            m_c.query("SELECT COUNT(*) FROM webhooks WHERE deleted_at IS NULL", {}).front().integer(0);
        std::vector<SqlValue> params;
        static const std::map<std::string, std::string> sortable{{"createdAt", "created_at"}, {"url", "url"}};
        const std::string sql = "SELECT " + kWebhookColumns + " FROM webhooks WHERE deleted_at IS NULL" +
                                orderClause(q, sortable, "created_at") + limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(webhookFromRow(row));
        return page;
    }

    std::vector<Webhook> subscribers() override
    {
        std::vector<Webhook> out;
        for (const auto &row :
             m_c.query("SELECT " + kWebhookColumns +
                           " FROM webhooks WHERE deleted_at IS NULL AND active = 1 ORDER BY "
                           "created_at, id",
                       {}))
            out.push_back(webhookFromRow(row));
        return out;
    }

    bool softDelete(const std::string &id, TimePoint at) override
    {
        return m_c.execute("UPDATE webhooks SET deleted_at = ?, updated_at = ?, active = 0 WHERE id = ? AND "
                           "deleted_at IS NULL",
                           {iso(at), iso(at), id}) == 1;
    }

    void insertDelivery(const WebhookDelivery &d) override
    {
        m_c.execute("INSERT INTO webhook_deliveries (" + kDeliveryColumns +
                        ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    {d.id,
                     d.webhookId,
                     d.eventId,
                     d.eventType,
                     d.body,
                     d.state,
                     d.attempts,
                     orNull(d.lastStatus),
                     d.lastError,
                     orNull(d.nextAttemptAt),
                     orNull(d.deliveredAt),
                     iso(d.seriesStartedAt),
                     iso(d.createdAt),
                     iso(d.updatedAt)});
    }

    std::optional<WebhookDelivery> findDelivery(const std::string &id) override
    {
        auto rows = m_c.query("SELECT " + kDeliveryColumns + " FROM webhook_deliveries WHERE id = ?", {id});
        return rows.empty() ? std::nullopt : std::optional(deliveryFromRow(rows.front()));
    }

    Page<WebhookDelivery> deliveries(const std::string &webhookId, const app::PageRequest &q) override
    {
        Page<WebhookDelivery> page{{}, 0, q.page, q.pageSize};
        page.total = m_c.query("SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = ?", {webhookId})
                         .front()
                         .integer(0);
        std::vector<SqlValue> params{webhookId};
        const std::string sql =
            "SELECT " + kDeliveryColumns +
            " FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC, id DESC" +
            limitClause(q, params);
        for (const auto &row : m_c.query(sql, params))
            page.items.push_back(deliveryFromRow(row));
        return page;
    }

    void updateDelivery(const WebhookDelivery &d) override
    {
        m_c.execute(
            "UPDATE webhook_deliveries SET state = ?, attempts = ?, last_status = ?, last_error = ?, "
            "next_attempt_at = ?, delivered_at = ?, series_started_at = ?, updated_at = ? WHERE id = ?",
            {d.state,
             d.attempts,
             orNull(d.lastStatus),
             d.lastError,
             orNull(d.nextAttemptAt),
             orNull(d.deliveredAt),
             iso(d.seriesStartedAt),
             iso(d.updatedAt),
             d.id});
    }

private:
    Connection &m_c;
};
} // namespace

std::unique_ptr<app::WebhookRepository> makeSqlWebhooks(Connection &connection)
{
    return std::make_unique<SqlWebhooks>(connection);
}

} // namespace nextevent::server::store
