// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

namespace nextevent::console
{

/// Whether `url` points at this computer only (localhost, 127.0.0.1, ::1): a phone that scans a code with
/// such an address reaches nothing, so pages that hand a link to phones warn about it.
bool isLocalOnly(const QUrl &url);

} // namespace nextevent::console
