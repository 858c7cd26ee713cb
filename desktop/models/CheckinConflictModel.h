// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "desktop/door/DoorDesk.h"

namespace nextevent::console
{

/// The server's cross-device conflict list for door staff: when, who, at which gate, which devices let the
/// person in (the one whose upload came second, and the one that had already admitted them), and what
/// that means for the count.
class CheckinConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        NameColumn,
        GateColumn,
        DevicesColumn,
        WhatColumn,
        ColumnCount
    };

    explicit CheckinConflictModel(QObject *parent = nullptr);

    /// `gates`: list id → name; `ownDeviceId`: this desk, named as such rather than by its id.
    void setConflicts(std::vector<CheckinConflict> conflicts,
                      const QHash<QString, QString> &gates,
                      const QString &ownDeviceId);
    const CheckinConflict *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A device as door staff read it: "this desk", the device id, or "not recorded".
    QString deviceName(const QString &deviceId) const;
    /// What happened, in a sentence.
    QString describe(const CheckinConflict &conflict) const;

private:
    std::vector<CheckinConflict> m_conflicts;
    QHash<QString, QString> m_gates;
    QString m_ownDeviceId;
};

} // namespace nextevent::console
