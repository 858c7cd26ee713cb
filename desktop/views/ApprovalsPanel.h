// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Event.h"

class QLabel;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class AttendeeListModel;
class LiveRefetch;
class RealtimeClient;

/// The approvals queue of an event: registrations awaiting approval, oldest first, with their answers.
/// A approves and R rejects the selected ones (several at once with Shift or Ctrl); rejecting asks
/// first, since the person is told. The counts follow the event live over `event:ID`.
class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsPanel(ApiClient *api, QWidget *parent = nullptr);

    /// Follows changes of the shown event over `realtime` (null: only on F5 and after own decisions).
    void setRealtime(RealtimeClient *realtime);
    void setEvent(const std::optional<Event> &event);
    void reload();

    AttendeeListModel *model() const;
    QTableView *table() const;
    /// Approves (or rejects) the selected registrations; rejecting asks first unless `confirmed`.
    void decideSelected(bool approve, bool confirmed = false);
    /// Decisions sent and not answered yet.
    int inFlight() const;

signals:
    /// Registrations changed; the page refetches the event's counts.
    void eventCountsChanged(const QString &eventId);
    void statusMessage(const QString &message);

private:
    void buildLayout();
    void updateCounts();
    void updateActions();
    void finishBatch(const QString &eventId);

    ApiClient *m_api;
    std::optional<Event> m_event;
    AttendeeListModel *m_model;
    LiveRefetch *m_live = nullptr;
    QLabel *m_counts;
    QLabel *m_message;
    QTableView *m_table;
    QPushButton *m_approveButton;
    QPushButton *m_rejectButton;
    int m_inFlight = 0;
    int m_approved = 0;
    int m_rejected = 0;
    QStringList m_failures;
};

} // namespace nextevent::console
