// SPDX-License-Identifier: MIT
#include "desktop/views/WordCloudWidget.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

namespace nextevent::console
{
namespace
{
constexpr int kMotionMs = 450;
constexpr int kSmallestPixels = 10;

/// Colours cycled over the words, readable on both presenter themes.
const QColor kPalette[] = {QColor(0x4f, 0x8c, 0xff),
                           QColor(0x2e, 0xb8, 0x72),
                           QColor(0xf0, 0x9a, 0x2a),
                           QColor(0xe0, 0x4f, 0x6f),
                           QColor(0x9b, 0x6b, 0xf2),
                           QColor(0x1f, 0xb5, 0xc4)};

QColor colourOf(const QString &text)
{
    return kPalette[qHash(text) % (sizeof(kPalette) / sizeof(kPalette[0]))];
}

/// One attempt at placing every word with sizes scaled by `scale`; false when a word found no place.
bool tryLayout(const std::vector<WordCloudWidget::Word> &words,
               const QSizeF &size,
               double scale,
               std::vector<WordCloudWidget::Placed> &out)
{
    out.clear();
    const qint64 top = words.front().count;
    const qint64 bottom = words.back().count;
    const double largest = std::min(size.height() / 4.0, size.width() / 6.0) * scale;
    const double smallest = std::max<double>(kSmallestPixels, largest / 5.0);
    const QPointF centre(size.width() / 2.0, size.height() / 2.0);
    // The spiral is stretched to the area's shape, so a wide screen fills left and right too.
    const double aspect = size.width() / std::max(1.0, size.height());
    const double maxRadius = std::hypot(size.width(), size.height()) / 2.0;
    for (const auto &word : words)
    {
        // Font size grows with the square root of the count (area grows with the count).
        const double share =
            top == bottom
                ? 1.0
                : std::sqrt(static_cast<double>(word.count - bottom) / static_cast<double>(top - bottom));
        const int pixels =
            std::max(kSmallestPixels, static_cast<int>(smallest + (largest - smallest) * share));
        const QFontMetricsF metrics(WordCloudWidget::fontFor(pixels));
        const QRectF ink = metrics.boundingRect(word.text);
        const double pad = pixels * 0.08 + 2;
        const double inkWidth = std::max(ink.width(), metrics.horizontalAdvance(word.text));
        const QSizeF box(inkWidth + 2 * pad, std::max(ink.height(), metrics.height()) + 2 * pad);
        if (box.width() > size.width() || box.height() > size.height())
            return false;
        bool placed = false;
        // Archimedean spiral r = b·θ, stepped so consecutive points are a few pixels apart.
        const double b = std::max(1.0, pixels / 12.0);
        for (double theta = 0; b * theta < maxRadius; theta += std::max(0.05, 4.0 / std::max(1.0, b * theta)))
        {
            const double r = b * theta;
            const QPointF at(centre.x() + r * std::cos(theta) * std::sqrt(aspect),
                             centre.y() + r * std::sin(theta) / std::sqrt(aspect));
            const QRectF candidate(
                at.x() - box.width() / 2, at.y() - box.height() / 2, box.width(), box.height());
            if (candidate.left() < 0 || candidate.top() < 0 || candidate.right() > size.width() ||
                candidate.bottom() > size.height())
                continue;
            const bool clash =
                std::any_of(out.begin(),
                            out.end(),
                            [&](const WordCloudWidget::Placed &p) { return p.box.intersects(candidate); });
            if (clash)
                continue;
            out.push_back({word.text, word.count, pixels, candidate});
            placed = true;
            break;
        }
        if (!placed)
            return false;
    }
    return true;
}
} // namespace

WordCloudWidget::WordCloudWidget(QWidget *parent)
    : QWidget(parent)
    , m_theme(PresenterTheme::dark())
{
    setObjectName(QStringLiteral("wordCloud"));
    m_motion.setStartValue(0.0);
    m_motion.setEndValue(1.0);
    m_motion.setDuration(kMotionMs);
    m_motion.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_motion, &QVariantAnimation::valueChanged, this, [this] { update(); });
}

