// SPDX-License-Identifier: MIT
#include "nextevent/Realtime.h"

#include "nextevent/UntrustedJson.h"

namespace nextevent::realtime
{
namespace
{
void putId(nlohmann::json &out, std::optional<std::int64_t> id)
{
    if (id)
        out["id"] = *id;
}
} // namespace

std::string Topic::name() const
{
    switch (kind)
    {
    case TopicKind::Survey:
        return "survey:" + id;
    case TopicKind::Event:
        return "event:" + id;
    case TopicKind::Dashboard:
        return "dashboard";
    case TopicKind::Draw:
        return "draw:" + id;
    case TopicKind::Session:
        return "session:" + id;
    case TopicKind::Qa:
        return "qa:" + id;
    case TopicKind::QaQueue:
        return "qa-queue:" + id;
    case TopicKind::Wall:
        return "wall:" + id;
    }
    return {};
}

std::optional<Topic> parseTopic(std::string_view text)
{
    if (text == "dashboard")
        return Topic{TopicKind::Dashboard, {}};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const auto kind = text.substr(0, colon);
    const auto id = text.substr(colon + 1);
    if (id.empty() || id.size() > 64 || id.find_first_of(" :\t\r\n") != std::string_view::npos)
        return std::nullopt;
    if (kind == "survey")
        return Topic{TopicKind::Survey, std::string(id)};
    if (kind == "event")
        return Topic{TopicKind::Event, std::string(id)};
    if (kind == "draw")
        return Topic{TopicKind::Draw, std::string(id)};
    if (kind == "session")
        return Topic{TopicKind::Session, std::string(id)};
    if (kind == "qa")
        return Topic{TopicKind::Qa, std::string(id)};
    if (kind == "qa-queue")
        return Topic{TopicKind::QaQueue, std::string(id)};
    if (kind == "wall")
        return Topic{TopicKind::Wall, std::string(id)};
    return std::nullopt;
}

std::variant<ClientMessage, Error> parseClientMessage(std::string_view frame)
{
    const auto document = parseUntrustedJson(frame).value;
    if (document.is_discarded() || !document.is_object())
        return Error(ErrorCode::Validation, "A message must be a JSON object");
    ClientMessage message;
    if (const auto it = document.find("id"); it != document.end())
    {
        if (!it->is_number_integer())
            return Error(ErrorCode::Validation, "id must be an integer");
        message.id = it->get<std::int64_t>();
    }
    const auto type = document.find("type");
    if (type == document.end() || !type->is_string())
        return Error(ErrorCode::Validation, "type must be a string");
    const auto name = type->get<std::string>();
    if (name == "subscribe")
        message.type = ClientMessageType::Subscribe;
    else if (name == "unsubscribe")
        message.type = ClientMessageType::Unsubscribe;
    else if (name == "ping")
        message.type = ClientMessageType::Ping;
    else if (name == "auth")
        message.type = ClientMessageType::Auth;
    else
        return Error(ErrorCode::Validation, "unknown message type '" + name + "'");

    if (const auto token = document.find("token"); token != document.end())
    {
        if (!token->is_string())
            return Error(ErrorCode::Validation, "token must be a string");
        message.token = token->get<std::string>();
    }
    if (message.type == ClientMessageType::Auth && message.token.empty())
        return Error(ErrorCode::Validation, "auth needs a token");
    if (message.type == ClientMessageType::Subscribe || message.type == ClientMessageType::Unsubscribe)
    {
        const auto topic = document.find("topic");
        if (topic == document.end() || !topic->is_string() || !parseTopic(topic->get<std::string>()))
            return Error(
                ErrorCode::Validation,
                "topic must be survey:ID, event:ID, session:ID, qa:ID, qa-queue:ID, wall:ID or dashboard");
        message.topic = topic->get<std::string>();
    }
    return message;
}

std::string snapshotMessage(const std::string &topic, std::int64_t seq, const nlohmann::json &data)
{
    return nlohmann::json{{"type", "snapshot"}, {"topic", topic}, {"seq", seq}, {"data", data}}.dump();
}

std::string updateMessage(const std::string &topic, std::int64_t seq, const nlohmann::json &data)
{
    return nlohmann::json{{"type", "update"}, {"topic", topic}, {"seq", seq}, {"data", data}}.dump();
}

std::string pongMessage(std::optional<std::int64_t> id)
{
    nlohmann::json out{{"type", "pong"}};
    putId(out, id);
    return out.dump();
}

std::string errorMessage(ErrorCode code,
                         const std::string &message,
                         std::optional<std::int64_t> id,
                         const std::string &topic)
{
    nlohmann::json out{{"type", "error"}, {"error", {{"code", errorCodeName(code)}, {"message", message}}}};
    putId(out, id);
    if (!topic.empty())
        out["topic"] = topic;
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ackMessage(std::string_view type, const std::string &topic, std::optional<std::int64_t> id)
{
    nlohmann::json out{{"type", type}, {"topic", topic}};
    putId(out, id);
    return out.dump();
}

std::optional<ServerMessage> parseServerMessage(std::string_view frame)
{
    const auto document = parseUntrustedJson(frame).value;
    if (document.is_discarded() || !document.is_object() || !document.contains("type") ||
        !document["type"].is_string())
        return std::nullopt;
    ServerMessage message;
    message.type = document["type"].get<std::string>();
    if (document.contains("topic") && document["topic"].is_string())
        message.topic = document["topic"].get<std::string>();
    if (document.contains("seq") && document["seq"].is_number_integer())
        message.seq = document["seq"].get<std::int64_t>();
    if (document.contains("data"))
        message.data = document["data"];
    if (document.contains("error") && document["error"].is_object())
    {
        const auto &error = document["error"];
        message.errorCode = error.value("code", "");
        message.errorMessage = error.value("message", "");
    }
    return message;
}

} // namespace nextevent::realtime
