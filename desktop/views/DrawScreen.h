// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "nextevent/Draw.h"

class QScreen;

namespace nextevent::console
{

class ApiClient;
class RealtimeClient;

/// The big screen of a draw (抽奖): full screen for the hall's projector, one round (one draw of the
/// event) at a time, with its prize title. Space or Enter runs the round; the names of the pool cycle and
/// slow down, then land one by one on the winners the server picked — masked as the server sends them
/// (张*, 138****0001). R chooses a winner to redraw (arrows to move, Enter to confirm, Esc to cancel);
/// N (or PageDown) goes to the next round, P (or PageUp) back; Esc leaves. The screen follows the
/// round's `draw:ID` topic, so a second screen (or another console) shows the same draw as it happens.
class DrawScreen : public QWidget
{
    Q_OBJECT

public:
    /// `drawIds`: the rounds, in order; `realtime` may be null (then the screen reads the draw itself).
    DrawScreen(ApiClient *api,
               RealtimeClient *realtime,
               const QString &eventId,
               const QString &eventTitle,
               const QStringList &drawIds,
               int startRound,
               QWidget *parent = nullptr);
    ~DrawScreen() override;

    /// Shows the window full screen on `screen` (nullptr: the primary screen).
    void present(QScreen *screen);

    int round() const;
    int roundCount() const;
    void showRound(int index);
    /// Space/Enter: runs the round when it is ready.
    void runRound();
    /// R: starts choosing the winner to redraw; Enter confirms it (redrawSelected()).
    void startRedrawChoice();
    void redrawSelected();
    bool isChoosingRedraw() const;
    int redrawChoice() const;

    /// The draw of the round on screen as last received, if any.
    std::optional<Draw> currentDraw() const;
    /// The names and phones on screen, slot by slot (during the animation the cycling ones).
    QStringList shownNames() const;
    QStringList shownPhones() const;
    /// The attendee ids the landed slots show, in slot order.
    QStringList landedAttendeeIds() const;
    bool isAnimating() const;
    QString statusText() const;
    /// The animation's length in ticks for the first slot (each further slot a few ticks more), and the
    /// first tick's interval; a test shortens them.
    void setAnimation(int ticks, int firstIntervalMs);

signals:
    void closed();
    /// The animation landed: every winner of the round is on screen.
    void landed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Slot
    {
        QString attendeeId; ///< the winner it lands on; empty before the run
        QString name;       ///< what it shows now
        QString phone;
        int ticksLeft = 0; ///< > 0 while it cycles
    };

    void load();
    void applyDraw(const nlohmann::json &json);
    void loadNames();
    void tick();
    void setStatus(const QString &text);
    void onTopic(const QString &topic, const nlohmann::json &data);
    QString topic() const;

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    QString m_eventId;
    QString m_eventTitle;
    QStringList m_drawIds;
    int m_round = 0;
    std::optional<Draw> m_draw;
    QList<Slot> m_slots;
    QHash<QString, std::pair<QString, QString>> m_winnerText; ///< attendee id → masked name, phone
    QStringList m_poolNames; ///< masked names of the pool, cycled during the animation
    QString m_subscribed;
    QString m_status;
    QTimer m_timer;
    int m_interval = 0;
    int m_ticks = 28;
    int m_firstInterval = 40;
    int m_choice = -1; ///< slot chosen for a redraw, -1 when not choosing
    bool m_busy = false;
    quint32 m_random = 2463534242u;
    int m_generation = 0;
};

} // namespace nextevent::console
