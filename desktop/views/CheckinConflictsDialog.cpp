// SPDX-License-Identifier: MIT
#include "desktop/views/CheckinConflictsDialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/door/DoorDesk.h"
#include "desktop/models/CheckinConflictModel.h"

namespace nextevent::console
{

CheckinConflictsDialog::CheckinConflictsDialog(DoorDesk *desk, const QString &eventTitle, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_model(new CheckinConflictModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("checkinConflictsDialog"));
    setWindowTitle(tr("Check-in conflicts – %1").arg(eventTitle));
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CheckinConflictModel::WhatColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Check-in conflicts"));
    m_summary->setBuddy(m_table);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Ask the server for the conflict list again (F5)"));
    m_refresh->setAutoDefault(false);
    auto *help = new QLabel(tr("A conflict is a ticket that two devices let in while they were offline. The "
                               "server counted the person once; check with the staff at both gates if "
                               "the ticket may have been shared."),
                            this);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().lineSpacing() * 24);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &CheckinConflictsDialog::refresh);
    connect(m_desk, &DoorDesk::conflictsChanged, this, &CheckinConflictsDialog::update);
    connect(m_desk, &DoorDesk::listsChanged, this, &CheckinConflictsDialog::update);
    update();
    refresh();
    m_table->setFocus();
}

CheckinConflictModel *CheckinConflictsDialog::model() const
{
    return m_model;
}

QString CheckinConflictsDialog::summaryText() const
{
    return m_summary->text();
}

void CheckinConflictsDialog::refresh()
{
    m_desk->refreshConflicts();
}

void CheckinConflictsDialog::update()
{
    QHash<QString, QString> gates;
    for (const DoorListInfo &list : m_desk->lists())
        gates.insert(list.id, list.name);
    m_model->setConflicts(m_desk->conflicts(), gates, m_desk->deviceId());
    QString text;
    if (!m_desk->conflictsError().isEmpty())
        text = tr("The server could not be asked: %1").arg(m_desk->conflictsError());
    else if (!m_desk->conflictsLoaded())
        text = tr("Asking the server…");
    else if (m_model->rowCount() == 0)
        text = tr("No conflicts: no ticket was let in by two devices.");
    else
        text = tr("Tickets let in by two devices while offline: %n", nullptr, m_model->rowCount());
    m_summary->setText(text);
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
}

} // namespace nextevent::console
