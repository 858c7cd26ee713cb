// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/User.h"

#include "desktop/models/PagedListModel.h"

namespace nextevent::console
{

/// One page of staff accounts from `GET /v2/users` (admins only).
class UserListModel : public PagedListModel<User>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        DisplayNameColumn,
        RolesColumn,
        ActiveColumn,
        LastLoginColumn,
        ColumnCount
    };

    explicit UserListModel(ApiClient *api, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User *userAt(int row) const;
    void updateUser(const User &user);

    /// Translated name of a role.
    static QString roleName(Role role);
    static QString roleNames(const std::vector<Role> &roles);

protected:
    void fetch(int ticket) override;

private:
};

} // namespace nextevent::console
