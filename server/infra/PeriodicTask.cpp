// SPDX-License-Identifier: MIT
#include "server/infra/PeriodicTask.h"

#include <Poco/Logger.h>

namespace nextevent::server::infra
{

PeriodicTask::PeriodicTask(std::chrono::milliseconds interval, std::function<void()> work)
    : m_interval(interval)
    , m_work(std::move(work))
    , m_thread(
          [this]
          {
              std::unique_lock lock(m_mutex);
              for (;;)
              {
                  const bool stopping = m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
                  lock.unlock();
                  try
                  {
                      m_work();
                  }
                  catch (const std::exception &e)
                  {
                      Poco::Logger::get("server").error("periodic task failed: %s", std::string(e.what()));
                  }
                  lock.lock();
                  if (stopping)
                      return;
              }
          })
{
}

PeriodicTask::~PeriodicTask()
{
    stop();
}

void PeriodicTask::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace nextevent::server::infra
