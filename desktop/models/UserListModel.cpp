// SPDX-License-Identifier: MIT
#include "desktop/models/UserListModel.h"

#include <QPalette>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

UserListModel::UserListModel(ApiClient *api, QObject *parent)
    : PagedListModel<User>(api, parent)
{
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::roleName(Role role)
{
    switch (role)
    {
    case Role::Admin:
        return tr("Administrator");
    case Role::Organizer:
        return tr("Organiser");
    case Role::Presenter:
        return tr("Presenter");
    case Role::Checkin:
        return tr("Door staff");
    case Role::Viewer:
        return tr("Viewer");
    }
    return {};
}

QString UserListModel::roleNames(const std::vector<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    return names.join(QStringLiteral(", "));
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = rowAt(index);
    if (role == IdRole)
        return toQString(user.id);
    if (role == Qt::DisplayRole || role == RawValueRole)
    {
        switch (index.column())
        {
        case UsernameColumn:
            return toQString(user.username);
        case DisplayNameColumn:
            return toQString(user.displayName);
        case RolesColumn:
            return roleNames(user.roles);
        case ActiveColumn:
            return role == RawValueRole ? QVariant(user.active)
                                        : QVariant(user.active ? tr("Active") : tr("Deactivated"));
        case LastLoginColumn:
            return user.lastLoginAt ? formatLocal(user.lastLoginAt) : tr("never");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !user.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case UsernameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case ActiveColumn:
        return tr("Account");
    case LastLoginColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

const User *UserListModel::userAt(int row) const
{
    return itemAt(row);
}

void UserListModel::updateUser(const User &user)
{
    replaceItem(user);
}

void UserListModel::fetch(int ticket)
{
    api()->listUsers(query(),
                     this,
                     [this, ticket](const ApiResult<ListPage<User>> &result) { takeResult(ticket, result); });
}

} // namespace nextevent::console
