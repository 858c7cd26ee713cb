// SPDX-License-Identifier: MIT
#include "desktop/models/DrawListModel.h"

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

DrawListModel::DrawListModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void DrawListModel::setEventId(const QString &eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

QString DrawListModel::eventId() const
{
    return m_eventId;
}

bool DrawListModel::isLoading() const
{
    return m_loading;
}

void DrawListModel::reload()
{
    if (m_eventId.isEmpty())
        return;
    const int generation = ++m_generation; // an answer for an event no longer shown is dropped
    m_loading = true;
    m_api->listDraws(m_eventId,
                     this,
                     [this, generation](const ApiResult<nlohmann::json> &result)
                     {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         if (!result.ok())
                         {
                             emit loadFailed(result.error);
                             return;
                         }
                         std::vector<Row> rows;
                         try
                         {
                             for (const auto &item : result.value->at("items"))
                                 rows.push_back({item, drawFromJson(item)});
                         }
                         catch (const std::exception &)
                         {
                             emit loadFailed(ApiError::transport(ApiError::Kind::BadResponse,
                                                                 m_api->serverUrl().host(),
                                                                 tr("The list of draws could not be read.")));
                             return;
                         }
                         beginResetModel();
                         m_rows = std::move(rows);
                         endResetModel();
                         emit loaded();
                     });
}

int DrawListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DrawListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrawListModel::poolText(DrawPool pool)
{
    switch (pool)
    {
    case DrawPool::CheckedIn:
        return tr("Checked in");
    case DrawPool::Registered:
        return tr("Registered");
    case DrawPool::Respondents:
        return tr("Survey respondents");
    }
    return {};
}

QString DrawListModel::stateText(DrawState state)
{
    return state == DrawState::Done ? tr("Drawn") : tr("Ready (committed)");
}

QVariant DrawListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Draw &d = m_rows[static_cast<std::size_t>(index.row())].draw;
    if (role == Qt::UserRole)
        return toQString(d.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column())
    {
    case TitleColumn:
        return toQString(d.title);
    case PoolColumn:
        return poolText(d.pool);
    case PoolSizeColumn:
        return QVariant::fromValue(d.poolSize);
    case WinnersColumn:
        return d.state == DrawState::Done ? tr("%1 of %2").arg(d.winners.size()).arg(d.winnerCount)
                                          : QString::number(d.winnerCount);
    case StateColumn:
        return stateText(d.state);
    case CreatedColumn:
        return formatLocal(d.createdAt);
    default:
        return {};
    }
}

QVariant DrawListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case TitleColumn:
        return tr("Prize");
    case PoolColumn:
        return tr("Pool");
    case PoolSizeColumn:
        return tr("People");
    case WinnersColumn:
        return tr("Winners");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

const Draw &DrawListModel::drawAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).draw;
}

const nlohmann::json &DrawListModel::jsonAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).json;
}

int DrawListModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (toQString(m_rows[i].draw.id) == id)
            return static_cast<int>(i);
    return -1;
}

int DrawListModel::putDraw(const nlohmann::json &json)
{
    Draw draw = drawFromJson(json);
    if (toQString(draw.eventId) != m_eventId)
        return -1;
    const int row = rowOf(toQString(draw.id));
    if (row >= 0)
    {
        const Draw &known = m_rows[static_cast<std::size_t>(row)].draw;
        // A draw only moves forward; an older answer arriving late is dropped.
        if ((known.state == DrawState::Done && draw.state == DrawState::Ready) || draw.picks < known.picks)
            return row;
        m_rows[static_cast<std::size_t>(row)] = {json, std::move(draw)};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    const int last = rowCount();
    beginInsertRows({}, last, last);
    m_rows.push_back({json, std::move(draw)});
    endInsertRows();
    return last;
}

} // namespace nextevent::console
