// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "nextevent/Error.h"

/// The /ws message protocol: JSON text frames. Client → server: subscribe, unsubscribe, ping, auth.
/// Server → client: snapshot (on subscribe), update (seq + 1 each), pong, error, subscribed/unsubscribed.
namespace nextevent::realtime
{

enum class ClientMessageType
{
    Subscribe,
    Unsubscribe,
    Ping,
    Auth
};

struct ClientMessage
{
    ClientMessageType type = ClientMessageType::Ping;
    std::string topic;              ///< subscribe/unsubscribe
    std::string token;              ///< auth, or subscribe with a token
    std::optional<std::int64_t> id; ///< echoed in replies so a client can match them
};

enum class TopicKind
{
    Survey,
    Event,
    Dashboard,
    Draw,    ///< "draw:ID": the draw as GET /v2/draws/{id} shows it to staff
    Session, ///< "session:SURVEY_ID": the presenter's pacing of a survey
    Qa,      ///< "qa:EVENT_ID": the public audience questions
    QaQueue, ///< "qa-queue:EVENT_ID": questions waiting for moderation (staff)
    Wall     ///< "wall:EVENT_ID": the latest approved wall messages
};

struct Topic
{
    TopicKind kind = TopicKind::Dashboard;
    std::string id; ///< empty for dashboard

    std::string name() const;
    bool operator==(const Topic &) const = default;
};

/// Parses "survey:ID", "event:ID", "draw:ID", "session:ID", "qa:ID", "qa-queue:ID", "wall:ID" or "dashboard";
/// nullopt for anything else.
std::optional<Topic> parseTopic(std::string_view text);

/// Parses one client frame; an Error (VALIDATION_ERROR) for malformed JSON, a missing or unknown
/// type, or a subscribe without a valid topic.
std::variant<ClientMessage, Error> parseClientMessage(std::string_view frame);

std::string snapshotMessage(const std::string &topic, std::int64_t seq, const nlohmann::json &data);
std::string updateMessage(const std::string &topic, std::int64_t seq, const nlohmann::json &data);
std::string pongMessage(std::optional<std::int64_t> id);
std::string errorMessage(ErrorCode code,
                         const std::string &message,
                         std::optional<std::int64_t> id = {},
                         const std::string &topic = {});
std::string ackMessage(std::string_view type, const std::string &topic, std::optional<std::int64_t> id);

/// Parsed server frame, for clients (the console, tests, the load tool).
struct ServerMessage
{
    std::string type;
    std::string topic;
    std::int64_t seq = 0;
    nlohmann::json data;
    std::string errorCode;
    std::string errorMessage;
};

/// Parses one server frame; nullopt when it is not a JSON object with a string "type".
std::optional<ServerMessage> parseServerMessage(std::string_view frame);

} // namespace nextevent::realtime
