// SPDX-License-Identifier: MIT
#include "desktop/views/ColumnWidths.h"

#include <QByteArray>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QTableView>
#include <QUrl>

#include "desktop/app/Settings.h"

namespace nextevent::console
{

ColumnWidths::ColumnWidths(QTableView *table, Settings *settings, const QString &userKey)
    : QObject(table)
    , m_table(table)
    , m_header(table->horizontalHeader())
    , m_settings(settings)
    , m_key(QStringLiteral("columns/%1/%2").arg(userKey, table->objectName()))
{
    restore();
    adopt();
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnWidths::onResized);
    // Columns appear with a model or an event's form; new rows may need a wider number column.
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this] { adopt(); });
    if (auto *model = table->model())
    {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { adopt(); });
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnWidths::fitUnset);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnWidths::fitUnset);
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { adopt(); });
    }
}

void ColumnWidths::rememberAll(QObject *root, Settings *settings, const QString &userKey)
{
    if (!settings)
        return;
    for (auto *table : root->findChildren<QTableView *>())
        if (!table->objectName().isEmpty() &&
            !table->findChild<ColumnWidths *>(QString(), Qt::FindDirectChildrenOnly))
            new ColumnWidths(table, settings, userKey);
}

QString ColumnWidths::userKey(const QString &serverUrl, const QString &username)
{
    // QSettings groups on '/', and URLs are full of them: one opaque-but-readable segment instead.
    return QString::fromLatin1(QUrl::toPercentEncoding(serverUrl + QLatin1Char(' ') + username));
}

QString ColumnWidths::headerText(int logical) const
{
    if (!m_table || !m_table->model())
        return QString();
    return m_table->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
}

/// Columns the page sizes to contents become draggable, at their remembered or contents' width.
void ColumnWidths::adopt()
{
    m_applying = true;
    for (int i = 0; i < m_header->count(); ++i)
    {
        if (m_header->sectionResizeMode(i) != QHeaderView::ResizeToContents)
            continue;
        m_header->setSectionResizeMode(i, QHeaderView::Interactive);
        const auto known = m_widths.constFind(headerText(i));
        if (known != m_widths.cend())
            m_header->resizeSection(i, *known);
    }
    m_applying = false;
    fitUnset();
}

void ColumnWidths::fitUnset()
{
    if (!m_table)
        return;
    m_applying = true;
    for (int i = 0; i < m_header->count(); ++i)
        if (m_header->sectionResizeMode(i) == QHeaderView::Interactive && !m_widths.contains(headerText(i)))
            m_table->resizeColumnToContents(i);
    m_applying = false;
}

void ColumnWidths::onResized(int logical, int, int newSize)
{
    // Stretched columns follow the window; the last one may stretch too. Neither is a person's choice.
    if (m_applying || m_header->sectionResizeMode(logical) != QHeaderView::Interactive ||
        (m_header->stretchLastSection() && logical == m_header->count() - 1) || newSize <= 0)
        return;
    const QString text = headerText(logical);
    if (text.isEmpty())
        return;
    m_widths.insert(text, newSize);
    save();
}

void ColumnWidths::restore()
{
    QByteArray state = m_settings->viewState(m_key);
    QDataStream in(&state, QIODevice::ReadOnly);
    in >> m_widths;
    if (in.status() != QDataStream::Ok)
        m_widths.clear();
}

void ColumnWidths::save()
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_widths;
    m_settings->setViewState(m_key, state);
}

} // namespace nextevent::console
