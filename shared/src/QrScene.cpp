// SPDX-License-Identifier: MIT
#include "nextevent/QrScene.h"

#include <algorithm>
#include <array>
#include <utility>

namespace nextevent
{
namespace
{

constexpr std::array<std::pair<QrSceneKind, std::string_view>, 3> kKinds{{
    {QrSceneKind::Event, "event"},
    {QrSceneKind::Article, "article"},
    {QrSceneKind::Survey, "survey"},
}};

} // namespace

std::string_view toString(QrSceneKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return name;
    return "event";
}

std::optional<QrSceneKind> qrSceneKindFromString(std::string_view text)
{
    for (const auto &[k, name] : kKinds)
        if (name == text)
            return k;
    return std::nullopt;
}

std::string encodeQrScene(const QrScene &scene)
{
    std::string text(toString(scene.kind));
    text += ':';
    text += scene.id;
    return text;
}

std::optional<QrScene> parseQrScene(std::string_view text)
{
    if (text.size() > kQrSceneMaxLength)
        return std::nullopt;
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const auto kind = qrSceneKindFromString(text.substr(0, colon));
    const auto id = text.substr(colon + 1);
    const bool printable = std::all_of(
        id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) > 0x20 && c != 0x7f; });
    if (!kind || id.empty() || !printable)
        return std::nullopt;
    return QrScene{*kind, std::string(id)};
}

} // namespace nextevent
