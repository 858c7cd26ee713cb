// SPDX-License-Identifier: MIT
#include "desktop/models/SurveyListModel.h"

#include <QBrush>
#include <QColor>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

SurveyListModel::SurveyListModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, parent)
{
}

void SurveyListModel::setLiveOnly(bool liveOnly)
{
    if (liveOnly == m_liveOnly)
        return;
    m_liveOnly = liveOnly;
    refresh();
}

int SurveyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_surveys.size());
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
    const Survey &survey = m_surveys[static_cast<std::size_t>(index.row())];
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
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_surveys[static_cast<std::size_t>(row)];
}

int SurveyListModel::rowOf(const QString &id) const
{
    const std::string key = toStdString(id);
    for (std::size_t row = 0; row < m_surveys.size(); ++row)
        if (m_surveys[row].id == key)
            return static_cast<int>(row);
    return -1;
}

void SurveyListModel::updateSurvey(const Survey &survey)
{
    const int row = rowOf(toQString(survey.id));
    if (row < 0)
        return;
    m_surveys[static_cast<std::size_t>(row)] = survey;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SurveyListModel::dropRows()
{
    m_surveys.clear();
}

void SurveyListModel::fetch(int ticket)
{
    api()->listSurveys(
        query(),
        this,
        [this, ticket](const ApiResult<ListPage<Survey>> &result)
        {
            if (!result.ok())
            {
                rejectPage(ticket, result.error);
                return;
            }
            acceptPage(ticket, result.value->total, [this, &result] { m_surveys = result.value->items; });
        },
        m_liveOnly);
}

} // namespace nextevent::console
