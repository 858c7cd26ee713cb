// SPDX-License-Identifier: MIT
#include "desktop/views/LocalAddress.h"

#include <QHostAddress>

namespace nextevent::console
{

bool isLocalOnly(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace nextevent::console
