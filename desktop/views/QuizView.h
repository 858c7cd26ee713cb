// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "desktop/models/LiveInteractionModels.h"
#include "desktop/views/LiveBarChart.h"

namespace nextevent::console
{

/// A quiz question on the hall's screen: its options as tiles with the answers each got, and the clock of
/// the room (the server's session state: when the question opened and its time limit), counting down to
/// "Time's up". Once the presenter reveals the answer, the correct options are marked and the others fade.
class QuizView : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString id;
        QString label;
        qint64 count = 0;
    };

    explicit QuizView(QWidget *parent = nullptr);

    void setOptions(const std::vector<Option> &options);
    /// The room's state; `correctOptionIds` are shown only when `revealed`.
    void setSession(const SessionState &session, bool isCurrent, const QStringList &correctOptionIds);
    void setTheme(const PresenterTheme &theme);

    const std::vector<Option> &options() const;
    /// Whole seconds left as shown (-1: no clock, the quiz is untimed or not the room's question).
    int shownSeconds() const;
    bool isTimeUp() const;
    bool isRevealed() const;
    /// The options marked correct on screen (empty before the reveal).
    QStringList highlighted() const;

signals:
    /// The clock reached zero (once per opened question).
    void timeUp();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void tick();

    PresenterTheme m_theme;
    std::vector<Option> m_options;
    SessionState m_session;
    bool m_current = false;
    QStringList m_correct;
    QTimer m_clock;
    int m_shownSeconds = -1;
    bool m_timeUp = false;
};

} // namespace nextevent::console
