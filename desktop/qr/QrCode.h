// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace nextevent::console
{

/// A QR code encoded locally with libqrencode (byte mode, error correction level M), drawn with a
/// quiet zone of four modules as the standard asks, as an image, as SVG or with a QPainter (PDF,
/// printer).
class QrCode
{
public:
    /// Modules of white border on every side.
    static constexpr int kQuietZone = 4;

    /// Encodes `text` as UTF-8; nullopt when it is empty or too long for a QR code.
    static std::optional<QrCode> encode(const QString &text);

    const QString &text() const
    {
        return m_text;
    }

    /// Modules per side, without the quiet zone.
    int modules() const
    {
        return m_size;
    }

    bool isDark(int x, int y) const;

    /// A square grayscale image exactly `pixels` wide: whole pixels per module, centred, the rest
    /// white. Never smaller than one pixel per module.
    QImage toImage(int pixels) const;
    /// An SVG document `pixels` wide whose modules are one path (crisp at any zoom).
    QByteArray toSvg(int pixels) const;
    /// Draws the code with its quiet zone into `target` (square, centred in it).
    void paint(QPainter &painter, const QRectF &target) const;

private:
    QString m_text;
    int m_size = 0;
    std::vector<bool> m_dark;
};

} // namespace nextevent::console
