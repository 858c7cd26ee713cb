// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

namespace nextevent::server::app
{

/// Fire-and-forget notifications between the parts of one deployment: in-process when the server runs
/// alone, over Redis pub/sub when NEXTEVENT_REDIS_URL is set so every instance hears every message
/// (its own included). Messages are hints ("survey X changed", "a job is due"), never the data itself:
/// a receiver reads the state from the store, so a lost message costs latency, never correctness.
class MessageBus
{
public:
    /// Runs on a bus thread; must return quickly and must not throw.
    using Handler = std::function<void(const std::string &channel, const std::string &payload)>;

    virtual ~MessageBus() = default;

    /// Delivers `payload` to every handler of `channel`, in this process and (when shared) in every
    /// other instance. Never blocks for long and never throws: a failure is logged and counted.
    virtual void publish(const std::string &channel, const std::string &payload) = 0;

    /// Adds a handler for one exact channel name. Call before start().
    virtual void subscribe(const std::string &channel, Handler handler) = 0;

    /// Starts delivery (the Redis implementation connects and keeps reconnecting in the background).
    virtual void start() = 0;

    /// Stops delivery; idempotent. Handlers are not called after it returns.
    virtual void stop() = 0;

    /// True when messages cross instances (Redis), false for the in-process bus.
    virtual bool shared() const = 0;
};

} // namespace nextevent::server::app
