// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

class ApiClient;

/// The WeChat account's health from `GET /v2/wechat/status`: whether it is configured, the access
/// token's age, webhook counters and message rates, queued jobs and recent errors. As a table it holds
/// the webhook's messages per minute over the last ten minutes (minute, total, by type) — the recent
/// interactions the server keeps.
class WeChatStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MinuteColumn,
        TotalColumn,
        TypesColumn,
        ColumnCount
    };

    struct Summary
    {
        bool configured = false;
        bool apiConfigured = false;
        bool encryption = false;
        std::optional<qint64> tokenAgeSeconds;
        qint64 messagesLast10Minutes = 0;
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 rejected = 0;
        QString ratesText; ///< "text 1.2/min, event 0.3/min"
        qint64 jobsQueued = 0;
        qint64 jobsDead = 0;
        QStringList errors; ///< most recent first, one line each
    };

    explicit WeChatStatusModel(ApiClient *api, QObject *parent = nullptr);

    void refresh();
    bool setStatus(const nlohmann::json &document);
    const Summary &summary() const;
    int loads() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void statusChanged();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    struct Minute
    {
        QString minute;
        qint64 total = 0;
        QString types;
    };

    QPointer<ApiClient> m_api;
    Summary m_summary;
    std::vector<Minute> m_minutes;
    int m_loads = 0;
};

} // namespace nextevent::console
