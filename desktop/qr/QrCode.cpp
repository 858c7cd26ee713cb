// SPDX-License-Identifier: MIT
#include "desktop/qr/QrCode.h"

#include <memory>

#include <qrencode.h>

#include <QPainter>
#include <QRectF>

namespace nextevent::console
{

std::optional<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode result;
    result.m_text = text;
    result.m_size = code->width;
    result.m_dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    for (std::size_t i = 0; i < result.m_dark.size(); ++i)
        result.m_dark[i] = (code->data[i] & 0x01) != 0; // bit 0 is the module colour
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) +
                  static_cast<std::size_t>(x)];
}

QImage QrCode::toImage(int pixels) const
{
    const int total = m_size + 2 * kQuietZone;
    const int scale = std::max(1, pixels / total);
    const int side = std::max(pixels, total * scale);
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    const int offset = (side - m_size * scale) / 2;
    for (int y = 0; y < m_size; ++y)
    {
        for (int x = 0; x < m_size; ++x)
        {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy)
            {
                uchar *line = image.scanLine(offset + y * scale + dy);
                std::fill_n(line + offset + x * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

QByteArray QrCode::toSvg(int pixels) const
{
    const int total = m_size + 2 * kQuietZone;
    QByteArray path;
    for (int y = 0; y < m_size; ++y)
    {
        int x = 0;
        while (x < m_size)
        {
            if (!isDark(x, y))
            {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && isDark(x + run, y))
                ++run;
            path += 'M' + QByteArray::number(x + kQuietZone) + ' ' + QByteArray::number(y + kQuietZone) +
                    'h' + QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + QByteArray::number(pixels) +
           "\" height=\"" + QByteArray::number(pixels) + "\" viewBox=\"0 0 " + QByteArray::number(total) +
           ' ' + QByteArray::number(total) + "\" shape-rendering=\"crispEdges\">\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    svg += "<path fill=\"#000000\" d=\"" + path + "\"/>\n";
    svg += "</svg>\n";
    return svg;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    const int total = m_size + 2 * kQuietZone;
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / total;
    const QPointF origin(target.center().x() - side / 2, target.center().y() - side / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    for (int y = 0; y < m_size; ++y)
    {
        for (int x = 0; x < m_size; ++x)
        {
            if (!isDark(x, y))
                continue;
            // Slightly oversized so neighbouring modules never leave hairline gaps in PDF viewers.
            painter.fillRect(QRectF(origin.x() + (x + kQuietZone) * module,
                                    origin.y() + (y + kQuietZone) * module,
                                    module + 0.01,
                                    module + 0.01),
                             Qt::black);
        }
    }
    painter.restore();
}

} // namespace nextevent::console
