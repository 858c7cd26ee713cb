// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class CheckinConflictModel;
class DoorDesk;

/// The event's cross-device conflicts as the server lists them (tickets let in by two devices while
/// offline), for door staff: time, attendee, gate, devices and what happened. Asks the server again when
/// opened and on Refresh (F5), and follows the desk, which asks after every sync.
class CheckinConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    CheckinConflictsDialog(DoorDesk *desk, const QString &eventTitle, QWidget *parent = nullptr);

    CheckinConflictModel *model() const;
    /// The line above the table: how many, not loaded yet, or why the server could not be asked.
    QString summaryText() const;
    void refresh();

private:
    void update();

    DoorDesk *m_desk;
    CheckinConflictModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_refresh;
};

} // namespace nextevent::console
