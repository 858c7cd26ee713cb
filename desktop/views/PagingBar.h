// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace nextevent::console
{

class PagedTableModel;

/// First/previous/next/last buttons, "page x of y · n items" and a page-size choice for a
/// PagedTableModel.
class PagingBar : public QWidget
{
    Q_OBJECT

public:
    explicit PagingBar(PagedTableModel *model, QWidget *parent = nullptr);

private:
    void updateState();

    PagedTableModel *m_model;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QLabel *m_label;
    QComboBox *m_pageSize;
};

} // namespace nextevent::console
