// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "desktop/api/ApiTypes.h"

namespace nextevent::console
{

/// The members of one event's team, as `GET /v2/events/{id}/members` lists them: who, their role on
/// that event, and who added them.
class TeamMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RoleColumn,
        AddedByColumn,
        ColumnCount
    };

    explicit TeamMemberModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(std::vector<TeamMember> members);
    const TeamMember *memberAt(int row) const;
    /// The row of the member with `userId`, or -1.
    int rowOf(const QString &userId) const;

private:
    std::vector<TeamMember> m_members;
};

} // namespace nextevent::console
