// SPDX-License-Identifier: MIT
#include "desktop/models/SyncProblemModel.h"

#include <QDateTime>
#include <QLocale>

namespace nextevent::console
{

SyncProblemModel::SyncProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncProblemModel::setProblems(std::vector<SyncProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

const SyncProblem *SyncProblemModel::problemAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_problems.size()) ? &m_problems[static_cast<std::size_t>(row)]
                                                                 : nullptr;
}

int SyncProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int SyncProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncProblemModel::describe(const SyncProblem &problem)
{
    if (problem.result == QLatin1String("conflict"))
        return tr("Conflict: another device had already let them in");
    if (problem.result == QLatin1String("already"))
        return tr("Already inside by the server's records");
    if (problem.result == QLatin1String("unknown"))
        return tr("Unknown to the server");
    if (problem.reason == QLatin1String("not_inside"))
        return tr("Refused: not inside by the server's records");
    if (problem.reason == QLatin1String("cancelled"))
        return tr("Refused: the registration was cancelled");
    if (problem.reason == QLatin1String("event_closed"))
        return tr("Refused: the event no longer takes check-ins");
    return problem.reason.isEmpty() ? tr("Refused") : tr("Refused: %1").arg(problem.reason);
}

QVariant SyncProblemModel::data(const QModelIndex &index, int role) const
{
    const SyncProblem *p = problemAt(index.row());
    if (!p || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column())
    {
    case TimeColumn:
    {
        const QDateTime at = QDateTime::fromString(p->scannedAt, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                            : p->scannedAt;
    }
    case NameColumn:
        return p->attendeeName.isEmpty() ? tr("(WeChat user)") : p->attendeeName;
    case ListColumn:
        return p->listName;
    case DirectionColumn:
        return p->direction == QLatin1String("exit") ? tr("Exit") : tr("Entry");
    case ResultColumn:
        return describe(*p);
    default:
        return {};
    }
}

QVariant SyncProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case TimeColumn:
        return tr("Scanned");
    case NameColumn:
        return tr("Name");
    case ListColumn:
        return tr("Gate");
    case DirectionColumn:
        return tr("Direction");
    case ResultColumn:
        return tr("Server's answer");
    default:
        return {};
    }
}

} // namespace nextevent::console
