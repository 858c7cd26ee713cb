// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "server/app/QrCodeService.h"

namespace nextevent::server::infra
{

/// QR codes drawn with libqrencode (error correction M, 8-bit mode), PNG through libpng, SVG as text.
class QrRenderer final : public app::QrImageRenderer
{
public:
    /// Throws Error(VALIDATION) when the content cannot be encoded (too long).
    std::string png(const std::string &content, int size) const override;
    std::string svg(const std::string &content, int size) const override;
};

} // namespace nextevent::server::infra
