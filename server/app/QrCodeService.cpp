// SPDX-License-Identifier: MIT
#include "server/app/QrCodeService.h"

#include <algorithm>

#include "nextevent/Error.h"
#include "nextevent/QrScene.h"
#include "nextevent/Time.h"

namespace nextevent::server::app
{
namespace
{
/// Temporary WeChat codes live the longest WeChat allows: 30 days.
constexpr std::chrono::seconds kTemporaryLifetime{30 * 24 * 3600};

std::string plural(const std::string &objectType)
{
    return objectType + "s";
}
} // namespace

QrCodeService::QrCodeService(Store &store,
                             EventCache &eventCache,
                             const Config &config,
                             WeChatGateway *api,
                             const QrImageRenderer &renderer)
    : m_store(store)
    , m_eventCache(eventCache)
    , m_config(config)
    , m_api(api)
    , m_renderer(renderer)
{
}

int QrCodeService::clampSize(std::optional<int> size)
{
    return std::clamp(size.value_or(256), 64, 2048);
}

std::string QrCodeService::pageUrl(const std::string &objectType, const std::string &id) const
{
    return m_config.publicUrl + "/m/" + plural(objectType) + "/" + id;
}

std::string
QrCodeService::requireObject(UnitOfWork &unit, const std::string &objectType, const std::string &id)
{
    const auto kind = qrSceneKindFromString(objectType);
    if (!kind)
        throw Error(ErrorCode::NotFound, "No such object type");
    switch (*kind)
    {
    case QrSceneKind::Event:
    {
        auto event = unit.events().find(id);
        if (!event)
            throw Error(ErrorCode::NotFound, "No such event");
        // An event's own interaction code, when it has one, is what staff print on posters.
        return event->wechatConfig.interactionCode.empty() ? encodeQrScene({*kind, id})
                                                           : event->wechatConfig.interactionCode;
    }
    case QrSceneKind::Article:
        if (!unit.articles().find(id))
            throw Error(ErrorCode::NotFound, "No such article");
        break;
    case QrSceneKind::Survey:
        if (!unit.surveys().find(id))
            throw Error(ErrorCode::NotFound, "No such survey");
        break;
    }
    return encodeQrScene({*kind, id});
}

nlohmann::json QrCodeService::create(const std::string &objectType, const std::string &id, bool permanent)
{
    std::string scene;
    {
        auto unit = m_store.read();
        scene = requireObject(*unit, objectType, id);
    }
    const auto now = nextevent::now();
    StoredQrCode code;
    code.objectType = objectType;
    code.objectId = id;
    code.createdAt = code.updatedAt = now;
    if (m_api && m_api->configured())
    {
        // The network call happens outside any transaction; only its result is written.
        const auto qr =
            m_api->createQrCode(scene, permanent ? std::nullopt : std::optional(kTemporaryLifetime));
        code.content = qr.content;
        code.ticket = qr.ticket;
        code.scene = scene;
        if (qr.expiresIn)
            code.expiresAt = now + *qr.expiresIn;
    }
    else
        code.content = pageUrl(objectType, id);
    auto unit = m_store.write();
    unit->wechat().saveQrCode(code);
    unit->wechat().setObjectQrUrl(objectType, id, code.content);
    unit->commit();
    if (objectType == "event")
        m_eventCache.invalidate(id);
    return nlohmann::json{
        {"content", code.content},
        {"ticket", code.ticket ? nlohmann::json(*code.ticket) : nlohmann::json(nullptr)},
        {"expiresAt",
         code.expiresAt ? nlohmann::json(formatIso8601(*code.expiresAt)) : nlohmann::json(nullptr)},
        {"scene", code.scene.empty() ? nlohmann::json(nullptr) : nlohmann::json(code.scene)},
        {"permanent", code.ticket.has_value() && !code.expiresAt.has_value()}};
}

std::string QrCodeService::content(const std::string &objectType, const std::string &id)
{
    auto unit = m_store.read();
    requireObject(*unit, objectType, id);
    if (auto stored = unit->wechat().findQrCode(objectType, id))
        return stored->content;
    return pageUrl(objectType, id);
}

std::string QrCodeService::png(const std::string &objectType, const std::string &id, std::optional<int> size)
{
    return m_renderer.png(content(objectType, id), clampSize(size));
}

std::string QrCodeService::svg(const std::string &objectType, const std::string &id, std::optional<int> size)
{
    return m_renderer.svg(content(objectType, id), clampSize(size));
}

} // namespace nextevent::server::app
