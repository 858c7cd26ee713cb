// SPDX-License-Identifier: MIT
#include "desktop/views/QuizView.h"

#include <cmath>

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace nextevent::console
{
namespace
{
const QColor kCorrect(0x2e, 0xb8, 0x72);
const QColor kTiles[] = {
    QColor(0xe0, 0x4f, 0x6f), QColor(0x4f, 0x8c, 0xff), QColor(0xf0, 0x9a, 0x2a), QColor(0x9b, 0x6b, 0xf2)};
} // namespace

QuizView::QuizView(QWidget *parent)
    : QWidget(parent)
    , m_theme(PresenterTheme::dark())
{
    setObjectName(QStringLiteral("quizView"));
    m_clock.setInterval(100);
    connect(&m_clock, &QTimer::timeout, this, &QuizView::tick);
}

void QuizView::setOptions(const std::vector<Option> &options)
{
    m_options = options;
    update();
}

void QuizView::setSession(const SessionState &session, bool isCurrent, const QStringList &correctOptionIds)
{
    const bool reopened =
        session.openedAt != m_session.openedAt || session.currentQuestionId != m_session.currentQuestionId;
    m_session = session;
    m_current = isCurrent;
    m_correct = correctOptionIds;
    if (reopened)
        m_timeUp = false;
    tick();
    if (m_current && m_session.timeLimitSeconds > 0 && !m_session.answerRevealed && !m_timeUp)
        m_clock.start();
    else
        m_clock.stop();
    update();
}

void QuizView::setTheme(const PresenterTheme &theme)
{
    m_theme = theme;
    update();
}

const std::vector<QuizView::Option> &QuizView::options() const
{
    return m_options;
}

int QuizView::shownSeconds() const
{
    return m_shownSeconds;
}

bool QuizView::isTimeUp() const
{
    return m_timeUp;
}

bool QuizView::isRevealed() const
{
    return m_current && m_session.answerRevealed;
}

QStringList QuizView::highlighted() const
{
    return isRevealed() ? m_correct : QStringList();
}

void QuizView::tick()
{
    if (!m_current || m_session.timeLimitSeconds <= 0)
    {
        m_shownSeconds = -1;
        return;
    }
    const double left = m_session.remainingSeconds(QDateTime::currentDateTimeUtc());
    const int shown = static_cast<int>(std::ceil(left));
    if (shown != m_shownSeconds)
    {
        m_shownSeconds = shown;
        update();
    }
    if (left <= 0 && !m_timeUp)
    {
        m_timeUp = true;
        m_clock.stop();
        update();
        emit timeUp();
    }
}

void QuizView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.background);
    const int unit = std::max(10, std::min(width() / 40, height() / 20));
    QFont font = painter.font();

    // The clock, top right: a ring that empties as the time runs out.
    const bool revealed = isRevealed();
    const double clockSide = unit * 5.0;
    const QRectF clockBox(width() - clockSide - unit, unit * 0.5, clockSide, clockSide);
    if (m_shownSeconds >= 0 && !revealed)
    {
        const double left = m_session.remainingSeconds(QDateTime::currentDateTimeUtc());
        const double share = m_session.timeLimitSeconds > 0 ? left / m_session.timeLimitSeconds : 0.0;
        painter.setPen(QPen(m_theme.track, unit * 0.6));
        painter.drawEllipse(clockBox.adjusted(unit * 0.3, unit * 0.3, -unit * 0.3, -unit * 0.3));
        painter.setPen(QPen(share < 0.25 ? QColor(0xe0, 0x4f, 0x6f) : m_theme.leader,
                            unit * 0.6,
                            Qt::SolidLine,
                            Qt::RoundCap));
        painter.drawArc(clockBox.adjusted(unit * 0.3, unit * 0.3, -unit * 0.3, -unit * 0.3),
                        90 * 16,
                        static_cast<int>(share * 360 * 16));
        font.setPixelSize(static_cast<int>(unit * (m_timeUp ? 1.0 : 2.0)));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(m_theme.text);
        painter.drawText(clockBox,
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_timeUp ? tr("Time's up") : QLocale().toString(m_shownSeconds));
    }
    else if (revealed)
    {
        font.setPixelSize(unit);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(kCorrect);
        painter.drawText(clockBox, Qt::AlignCenter | Qt::TextWordWrap, tr("Answer"));
    }

    // The options: a 2-column grid of tiles under the clock.
    const int n = static_cast<int>(m_options.size());
    if (n == 0)
        return;
    qint64 total = 0;
    for (const Option &o : m_options)
        total += o.count;
    const int columns = n <= 2 ? 1 : 2;
    const int rows = (n + columns - 1) / columns;
    const double top = clockBox.bottom() + unit * 0.5;
    const double gap = unit * 0.6;
    const double tileWidth = (width() - gap * (columns + 1)) / columns;
    const double tileHeight = std::min<double>(unit * 6.0, (height() - top - gap * (rows + 1)) / rows);
    for (int i = 0; i < n; ++i)
    {
        const Option &o = m_options[static_cast<std::size_t>(i)];
        const int row = i / columns;
        const int column = i % columns;
        const QRectF tile(
            gap + column * (tileWidth + gap), top + gap + row * (tileHeight + gap), tileWidth, tileHeight);
        const bool correct = m_correct.contains(o.id);
        QColor colour = kTiles[i % 4];
        if (revealed)
            colour = correct ? kCorrect : m_theme.track;
        QPainterPath path;
        path.addRoundedRect(tile, unit * 0.5, unit * 0.5);
        painter.setOpacity(revealed && !correct ? 0.45 : 1.0);
        painter.fillPath(path, colour);
        if (revealed && correct)
        {
            painter.setPen(QPen(m_theme.text, unit * 0.25));
            painter.drawPath(path);
        }
        // The share of answers as a lighter band inside the tile.
        if (total > 0)
        {
            const double share = static_cast<double>(o.count) / static_cast<double>(total);
            QRectF band = tile.adjusted(0, tile.height() * 0.82, 0, 0);
            band.setWidth(tile.width() * share);
            painter.save();
            painter.setClipPath(path); // the band follows the tile's rounded corners
            painter.fillRect(band, QColor(255, 255, 255, 90));
            painter.restore();
        }
        font.setPixelSize(static_cast<int>(std::min(unit * 1.6, tileHeight / 3)));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        const QRectF textBox = tile.adjusted(unit, 0, -unit * 5, 0);
        const QString label = (revealed && correct ? QStringLiteral("✓ ") : QString()) + o.label;
        painter.drawText(
            textBox,
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(font).elidedText(label, Qt::ElideRight, static_cast<int>(textBox.width())));
        painter.drawText(
            tile.adjusted(0, 0, -unit, 0), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(o.count));
        painter.setOpacity(1.0);
    }
}

} // namespace nextevent::console
