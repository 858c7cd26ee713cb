// SPDX-License-Identifier: MIT
#pragma once

#include "desktop/views/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class AudienceListModel;
class BanListModel;
class LiveRefetch;
class RealtimeClient;

/// Moderation of an event's audience: the Q&A queue and the message wall queue (waiting items first, then
/// the approved ones, which can still be taken down), with the numbers waiting kept live over the
/// `qa-queue:` and `wall:` topics. Keys on a queue: A approve, R reject, Enter answered, P pin or unpin
/// (questions), B ban the author; on the ban list Delete lifts the ban. Items the profanity list caught are
/// marked ⚑ and never reach the public until a moderator approves them.
class ModerationPage : public Page
{
    Q_OBJECT

public:
    ModerationPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent = nullptr);
    ~ModerationPage() override;

    QString title() const override;
    void reload() override;
    void activate() override;

    /// Moderates event `id` (once the event list has it).
    void chooseEvent(const QString &id);
    QString eventId() const;

    AudienceListModel *questions() const;
    AudienceListModel *wallMessages() const;
    BanListModel *bans() const;
    QListView *questionList() const;
    QListView *wallList() const;
    QListView *banList() const;
    /// "N questions waiting · M wall messages waiting".
    QString countsText() const;
    /// Number of server answers to moderation actions so far (tests wait on it).
    int actionsDone() const;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadEvents();
    void setEvent(const QString &id);
    void fetchQuestions();
    void fetchWall();
    void fetchBans();
    void updateCounts();
    /// Enables each list's buttons only while a row of that list is chosen.
    void updateButtons();
    void moderateQuestion(const QString &state, bool togglePin);
    void moderateWall(const QString &state);
    void banAuthor(QListView *list);
    void liftBan();
    void acted(QListView *list, const QString &message);
    void failed(const QString &what, const nextevent::console::ApiError &error);

    ApiClient *m_api;
    AudienceListModel *m_questions;
    AudienceListModel *m_wall;
    BanListModel *m_bans;
    LiveRefetch *m_qaFeed;
    LiveRefetch *m_wallFeed;
    QComboBox *m_events;
    QLabel *m_counts;
    QLabel *m_error;
    QListView *m_qaList;
    QListView *m_wallList;
    QListView *m_banList;
    QLineEdit *m_reason;
    QLabel *m_qaTitle;
    QLabel *m_wallTitle;
    QString m_eventId;
    QString m_wanted;
    int m_qaRow = -1; ///< where the selection goes after the next refetch (the item that took the place)
    int m_wallRow = -1;
    int m_actions = 0;
    bool m_loaded = false;
};

} // namespace nextevent::console
