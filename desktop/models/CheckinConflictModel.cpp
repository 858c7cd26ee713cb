// SPDX-License-Identifier: MIT
#include "desktop/models/CheckinConflictModel.h"

#include <QDateTime>
#include <QLocale>

namespace nextevent::console
{

CheckinConflictModel::CheckinConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CheckinConflictModel::setConflicts(std::vector<CheckinConflict> conflicts,
                                        const QHash<QString, QString> &gates,
                                        const QString &ownDeviceId)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    m_gates = gates;
    m_ownDeviceId = ownDeviceId;
    endResetModel();
}

const CheckinConflict *CheckinConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_conflicts.size())
               ? &m_conflicts[static_cast<std::size_t>(row)]
               : nullptr;
}

int CheckinConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int CheckinConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckinConflictModel::deviceName(const QString &deviceId) const
{
    if (deviceId.isEmpty())
        return tr("(not recorded)");
    if (deviceId == m_ownDeviceId)
        return tr("this desk");
    return deviceId;
}

QString CheckinConflictModel::describe(const CheckinConflict &c) const
{
    // The server keeps the first entry and refuses the second: the person is counted inside once.
    return tr("Let in twice while offline: %1 had already admitted them, so the entry by %2 was not "
              "counted again")
        .arg(deviceName(c.otherDeviceId), deviceName(c.deviceId));
}

QVariant CheckinConflictModel::data(const QModelIndex &index, int role) const
{
    const CheckinConflict *c = conflictAt(index.row());
    if (!c || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column())
    {
    case TimeColumn:
    {
        const QDateTime at = QDateTime::fromString(c->scannedAt, Qt::ISODateWithMs);
        if (!at.isValid())
            return c->scannedAt;
        const QDateTime local = at.toLocalTime();
        // A conflict from an earlier day of the event says which day.
        return local.date() == QDate::currentDate()
                   ? QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"))
                   : QLocale().toString(local, QLocale::ShortFormat);
    }
    case NameColumn:
        return c->attendeeName.isEmpty() ? tr("(WeChat user)") : c->attendeeName;
    case GateColumn:
        return m_gates.value(c->listId, c->listId);
    case DevicesColumn:
        //: the device that admitted the person first → the device whose entry came second
        return tr("%1 → %2").arg(deviceName(c->otherDeviceId), deviceName(c->deviceId));
    case WhatColumn:
        return describe(*c);
    default:
        return {};
    }
}

QVariant CheckinConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case TimeColumn:
        return tr("Scanned");
    case NameColumn:
        return tr("Name");
    case GateColumn:
        return tr("Gate");
    case DevicesColumn:
        return tr("Devices (first → second)");
    case WhatColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace nextevent::console
