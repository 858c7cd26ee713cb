// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QVariantAnimation>
#include <QWidget>

#include "desktop/models/LiveInteractionModels.h"
#include "desktop/views/LiveBarChart.h"

namespace nextevent::console
{

/// A quiz leaderboard for the hall's screen: the top players with rank, name and score. When a new
/// leaderboard arrives, rows slide from their old places to their new ones and the scores count up.
class LeaderboardView : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderboardView(QWidget *parent = nullptr);

    void setEntries(const std::vector<LeaderboardEntry> &entries, qint64 players);
    void setTheme(const PresenterTheme &theme);

    const std::vector<LeaderboardEntry> &entries() const;
    bool isAnimating() const;

    static constexpr int kAnimationMs = 900;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PresenterTheme m_theme;
    std::vector<LeaderboardEntry> m_entries;
    std::vector<LeaderboardEntry> m_previous;
    qint64 m_players = 0;
    QVariantAnimation m_motion;
};

} // namespace nextevent::console
