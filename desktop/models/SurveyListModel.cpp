// SPDX-License-Identifier: MIT
#include "desktop/models/SurveyListModel.h"

#include <QBrush>
#include <QColor>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

SurveyListModel::SurveyListModel(ApiClient *api, QObject *parent)
    : PagedListModel<Survey>(api, parent)
{
}

void SurveyListModel::setLiveOnly(bool liveOnly)
{
    if (liveOnly == m_liveOnly)
        return;
    m_liveOnly = liveOnly;
    refresh();
}

int SurveyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SurveyListModel::stateText(const Survey &survey)
{
    if (survey.isLive)
        return tr("Live");
    if (survey.isActive)
        return tr("Open");
    return tr("Closed");
}

QVariant SurveyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Survey &survey = rowAt(index);
    if (role == IdRole)
        return toQString(survey.id);
    if (role == Qt::DisplayRole || role == RawValueRole)
    {
        switch (index.column())
        {
        case TitleColumn:
            return toQString(survey.title);
        case StateColumn:
            return role == RawValueRole ? QVariant(survey.isLive * 2 + survey.isActive) : stateText(survey);
        case QuestionsColumn:
            return static_cast<qint64>(survey.questions.size());
        case ResponsesColumn:
            return static_cast<qint64>(survey.totalResponses);
        case UpdatedColumn:
            return role == RawValueRole ? QVariant(toQDateTime(survey.updatedAt))
                                        : QVariant(formatLocal(survey.updatedAt));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && survey.isLive)
        return QBrush(QColor(0x1e, 0x7d, 0x32));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuestionsColumn || index.column() == ResponsesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SurveyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case QuestionsColumn:
        return tr("Questions");
    case ResponsesColumn:
        return tr("Responses");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

const Survey *SurveyListModel::surveyAt(int row) const
{
    return itemAt(row);
}

void SurveyListModel::updateSurvey(const Survey &survey)
{
    replaceItem(survey);
}

void SurveyListModel::fetch(int ticket)
{
    api()->listSurveys(
        query(),
        this,
        [this, ticket](const ApiResult<ListPage<Survey>> &result) { takeResult(ticket, result); },
        m_liveOnly);
}

} // namespace nextevent::console
