// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/User.h"

#include "desktop/models/PagedTableModel.h"

namespace nextevent::console
{

/// One page of staff accounts from `GET /v2/users` (admins only).
class UserListModel : public PagedTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User *userAt(int row) const;
    int rowOf(const QString &id) const;
    void updateUser(const User &user);

    /// Translated name of a role.
    static QString roleName(Role role);
    static QString roleNames(const std::vector<Role> &roles);

protected:
    void fetch(int ticket) override;
    void dropRows() override;

private:
    std::vector<User> m_users;
};

} // namespace nextevent::console
