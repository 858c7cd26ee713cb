// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "nextevent/Article.h"

#include "desktop/models/PagedListModel.h"

namespace nextevent::console
{

/// One page of articles from `GET /v2/articles`, searched, filtered by publish state and paged on the
/// server.
class ArticleListModel : public PagedListModel<Article>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StateColumn,
        AuthorColumn,
        CategoryColumn,
        ViewsColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ArticleListModel(ApiClient *api, QObject *parent = nullptr);

    /// Only published (true) or only drafts (false); nullopt: all.
    void setPublishedFilter(std::optional<bool> published);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Article *articleAt(int row) const;
    void updateArticle(const Article &article);

protected:
    void fetch(int ticket) override;

private:
    std::optional<bool> m_published;
};

} // namespace nextevent::console