QFont WordCloudWidget::fontFor(int pixelSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans"),
                      QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(pixelSize);
    font.setBold(true);
    return font;
}

std::vector<WordCloudWidget::Placed>
WordCloudWidget::layout(std::vector<Word> words, const QSizeF &size, int *dropped)
{
    std::vector<Placed> out;
    if (dropped)
        *dropped = 0;
    std::erase_if(words, [](const Word &w) { return w.text.trimmed().isEmpty() || w.count <= 0; });
    if (words.empty() || size.width() < 20 || size.height() < 20)
        return out;
    // Biggest first (they take the centre), ties by text so a layout is the same on every run.
    std::sort(words.begin(),
              words.end(),
              [](const Word &a, const Word &b)
              { return a.count != b.count ? a.count > b.count : a.text < b.text; });
    for (double scale = 1.0; scale > 0.05; scale *= 0.85)
        if (tryLayout(words, size, scale, out))
            return out;
    // Still too many for the area at the smallest size: the least frequent words are left out.
    while (words.size() > 1)
    {
        words.pop_back();
        if (dropped)
            ++*dropped;
        if (tryLayout(words, size, 0.05, out))
            return out;
    }
    out.clear();
    return out;
}

void WordCloudWidget::setWords(const std::vector<Word> &words)
{
    m_words = words;
    relayout();
}

void WordCloudWidget::setTheme(const PresenterTheme &theme)
{
    m_theme = theme;
    update();
}

void WordCloudWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

const std::vector<WordCloudWidget::Placed> &WordCloudWidget::placed() const
{
    return m_placed;
}

int WordCloudWidget::droppedWords() const
{
    return m_dropped;
}

bool WordCloudWidget::isAnimating() const
{
    return m_motion.state() == QAbstractAnimation::Running;
}

void WordCloudWidget::relayout()
{
    // Start the motion from where the words are drawn now (mid-animation included).
    std::vector<Placed> from;
    const double t =
        m_motion.state() == QAbstractAnimation::Running ? m_motion.currentValue().toDouble() : 1.0;
    for (const Placed &p : m_placed)
    {
        Placed now = p;
        for (const Placed &old : m_from)
            if (old.text == p.text)
            {
                now.box = QRectF(old.box.topLeft() + (p.box.topLeft() - old.box.topLeft()) * t,
                                 old.box.size() + (p.box.size() - old.box.size()) * t);
                now.pixelSize = static_cast<int>(old.pixelSize + (p.pixelSize - old.pixelSize) * t);
            }
        from.push_back(now);
    }
    m_from = std::move(from);
    m_placed = layout(m_words, QSizeF(size()), &m_dropped);
    m_motion.stop();
    m_motion.start();
    update();
}

void WordCloudWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_from.clear(); // a new size: no motion from the old geometry
    m_placed = layout(m_words, QSizeF(size()), &m_dropped);
    update();
}

void WordCloudWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), m_theme.background);
    if (m_placed.empty())
    {
        QFont font = painter.font();
        font.setPixelSize(std::max(18, height() / 10));
        painter.setFont(font);
        painter.setPen(m_theme.muted);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const double t =
        m_motion.state() == QAbstractAnimation::Running ? m_motion.currentValue().toDouble() : 1.0;
    for (const Placed &p : m_placed)
    {
        QRectF box = p.box;
        double pixels = p.pixelSize;
        double opacity = 1.0;
        const auto old =
            std::find_if(m_from.begin(), m_from.end(), [&](const Placed &o) { return o.text == p.text; });
        if (old != m_from.end())
        {
            box = QRectF(old->box.topLeft() + (p.box.topLeft() - old->box.topLeft()) * t,
                         old->box.size() + (p.box.size() - old->box.size()) * t);
            pixels = old->pixelSize + (p.pixelSize - old->pixelSize) * t;
        }
        else
            opacity = t; // a new word fades in where it will stay
        painter.setOpacity(opacity);
        painter.setFont(fontFor(std::max(1, static_cast<int>(std::lround(pixels)))));
        painter.setPen(colourOf(p.text));
        painter.drawText(box, Qt::AlignCenter, p.text);
    }
    painter.setOpacity(1.0);
}

} // namespace nextevent::console
