// SPDX-License-Identifier: MIT
#include "desktop/models/ArticleListModel.h"

#include <QBrush>
#include <QColor>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{

ArticleListModel::ArticleListModel(ApiClient *api, QObject *parent)
    : PagedListModel<Article>(api, parent)
{
}

void ArticleListModel::setPublishedFilter(std::optional<bool> published)
{
    if (published == m_published)
        return;
    m_published = published;
    refresh();
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = rowAt(index);
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
    return itemAt(row);
}

void ArticleListModel::updateArticle(const Article &article)
{
    replaceItem(article);
}

void ArticleListModel::fetch(int ticket)
{
    api()->listArticles(query(),
                        m_published,
                        this,
                        [this, ticket](const ApiResult<ListPage<Article>> &result)
                        { takeResult(ticket, result); });
}

} // namespace nextevent::console
