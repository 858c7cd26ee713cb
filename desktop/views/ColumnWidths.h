// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QTableView;

namespace nextevent::console
{

class Settings;

/// Remembers the column widths a person gives a table, per user of a server, in the console's settings.
///
/// The page keeps its rules: the columns people read are set to stretch (they take what is left, so they are
/// never dragged themselves); every column the page sizes to its contents becomes draggable instead, starts
/// at its contents' width and follows new rows until someone drags it. A dragged width is saved at once under
/// the column's header text (answer columns come and go with an event's form, so positions would mix them up)
/// and restored the next time that person opens the table; another user starts from the defaults.
class ColumnWidths : public QObject
{
    Q_OBJECT
public:
    /// Watches `table` (whose objectName names it in the settings) for `userKey` (server and user).
    ColumnWidths(QTableView *table, Settings *settings, const QString &userKey);

    /// Every named table under `root`, each with its own ColumnWidths.
    static void rememberAll(QObject *root, Settings *settings, const QString &userKey);
    /// The settings key part for a user of a server.
    static QString userKey(const QString &serverUrl, const QString &username);

private:
    void adopt();
    void fitUnset();
    void restore();
    void save();
    void onResized(int logical, int oldSize, int newSize);
    QString headerText(int logical) const;

    QPointer<QTableView> m_table;
    QHeaderView *m_header;
    Settings *m_settings;
    QString m_key;
    /// Widths set by the person (restored or dragged), by header text.
    QHash<QString, int> m_widths;
    /// True while this class resizes sections, so only drags count as the person's choice.
    bool m_applying = false;
};

} // namespace nextevent::console
