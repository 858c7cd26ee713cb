// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "server/wechat/SafeXmlReader.h"

namespace nextevent::server::wechat
{

/// The MsgType of an inbound message; Unknown keeps the raw value in InboundMessage::msgType.
enum class MessageKind
{
    Text,
    Image,
    Voice,
    Video,
    ShortVideo,
    Location,
    Link,
    Event,
    Unknown
};

/// The Event of an event message (names are case-sensitive on the wire); None for ordinary messages.
enum class EventKind
{
    None,
    Subscribe,
    Unsubscribe,
    Scan,
    Location,
    Click,
    View,
    TemplateSendJobFinish,
    Unknown
};

/// The MessageKind for a wire MsgType ("text" → Text); Unknown for anything unrecognised.
MessageKind messageKindFromWire(std::string_view msgType);

/// The EventKind for a wire Event ("SCAN" → Scan); Unknown for anything unrecognised.
EventKind eventKindFromWire(std::string_view event);

/// One user message or event pushed to the callback URL, after decryption. String fields are
/// empty when the element is absent; `fields` holds every leaf element verbatim for anything not
/// modelled here (e.g. "MenuId" or "ScanCodeInfo/ScanResult").
struct InboundMessage
{
    // Common to every message.
    std::string toUserName;   ///< our account's original id (gh_…)
    std::string fromUserName; ///< the sender's OpenID
    std::int64_t createTime = 0;
    std::string msgType; ///< raw MsgType, kept for unknown kinds
    MessageKind kind = MessageKind::Unknown;
    std::optional<std::uint64_t> msgId; ///< MsgId of ordinary messages (64-bit)

    // Ordinary messages.
    std::string content;   ///< text
    std::string msgDataId; ///< text sent from an article
    std::string idx;       ///< text sent from an article
    std::string picUrl;    ///< image
    std::string mediaId;   ///< image, voice, video, shortvideo
    std::string format;    ///< voice
    std::string recognition;
    std::string thumbMediaId;          ///< video, shortvideo
    std::optional<double> locationX;   ///< location: latitude
    std::optional<double> locationY;   ///< location: longitude
    std::optional<std::int64_t> scale; ///< location
    std::string label;                 ///< location
    std::string title;                 ///< link
    std::string description;           ///< link
    std::string url;                   ///< link

    // Events.
    std::string event; ///< raw Event
    EventKind eventKind = EventKind::None;
    std::string eventKey;
    std::string ticket;                         ///< subscribe via QR code, SCAN
    std::optional<double> latitude;             ///< LOCATION
    std::optional<double> longitude;            ///< LOCATION
    std::optional<double> precision;            ///< LOCATION
    std::string menuId;                         ///< VIEW
    std::optional<std::uint64_t> templateMsgId; ///< TEMPLATESENDJOBFINISH: MsgID (capital D)
    std::string status;                         ///< TEMPLATESENDJOBFINISH

    std::string encrypt; ///< compatible mode also carries the ciphertext
    XmlFields fields;    ///< every leaf element, verbatim

    /// True for a subscribe event whose EventKey starts with "qrscene_" (a follow by scanning a
    /// parametric QR code).
    bool isQrSubscribe() const;

    /// The QR scene value: EventKey without "qrscene_" for a QR subscribe, EventKey as is for SCAN,
    /// nullopt for everything else.
    std::optional<std::string> qrSceneValue() const;

    /// The raw text of a leaf element by path, or nullopt when absent.
    std::optional<std::string_view> field(std::string_view path) const;
};

} // namespace nextevent::server::wechat
