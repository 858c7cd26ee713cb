// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QCommandLineParser>

#include "nextevent/Version.h"

#include "desktop/app/ConsoleController.h"
#include "desktop/app/Settings.h"

int main(int argc, char **argv)
{
    QString languageOverride;
    {
        // Options first, without a display: --help and --version must work on a headless machine.
        QCoreApplication probe(argc, argv);
        QCoreApplication::setApplicationVersion(QString::fromUtf8(nextevent::kVersion));
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("NextEvent desktop console"));
        parser.addHelpOption();
        parser.addVersionOption();
        QCommandLineOption language(
            QStringLiteral("lang"),
            QStringLiteral("Language for this run, e.g. zh_CN or en (default: settings, then system)."),
            QStringLiteral("locale"));
        parser.addOption(language);
        parser.process(probe);
        languageOverride = parser.value(language);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NextEvent"));
    QApplication::setApplicationName(QStringLiteral("nextevent-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("NextEvent"));
    QApplication::setApplicationVersion(QString::fromUtf8(nextevent::kVersion));

    nextevent::console::Settings settings;
    nextevent::console::ConsoleController::installTranslations(
        app, languageOverride.isEmpty() ? settings.language() : languageOverride);
    nextevent::console::ConsoleController controller(&settings);
    QObject::connect(&controller,
                     &nextevent::console::ConsoleController::quitRequested,
                     &app,
                     &QApplication::quit,
                     Qt::QueuedConnection);
    // The window closing ends the run; the sign-in dialog alone must not.
    QApplication::setQuitOnLastWindowClosed(false);
    controller.start();
    return QApplication::exec();
}
