// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "server/app/Config.h"
#include "server/app/EventCache.h"
#include "server/app/Store.h"
#include "server/app/WeChatGateway.h"

namespace nextevent::server::app
{

/// Draws a QR code for a text. Implemented in server/infra with libqrencode.
class QrImageRenderer
{
public:
    virtual ~QrImageRenderer() = default;
    /// An 8-bit grayscale PNG of about size×size pixels with a 4-module quiet zone.
    virtual std::string png(const std::string &content, int size) const = 0;
    /// An SVG drawing (one path, crispEdges) size×size.
    virtual std::string svg(const std::string &content, int size) const = 0;
};

/// QR codes for events, articles and surveys: WeChat parameter QR codes when the WeChat API is configured
/// (the scene is the event's interaction code, else "event:<id>", "article:<id>", "survey:<id>"), else
/// the object's mobile page; rendered locally as PNG or SVG.
class QrCodeService
{
public:
    /// `api` may be null (WeChat off).
    QrCodeService(Store &store,
                  EventCache &eventCache,
                  const Config &config,
                  WeChatGateway *api,
                  const QrImageRenderer &renderer);

    /// Makes (or renews) the code of an object: {"content","ticket","expiresAt","scene","permanent"}.
    /// NOT_FOUND for an unknown object; WeChat API failures pass through (UNAVAILABLE etc.).
    nlohmann::json create(const std::string &objectType, const std::string &id, bool permanent);

    /// The stored content, or the page URL when none was made. NOT_FOUND for an unknown object.
    std::string content(const std::string &objectType, const std::string &id);

    /// Size clamped to 64..2048 (default 256).
    std::string png(const std::string &objectType, const std::string &id, std::optional<int> size);
    std::string svg(const std::string &objectType, const std::string &id, std::optional<int> size);

    /// The mobile page of an object: PUBLIC_URL/m/{events|articles|surveys}/{id}.
    std::string pageUrl(const std::string &objectType, const std::string &id) const;

    static int clampSize(std::optional<int> size);

private:
    /// The scene for the object; throws NOT_FOUND when it does not exist.
    std::string requireObject(UnitOfWork &unit, const std::string &objectType, const std::string &id);

    Store &m_store;
    EventCache &m_eventCache;
    const Config &m_config;
    WeChatGateway *m_api;
    const QrImageRenderer &m_renderer;
};

} // namespace nextevent::server::app
