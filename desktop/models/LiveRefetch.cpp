// SPDX-License-Identifier: MIT
#include "desktop/models/LiveRefetch.h"

#include "desktop/api/RealtimeClient.h"

namespace nextevent::console
{

LiveRefetch::LiveRefetch(RealtimeClient *realtime,
                         std::function<void()> refetch,
                         int intervalMs,
                         QObject *parent)
    : QObject(parent)
    , m_realtime(realtime)
    , m_refetch(std::move(refetch))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(intervalMs);
    connect(&m_quiet,
            &QTimer::timeout,
            this,
            [this]
            {
                if (!m_pending)
                    return;
                m_pending = false;
                changed();
            });
    if (m_realtime)
        connect(m_realtime,
                &RealtimeClient::topicChanged, // a snapshot after a reconnect may follow missed changes
                this,
                [this](const QString &topic)
                {
                    if (topic == m_topic)
                        changed();
                });
}

LiveRefetch::~LiveRefetch()
{
    if (m_realtime && !m_topic.isEmpty())
        m_realtime->unsubscribe(m_topic);
}

void LiveRefetch::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    if (m_realtime && !m_topic.isEmpty())
        m_realtime->unsubscribe(m_topic);
    m_topic = topic;
    m_pending = false;
    if (m_realtime && !m_topic.isEmpty())
        m_realtime->subscribe(m_topic);
}

QString LiveRefetch::topic() const
{
    return m_topic;
}

int LiveRefetch::triggered() const
{
    return m_triggered;
}

void LiveRefetch::changed()
{
    if (m_quiet.isActive())
    {
        m_pending = true; // fetched when the interval ends
        return;
    }
    ++m_triggered;
    m_quiet.start();
    m_refetch();
}

} // namespace nextevent::console
