// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nextevent
{

/// What a WeChat QR code scene points at. The scene travels as `scene_str` to WeChat and comes back in
/// the SCAN / subscribe event's EventKey, so the text form is part of the contract with codes already
/// printed: "event:<id>", "article:<id>", "survey:<id>".
enum class QrSceneKind
{
    Event,
    Article,
    Survey,
};

struct QrScene
{
    QrSceneKind kind = QrSceneKind::Event;
    std::string id;

    bool operator==(const QrScene &) const = default;
};

/// WeChat refuses a scene_str longer than 64 bytes.
inline constexpr std::size_t kQrSceneMaxLength = 64;

/// "event", "article", "survey": the object type names the QR code routes use.
std::string_view toString(QrSceneKind kind);
std::optional<QrSceneKind> qrSceneKindFromString(std::string_view text);

/// "<kind>:<id>".
std::string encodeQrScene(const QrScene &scene);

/// The scene a code carries, or nothing for text that is not one of ours (an interaction code, a
/// keyword, an empty id, something over WeChat's length limit or with control characters).
std::optional<QrScene> parseQrScene(std::string_view text);

} // namespace nextevent
