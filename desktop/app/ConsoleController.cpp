// SPDX-License-Identifier: MIT
#include "desktop/app/ConsoleController.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/app/Settings.h"
#include "desktop/views/DoorDeviceWindow.h"
#include "desktop/views/MainWindow.h"
#include "desktop/views/PairDoorDialog.h"
#include "desktop/views/SignInDialog.h"

namespace nextevent::console
{

ConsoleController::ConsoleController(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(new ApiClient(this))
    , m_realtime(new RealtimeClient(this))
{
    // The live channel follows the session: open while signed in, with the current access token.
    m_realtime->setTokenSource([this] { return m_api->accessToken(); });
    connect(m_api,
            &ApiClient::signedIn,
            this,
            [this] { m_realtime->open(RealtimeClient::endpointFor(m_api->serverUrl())); });
    connect(m_api, &ApiClient::signedOut, m_realtime, &RealtimeClient::close);
    connect(
        m_api,
        &ApiClient::sessionExpired,
        this,
        [this]
        { showSignIn(tr("Your session has ended. Sign in again to continue; nothing on screen is lost.")); });
}

ConsoleController::~ConsoleController()
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    delete m_window;
    if (m_doorWindow)
        disconnect(m_doorWindow, nullptr, this, nullptr);
    delete m_doorWindow;
    delete m_dialog;
}

bool ConsoleController::installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    bool loaded = false;
    auto *own = new QTranslator(&app);
    // A language without a catalogue of ours gets the English one rather than the source strings, whose
    // plurals read "0 item(s)"; English forms come from the catalogue too.
    if (own->load(
            locale, QStringLiteral("nextevent-console"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/nextevent-console_en")))
    {
        QApplication::installTranslator(own);
        loaded = true;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    return loaded;
}

ApiClient *ConsoleController::api() const
{
    return m_api;
}

RealtimeClient *ConsoleController::realtime() const
{
    return m_realtime;
}

SignInDialog *ConsoleController::signInDialog() const
{
    return m_dialog;
}

MainWindow *ConsoleController::mainWindow() const
{
    return m_window;
}

void ConsoleController::start()
{
    showSignIn(QString());
}

void ConsoleController::showSignIn(const QString &message)
{
    if (m_dialog)
    {
        m_dialog->raise();
        return;
    }
    m_dialog = new SignInDialog(m_window);
    m_dialog->setObjectName(QStringLiteral("signInDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setRecentServers(m_settings->recentServers());
    m_dialog->setServer(m_settings->serverUrl().isEmpty() ? QStringLiteral("http://127.0.0.1:8080")
                                                          : m_settings->serverUrl());
    m_dialog->setUsername(m_settings->lastUsername());
    if (!message.isEmpty())
        m_dialog->showError(message, true);
    connect(m_dialog, &SignInDialog::signInRequested, this, &ConsoleController::signIn);
    connect(m_dialog, &SignInDialog::pairRequested, this, &ConsoleController::pairDoor);
    connect(m_dialog,
            &SignInDialog::rejected,
            this,
            [this]
            {
                // Giving up a re-sign-in closes the window: without a session it can do nothing.
                if (m_window)
                    m_window->close();
                else
                    emit quitRequested();
            });
    m_dialog->open();
}

void ConsoleController::signIn(const QUrl &server, const QString &username, const QString &password)
{
    m_api->signIn(
        server,
        username,
        password,
        m_dialog,
        [this, server, username](const ApiResult<User> &result)
        {
            if (!m_dialog)
                return;
            if (!result.ok())
            {
                const ApiError &error = result.error;
                if (error.is(ErrorCode::Unauthenticated))
                    m_dialog->showError(tr("Wrong user name or password."), true);
                else if (error.is(ErrorCode::Forbidden))
                    m_dialog->showError(
                        tr("This account may not sign in (it is disabled or has no staff role)."), true);
                else
                    m_dialog->showError(error.userMessage(), error.kind() == ApiError::Kind::Server);
                return;
            }
            m_settings->setServerUrl(server.toString());
            m_settings->addRecentServer(server.toString());
            m_settings->setLastUsername(username);
            m_dialog->finishSignIn();
            if (!m_window)
                openMainWindow();
        });
}

void ConsoleController::openMainWindow()
{
    m_window = new MainWindow(m_api, m_realtime, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(m_window,
            &MainWindow::languageChosen,
            this,
            [this](const QString &language) { m_settings->setLanguage(language); });
    connect(m_window,
            &MainWindow::destroyed,
            this,
            [this]
            {
                if (m_api->isSignedIn() && !m_dialog)
                {
                    m_api->signOut();
                    emit quitRequested();
                }
            });
    m_window->show();
}

void ConsoleController::signOut()
{
    m_api->signOut();
    if (m_window)
    {
        m_window->close();
        m_window = nullptr;
    }
    showSignIn(QString());
}

DoorDeviceWindow *ConsoleController::doorWindow() const
{
    return m_doorWindow;
}

void ConsoleController::pairDoor()
{
    auto *dialog = new PairDoorDialog(m_dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &PairDoorDialog::pairRequested,
            this,
            [this, dialog](const DoorPairing &pairing)
            {
                m_api->useDoorToken(pairing.server, pairing.token);
                // The token is tried on a door route of its event before anything opens.
                m_api->listCheckinLists(pairing.eventId,
                                        dialog,
                                        [this, dialog, pairing](const ApiResult<nlohmann::json> &result)
                                        {
                                            if (!result.ok())
                                            {
                                                m_api->signOut();
                                                dialog->showError(
                                                    result.error.is(ErrorCode::Unauthenticated)
                                                        ? tr("This door device was revoked or has expired.")
                                                        : result.error.userMessage());
                                                return;
                                            }
                                            dialog->done(QDialog::Accepted);
                                            if (m_dialog)
                                                m_dialog->finishSignIn();
                                            m_doorWindow = new DoorDeviceWindow(m_api, pairing);
                                            m_doorWindow->setAttribute(Qt::WA_DeleteOnClose);
                                            connect(m_doorWindow,
                                                    &DoorDeviceWindow::unpairRequested,
                                                    this,
                                                    [this]
                                                    {
                                                        m_api->signOut();
                                                        m_doorWindow->close();
                                                        showSignIn(QString());
                                                    });
                                            connect(m_doorWindow,
                                                    &DoorDeviceWindow::destroyed,
                                                    this,
                                                    [this]
                                                    {
                                                        if (m_api->isDoorDevice() && !m_dialog)
                                                        {
                                                            m_api->signOut();
                                                            emit quitRequested();
                                                        }
                                                    });
                                            m_doorWindow->show();
                                        });
            });
    dialog->open();
}

} // namespace nextevent::console
