// SPDX-License-Identifier: MIT
#include "desktop/models/WeChatStatusModel.h"

#include <QDateTime>
#include <QLocale>

#include "desktop/api/ApiClient.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
qint64 integer(const json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

QString string(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number())
        return QString::fromStdString(it->dump());
    return {};
}

QString typeCounts(const json &object, const QString &unit)
{
    QStringList parts;
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it->is_number())
                parts << QStringLiteral("%1 %2%3").arg(
                    QString::fromStdString(it.key()), QLocale().toString(it->get<double>(), 'g', 3), unit);
    return parts.join(QStringLiteral(", "));
}
} // namespace

WeChatStatusModel::WeChatStatusModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void WeChatStatusModel::refresh()
{
    if (!m_api)
        return;
    m_api->fetchWeChatStatus(this,
                             [this](const ApiResult<json> &result)
                             {
                                 if (!result.ok())
                                     emit loadFailed(result.error);
                                 else if (!setStatus(*result.value))
                                     emit loadFailed(ApiError::transport(ApiError::Kind::BadResponse,
                                                                         m_api->serverUrl().authority(),
                                                                         QStringLiteral("wechat/status")));
                             });
}

bool WeChatStatusModel::setStatus(const json &document)
{
    if (!document.is_object() || !document.contains("configured"))
        return false;
    Summary summary;
    summary.configured = document.value("configured", false);
    summary.apiConfigured = document.value("apiConfigured", false);
    if (const auto age = document.find("tokenAgeSeconds"); age != document.end() && age->is_number())
        summary.tokenAgeSeconds = age->get<qint64>();
    const json webhook = document.value("webhook", json::object());
    summary.encryption = webhook.is_object() && webhook.value("encryption", false);
    summary.messagesLast10Minutes = integer(webhook, "messagesLast10Minutes");
    summary.accepted = integer(webhook, "accepted");
    summary.duplicates = integer(webhook, "duplicates");
    summary.rejected = integer(webhook, "rejected");
    summary.ratesText = typeCounts(webhook.value("messagesPerMinuteByType", json::object()), tr("/min"));
    const json jobs = document.value("jobs", json::object());
    summary.jobsQueued = integer(jobs, "queued");
    summary.jobsDead = integer(jobs, "dead");
    const auto addErrors = [&summary](const json &list, const QString &source)
    {
        if (!list.is_array())
            return;
        for (const json &error : list)
        {
            if (error.is_string())
            {
                summary.errors << tr("%1: %2").arg(source, QString::fromStdString(error.get<std::string>()));
                continue;
            }
            QString text = string(error, "errmsg");
            if (text.isEmpty())
                text = string(error, "reason");
            if (text.isEmpty())
                text = string(error, "message");
            const QString code = string(error, "errcode");
            summary.errors << tr("%1 %2 %3 %4")
                                  .arg(string(error, "time"), source, code.isEmpty() ? QString() : code, text)
                                  .simplified();
        }
    };
    addErrors(document.value("lastErrors", json::array()), tr("API"));
    addErrors(webhook.value("lastErrors", json::array()), tr("webhook"));

    std::vector<Minute> minutes;
    const json perMinute = webhook.value("perMinute", json::array());
    if (perMinute.is_array())
        for (auto it = perMinute.rbegin(); it != perMinute.rend(); ++it)
            minutes.push_back({string(*it, "minute"),
                               integer(*it, "total"),
                               typeCounts(it->value("byType", json::object()), QString())});
    beginResetModel();
    m_summary = std::move(summary);
    m_minutes = std::move(minutes);
    endResetModel();
    ++m_loads;
    emit statusChanged();
    return true;
}

const WeChatStatusModel::Summary &WeChatStatusModel::summary() const
{
    return m_summary;
}

int WeChatStatusModel::loads() const
{
    return m_loads;
}

int WeChatStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_minutes.size());
}

int WeChatStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeChatStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Minute &minute = m_minutes[static_cast<std::size_t>(index.row())];
    switch (index.column())
    {
    case MinuteColumn:
    {
        // "2026-11-24T09:41" in UTC, shown in local time.
        QDateTime at = QDateTime::fromString(minute.minute, QStringLiteral("yyyy-MM-ddTHH:mm"));
        at.setTimeSpec(Qt::UTC);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm")) : minute.minute;
    }
    case TotalColumn:
        return minute.total;
    case TypesColumn:
        return minute.types;
    default:
        return {};
    }
}

QVariant WeChatStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case MinuteColumn:
        return tr("Minute");
    case TotalColumn:
        return tr("Messages");
    case TypesColumn:
        return tr("By type");
    default:
        return {};
    }
}

} // namespace nextevent::console
