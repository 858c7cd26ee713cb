// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "desktop/views/LiveBarChart.h"

namespace nextevent::console
{

class AudienceListModel;

/// The audience's top questions on the hall's screen, in the public order of the `qa:EVENT_ID` topic
/// (pinned first, then votes, then oldest): the pinned ones marked, each with its votes.
class TopQuestionsView : public QWidget
{
    Q_OBJECT

public:
    TopQuestionsView(AudienceListModel *questions, QWidget *parent = nullptr);

    void setTheme(const PresenterTheme &theme);
    /// How many questions are shown (the first ones of the list).
    void setLimit(int limit);
    /// The texts on screen, top to bottom.
    QStringList shownTexts() const;
    /// Shown when there is nothing to list (no questions yet, or no event to take them).
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    AudienceListModel *m_questions;
    PresenterTheme m_theme;
    int m_limit = 5;
    QString m_emptyText;
};

} // namespace nextevent::console
