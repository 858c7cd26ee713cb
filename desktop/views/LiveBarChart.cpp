// SPDX-License-Identifier: MIT
#include "desktop/views/LiveBarChart.h"

#include <algorithm>
#include <numeric>

#include <QEasingCurve>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace nextevent::console
{
namespace
{
constexpr std::size_t kMaxIntervals = 100000;
} // namespace

PresenterTheme PresenterTheme::dark()
{
    return {QColor(0x12, 0x14, 0x1c),
            QColor(0xf5, 0xf6, 0xfa),
            QColor(0xa0, 0xa6, 0xb8),
            QColor(0x26, 0x2a, 0x38),
            QColor(0x4f, 0x8c, 0xff),
            QColor(0x3d, 0xd6, 0x8c)};
}

PresenterTheme PresenterTheme::light()
{
    return {QColor(0xfb, 0xfb, 0xfd),
            QColor(0x15, 0x18, 0x22),
            QColor(0x5c, 0x63, 0x73),
            QColor(0xe4, 0xe7, 0xef),
            QColor(0x1f, 0x5f, 0xd6),
            QColor(0x07, 0xa3, 0x5a)};
}

LiveBarChart::LiveBarChart(QWidget *parent)
    : QWidget(parent)
    , m_theme(PresenterTheme::dark())
{
    setObjectName(QStringLiteral("liveBarChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(kApplyIntervalMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &LiveBarChart::apply);
    m_frameTimer.setInterval(16);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &LiveBarChart::step);
}

void LiveBarChart::setBars(const QStringList &labels,
                           const std::vector<qint64> &counts,
                           const std::vector<double> &percents)
{
    if (labels != m_labels)
    {
        m_percents = percents;
        // Another question: no animation from unrelated bars.
        m_labels = labels;
        m_target = counts;
        m_target.resize(static_cast<std::size_t>(labels.size()), 0);
        m_shown.assign(m_target.begin(), m_target.end());
        m_from = m_shown;
        m_hasPending = false;
        m_applyTimer.stop();
        m_frameTimer.stop();
        ++m_applied;
        update();
        return;
    }
    m_pendingLabels = labels;
    m_pendingCounts = counts;
    m_pendingPercents = percents;
    m_hasPending = true;
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void LiveBarChart::apply()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    std::vector<qint64> counts = m_pendingCounts;
    counts.resize(static_cast<std::size_t>(m_labels.size()), 0);
    m_percents = m_pendingPercents;
    if (counts == m_target)
    {
        update();
        return;
    }
    ++m_applied;
    m_from = m_shown;
    m_target = counts;
    m_animationClock.start();
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
    update();
}

void LiveBarChart::step()
{
    const double t = std::min(1.0, static_cast<double>(m_animationClock.elapsed()) / kAnimationMs);
    const double eased = QEasingCurve(QEasingCurve::OutCubic).valueForProgress(t);
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        m_shown[i] = m_from[i] + (static_cast<double>(m_target[i]) - m_from[i]) * eased;
    if (t >= 1.0)
        m_frameTimer.stop();
    update();
}

void LiveBarChart::setTheme(const PresenterTheme &theme)
{
    m_theme = theme;
    update();
}

void LiveBarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QStringList LiveBarChart::labels() const
{
    return m_labels;
}

std::vector<qint64> LiveBarChart::targetCounts() const
{
    return m_target;
}

int LiveBarChart::applied() const
{
    return m_applied;
}

bool LiveBarChart::isAnimating() const
{
    return m_frameTimer.isActive() || m_applyTimer.isActive();
}

LiveBarChart::FrameStats LiveBarChart::frameStats() const
{
    FrameStats stats;
    stats.frames = static_cast<int>(m_intervals.size());
    if (m_intervals.empty())
        return stats;
    std::vector<float> sorted = m_intervals;
    std::sort(sorted.begin(), sorted.end());
    stats.meanMs = std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(sorted.size());
    stats.p95Ms = sorted[std::min(sorted.size() - 1, sorted.size() * 95 / 100)];
    stats.maxMs = sorted.back();
    return stats;
}

void LiveBarChart::resetFrameStats()
{
    m_intervals.clear();
    m_paintClock.invalidate();
}

void LiveBarChart::paintEvent(QPaintEvent *)
{
    // Intervals between paints while something moves; an idle chart's long pauses would say nothing.
    if (m_paintClock.isValid() && m_intervals.size() < kMaxIntervals)
    {
        const qint64 nanoseconds = m_paintClock.nsecsElapsed();
        if (nanoseconds < 1000LL * 1000 * 1000)
            m_intervals.push_back(static_cast<float>(nanoseconds / 1.0e6));
    }
    m_paintClock.start();

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.background);
    const int n = static_cast<int>(m_labels.size());
    QFont font = painter.font();
    if (n == 0)
    {
        font.setPixelSize(std::max(18, height() / 10));
        painter.setFont(font);
        painter.setPen(m_theme.muted);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const double rowHeight = static_cast<double>(height()) / n;
    const double barHeight = std::min(rowHeight * 0.62, height() * 0.16);
    const int textPixels = std::clamp(static_cast<int>(std::min(barHeight * 0.5, width() / 26.0)), 12, 56);
    font.setPixelSize(textPixels);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    qint64 total = 0;
    qint64 leader = 0;
    for (qint64 count : m_target)
    {
        total += count;
        leader = std::max(leader, count);
    }
    const double scale = std::max<double>(
        {1.0, static_cast<double>(leader), *std::max_element(m_shown.begin(), m_shown.end())});
    // The answer texts take up to a third of the width; the bars' track takes the rest.
    int labelWidth = 0;
    for (const QString &label : m_labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + textPixels, static_cast<int>(width() / 3));
    const double barLeft = labelWidth;
    const double barSpace = std::max(10.0, width() - barLeft - textPixels / 2.0);
    const double pad = textPixels / 2.0;
    for (int i = 0; i < n; ++i)
    {
        const std::size_t bar = static_cast<std::size_t>(i);
        const double top = i * rowHeight + (rowHeight - barHeight) / 2;
        const QRectF labelRect(0, i * rowHeight, labelWidth - pad, rowHeight);
        painter.setPen(m_theme.text);
        painter.drawText(
            labelRect,
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_labels[i], Qt::ElideRight, static_cast<int>(labelRect.width())));
        const QRectF track(barLeft, top, barSpace, barHeight);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, barHeight / 6, barHeight / 6);
        painter.fillPath(trackPath, m_theme.track);
        const double length = barSpace * m_shown[bar] / scale;
        const bool leading = leader > 0 && m_target[bar] == leader;
        if (length > 0.5)
        {
            QPainterPath barPath;
            barPath.addRoundedRect(QRectF(barLeft, top, length, barHeight), barHeight / 6, barHeight / 6);
            painter.fillPath(barPath, leading ? m_theme.leader : m_theme.bar);
        }
        const qint64 count = static_cast<qint64>(std::llround(m_shown[bar]));
        const double percent = bar < m_percents.size()
                                   ? m_percents[bar]
                                   : (total > 0 ? 100.0 * static_cast<double>(m_target[bar]) / total : 0);
        const QString value =
            tr("%1 · %2 %").arg(QLocale().toString(count), QLocale().toString(percent, 'f', 0));
        const double valueWidth = metrics.horizontalAdvance(value);
        // After the bar when it fits in the track, else inside the bar's end in the background colour.
        if (barLeft + length + pad + valueWidth <= track.right())
        {
            painter.setPen(m_theme.text);
            painter.drawText(QRectF(barLeft + length + pad, top, valueWidth + pad, barHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             value);
        }
        else
        {
            painter.setPen(m_theme.background);
            painter.drawText(
                QRectF(barLeft, top, length - pad, barHeight), Qt::AlignRight | Qt::AlignVCenter, value);
        }
    }
}

} // namespace nextevent::console
