// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <vector>

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace nextevent::console
{

class AudienceListModel;

/// The message wall (弹幕) over whatever the presenter shows: approved messages of the `wall:EVENT_ID`
/// topic fly from right to left in lanes across the top part of the screen, each once. It lets mouse
/// events through and paints nothing else, so the chart under it stays readable.
class WallOverlay : public QWidget
{
    Q_OBJECT

public:
    WallOverlay(AudienceListModel *messages, QWidget *parent);

    /// Messages flying now, oldest first.
    QStringList activeTexts() const;
    /// Messages waiting for a free lane.
    int waiting() const;
    /// Every message shown since the overlay started (tests read it; a message flies once).
    int shownCount() const;

    /// Messages already on the wall when it starts: only the latest few fly, not the backlog.
    static constexpr int kBacklogShown = 5;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Flight
    {
        QString text;
        int lane = 0;
        double x = 0;
        double width = 0;
    };

    void take();
    void step();
    QFont flightFont() const;
    int laneCount() const;

    AudienceListModel *m_messages;
    QSet<QString> m_seen;
    bool m_primed = false;
    std::deque<QString> m_queue;
    std::vector<Flight> m_flights;
    QTimer m_frame;
    QElapsedTimer m_clock;
    int m_shown = 0;
};

} // namespace nextevent::console
