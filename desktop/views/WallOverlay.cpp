// SPDX-License-Identifier: MIT
#include "desktop/views/WallOverlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "desktop/models/LiveInteractionModels.h"

namespace nextevent::console
{
namespace
{
/// Speed in screen widths per second: a message crosses a screen in about eight seconds.
constexpr double kWidthsPerSecond = 1.0 / 8.0;
} // namespace

WallOverlay::WallOverlay(AudienceListModel *messages, QWidget *parent)
    : QWidget(parent)
    , m_messages(messages)
{
    setObjectName(QStringLiteral("wallOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &WallOverlay::step);
    connect(m_messages, &AudienceListModel::itemsChanged, this, &WallOverlay::take);
    take();
}

QStringList WallOverlay::activeTexts() const
{
    QStringList out;
    for (const Flight &f : m_flights)
        out << f.text;
    return out;
}

int WallOverlay::waiting() const
{
    return static_cast<int>(m_queue.size());
}

int WallOverlay::shownCount() const
{
    return m_shown;
}

QFont WallOverlay::flightFont() const
{
    QFont f = QWidget::font();
    f.setPixelSize(std::max(14, height() / 22));
    f.setBold(true);
    return f;
}

int WallOverlay::laneCount() const
{
    // The upper half of the screen: the question and the chart's top stay mostly clear below it.
    return std::max(1, static_cast<int>(height() / 2 / (QFontMetricsF(flightFont()).height() * 1.4)));
}

void WallOverlay::take()
{
    // The topic lists the latest messages, newest first; new ones fly oldest first.
    QStringList fresh;
    for (int row = m_messages->rowCount() - 1; row >= 0; --row)
    {
        const AudienceItem *item = m_messages->itemAt(row);
        if (m_seen.contains(item->id))
            continue;
        m_seen.insert(item->id);
        fresh << item->text;
    }
    if (!m_primed)
    {
        m_primed = true;
        while (fresh.size() > kBacklogShown)
            fresh.removeFirst();
    }
    for (const QString &text : fresh)
        m_queue.push_back(text);
    if (!m_queue.empty() && !m_frame.isActive())
    {
        m_clock.start();
        m_frame.start();
    }
    step();
}

void WallOverlay::step()
{
    const double seconds = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0.0;
    const double dx = width() * kWidthsPerSecond * std::min(seconds, 0.25);
    for (Flight &f : m_flights)
        f.x -= dx;
    std::erase_if(m_flights, [](const Flight &f) { return f.x + f.width < 0; });
    // A lane is free when its last message has fully entered the screen and left a gap.
    const QFontMetricsF metrics(flightFont());
    const double gap = metrics.height() * 2;
    const int lanes = laneCount();
    while (!m_queue.empty())
    {
        int lane = -1;
        for (int l = 0; l < lanes && lane < 0; ++l)
        {
            bool free = true;
            for (const Flight &f : m_flights)
                if (f.lane == l && f.x + f.width + gap > width())
                    free = false;
            if (free)
                lane = l;
        }
        if (lane < 0)
            break;
        const QString text = m_queue.front();
        m_queue.pop_front();
        m_flights.push_back(
            {text, lane, static_cast<double>(width()), metrics.horizontalAdvance(text) + metrics.height()});
        ++m_shown;
    }
    if (m_flights.empty() && m_queue.empty())
        m_frame.stop();
    update();
}

void WallOverlay::paintEvent(QPaintEvent *)
{
    if (m_flights.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont f = flightFont();
    painter.setFont(f);
    const QFontMetricsF metrics(f);
    const double laneHeight = metrics.height() * 1.4;
    for (const Flight &flight : m_flights)
    {
        const QRectF box(
            flight.x, laneHeight * 0.3 + flight.lane * laneHeight, flight.width, metrics.height() * 1.15);
        QPainterPath pill;
        pill.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter.fillPath(pill, QColor(0, 0, 0, 140)); // readable on light and dark charts
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, flight.text);
    }
}

} // namespace nextevent::console
