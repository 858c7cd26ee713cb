// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QHash>

namespace nextevent::console
{

/// An event's door devices (door tokens) as `GET …/door-tokens` lists them: name, gate, created, last use,
/// state (active, revoked, expired). The tokens themselves are never listed (the server keeps hashes).
class DoorTokenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        GateColumn,
        CreatedColumn,
        LastUsedColumn,
        StateColumn,
        ColumnCount
    };

    explicit DoorTokenModel(QObject *parent = nullptr);

    /// `items` of the answer; `listNames` names the gates by id.
    void setTokens(const nlohmann::json &items, const QHash<QString, QString> &listNames);
    QString tokenId(int row) const;
    bool isActive(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    nlohmann::json m_items = nlohmann::json::array();
    QHash<QString, QString> m_listNames;
};

} // namespace nextevent::console
