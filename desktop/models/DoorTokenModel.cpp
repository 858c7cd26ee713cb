// SPDX-License-Identifier: MIT
#include "desktop/models/DoorTokenModel.h"

#include <QDateTime>
#include <QLocale>

#include "desktop/api/JsonFields.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DoorTokenModel::DoorTokenModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DoorTokenModel::setTokens(const json &items, const QHash<QString, QString> &listNames)
{
    beginResetModel();
    m_items = items.is_array() ? items : json::array();
    m_listNames = listNames;
    endResetModel();
}

QString DoorTokenModel::tokenId(int row) const
{
    return row >= 0 && row < rowCount() ? jsonString(m_items[static_cast<std::size_t>(row)], "id")
                                        : QString();
}

bool DoorTokenModel::isActive(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const json &item = m_items[static_cast<std::size_t>(row)];
    const QDateTime expires = QDateTime::fromString(jsonString(item, "expiresAt"), Qt::ISODateWithMs);
    return jsonString(item, "revokedAt").isEmpty() &&
           (!expires.isValid() || expires > QDateTime::currentDateTimeUtc());
}

int DoorTokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DoorTokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoorTokenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const json &item = m_items[static_cast<std::size_t>(index.row())];
    switch (index.column())
    {
    case NameColumn:
        return jsonString(item, "name");
    case GateColumn:
    {
        const QString listId = jsonString(item, "listId");
        return listId.isEmpty() ? tr("Any gate") : m_listNames.value(listId, listId);
    }
    case CreatedColumn:
        return when(jsonString(item, "createdAt"));
    case LastUsedColumn:
    {
        const QString used = jsonString(item, "lastUsedAt");
        return used.isEmpty() ? tr("Never") : when(used);
    }
    case StateColumn:
        if (!jsonString(item, "revokedAt").isEmpty())
            return tr("Revoked %1").arg(when(jsonString(item, "revokedAt")));
        return isActive(index.row()) ? tr("Active") : tr("Expired");
    default:
        return {};
    }
}

QVariant DoorTokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case NameColumn:
        return tr("Device");
    case GateColumn:
        return tr("Gate");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace nextevent::console
