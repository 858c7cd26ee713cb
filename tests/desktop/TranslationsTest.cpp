// SPDX-License-Identifier: MIT
// The Chinese translation is complete: every message of the console has a finished translation, and
// placeholders survive translation.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete();
};

void TranslationsTest::chineseIsComplete()
{
    QFile file(QStringLiteral(NEXTEVENT_SOURCE_DIR "/translations/nextevent-console_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    QString context;
    bool numerus = false;
    static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
    while (!xml.atEnd())
    {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
        {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages keep their forms in <numerusform> children.
            const QString text = xml.readElementText(numerus ? QXmlStreamReader::IncludeChildElements
                                                             : QXmlStreamReader::ErrorOnUnexpectedElement);
            if (!type.isEmpty())
                problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1: \"%2\" has no translation").arg(context, source);
            else
            {
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                {
                    const QString p = it.next().captured();
                    if (!text.contains(p))
                        problems << QStringLiteral("%1: \"%2\" lost %3").arg(context, source, p);
                }
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, qPrintable(QStringLiteral("only %1 messages; was lupdate run?").arg(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
