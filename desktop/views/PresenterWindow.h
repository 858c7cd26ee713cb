// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <QWidget>

#include "nextevent/Survey.h"

#include "desktop/views/LiveBarChart.h"

class QFrame;
class QLabel;
class QMenu;
class QScreen;
class QStackedWidget;

namespace nextevent::console
{

class ApiClient;
class AudienceListModel;
class LeaderboardModel;
class LeaderboardView;
class LiveSessionModel;
class QuizView;
class RealtimeClient;
class SurveyResultsModel;
class TopQuestionsView;
class WallOverlay;
class WordCloudWidget;

/// Presenter mode: a full-screen window for a hall's projector. One question at a time with its live
/// answers: a bar chart, a word cloud that grows as words arrive, or a quiz with the room's countdown and
/// the answer reveal; a quiz leaderboard, the audience's top questions and the message wall (弹幕) over any
/// of them; the join QR code and link beside every one. In a presenter-paced survey next/previous move the
/// whole room (the server's current question), and the window follows the room when another console moves
/// it. Everything has a key (F1 lists them; the context menu, right click or the Menu key, has them too);
/// Escape ends presenting.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    /// What the big area shows.
    enum class Panel
    {
        Answers,     ///< the current question's live answers (chart, word cloud or quiz)
        Leaderboard, ///< the quiz leaderboard
        Questions    ///< the audience's top questions
    };
    Q_ENUM(Panel)

    /// One key of the help overlay and the context menu.
    struct Binding
    {
        QList<int> keys;
        QString keyText;
        QString description;
        std::function<void()> run;
    };

    PresenterWindow(ApiClient *api,
                    RealtimeClient *realtime,
                    const Survey &survey,
                    bool darkTheme,
                    QWidget *parent = nullptr);
    ~PresenterWindow() override;

    /// Shows the window full screen on `screen` (nullptr: the primary screen).
    void present(QScreen *screen);

    int currentQuestion() const;
    void showQuestion(int index);
    /// Next / previous question; in a presenter-paced survey the room moves with it (POST …/state).
    void next();
    void previous();
    /// Reveals the current quiz question's answer to the room.
    void revealAnswer();
    bool isDarkTheme() const;
    void setDarkTheme(bool dark);
    void showPanel(Panel panel);
    Panel panel() const;
    void setWallVisible(bool visible);
    bool isWallVisible() const;
    void setHelpVisible(bool visible);
    bool isHelpVisible() const;
    /// Writes what the big area shows (with the question as a title) to `path`: PNG, or PDF when the name
    /// ends in .pdf. False with the reason in `error` when it cannot be written.
    bool exportPanel(const QString &path, QString *error = nullptr);

    LiveBarChart *chart() const;
    WordCloudWidget *wordCloud() const;
    QuizView *quiz() const;
    LeaderboardView *leaderboard() const;
    TopQuestionsView *topQuestions() const;
    WallOverlay *wall() const;
    SurveyResultsModel *results() const;
    LiveSessionModel *session() const;
    QString respondentsText() const;
    QString joinUrl() const;
    /// The join link as shown (one line, elided in the middle when long).
    QString shownJoinUrl() const;
    /// True once the join QR code is on screen.
    bool hasJoinCode() const;
    /// The last notice shown at the bottom (errors from the server, where an export went).
    QString notice() const;
    const QList<Binding> &bindings() const;
    /// The context menu with every action (built on demand).
    QMenu *actionMenu();

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildBindings();
    void updateQuestion();
    void updateCounts();
    void updateSession();
    void applyTheme();
    void scaleFonts();
    void showJoinCode(const QString &content);
    void goTo(int index);
    void showNotice(const QString &text, bool error);
    void askExport(bool pdf);
    const Question *question() const;
    bool isRoomQuestion(const Question &q) const;

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    Survey m_survey;
    SurveyResultsModel *m_results;
    LiveSessionModel *m_session;
    LeaderboardModel *m_leaderboardModel;
    AudienceListModel *m_questions;
    AudienceListModel *m_wallMessages;
    int m_index = 0;
    bool m_dark = true;
    Panel m_panel = Panel::Answers;
    QLabel *m_position;
    QLabel *m_question;
    QStackedWidget *m_stage;
    LiveBarChart *m_chart;
    WordCloudWidget *m_cloud;
    QuizView *m_quiz;
    LeaderboardView *m_leaderboard;
    TopQuestionsView *m_topQuestions;
    QLabel *m_respondents;
    QLabel *m_respondentsCaption;
    QLabel *m_qr;
    QLabel *m_url;
    QLabel *m_hint;
    QLabel *m_notice;
    WallOverlay *m_wall;
    QFrame *m_help;
    QLabel *m_helpText;
    QMenu *m_menu = nullptr;
    QString m_joinUrl;
    QString m_qrContent;
    QString m_eventId;
    QString m_noticeText;
    QList<Binding> m_bindings;
};

} // namespace nextevent::console
