// SPDX-License-Identifier: MIT
#include "server/infra/QrRenderer.h"

#include <algorithm>
#include <memory>
#include <png.h>
#include <vector>

#include <qrencode.h>

#include "nextevent/Error.h"

namespace nextevent::server::infra
{
namespace
{
constexpr int kQuietZone = 4;

/// The module matrix: width×width, true = dark.
struct Matrix
{
    int width = 0;
    std::vector<bool> dark;

    bool at(int x, int y) const
    {
        return dark[static_cast<std::size_t>(y * width + x)];
    }
};

Matrix encode(const std::string &content)
{
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeData(static_cast<int>(content.size()),
                          reinterpret_cast<const unsigned char *>(content.data()),
                          0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        throw Error::validation(
            {{"content", FieldCode::TooLong, "cannot be encoded as a QR code (too long?)"}});
    Matrix m;
    m.width = code->width;
    m.dark.resize(static_cast<std::size_t>(m.width * m.width));
    for (int i = 0; i < m.width * m.width; ++i)
        m.dark[static_cast<std::size_t>(i)] = (code->data[i] & 1) != 0;
    return m;
}

} // namespace

std::string QrRenderer::png(const std::string &content, int size) const
{
    const Matrix m = encode(content);
    const int modules = m.width + 2 * kQuietZone;
    // Whole pixels per module so every module edge is sharp; the image grows to fit when size is too small.
    const int scale = std::max(1, size / modules);
    const int side = std::max(size, modules * scale);
    const int offset = (side - modules * scale) / 2 + kQuietZone * scale;

    std::vector<png_byte> pixels(static_cast<std::size_t>(side) * static_cast<std::size_t>(side));
    for (int y = 0; y < side; ++y)
    {
        const int my = (y - offset) >= 0 ? (y - offset) / scale : -1;
        for (int x = 0; x < side; ++x)
        {
            const int mx = (x - offset) >= 0 ? (x - offset) / scale : -1;
            const bool dark = mx >= 0 && my >= 0 && mx < m.width && my < m.width && m.at(mx, my);
            pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(side) +
                   static_cast<std::size_t>(x)] = dark ? 0 : 255;
        }
    }
    // libpng's simplified API: no setjmp, errors come back as a return value.
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(side);
    image.height = static_cast<png_uint_32>(side);
    image.format = PNG_FORMAT_GRAY;
    png_alloc_size_t bytes = 0;
    if (!png_image_write_to_memory(&image, nullptr, &bytes, 0, pixels.data(), 0, nullptr))
        throw Error(ErrorCode::Internal, "PNG encoding failed");
    std::string out(bytes, '\0');
    if (!png_image_write_to_memory(&image, out.data(), &bytes, 0, pixels.data(), 0, nullptr))
        throw Error(ErrorCode::Internal, "PNG encoding failed");
    out.resize(bytes);
    return out;
}

std::string QrRenderer::svg(const std::string &content, int size) const
{
    const Matrix m = encode(content);
    const int modules = m.width + 2 * kQuietZone;
    std::string path;
    for (int y = 0; y < m.width; ++y)
        for (int x = 0; x < m.width;)
        {
            if (!m.at(x, y))
            {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m.width && m.at(x + run, y))
                ++run;
            path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
                    std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    const std::string n = std::to_string(modules);
    const std::string s = std::to_string(size);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\" "
           "width=\"" +
           s + "\" height=\"" + s + "\" viewBox=\"0 0 " + n + " " + n +
           "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n +
           "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

} // namespace nextevent::server::infra
