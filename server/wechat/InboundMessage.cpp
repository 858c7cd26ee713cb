// SPDX-License-Identifier: MIT
#include "server/wechat/InboundMessage.h"

#include <array>
#include <utility>

namespace nextevent::server::wechat
{
namespace
{
constexpr std::string_view kQrScenePrefix = "qrscene_";

constexpr std::array<std::pair<std::string_view, MessageKind>, 8> kMessageKinds{{
    {"text", MessageKind::Text},
    {"image", MessageKind::Image},
    {"voice", MessageKind::Voice},
    {"video", MessageKind::Video},
    {"shortvideo", MessageKind::ShortVideo},
    {"location", MessageKind::Location},
    {"link", MessageKind::Link},
    {"event", MessageKind::Event},
}};

constexpr std::array<std::pair<std::string_view, EventKind>, 7> kEventKinds{{
    {"subscribe", EventKind::Subscribe},
    {"unsubscribe", EventKind::Unsubscribe},
    {"SCAN", EventKind::Scan},
    {"LOCATION", EventKind::Location},
    {"CLICK", EventKind::Click},
    {"VIEW", EventKind::View},
    {"TEMPLATESENDJOBFINISH", EventKind::TemplateSendJobFinish},
}};
} // namespace

MessageKind messageKindFromWire(std::string_view msgType)
{
    for (const auto &[name, kind] : kMessageKinds)
        if (name == msgType)
            return kind;
    return MessageKind::Unknown;
}

EventKind eventKindFromWire(std::string_view event)
{
    for (const auto &[name, kind] : kEventKinds)
        if (name == event)
            return kind;
    return EventKind::Unknown;
}

bool InboundMessage::isQrSubscribe() const
{
    return kind == MessageKind::Event && eventKind == EventKind::Subscribe &&
           eventKey.starts_with(kQrScenePrefix);
}

std::optional<std::string> InboundMessage::qrSceneValue() const
{
    if (isQrSubscribe())
        return eventKey.substr(kQrScenePrefix.size());
    if (kind == MessageKind::Event && eventKind == EventKind::Scan)
        return eventKey;
    return std::nullopt;
}

std::optional<std::string_view> InboundMessage::field(std::string_view path) const
{
    const auto it = fields.find(path);
    if (it == fields.end())
        return std::nullopt;
    return std::string_view(it->second);
}

} // namespace nextevent::server::wechat
