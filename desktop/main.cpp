// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QCommandLineParser>

#include "nextevent/Version.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nextevent-console"));
    QApplication::setApplicationVersion(QString::fromUtf8(nextevent::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NextEvent desktop console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
