// SPDX-License-Identifier: MIT
#include "desktop/views/PagingBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "desktop/models/PagedTableModel.h"

namespace nextevent::console
{

PagingBar::PagingBar(PagedTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_first(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_last(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_pageSize(new QComboBox(this))
{
    m_first->setArrowType(Qt::NoArrow);
    m_first->setText(tr("First"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_last->setText(tr("Last"));
    m_first->setToolTip(tr("First page"));
    m_previous->setToolTip(tr("Previous page (Alt+Left)"));
    m_next->setToolTip(tr("Next page (Alt+Right)"));
    m_last->setToolTip(tr("Last page"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    for (int size : {20, 50, 100})
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    m_pageSize->setAccessibleName(tr("Rows per page"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addStretch(1);
    layout->addWidget(m_pageSize);

    connect(m_first, &QToolButton::clicked, this, [this] { m_model->setPage(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { m_model->setPage(m_model->query().page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_model->setPage(m_model->query().page + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { m_model->setPage(m_model->pageCount()); });
    connect(m_pageSize,
            &QComboBox::activated,
            this,
            [this](int index) { m_model->setPageSize(m_pageSize->itemData(index).toInt()); });
    connect(m_model, &PagedTableModel::pageInfoChanged, this, &PagingBar::updateState);
    connect(m_model, &PagedTableModel::loadingChanged, this, &PagingBar::updateState);
    updateState();
}

void PagingBar::updateState()
{
    const int page = m_model->query().page;
    const int pages = m_model->pageCount();
    m_first->setEnabled(page > 1);
    m_previous->setEnabled(page > 1);
    m_next->setEnabled(page < pages);
    m_last->setEnabled(page < pages);
    QString text =
        tr("Page %1 of %2 · %n item(s)", nullptr, static_cast<int>(m_model->total())).arg(page).arg(pages);
    if (m_model->isLoading())
        text += QLatin1Char(' ') + tr("(loading…)");
    m_label->setText(text);
    const int index = m_pageSize->findData(m_model->query().pageSize);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

} // namespace nextevent::console
