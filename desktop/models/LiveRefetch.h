// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace nextevent::console
{

class RealtimeClient;

/// Follows one realtime topic and calls `refetch` when it changes, at most once per `intervalMs`: a
/// burst of updates (a queue of check-ins, a flood of votes) becomes one request, and the first change
/// is fetched at once. For models whose topic says "something changed" and whose full state comes
/// from a REST route.
class LiveRefetch : public QObject
{
    Q_OBJECT

public:
    LiveRefetch(RealtimeClient *realtime, std::function<void()> refetch, int intervalMs, QObject *parent);
    ~LiveRefetch() override;

    /// Follows `topic` instead of the previous one; empty: none.
    void setTopic(const QString &topic);
    QString topic() const;
    /// Number of refetches caused by the topic.
    int triggered() const;

private:
    void changed();

    QPointer<RealtimeClient> m_realtime;
    std::function<void()> m_refetch;
    QString m_topic;
    QTimer m_quiet;
    bool m_pending = false;
    int m_triggered = 0;
};

} // namespace nextevent::console
