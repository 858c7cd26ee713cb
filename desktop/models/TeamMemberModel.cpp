// SPDX-License-Identifier: MIT
#include "desktop/models/TeamMemberModel.h"

#include "desktop/models/PagedTableModel.h"
#include "desktop/models/UserListModel.h"

namespace nextevent::console
{

TeamMemberModel::TeamMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TeamMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int TeamMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &member = m_members[static_cast<std::size_t>(index.row())];
    if (role == PagedTableModel::IdRole)
        return member.userId;
    if (role == PagedTableModel::RawValueRole && index.column() == RoleColumn)
        return static_cast<int>(member.role);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column())
    {
    case NameColumn:
        return member.displayName.isEmpty() ? member.username : member.displayName;
    case UsernameColumn:
        return member.username;
    case RoleColumn:
        return UserListModel::roleName(member.role);
    case AddedByColumn:
        return member.addedBy;
    default:
        return {};
    }
}

QVariant TeamMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("User name");
    case RoleColumn:
        return tr("Role on this event");
    case AddedByColumn:
        return tr("Added by");
    default:
        return {};
    }
}

void TeamMemberModel::setMembers(std::vector<TeamMember> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

const TeamMember *TeamMemberModel::memberAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_members[static_cast<std::size_t>(row)];
}

int TeamMemberModel::rowOf(const QString &userId) const
{
    for (std::size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].userId == userId)
            return static_cast<int>(i);
    return -1;
}

} // namespace nextevent::console
