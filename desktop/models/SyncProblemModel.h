// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "desktop/door/DoorStore.h"

namespace nextevent::console
{

/// The desk's offline scans the server did not take as decided here (conflicts with another device,
/// refusals), for door staff to read: when, who, where, which way, and what the server made of it.
class SyncProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        NameColumn,
        ListColumn,
        DirectionColumn,
        ResultColumn,
        ColumnCount
    };

    explicit SyncProblemModel(QObject *parent = nullptr);

    void setProblems(std::vector<SyncProblem> problems);
    const SyncProblem *problemAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What the server's result (and reason) means, in a sentence door staff understand.
    static QString describe(const SyncProblem &problem);

private:
    std::vector<SyncProblem> m_problems;
};

} // namespace nextevent::console
