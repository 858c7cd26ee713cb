// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QFont>
#include <QRectF>
#include <QVariantAnimation>
#include <QWidget>

#include "desktop/views/LiveBarChart.h"

namespace nextevent::console
{

/// A word cloud for the hall's screen: each word sized by its count, placed on a spiral from the centre
/// with a collision check against every word already placed, so no two words overlap; when the words do not
/// fit, all of them shrink and the layout starts again. Latin and Chinese text use fonts that have their
/// glyphs (WenQuanYi Micro Hei for Chinese). When new counts arrive the words glide and grow to their new
/// places.
class WordCloudWidget : public QWidget
{
    Q_OBJECT

public:
    struct Word
    {
        QString text;
        qint64 count = 0;
    };

    struct Placed
    {
        QString text;
        qint64 count = 0;
        int pixelSize = 0;
        QRectF box; ///< the word's ink box in widget coordinates
    };

    explicit WordCloudWidget(QWidget *parent = nullptr);

    /// New counts (any order); the cloud is laid out again and animates to it.
    void setWords(const std::vector<Word> &words);
    void setTheme(const PresenterTheme &theme);
    /// Shown while there are no words.
    void setEmptyText(const QString &text);

    /// Where each word ends up (the layout the animation moves to).
    const std::vector<Placed> &placed() const;
    /// Words that did not fit even at the smallest size (left out rather than overlapping).
    int droppedWords() const;
    bool isAnimating() const;

    /// The font a word is drawn with at `pixelSize`: Latin families first, then a Chinese one.
    static QFont fontFor(int pixelSize);
    /// Lays `words` out in a `size` area; the boxes never intersect and stay inside the area.
    static std::vector<Placed> layout(std::vector<Word> words, const QSizeF &size, int *dropped = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    PresenterTheme m_theme;
    std::vector<Word> m_words;
    std::vector<Placed> m_placed;
    std::vector<Placed> m_from; ///< where the words were when the animation started
    int m_dropped = 0;
    QString m_emptyText;
    QVariantAnimation m_motion;
};

} // namespace nextevent::console
