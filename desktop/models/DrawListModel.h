// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>

#include "nextevent/Draw.h"

namespace nextevent::console
{

class ApiClient;
class ApiError;

/// The draws of one event (GET /v2/events/{id}/draws), oldest first: title, pool, pool size, winners,
/// state and creation time. Each row keeps the server's JSON as well as the parsed draw, so an export
/// carries exactly what the server said.
class DrawListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        PoolColumn,
        PoolSizeColumn,
        WinnersColumn,
        StateColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit DrawListModel(ApiClient *api, QObject *parent = nullptr);

    void setEventId(const QString &eventId);
    QString eventId() const;
    /// Loads the list again.
    void reload();
    bool isLoading() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Draw &drawAt(int row) const;
    const nlohmann::json &jsonAt(int row) const;
    /// The row of draw `id`, or -1.
    int rowOf(const QString &id) const;
    /// Takes a newer version of a draw (an answer to run or redraw, a `draw:ID` update); appends new ones.
    /// Returns its row.
    int putDraw(const nlohmann::json &draw);

    static QString poolText(DrawPool pool);
    static QString stateText(DrawState state);

signals:
    void loaded();
    void loadFailed(const nextevent::console::ApiError &error);

private:
    struct Row
    {
        nlohmann::json json;
        Draw draw;
    };

    ApiClient *m_api;
    QString m_eventId;
    std::vector<Row> m_rows;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace nextevent::console
