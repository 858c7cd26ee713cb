// SPDX-License-Identifier: MIT
#include "desktop/views/PagingBar.h"

#include <utility>

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
    // Compact arrows with their names in the tooltip and for screen readers: with worded buttons the bar
    // alone was ~500 px wide and set the minimum width of every list page (too wide at 150 %).
    const std::pair<QToolButton *, QString> buttons[] = {{m_first, tr("First page")},
                                                         {m_previous, tr("Previous page (Alt+Left)")},
                                                         {m_next, tr("Next page (Alt+Right)")},
                                                         {m_last, tr("Last page")}};
    const QString arrows[] = {
        QStringLiteral("«"), QStringLiteral("‹"), QStringLiteral("›"), QStringLiteral("»")};
    for (int i = 0; i < 4; ++i)
    {
        buttons[i].first->setText(arrows[i]);
        buttons[i].first->setToolTip(buttons[i].second);
        buttons[i].first->setAccessibleName(buttons[i].second);
    }
    // The page line may be cut on a narrow pane; its tooltip keeps it whole.
    m_label->setObjectName(QStringLiteral("pagingLabel"));
    m_label->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
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
    // One page says only how many there are: "Page 1 of 1" is noise, and in a narrow list pane the longer
    // line was cut before its count.
    const int total = static_cast<int>(m_model->total());
    QString text = pages > 1 ? tr("Page %1 of %2 · %n item(s)", nullptr, total).arg(page).arg(pages)
                             : tr("%n item(s)", nullptr, total);
    if (m_model->isLoading())
        text += QLatin1Char(' ') + tr("(loading…)");
    m_label->setText(text);
    m_label->setToolTip(text);
    const int index = m_pageSize->findData(m_model->query().pageSize);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

} // namespace nextevent::console
