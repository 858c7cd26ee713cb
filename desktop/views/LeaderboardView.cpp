// SPDX-License-Identifier: MIT
#include "desktop/views/LeaderboardView.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace nextevent::console
{

LeaderboardView::LeaderboardView(QWidget *parent)
    : QWidget(parent)
    , m_theme(PresenterTheme::dark())
{
    setObjectName(QStringLiteral("leaderboardView"));
    m_motion.setStartValue(0.0);
    m_motion.setEndValue(1.0);
    m_motion.setDuration(kAnimationMs);
    m_motion.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_motion, &QVariantAnimation::valueChanged, this, [this] { update(); });
}

void LeaderboardView::setEntries(const std::vector<LeaderboardEntry> &entries, qint64 players)
{
    m_players = players;
    if (entries == m_entries)
    {
        update();
        return;
    }
    m_previous = m_entries;
    m_entries = entries;
    m_motion.stop();
    m_motion.start();
    update();
}

void LeaderboardView::setTheme(const PresenterTheme &theme)
{
    m_theme = theme;
    update();
}

const std::vector<LeaderboardEntry> &LeaderboardView::entries() const
{
    return m_entries;
}

bool LeaderboardView::isAnimating() const
{
    return m_motion.state() == QAbstractAnimation::Running;
}

void LeaderboardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.background);
    const int unit = std::max(10, std::min(width() / 40, height() / 22));
    QFont font = painter.font();
    font.setPixelSize(unit);
    painter.setFont(font);
    painter.setPen(m_theme.muted);
    const QRectF header(0, 0, width(), unit * 2.0);
    painter.drawText(
        header, Qt::AlignLeft | Qt::AlignVCenter, tr("%n player(s)", nullptr, static_cast<int>(m_players)));
    if (m_entries.empty())
    {
        font.setPixelSize(unit * 2);
        painter.setFont(font);
        painter.drawText(rect(), Qt::AlignCenter, tr("No scores yet"));
        return;
    }
    const double t = isAnimating() ? m_motion.currentValue().toDouble() : 1.0;
    const double top = header.bottom() + unit * 0.5;
    const double rowHeight =
        std::min<double>(unit * 3.2, (height() - top) / std::max<std::size_t>(1, m_entries.size()));
    const double barHeight = rowHeight * 0.8;
    const double widest = static_cast<double>(std::max<qint64>(1, m_entries.front().score));
    for (std::size_t i = 0; i < m_entries.size(); ++i)
    {
        const LeaderboardEntry &e = m_entries[i];
        // Where the row was: its previous index (same name), else it comes in from below.
        double from = static_cast<double>(m_entries.size());
        qint64 fromScore = 0;
        for (std::size_t j = 0; j < m_previous.size(); ++j)
            if (m_previous[j].displayName == e.displayName)
            {
                from = static_cast<double>(j);
                fromScore = m_previous[j].score;
            }
        const double index = from + (static_cast<double>(i) - from) * t;
        const double y = top + index * rowHeight;
        const qint64 score = fromScore + static_cast<qint64>(static_cast<double>(e.score - fromScore) * t);
        const QRectF row(0, y, width(), barHeight);
        QPainterPath track;
        track.addRoundedRect(row, barHeight / 5, barHeight / 5);
        painter.fillPath(track, m_theme.track);
        QRectF bar = row;
        bar.setWidth(std::max(barHeight, row.width() * (static_cast<double>(score) / widest)));
        QPainterPath fill;
        fill.addRoundedRect(bar, barHeight / 5, barHeight / 5);
        painter.fillPath(fill, e.rank == 1 ? m_theme.leader : m_theme.bar);
        font.setPixelSize(static_cast<int>(barHeight * 0.45));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(m_theme.text);
        const QRectF text = row.adjusted(barHeight * 0.3, 0, -barHeight * 0.3, 0);
        painter.drawText(
            text, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1.  %2").arg(e.rank).arg(e.displayName));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(score));
    }
}

} // namespace nextevent::console
