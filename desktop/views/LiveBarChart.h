// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QColor>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace nextevent::console
{

/// Colours of presenter mode.
struct PresenterTheme
{
    QColor background;
    QColor text;
    QColor muted;
    QColor track;
    QColor bar;
    QColor leader;

    static PresenterTheme dark();
    static PresenterTheme light();
};

/// A big horizontal bar chart for a hall's screen: one bar per answer with its count and share, the
/// leading answer highlighted. New counts are taken at most every 50 ms (a flood of votes becomes
/// at most 20 updates a second) and the bars glide to them, so the chart moves smoothly instead of
/// flickering. Every paint is timed, so a stress run can report the frame intervals.
class LiveBarChart : public QWidget
{
    Q_OBJECT

public:
    /// Paint intervals since the last reset, in milliseconds.
    struct FrameStats
    {
        int frames = 0;
        double meanMs = 0;
        double p95Ms = 0;
        double maxMs = 0;
    };

    explicit LiveBarChart(QWidget *parent = nullptr);

    /// New data. Different labels replace the chart at once; the same labels animate to the new counts.
    /// `percents` (per bar, as the server computes them) may be empty: shares of the total are shown.
    void setBars(const QStringList &labels,
                 const std::vector<qint64> &counts,
                 const std::vector<double> &percents = {});
    void setTheme(const PresenterTheme &theme);
    /// Shown instead of bars when there are none (a free-text question).
    void setEmptyText(const QString &text);

    QStringList labels() const;
    /// The counts the chart is showing or moving to (after the coalescing delay).
    std::vector<qint64> targetCounts() const;
    /// Data applications so far (each one at most every 50 ms).
    int applied() const;
    /// True while bars are still moving.
    bool isAnimating() const;

    FrameStats frameStats() const;
    void resetFrameStats();

    static constexpr int kApplyIntervalMs = 50;
    static constexpr int kAnimationMs = 350;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void apply();
    void step();

    PresenterTheme m_theme;
    QStringList m_labels;
    std::vector<double> m_from;
    std::vector<double> m_shown;
    std::vector<qint64> m_target;
    QStringList m_pendingLabels;
    std::vector<qint64> m_pendingCounts;
    std::vector<double> m_pendingPercents;
    std::vector<double> m_percents;
    bool m_hasPending = false;
    QString m_emptyText;
    QTimer m_applyTimer;
    QTimer m_frameTimer;
    QElapsedTimer m_animationClock;
    QElapsedTimer m_paintClock;
    std::vector<float> m_intervals;
    int m_applied = 0;
};

} // namespace nextevent::console
