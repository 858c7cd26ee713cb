// SPDX-License-Identifier: MIT
#include "desktop/models/ArticleListModel.h"

#include <QBrush>
#include <QColor>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

ArticleListModel::ArticleListModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, parent)
{
}

void ArticleListModel::setPublishedFilter(std::optional<bool> published)
{
    if (published == m_published)
        return;
    m_published = published;
    refresh();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return toQString(article.id);
    if (role == Qt::DisplayRole || role == RawValueRole)
    {
        switch (index.column())
        {
        case TitleColumn:
            return toQString(article.title);
        case StateColumn:
            return role == RawValueRole ? QVariant(article.published)
                                        : QVariant(article.published ? tr("Published") : tr("Draft"));
        case AuthorColumn:
            return toQString(article.author);
        case CategoryColumn:
            return toQString(article.category);
        case ViewsColumn:
            return static_cast<qint64>(article.viewCount);
        case UpdatedColumn:
            return role == RawValueRole ? QVariant(toQDateTime(article.updatedAt))
                                        : QVariant(formatLocal(article.updatedAt));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && article.published)
        return QBrush(QColor(0x1e, 0x7d, 0x32));
    if (role == Qt::TextAlignmentRole && index.column() == ViewsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case AuthorColumn:
        return tr("Author");
    case CategoryColumn:
        return tr("Category");
    case ViewsColumn:
        return tr("Views");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

const Article *ArticleListModel::articleAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_articles[static_cast<std::size_t>(row)];
}

int ArticleListModel::rowOf(const QString &id) const
{
    const std::string key = toStdString(id);
    for (std::size_t row = 0; row < m_articles.size(); ++row)
        if (m_articles[row].id == key)
            return static_cast<int>(row);
    return -1;
}

void ArticleListModel::updateArticle(const Article &article)
{
    const int row = rowOf(toQString(article.id));
    if (row < 0)
        return;
    m_articles[static_cast<std::size_t>(row)] = article;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::dropRows()
{
    m_articles.clear();
}

void ArticleListModel::fetch(int ticket)
{
    api()->listArticles(
        query(),
        m_published,
        this,
        [this, ticket](const ApiResult<ListPage<Article>> &result)
        {
            if (!result.ok())
            {
                rejectPage(ticket, result.error);
                return;
            }
            acceptPage(ticket, result.value->total, [this, &result] { m_articles = result.value->items; });
        });
}

} // namespace nextevent::console
